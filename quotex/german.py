"""German word tables: cue verbs, pronouns, determiners, speaker nouns.

Data only, merged into the English tables by :mod:`quotex.cues`,
:mod:`quotex.lexicon` and :mod:`quotex.speakers`, so that German news
(„…“, sagte Merkel. / Merkel sagte, sie werde … / laut Polizei …) is read by
the same rules.  German inflection is irregular enough that the forms are
listed, not generated.  Nouns are given lowercased: the walkers compare
lowercased words, and in German every noun is capitalised.
"""

from __future__ import annotations

from typing import Final

#: Verb forms that introduce quotations and reported speech.
SPEECH_FORMS: Final = frozenset(
    """
    sagte sagten sagt sagen gesagt erklärte erklärten erklärt erklären betonte betonten betont meinte
    meinten meint schrieb schrieben schreibt geschrieben berichtete berichteten berichtet warnte warnten
    warnt forderte forderten fordert kritisierte kritisierten kritisiert äußerte äußerten äußert
    bestätigte bestätigten bestätigt behauptete behaupteten behauptet versicherte versicherten versichert
    ergänzte ergänzten ergänzt unterstrich unterstrichen bekräftigte bekräftigten bekräftigt verkündete
    verkündeten verkündet argumentierte argumentierten argumentiert antwortete antworteten antwortet
    entgegnete entgegneten entgegnet twitterte twitterten twittert mahnte mahnten mahnt beklagte beklagten
    beklagt meldete meldeten meldet hieß heißt zitierte zitierten zitiert mitteilte mitteilten mitgeteilt
    bekanntgab bekanntgaben bekanntgegeben ankündigte ankündigten angekündigt hinzufügte einräumte
    """.split()
)

#: Forms that attribute a quotation next to them but not reported speech,
#: among them the stems of separable verbs whose particle comes at the end
#: („…“, fügte er hinzu. / teilte die Polizei mit).
QUOTE_ONLY_FORMS: Final = frozenset(
    """
    rief riefen ruft nannte nannten nennt bezeichnete bezeichneten bezeichnet fragte fragten fragt
    fügte fügten fügt räumte räumten räumt kündigte kündigten kündigt teilte teilten teilt stellte
    stellten stellt wies wiesen sprach sprachen spricht lobte lobten lobt
    """.split()
)

#: "laut X", "X zufolge": the German "according to".
ACCORDING_TO: Final = ("laut", "zufolge")

#: Subject pronouns and the gender they carry ("sie" is also "they").
PRONOUNS: Final[dict[str, str]] = {"er": "male", "sie": "female", "es": "neuter", "wir": "plural", "ich": "self", "man": "plural"}

DETERMINERS: Final = frozenset(
    """
    der die das den dem des ein eine einer eines einem einen kein keine sein seine seiner ihr ihre ihrer
    deren dessen
    unser unsere dieser diese dieses mehrere einige viele
    """.split()
)
INDEFINITE: Final = frozenset("ein eine einer eines einem einen mehrere einige viele".split())
PREPOSITIONS: Final = frozenset("von vom für mit im aus bei zum zur nach auf am über unter wie".split())
#: Articles that open a genitive after the head noun ("der Sprecher der Feuerwehr").
GENITIVE_ARTICLES: Final = frozenset("des der eines einer".split())

#: Nouns for anonymous sources and the people, groups and bodies that speak.
ANONYMOUS_HEADS: Final = frozenset(
    """
    sprecher sprecherin regierungssprecher regierungssprecherin quelle quellen kreise insider experte
    experten beobachter diplomat diplomaten beamter beamte mitarbeiter mitarbeiterin
    """.split()
)
ORGANIZATION_HEADS: Final = frozenset(
    """
    polizei regierung ministerium behörde behörden bundesregierung staatsanwaltschaft partei zeitung
    agentur nachrichtenagentur gericht unternehmen konzern verband amt institut kommission verwaltung
    gewerkschaft stiftung universität senat landtag bundestag parlament verein bank feuerwehr
    """.split()
)
PEOPLE_HEADS: Final = frozenset(
    """
    kanzlerin kanzler präsident präsidentin minister ministerin bürgermeister bürgermeisterin vorsitzende
    vorsitzender chef chefin politiker politikerin abgeordnete abgeordneter
    """.split()
)
DOCUMENT_HEADS: Final = frozenset("erklärung mitteilung bericht studie umfrage brief schreiben".split())

#: Days and months, so that "Am Montag sagte …" does not make "Montag" a speaker.
TIME_WORDS: Final = frozenset(
    """
    montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz april mai juni juli
    august september oktober november dezember heute gestern morgen abend woche jahr
    """.split()
)

