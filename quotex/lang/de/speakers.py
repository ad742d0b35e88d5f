"""German, speakers: the pronouns, determiners, nouns and titles quotex
reads German speakers with.  Data only; part of the German pack
(:data:`quotex.lang.de.PARTS`).  Nouns are lowercased, as in the rest of
the pack."""

from __future__ import annotations

from typing import Final

from quotex.lang.en import speakers as en

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
#: Determiners that are a subject on their own before a verb: "Dieser sagte, …", "Diese bestätigte, dass …".
STANDALONE_DETERMINERS: Final = frozenset({"dieser", "diese"})
INDEFINITE: Final = frozenset("ein eine einer eines einem einen mehrere einige viele".split())
PREPOSITIONS: Final = frozenset(
    """
    von vom für mit im in aus bei beim zum zur nach auf am über unter wie zu gegenüber vor an gegen durch um
    ohne seit während wegen trotz neben zwischen hinter ins ans aufs
    """.split()
)
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
    opposition fraktion koalition magazin
    """.split()
)
#: Organisations, and the bodies German news cites by their English names
#: ("New York Times", "BBC News", "Associated Press", "AFP").
ORGANIZATION_HEADS: Final = ORGANIZATION_NOUNS | en.ORGANIZATION_HEADS
PEOPLE_HEADS: Final = frozenset(
    """
    kanzlerin kanzler präsident präsidentin minister ministerin bürgermeister bürgermeisterin vorsitzende
    vorsitzender chef chefin politiker politikerin abgeordnete abgeordneter
    arzt ärztin trainer trainerin senator senatorin richter richterin anwalt anwältin staatsanwalt
    staatsanwältin leiter leiterin direktor direktorin geschäftsführer geschäftsführerin gouverneur
    botschafter botschafterin kommissar kommissarin generalsekretär generalsekretärin landrat landrätin
    """.split()
)
#: Plural nouns for groups of people: "Die Anwohner verlangten, …".
GROUP_HEADS: Final = frozenset(
    """
    anwohner bewohner bürger einwohner demonstranten teilnehmer kritiker befürworter gegner unterstützer
    wähler eltern schüler studenten ärzte mitglieder beschäftigte arbeitnehmer helfer einsatzkräfte
    rettungskräfte rettungskräften ermittler forscher wissenschaftler politiker aktivisten umweltschützer
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
