"""The word tables the mention readers look words up in: determiners,
prepositions, pronouns, time words, heads of nouns, words that are no names.
"""

from __future__ import annotations

from typing import Final

from quotex import cues, german, lexicon

DETERMINERS: Final = (
    frozenset(
        """
    a an the another one two three four five six several some many other his her their its our my your
    this these those both all few most multiple numerous dozens hundreds
    """.split()
    )
    | german.DETERMINERS
)

INDEFINITE: Final = (
    frozenset(
        """
    a an another one two three four five six several some many multiple numerous few dozens
    """.split()
    )
    | german.INDEFINITE
)

DEFINITE: Final = frozenset({"the", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those"})

PREPOSITIONS: Final = (
    frozenset(
        """
    of for with in at from on to close familiar speaking within inside near under behind without
    """.split()
    )
    | german.PREPOSITIONS
)

SUBJECT_PRONOUNS: Final = frozenset({"he", "she", "they", "we", "i", "it", "you"}) | frozenset(german.PRONOUNS)

#: Pronouns for one person, and the English pronoun each resolves like.
PERSON_PRONOUNS: Final = {"he": "he", "she": "she", "i": "i", "you": "you", "er": "he", "sie": "she", "ich": "i"}

TIME_WORDS: Final = (
    frozenset(
        """
    monday tuesday wednesday thursday friday saturday sunday today yesterday tonight morning afternoon
    evening night week weekend month year january february march april may june july august september
    october november december jan feb aug sept oct nov dec earlier later recently previously then now
    ago last this next early late day days weeks months years interview statement speech tweet email
    press release conference briefing call rally appearance hearing past future time times occasion
    summer winter spring autumn
    """.split()
    )
    | german.TIME_WORDS
)

#: Counts that stand alone for their speakers: "One tweeted…", "Many said…".
PRONOUN_COUNTS: Final = frozenset("one another some many several few".split())

#: Counts that head a mention of a share of people ("one in five say").
NUMBER_WORDS: Final = frozenset("one two three four five six seven eight nine ten dozen dozens hundreds thousands".split())

#: Nouns of a setting ("in an interview"), dropped only after a preposition:
#: "the statement said" keeps its speaker.
SETTING_NOUNS: Final = frozenset(
    "interview statement speech tweet email press release conference briefing call rally appearance hearing".split()
)

#: Forms of "be" that make the cue after them passive.
PASSIVE: Final = frozenset("was were is are be been being 's".split())

#: Words that open a time phrase: "in the past", "on Monday", "last week".
TIME_PREPOSITIONS: Final = frozenset("in on at last this earlier late over".split()) | german.TIME_PREPOSITIONS

#: Words that end a mention when walking over it.
STOP: Final = (
    (lexicon.NOT_SPEAKERS - DETERMINERS - PREPOSITIONS - SUBJECT_PRONOUNS)
    | frozenset(
        """
    who whom whose said says told not being been according however meanwhile also asked added while
    whether though although after before since until during about into over against like unlike via by s
    n't let lets get got say
    """.split()
    )
    | cues.QUOTE_FORMS
    | frozenset(cues.AUXILIARIES)
    | german.AUXILIARIES
)

NOUN_HEADS: Final = (
    lexicon.PEOPLE_HEADS
    | lexicon.ROLE_NOUNS
    | lexicon.ANONYMOUS_HEADS
    | lexicon.GROUP_HEADS
    | lexicon.DOCUMENT_HEADS
    | lexicon.ORGANIZATION_HEADS
    | (lexicon.TITLES - lexicon.NOT_SPEAKERS - {"new", "york", "first", "top", "senior", "white", "green", "national"})
)

#: Nouns for what a person is or does; words of an office ("Minister" for …);
#: forms of address before a surname ("Cr", "Mr").
PERSON_NOUNS: Final = lexicon.ROLE_NOUNS | lexicon.PEOPLE_HEADS
OFFICE_WORDS: Final = lexicon.ROLE_NOUNS | lexicon.TITLES
ADDRESS_WORDS: Final = lexicon.ADDRESS_TITLES | frozenset({"mr", "mrs", "ms", "miss", "herr", "frau"})

#: Capitalised words that are not names.
NOT_NAMES: Final = (
    frozenset(
        """
        the this that these those there it in on at but and so if when as a an after before while asked
        then now yes no still here what why how for with we i you yet however meanwhile instead indeed
        also moreover furthermore nonetheless nevertheless though although thus hence besides otherwise
        earlier later today protest
        """.split()
    )
    | german.ADVERBS
    # "Times" and "Press" name newspapers and agencies ("The Times said")
    | (TIME_WORDS - lexicon.ORGANIZATION_HEADS)
)

NAME_PARTICLES: Final = frozenset(
    """
    de van von der bin al la le del da di du ibn st.
    """.split()
)

NAME_SUFFIXES: Final = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})

MAX_TOKENS: Final = 16

#: Pronouns contracted with a verb ("He’s claiming", "they're saying"): the pronoun speaks.
CONTRACTED_PRONOUNS: Final = {
    "he's": "he", "she's": "she", "they're": "they", "we're": "we", "i'm": "i",
    "he'd": "he", "she'd": "she", "they'd": "they", "we'd": "we", "i'd": "i",
    "he'll": "he", "she'll": "she", "they'll": "they", "we'll": "we", "i'll": "i",
    "they've": "they", "we've": "we", "i've": "i",
}  # fmt: skip

#: Prepositions that go on describing a named speaker ("Kirby of the State
#: Department", "the senator from Ohio"); others end the name ("in a statement").
NAME_PREPOSITIONS: Final = frozenset("of from for von aus".split())

#: Marks around a quoted name inside a mention, and the words that lead to it
#: ("a report in the “Daily News”", "ein Bericht der „Süddeutschen Zeitung“").
TITLE_OPENERS: Final = frozenset('"\N{LEFT DOUBLE QUOTATION MARK}\N{DOUBLE LOW-9 QUOTATION MARK}»«')

TITLE_CLOSERS: Final = frozenset('"\N{RIGHT DOUBLE QUOTATION MARK}\N{LEFT DOUBLE QUOTATION MARK}«»')

TITLE_LEADS: Final = frozenset("the of der des die das im in".split())

#: Passives that pass the words on to their subject: "X was quoted as saying".
QUOTED_AS: Final = frozenset({"quoted", "described", "cited"})

#: Adverbs set off by commas between a subject and its verb ("Forbes, however, says").
PARENTHETICALS: Final = frozenset("however meanwhile though too also moreover instead nonetheless nevertheless indeed".split())

#: Courtesy titles: they tell gender, not a role.
COURTESY_TITLES: Final = frozenset({"mr", "mrs", "ms", "miss", "herr", "frau"})

#: German articles of the dative (and accusative) case: after a name they open its object ("sagte Merkel der Zeitung").
DATIVE_ARTICLES: Final = frozenset({"der", "dem", "den"})

#: Two-word parentheticals: "Ayotte’s campaign, for example, said".
PARENTHETICAL_PAIRS: Final = frozenset(
    {("for", "example"), ("for", "instance"), ("in", "turn"), ("of", "course"), ("in", "fact"), ("in", "particular")}
)

#: Punctuation that bounds an apposition ("Flynn, a top Trump surrogate, said").
APPOSITION_ENDS: Final = frozenset(",;:.!?\N{EM DASH}\N{EN DASH}")