#: Titles before a name: "Bundeskanzlerin Angela Merkel", "Innenminister …".
TITLES: Final = frozenset(
    """
    bundeskanzlerin bundeskanzler kanzlerin kanzler bundespräsident präsident präsidentin minister
    ministerin außenminister außenministerin innenminister innenministerin finanzminister
    ministerpräsident ministerpräsidentin bürgermeister bürgermeisterin regierungssprecher
    regierungssprecherin parteichef parteichefin herr frau
    """.split()
)

#: Separable verbs, speech only with their particle next to them
#: ("Die Polizei teilte mit, dass …", "gab bekannt").
PARTICLE_FORMS: Final[dict[str, tuple[str, ...]]] = {
    "teilte": ("mit",),
    "teilten": ("mit",),
    "teilt": ("mit",),
    "kündigte": ("an",),
    "kündigten": ("an",),
    "räumte": ("ein",),
    "räumten": ("ein",),
    "stellte": ("klar",),
    "stellten": ("klar",),
    "warf": ("vor",),
    "warfen": ("vor",),
    "wirft": ("vor",),
    "gab": ("bekannt", "zu", "an"),
    "gaben": ("bekannt", "an"),
    "gibt": ("bekannt", "an"),
    "wies": ("hin", "zurück"),
    "wiesen": ("hin", "zurück"),
    "fügte": ("hinzu",),
    "fügten": ("hinzu",),
    "deutete": ("an",),
    "kündigt": ("an",),
    "teilen": ("mit",),
}

#: Present-subjunctive (Konjunktiv I) forms that mark reported speech in the
#: third person ("Er sei bereit, die Regierung habe versagt"): a sentence
#: with one and no cue goes on reporting the speaker before it.  Forms that
#: are also indicative in the third person ("werden", "haben") are left out.
SUBJUNCTIVE_FORMS: Final = frozenset(
    """
    sei seien habe könne könnten müsse solle wolle werde dürfe gebe gehe stehe liege komme wisse
    bleibe brauche handle lasse plane trage sehe halte
    """.split()
)
#: Pronouns of the first and second person: "ich habe" is indicative.
FIRST_PERSON: Final = frozenset("ich wir du ihr".split())
#: Common German words: a text with several of them is read as German
#: before German-only rules (the subjunctive continuation) apply to it.
FUNCTION_WORDS: Final = frozenset("und der die das nicht ist mit sich auch auf für".split())
#: Auxiliaries that open a verb-second clause before its subject
#: ("„…“, hatte Merkel im Jahr 2015 gesagt"): never part of a speaker.
AUXILIARIES: Final = frozenset("hat hatte hatten haben hätte hätten ist war waren sind wurde wurden wird werden".split())
#: Prepositions that open a time phrase ("am Montag", "im Jahr 2015", "vor einer Woche").
TIME_PREPOSITIONS: Final = frozenset("am im vor seit bis".split())
#: Dative and accusative articles: a phrase they open before a verb-second cue
#: is its object, and the subject follows the verb ("Dem Sender sagte er: …").
OBLIQUE_ARTICLES: Final = frozenset("dem den einem einen ihm ihn gegenüber".split())
#: Adverbs that open a German sentence before its subject ("Auch SPD-Chef …
#: warnte"): never part of a name.
ADVERBS: Final = frozenset("auch nun jetzt dann zudem außerdem bereits noch dabei daher deshalb trotzdem zuvor später".split())
#: Words that cannot open reported content ("äußerte sich zunächst nicht").
CONTENT_BAD_START: Final = frozenset("sich nicht auch noch bereits zunächst".split())
#: Common German first names, for names and the gender of "er" and "sie".
MALE_NAMES: Final = frozenset(
    """
    jürgen norbert steffen olaf markus wolfgang horst heiko thomas andreas stefan christian hans klaus
    karl friedrich helmut gerhard sigmar sebastian christoph jens armin hubertus cem lars florian
    tobias jan matthias ralf uwe dieter günter werner heinz manfred bernd rolf volker joachim winfried
    philipp felix lukas jens-uwe frank-walter karl-heinz hans-georg günther herbert kurt otto ulrich
    """.split()
)
FEMALE_NAMES: Final = frozenset(
    """
    angela annalena ursula svenja andrea franziska christine katarina saskia malu manuela anja sahra
    katja claudia petra sabine monika birgit heike karin renate ulla katrin simone susanne kristina
    ricarda annegret julia dorothee bärbel hildegard gabriele brigitte ute
    """.split()
)
