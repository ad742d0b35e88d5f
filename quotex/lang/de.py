"""German: the word tables quotex reads German news with.

Data only (the pySBD / spaCy ``lang/`` layout): „…“, sagte Merkel. /
Merkel sagte, sie werde … / laut Polizei …  German inflection is irregular
enough that the cue forms are listed, not generated.  Nouns are given
lowercased: the walkers compare lowercased words, and in German every noun
is capitalised.  The logic German needs beyond these tables (verb-second
order, separable verbs, the subjunctive continuation) is in
:mod:`quotex.rules.de`.
"""

from __future__ import annotations

from typing import Final

from quotex.lang import en, names

NAME: Final = "German"
#: Common German words: a text with more of them than of English ones is read as German.
STOP_WORDS: Final = frozenset(
    "und der die das nicht ist mit sich auch auf für ein eine dem den des im sagte wurde er sie wir zu von hat sei wie".split()
)
#: Letters its text uses and English does not: they break a tie in the vote.
LETTERS: Final = "äöüßÄÖÜ\N{DOUBLE LOW-9 QUOTATION MARK}"
#: The quotation marks its news is written with, outermost first: „…“, »…«, ‚…‘.
QUOTATION_MARKS: Final = (
    "\N{DOUBLE LOW-9 QUOTATION MARK}\N{LEFT DOUBLE QUOTATION MARK}",
    "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}",
    "\N{SINGLE LOW-9 QUOTATION MARK}\N{LEFT SINGLE QUOTATION MARK}",
)

# --- cue verbs ---------------------------------------------------------------

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

#: Separable verbs, speech only with their particle next to them or at the
#: end of the clause ("Die Polizei teilte mit, dass …", "gab … bekannt").
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
#: The separable verbs whose particle may stand at the end of the clause.
CLAUSE_END_PARTICLES: Final = PARTICLE_FORMS

#: Cue forms after which the subject may follow the verb (verb-second
#: order): "Am Montag sagte Merkel, …", "„…“, sagte sie".
VERB_SECOND_FORMS: Final = SPEECH_FORMS | QUOTE_ONLY_FORMS

#: "according to": a phrase matched as one cue word ("nach Angaben"), the
#: prepositions that name a source ("laut"), and those that follow it ("zufolge").
ACCORDING_TO_PHRASE: Final = r"[Nn]ach [ \t\u00a0]{1,3} (?: Angaben | Aussagen? )"
ACCORDING_TO_STARTS: Final = ("nach", "Nach")
ACCORDING_WORDS: Final = frozenset({"laut", "Laut", "zufolge"})
POSTPOSITIONS: Final = frozenset({"zufolge"})
#: According-to forms that need no comma before the clause.
COMMALESS: Final = frozenset({"laut", "nach angaben", "nach aussage", "nach aussagen"})
#: A word that introduces the source after a quotation: „…“, so der Sprecher.
SOURCE_AFTER_QUOTE: Final = r"so (?= [ \t\u00a0]{1,3} (?: \p{Lu} | der | die | das | ein | eine ) )"
#: Words that open the clause after a setting between cue and comma
#: ("sagte am Montag, | er sei …", "erklärte gegenüber der Zeitung, | dass …").
CLAUSE_OPENERS: Final = r"dass | ob | er | sie | es | man | wir | die | der | das | den | dem | ein | eine | \p{Lu}"

# --- speakers ----------------------------------------------------------------

#: Subject pronouns and the gender they carry ("sie" is also "they").
PRONOUNS: Final[dict[str, str]] = {"er": "male", "sie": "female", "es": "neuter", "wir": "plural", "ich": "self", "man": "plural"}
SUBJECT_PRONOUNS: Final = frozenset(PRONOUNS)
#: Pronouns for one person, and the English pronoun each resolves like.
PERSON_PRONOUNS: Final = {"er": "he", "sie": "she", "ich": "i"}
#: Pronouns that stand for an organisation.
NEUTER_PRONOUNS: Final = frozenset({"es"})

DETERMINERS: Final = frozenset(
    """
    der die das den dem des ein eine einer eines einem einen kein keine sein seine seiner ihr ihre ihrer
    deren dessen
    unser unsere dieser diese dieses mehrere einige viele
    """.split()
)
INDEFINITE: Final = frozenset("ein eine einer eines einem einen mehrere einige viele".split())
PREPOSITIONS: Final = frozenset("von vom für mit im in aus bei zum zur nach auf am über unter wie".split())
#: Articles that open a genitive after the head noun ("der Sprecher der Feuerwehr").
GENITIVE_ARTICLES: Final = frozenset("des der eines einer".split())
#: Articles of the dative (and accusative) case: after a name they open its
#: object ("sagte Merkel der Zeitung").
DATIVE_ARTICLES: Final = frozenset({"der", "dem", "den"})
#: Dative and accusative articles: a phrase they open before a verb-second cue
#: is its object, and the subject follows the verb ("Dem Sender sagte er: …").
OBLIQUE_ARTICLES: Final = frozenset("dem den einem einen ihm ihn gegenüber".split())
#: Capitalised words that are not names: the determiners, pronouns,
#: prepositions and conjunctions that open a sentence ("Die", "In", "Doch").
CAPITALISED_NOT_NAMES: Final = DETERMINERS | frozenset(
    """
    in an am im auf aus bei mit nach von vom zu zum zur vor seit als wenn wie so und aber doch denn oder
    es er sie wir ich man dies das dass hier dort heute gestern nun jetzt dann auch noch da daher
    """.split()
)
#: Articles dropped from the front of an organisation's name.
ARTICLES: Final = frozenset({"der", "die", "das"})

#: Nouns for anonymous sources and the people, groups and bodies that speak.
ANONYMOUS_HEADS: Final = frozenset(
    """
    sprecher sprecherin regierungssprecher regierungssprecherin quelle quellen kreise insider experte
    experten beobachter diplomat diplomaten beamter beamte mitarbeiter mitarbeiterin
    """.split()
)
ORGANIZATION_NOUNS: Final = frozenset(
    """
    polizei regierung ministerium behörde behörden bundesregierung staatsanwaltschaft partei zeitung
    agentur nachrichtenagentur gericht unternehmen konzern verband amt institut kommission verwaltung
    gewerkschaft stiftung universität senat landtag bundestag parlament verein bank feuerwehr
    """.split()
)
#: Organisations, and the bodies German news cites by their English names
#: ("New York Times", "BBC News", "Associated Press", "AFP").
ORGANIZATION_HEADS: Final = ORGANIZATION_NOUNS | en.ORGANIZATION_HEADS
PEOPLE_HEADS: Final = frozenset(
    """
    kanzlerin kanzler präsident präsidentin minister ministerin bürgermeister bürgermeisterin vorsitzende
    vorsitzender chef chefin politiker politikerin abgeordnete abgeordneter
    """.split()
)
DOCUMENT_HEADS: Final = frozenset("erklärung mitteilung bericht studie umfrage brief schreiben".split())
#: Speaker nouns that end compounds ("Innen|ministerium", "Polizei|sprecher").
COMPOUND_HEADS: Final = ORGANIZATION_NOUNS | PEOPLE_HEADS | ANONYMOUS_HEADS | DOCUMENT_HEADS
#: Nouns of offices and roles, alone or ending a compound ("Umweltministerin", "Fraktionschef").
ROLE_HEADS: Final = PEOPLE_HEADS | ANONYMOUS_HEADS
#: Speaker nouns written with a capital (every noun) that are not names.
COMMON_CAPITALISED: Final = COMPOUND_HEADS

#: Days and months, so that "Am Montag sagte …" does not make "Montag" a speaker.
TIME_WORDS: Final = frozenset(
    """
    montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz april mai juni juli
    august september oktober november dezember heute gestern morgen abend woche jahr
    interview gespräch pressekonferenz rede sitzung sendung
    """.split()
)
#: Nouns of a setting ("in einem Interview"), dropped only after a preposition.
SETTING_NOUNS: Final = frozenset("interview gespräch pressekonferenz rede sitzung sendung".split())
#: Prepositions that open a time phrase ("am Montag", "im Jahr 2015", "vor einer Woche").
TIME_PREPOSITIONS: Final = frozenset("am im vor seit bis".split())
#: Words that open a trailing time phrase after a name ("Merkel am Montag").
SETTING_OPENERS: Final = frozenset({"am"})

#: Titles before a name: "Bundeskanzlerin Angela Merkel", "Innenminister …".
TITLES: Final = frozenset(
    """
    bundeskanzlerin bundeskanzler kanzlerin kanzler bundespräsident präsident präsidentin minister
    ministerin außenminister außenministerin innenminister innenministerin finanzminister
    ministerpräsident ministerpräsidentin bürgermeister bürgermeisterin regierungssprecher
    regierungssprecherin parteichef parteichefin herr frau
    """.split()
)
#: Courtesy titles: they tell gender, not a role.
COURTESY_TITLES: Final = frozenset({"herr", "frau"})
MALE_HONORIFICS: Final = frozenset({"herr"})
FEMALE_HONORIFICS: Final = frozenset({"frau"})

#: Prepositions that go on describing a named speaker ("Müller von der Polizei").
NAME_PREPOSITIONS: Final = frozenset("von aus".split())
#: Words that lead to a quoted name inside a mention ("ein Bericht der „Süddeutschen Zeitung“").
TITLE_LEADS: Final = frozenset("der des die das im in".split())
NAME_PARTICLES: Final = en.NAME_PARTICLES
NAME_SUFFIXES: Final = en.NAME_SUFFIXES

#: Auxiliaries that open a verb-second clause before its subject
#: ("„…“, hatte Merkel im Jahr 2015 gesagt"): never part of a speaker.
VERB_SECOND_AUXILIARIES: Final = frozenset("hat hatte hatten haben hätte hätten ist war waren sind wurde wurden wird werden".split())
#: Adverbs that open a sentence before its subject ("Auch SPD-Chef …
#: warnte"): never part of a name.
CLAUSE_ADVERBS: Final = frozenset("auch nun jetzt dann zudem außerdem bereits noch dabei daher deshalb trotzdem zuvor später".split())
#: Words that cannot open reported content ("äußerte sich zunächst nicht").
CONTENT_BAD_START: Final = frozenset("sich nicht auch noch bereits zunächst".split())

#: Words that open a source phrase and are dropped from an organisation's name ("Laut Polizei").
SOURCE_PREPOSITIONS: Final = frozenset({"laut"})

#: Common first names, for names and the gender of "er" and "sie"; the
#: English lists too, since German news names the same people.
MALE_NAMES: Final = names.MALE
FEMALE_NAMES: Final = names.FEMALE

# --- reported speech in the subjunctive --------------------------------------

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

# --- sentences ---------------------------------------------------------------

#: Months after an ordinal number: "am 3. März" does not end a sentence.
ORDINAL_MONTHS: Final = frozenset(
    """
    januar jänner februar märz april mai juni juli august september oktober november dezember
    """.split()
)
