"""The :class:`Language` record: every word table the rules and speaker
readers consult, declared once for all languages.

A pack (:mod:`quotex.lang.en`, :mod:`quotex.lang.de`) fills the tables it
has; a table it lacks keeps the empty default declared here, so the shared
code reads ``lang.SPEECH_FORMS`` in any language and never names one.
:mod:`quotex.lang` builds a record from a pack and re-exports the class;
:mod:`quotex.lang.records` derives the tables built from others.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import Any

from quotex.lang.records import EMPTY, NO_MAP, compound_head

__all__ = ["Language"]


def _words() -> Any:
    return field(default=EMPTY)


def _no_map() -> Mapping[Any, Any]:
    return NO_MAP


def _mapping() -> Any:
    return field(default_factory=_no_map)


# its own __init__ and __repr__: no generated one compiled at import (__init__ would take a parameter a table)
@dataclass(frozen=True, eq=False, slots=True, repr=False, init=False)
class Language:
    """Every word table the rules and speaker readers consult, for one language.

    Field names are the table names the code has always used
    (``ANONYMOUS_HEADS``, ``PARTICLE_FORMS``), so a rule reads
    ``lang.ANONYMOUS_HEADS`` where it read ``lexicon.ANONYMOUS_HEADS``.
    """

    code: str
    name: str
    #: Words counted by :func:`detect`, and letters that tip a tie.
    STOP_WORDS: frozenset[str] = _words()
    LETTERS: str = ""
    #: Does the language capitalise every noun (so that Title Case tells no title of a work)?
    CAPITALISED_NOUNS: bool = False
    #: Quotation-mark pairs of the language's news, outermost first.
    QUOTATION_MARKS: tuple[str, ...] = ()

    # -- cue words
    SPEECH_FORMS: frozenset[str] = _words()
    QUOTE_FORMS: frozenset[str] = _words()
    OBJECT_SPEECH_FORMS: frozenset[str] = _words()
    PARTICLE_FORMS: Mapping[str, tuple[str, ...]] = _mapping()
    CLAUSE_END_PARTICLES: Mapping[str, tuple[str, ...]] = _mapping()
    #: Forms that are a cue only with their particle: the verbs separable ones are split from ("stellte … fest").
    SPLIT_ONLY_FORMS: frozenset[str] = _words()
    #: Verb forms whose particle may stand before them as a word of its own, read
    #: with it as one cue ("wie die Firma bekannt gab"): form -> its particles.
    APART_PARTICLE_FORMS: Mapping[str, tuple[str, ...]] = _mapping()
    LEMMA_OF: Mapping[str, str] = _mapping()
    NEEDS_PARTICLE: frozenset[str] = _words()
    QUOTE_ONLY_PARTICLES: frozenset[str] = _words()
    BARE_PARTICLE_VERBS: frozenset[tuple[str, str]] = _words()
    INFINITIVE_SPEECH: frozenset[str] = _words()
    #: Speech verbs whose noun object is what was said, and noun-like forms that are verbs before "that".
    NOUN_OBJECT_SPEECH: frozenset[str] = _words()
    #: Nouns of a company's accounts: a speech verb whose object they head reports figures, not words.
    ACCOUNTS_NOUNS: frozenset[str] = _words()
    #: Nouns of a contest's outcome: a speech verb whose object ends in one claims or yields it, says nothing.
    OUTCOME_NOUNS: frozenset[str] = _words()
    OUTCOME_VERBS: frozenset[str] = _words()
    THAT_VERB_FORMS: frozenset[str] = _words()
    AUXILIARIES: tuple[str, ...] = ()
    TAKES_OBJECT: frozenset[str] = _words()
    VERB_SECOND_FORMS: frozenset[str] = _words()
    VERB_SECOND_AUXILIARIES: frozenset[str] = _words()
    #: Forms a cue slot accepts, and every form treated as a cue (derived).
    CUE_WORDS: frozenset[str] = _words()
    CUE_FORMS: frozenset[str] = _words()
    #: The words the cue scan keeps: cue forms and according-to words (derived).
    SCANNED_WORDS: frozenset[str] = _words()

    # -- "according to"
    ACCORDING_TO_PHRASE: str = r"(?!)"
    ACCORDING_TO_STARTS: tuple[str, ...] = ()
    ACCORDING_WORDS: frozenset[str] = _words()
    #: According-to phrases (lowercased) that name no source by themselves: one must follow.
    ACCORDING_TO_BARE: frozenset[str] = _words()
    POSTPOSITIONS: frozenset[str] = _words()
    #: Words of an according-to phrase that make the clause's subject its source ("nach eigenen Angaben").
    OWN_SOURCE_WORDS: frozenset[str] = _words()
    #: Words that name the source only after the clause, with a comma ("CLAUSE, so X.").
    TRAILING_SOURCE_WORDS: frozenset[str] = _words()
    #: According-to words (the first word of a phrase) that need no comma before the clause.
    COMMALESS: frozenset[str] = _words()
    #: Words before an according-to phrase that point back to the sentence before, its content ("That's according to X").
    BACKWARD_FRAMES: frozenset[str] = _words()
    SOURCE_AFTER_QUOTE: str = r"(?!)"
    CLAUSE_OPENERS: str = r"(?!)"
    CLAUSE_SUBJECT: str = r"(?!)"

    # -- speakers
    TITLES: frozenset[str] = _words()
    MALE_HONORIFICS: frozenset[str] = _words()
    FEMALE_HONORIFICS: frozenset[str] = _words()
    PRONOUNS: Mapping[str, str] = _mapping()
    ORGANIZATION_HEADS: frozenset[str] = _words()
    ANONYMOUS_HEADS: frozenset[str] = _words()
    ANONYMOUS_MARKERS: frozenset[str] = _words()
    DOCUMENT_HEADS: frozenset[str] = _words()
    STATEMENT_HEADS: frozenset[str] = _words()
    ISSUING_VERBS: frozenset[str] = _words()
    GROUP_HEADS: frozenset[str] = _words()
    NOT_SPEAKERS: frozenset[str] = _words()
    MENTION_GLUE: frozenset[str] = _words()
    PEOPLE_HEADS: frozenset[str] = _words()
    PLACES: frozenset[str] = _words()
    US_STATES: frozenset[str] = _words()
    MALE_NAMES: frozenset[str] = _words()
    FEMALE_NAMES: frozenset[str] = _words()
    COMMON_CAPITALISED: frozenset[str] = _words()
    CLAIM_NOUNS: frozenset[str] = _words()
    #: Words that open a claim's content ("Lee's claim | that …", "her pledge | of …"), and
    #: those after which the words describe the claim instead ("called Lee's claim … | as “…”").
    CLAIM_CONTENT_LINKS: frozenset[str] = _words()
    CLAIM_COMPLEMENTS: frozenset[str] = _words()
    POSSESSIVE_PRONOUNS: Mapping[str, str] = _mapping()
    #: Verbs whose object is the subject of the cue right after it: a participle after a verb of
    #: perception ("watched | the envoys | calling it …"), an infinitive after a verb that makes
    #: someone act ("led | her | to declare"); object pronouns and the pronoun each resolves like.
    PERCEPTION_VERBS: frozenset[str] = _words()
    CAUSATIVE_VERBS: frozenset[str] = _words()
    OBJECT_PRONOUNS: Mapping[str, str] = _mapping()
    COMPOUND_HEADS: frozenset[str] = _words()
    ROLE_HEADS: frozenset[str] = _words()
    #: Roles as the text gives them (:mod:`quotex.speakers.roles`): words that open a clause
    #: or a phrase after a role ("nurse | who was there", "| in an interview"), articles and
    #: courtesy titles dropped from its ends, verbs that end a role read too far ("chair |
    #: issued"), the words after a past form that make it a verb ("issued | a statement"), name
    #: particles that are no role ("de la"), people words that are no role ("person"), titles that
    #: are none ("new"), courtesy titles, words ending like a person noun that are none ("water"),
    #: function words that end a title read backwards, and the prepositions and articles inside
    #: an office ("Minister | for | Agriculture", "Leader of | the | Opposition").
    ROLE_CLAUSE_OPENERS: frozenset[str] = _words()
    ROLE_PREPOSITIONS: frozenset[str] = _words()
    ROLE_ARTICLES: frozenset[str] = _words()
    ROLE_ADDRESS: frozenset[str] = _words()
    ROLE_END_VERBS: frozenset[str] = _words()
    VERB_OBJECT_OPENERS: frozenset[str] = _words()
    ROLE_NAME_PARTICLES: frozenset[str] = _words()
    NOT_ROLE_PEOPLE: frozenset[str] = _words()
    NOT_ROLE_TITLES: frozenset[str] = _words()
    NOT_ROLE_COURTESY: frozenset[str] = _words()
    NOT_PERSON_NOUNS: frozenset[str] = _words()
    TITLE_FUNCTION_WORDS: frozenset[str] = _words()
    OFFICE_PREPOSITIONS: frozenset[str] = _words()
    OFFICE_ARTICLES: frozenset[str] = _words()
    #: A setting that ends a role (its prepositions, determiners, nouns: ", in a statement"), the
    #: words around an age ("aged", "-year-old"), abbreviations whose stop ends no role ("Inc."),
    #: and the endings of a noun for people ("-er", "-ist").
    ROLE_SETTING_PREPOSITIONS: frozenset[str] = _words()
    ROLE_SETTING_DETERMINERS: frozenset[str] = _words()
    ROLE_SETTING_NOUNS: frozenset[str] = _words()
    AGE_PREFIXES: frozenset[str] = _words()
    AGE_SUFFIXES: frozenset[str] = _words()
    ROLE_ABBREVIATIONS: frozenset[str] = _words()
    PERSON_NOUN_ENDINGS: tuple[str, ...] = ()
    #: How a past form, an adverb and a gerund end ("-ed", "-ly", "-ing"): word forms roles read.
    PAST_ENDINGS: tuple[str, ...] = ()
    ADVERB_ENDINGS: tuple[str, ...] = ()
    GERUND_ENDINGS: tuple[str, ...] = ()
    #: How an age used as a noun ends ("the 46-year-old"); determiners after which a lowercase word
    #: is a noun ("the | host"), cue forms that are nouns after one ("the | accused"), negations ("not").
    AGE_NOUN_ENDINGS: tuple[str, ...] = ()
    NOUN_DETERMINERS: frozenset[str] = _words()
    CUE_NOUN_FORMS: frozenset[str] = _words()
    NEGATIONS: frozenset[str] = _words()
    #: Counts that stand for one unnamed source ("One said"), of PRONOUN_COUNTS.
    SINGULAR_COUNTS: frozenset[str] = _words()
    #: Speaker entities: articles dropped from a name ("the"), indefinite ones ("a"), determiners
    #: pointing back to a document ("this"), those of a lead naming its person later ("a", "its"),
    #: and the prepositions that end a head noun ("of").
    ENTITY_ARTICLES: frozenset[str] = _words()
    INDEFINITE_ARTICLES: frozenset[str] = _words()
    DEFINITE_REFERENCES: frozenset[str] = _words()
    LEAD_DETERMINERS: frozenset[str] = _words()
    HEAD_PREPOSITIONS: frozenset[str] = _words()
    #: The sides a barrister speaks for, set off by commas as a role: "Mara Venn, defending, said".
    COUNSEL_SIDES: frozenset[str] = _words()
    #: Transcript labels of the one who asks ("HOST:"), whose turns set out in paragraphs are no quotes.
    INTERVIEWER_LABELS: frozenset[str] = _words()
    #: Labels of a page's sections and links ("WATCH:", "READ MORE:"), which name no speaker.
    SECTION_LABELS: frozenset[str] = _words()
    DETERMINERS: frozenset[str] = _words()
    #: Determiners that never stand alone as a subject: a cue word right after one is a
    #: noun, and no speaker phrase ends with one ("the story of an | offer").
    NOUN_ONLY_DETERMINERS: frozenset[str] = _words()
    #: Determiners that also stand alone as a subject, a verb right after
    #: them a verb, not a noun: "Dieser sagte, …" in German.
    STANDALONE_DETERMINERS: frozenset[str] = _words()
    INDEFINITE: frozenset[str] = _words()
    DEFINITE: frozenset[str] = _words()
    PREPOSITIONS: frozenset[str] = _words()
    SUBJECT_PRONOUNS: frozenset[str] = _words()
    PERSON_PRONOUNS: Mapping[str, str] = _mapping()
    NEUTER_PRONOUNS: frozenset[str] = _words()
    TIME_WORDS: frozenset[str] = _words()
    PRONOUN_COUNTS: frozenset[str] = _words()
    NUMBER_WORDS: frozenset[str] = _words()
    #: A subject read by its grammar (:mod:`quotex.speakers.subjects`): words of a share
    #: ("a third", "two-thirds"), approximators before a count ("about", "nearly"),
    #: quantifiers before a plural ("several", "each"), participles after "those"
    #: ("those surveyed"), and adverbs after the subject ("Her aides here said").
    SHARE_WORDS: frozenset[str] = _words()
    APPROXIMATORS: frozenset[str] = _words()
    GROUP_QUANTIFIERS: frozenset[str] = _words()
    RESPONDENT_PARTICIPLES: frozenset[str] = _words()
    SUBJECT_ADVERBS: frozenset[str] = _words()
    #: More of that grammar: articles before a share ("a third"), what joins a count to the whole
    #: ("one | in | five", "| out of | ten"), pronouns after a partitive ("most of | them"), the
    #: pronoun a group of respondents is ("those"), words before an age ("those | over | 70"),
    #: prepositions after a marker of closeness ("close | to"), quantifiers of one by one ("each"),
    #: determiners of a plural ("the", "her"), prepositions that open a phrase after a group ("in
    #: the valley"), the word of a percentage ("percent"), and the words after a head ("who", "of";
    #: "interviewed | at"; "trying | to"; heads of a relative clause: "those | who").
    SHARE_ARTICLES: frozenset[str] = _words()
    RATIO_PHRASES: tuple[tuple[str, ...], ...] = ()
    OF_PRONOUNS: frozenset[str] = _words()
    RESPONDENT_PRONOUNS: frozenset[str] = _words()
    AGE_LIMITS: frozenset[str] = _words()
    CLOSENESS_PREPOSITIONS: frozenset[str] = _words()
    DISTRIBUTIVE_QUANTIFIERS: frozenset[str] = _words()
    PLURAL_DETERMINERS: frozenset[str] = _words()
    PHRASE_PREPOSITIONS: frozenset[str] = _words()
    PERCENT_WORDS: frozenset[str] = _words()
    POSTMODIFIER_OPENERS: frozenset[str] = _words()
    POSTMODIFIER_RELATIVES: frozenset[str] = _words()
    PARTICIPLE_NEXT: frozenset[str] = _words()
    INFINITIVE_MARKERS: frozenset[str] = _words()
    RELATIVE_HEADS: frozenset[str] = _words()
    #: A poll that frames its respondents' words (:mod:`quotex.rules.en.polls`): its nouns
    #: ("poll", "survey"), the prepositions that open it as a setting ("In a June poll, …")
    #: and the verbs of its findings ("The poll finds that …").
    POLL_NOUNS: frozenset[str] = _words()
    POLL_SETTINGS: frozenset[str] = _words()
    POLL_FINDINGS: frozenset[str] = _words()
    #: Words before a subject that open its clause ("while", "because", "and").
    CLAUSE_JOINERS: frozenset[str] = _words()
    SETTING_NOUNS: frozenset[str] = _words()
    PASSIVE: frozenset[str] = _words()
    TIME_PREPOSITIONS: frozenset[str] = _words()
    SETTING_OPENERS: frozenset[str] = _words()
    MENTION_STOPS: frozenset[str] = _words()
    TITLE_MODIFIERS: frozenset[str] = _words()
    CAPITALISED_NOT_NAMES: frozenset[str] = _words()
    NAME_PARTICLES: frozenset[str] = _words()
    NAME_SUFFIXES: frozenset[str] = _words()
    CONTRACTED_PRONOUNS: Mapping[str, str] = _mapping()
    NAME_PREPOSITIONS: frozenset[str] = _words()
    #: Prepositions that open a verb's object and never end a speaker phrase ("mocked Ann Lee for | inviting").
    OBJECT_PREPOSITIONS: frozenset[str] = _words()
    TITLE_LEADS: frozenset[str] = _words()
    #: Lowercase words before a capitalised title that open a name in apposition ("Ruiz's aunt, | state | Sen. Ann Roe,").
    APPOSITION_TITLE_LEADS: frozenset[str] = _words()
    NAME_HEAD_ENDINGS: tuple[str, ...] = ()
    #: Lowercase words that may join the capitalised words of a quoted name in
    #: a language that capitalises every noun ("Ärzte von Nirgendwo"); empty:
    #: the language reads Title Case with ``is_title`` instead.
    NAME_LINKS: frozenset[str] = _words()
    #: Words right before a quotation that make it what someone calls
    #: something, so words said even when they look like a name (German "als").
    LABEL_WORDS: frozenset[str] = _words()
    #: Forms of the verbs whose object a quotation after "as" characterises
    #: ("hailed Ruiz as “The Harbor King”"): the subject's wording, never a title.
    CHARACTERISING_AS_FORMS: frozenset[str] = _words()
    #: Forms of the cue verbs whose quoted object stays words said even in
    #: Title Case ("Some chanted | “Go Team!”", "chanting | “Pay Us Now”"):
    #: not those that name ("called it | “Harbor Day”") or speak to someone
    #: ("told | “Morning Docks”").
    SAYING_FORMS: frozenset[str] = _words()
    #: Words before a broadcaster's possessive that make the Title Case
    #: quotation after it a programme's name ("said on WXR's | “Morning Docks”").
    PROGRAMME_WORDS: frozenset[str] = _words()
    #: Nouns for a work whose Title Case title follows them ("the movie | “Sharks 3!”").
    WORK_NOUNS: frozenset[str] = _words()
    #: How a noun ends that a colon joins to the title or slogan after it ("Motto: „…“").
    TITLE_COLON_ENDINGS: tuple[str, ...] = ()
    #: The legal forms that end a company's name ("… AG"): a quotation ending in one is a name.
    COMPANY_FORMS: frozenset[str] = _words()
    #: The reflexive pronoun and verb forms with which something names itself ("nennt sich „…“").
    SELF_NAMING_PRONOUNS: frozenset[str] = _words()
    SELF_NAMING_FORMS: frozenset[str] = _words()
    #: Prepositions after which a quoted name is the one a report was made to ("gegenüber dem „…“").
    ADDRESSEE_PREPOSITIONS: frozenset[str] = _words()
    #: Prepositions that join a person to the organisation named after them ("Geschäftsführer von „…“").
    MEMBER_PREPOSITIONS: frozenset[str] = _words()
    #: Words that join one quoted name to the next ("„Nord“ und „Süd“"): the second is a name too.
    NAME_JOINERS: frozenset[str] = _words()
    #: Passives that pass the words on to their subject ("quoted") and the word after them ("as").
    QUOTED_AS: frozenset[str] = _words()
    QUOTED_AS_LINKS: frozenset[str] = _words()
    PARENTHETICALS: frozenset[str] = _words()
    #: Adverbs a Title Case headline sets between its subject and its cue ("Ruiz | Just | Said …").
    HEADLINE_ADVERBS: frozenset[str] = _words()
    PARENTHETICAL_PAIRS: frozenset[tuple[str, str]] = _words()
    COURTESY_TITLES: frozenset[str] = _words()
    #: Courtesy titles before a surname and the gender each tells ("mr", "herr"), lowercased.
    COURTESY_GENDER: Mapping[str, str] = _mapping()
    #: Third-person pronouns that tell a gender ("his", "seine"), and those of them that may
    #: open a sentence as evidence for the person just named ("He", "Er").
    GENDER_PRONOUNS: Mapping[str, str] = _mapping()
    OPENING_PRONOUNS: frozenset[str] = _words()
    #: Subject pronouns that are a nearer mention of a speaker named earlier in the paragraph
    #: ("Ann Roe said … He added: “…”" reports "He"), each of the gender GENDER_PRONOUNS gives it.
    NEARER_PRONOUNS: frozenset[str] = _words()
    #: A pattern a gendered pronoun must be followed by to tell its gender: a possessive
    #: "her" before a noun, not the object in "getting her to drive"; German "sie" before
    #: a verb in the singular, not "sie sagten" (they).
    PRONOUN_GUARDS: Mapping[str, str] = _mapping()
    #: The same for a pronoun that opens a sentence ("Sie sagte", not "Sie sagten"); English "Her" needs none.
    OPENING_GUARDS: Mapping[str, str] = _mapping()
    #: Role nouns that tell a gender ("spokeswoman", "ministerin").
    GENDERED_ROLES: Mapping[str, str] = _mapping()
    #: Role nouns that name one office whatever the wording ("spokesman", "spokesperson").
    ROLE_FAMILIES: Mapping[str, str] = _mapping()
    #: Modifiers that set a description's holder apart from the office's holder ("the former minister").
    SETTING_APART: frozenset[str] = _words()
    #: Speaker entities (:mod:`quotex.speakers.entities`): nouns that stand for an organisation
    #: named elsewhere ("the company"), descriptions that stand only for their own kind
    #: ("the police"), last words of an outlet's name and descriptions of an outlet,
    #: company suffixes written with a period, small words inside an organisation's name.
    ORG_DESCRIPTIONS: frozenset[str] = _words()
    ORG_FAMILIES: Mapping[str, frozenset[str]] = _mapping()
    MEDIA_NAME_HEADS: frozenset[str] = _words()
    MEDIA_DESCRIPTIONS: frozenset[str] = _words()
    CORPORATE_ABBREVIATIONS: frozenset[str] = _words()
    NAME_GLUE: frozenset[str] = _words()
    #: Descriptions that bring in someone else rather than vary a name just given ("the moderator"),
    #: unnamed sources whose description may still vary one ("the analyst"), and a party's place
    #: in a case, which is no role ("defendant").
    INTERMEDIARIES: frozenset[str] = _words()
    VARYING_SOURCES: frozenset[str] = _words()
    PARTIES: frozenset[str] = _words()
    #: Mention readers (:mod:`quotex.speakers.settings`, :mod:`quotex.speakers.classify`,
    #: :mod:`quotex.speakers.resolve`): quantifiers that float after a plural subject ("they |
    #: all said") and the auxiliaries and pronouns before one; the word that counts a span of
    #: time back ("ago") and the words of that span; words that open a trailing time phrase
    #: ("on Monday"); words before a mention that are no part of it ("and Kirby"); offices that
    #: end a capitalised title and never a name ("Group Managing Director"); conjunctions after
    #: which a clause opens with its subject ("…, but Pelham was").
    FLOATING_QUANTIFIERS: frozenset[str] = _words()
    QUANTIFIER_AUXILIARIES: frozenset[str] = _words()
    PLURAL_PRONOUNS: frozenset[str] = _words()
    #: The word that joins a coordinated subject ("Ruiz | and | Lee both said").
    SUBJECT_COORDINATORS: frozenset[str] = _words()
    AGO_WORDS: frozenset[str] = _words()
    AGO_SPAN_WORDS: frozenset[str] = _words()
    MENTION_TIME_OPENERS: frozenset[str] = _words()
    LEADING_WORDS: frozenset[str] = _words()
    OFFICE_ENDINGS: frozenset[str] = _words()
    CLAUSE_CONJUNCTIONS: frozenset[str] = _words()
    #: A phrase set off between a subject and its cue (:mod:`quotex.speakers.mentions`): relative
    #: pronouns that open it as a clause ("Ann Roe, whose firm built it, said") and those that
    #: follow a partitive ("most | of | whom"); relatives right before a cue that stand for their
    #: antecedent ("Roe, who said"), of them the one no comma goes before ("that") and the one
    #: that stands for a thing ("which"); finite verbs that make the phrase a clause ("is");
    #: participles and prepositions that open it as a participle clause or a setting ("once
    #: known as …", "during a show"); adverbs before an apposition ("now retired"); the words
    #: that join the last item of a list ("ports, roads | and rail"); the relative that stands
    #: for a person ("who"); plural heads without a plural ending that a participle phrase may
    #: follow ("people | waiting at the gate | shouted").
    APPOSITION_RELATIVES: frozenset[str] = _words()
    PARTITIVE_PREPOSITIONS: frozenset[str] = _words()
    PARTITIVE_RELATIVES: frozenset[str] = _words()
    OBJECT_RELATIVES: frozenset[str] = _words()
    #: Verbs (lemmas) that give their object a label ("deemed it “…”"): right
    #: before the label, their past participle modifies the noun before it.
    LABELLING_LEMMAS: frozenset[str] = _words()
    CUE_RELATIVES: frozenset[str] = _words()
    RESTRICTIVE_RELATIVES: frozenset[str] = _words()
    THING_RELATIVES: frozenset[str] = _words()
    SET_OFF_FINITE_VERBS: frozenset[str] = _words()
    SET_OFF_PARTICIPLES: frozenset[str] = _words()
    SET_OFF_PREPOSITIONS: frozenset[str] = _words()
    APPOSITION_ADVERBS: frozenset[str] = _words()
    LIST_JOINERS: frozenset[str] = _words()
    PERSON_RELATIVES: frozenset[str] = _words()
    POSTMODIFIED_PLURALS: frozenset[str] = _words()
    #: Singular nouns for a body of people that speaks as one ("the panel", "the guild"): a
    #: definite one with no name is an organisation, not a person.  A list, since English
    #: shows a collective noun's agreement only in a later "it" or "its", if at all.
    COLLECTIVE_HEADS: frozenset[str] = _words()
    #: Time words always written with a capital (days, months): any other capitalised inside
    #: a sentence is a word of a name ("… Morning Consult said").
    PROPER_TIME_WORDS: frozenset[str] = _words()
    #: Derived: forms of address and courtesy titles that may open a name match.
    FORMS_OF_ADDRESS: frozenset[str] = _words()
    ARTICLES: frozenset[str] = _words()
    DATIVE_ARTICLES: frozenset[str] = _words()
    GENITIVE_ARTICLES: frozenset[str] = _words()
    OBLIQUE_ARTICLES: frozenset[str] = _words()
    #: Pronouns that open a relative clause after a comma, in the nominative: ", der … angab, …".
    SUBJECT_RELATIVES: frozenset[str] = _words()
    #: Determiners that open a subject with a common noun before a set-off phrase ("One attendee, who …, said").
    SET_OFF_OPENERS: frozenset[str] = _words()
    CLAUSE_ADVERBS: frozenset[str] = _words()
    SOURCE_PREPOSITIONS: frozenset[str] = _words()
    CONTENT_BAD_START: frozenset[str] = _words()
    #: Words that end a mention, nouns that head one, capitalised words that
    #: are no names (derived).
    STOP: frozenset[str] = _words()
    NOUN_HEADS: frozenset[str] = _words()
    NOT_NAMES: frozenset[str] = _words()
    #: Speaker entities: nouns for what people do and words before them, places,
    #: forms of address, sources that stay unnamed; derived: person nouns,
    #: words of an office, forms of address with courtesy titles.
    ROLE_NOUNS: frozenset[str] = _words()
    ROLE_MODIFIERS: frozenset[str] = _words()
    PLACE_HEADS: frozenset[str] = _words()
    PLACE_OPENERS: frozenset[str] = _words()
    ADDRESS_TITLES: frozenset[str] = _words()
    SOURCE_HEADS: frozenset[str] = _words()
    PERSON_NOUNS: frozenset[str] = _words()
    OFFICE_WORDS: frozenset[str] = _words()
    ADDRESS_WORDS: frozenset[str] = _words()

    # -- clause words (:mod:`quotex.rules.boundaries`, :mod:`quotex.rules.finite_verbs`, :mod:`quotex.rules.content`,
    # :mod:`quotex.rules.words`)
    #: Finite forms of the auxiliaries and modals ("will", "hasn't"): a clause's verb.
    FINITE_AUXILIARIES: frozenset[str] = _words()
    #: Common irregular past forms ("said", "left"): a clause's verb.
    IRREGULAR_PAST: frozenset[str] = _words()
    #: Adjectives of order and sameness between a determiner and a noun ("the last claim").
    ORDER_ADJECTIVES: frozenset[str] = _words()
    #: Plural nouns without a plural ending, after which a base form is a verb ("people misunderstand").
    IRREGULAR_PLURALS: frozenset[str] = _words()
    #: Quantifiers that stand alone as a subject ("many doubted her").
    PRONOUN_QUANTIFIERS: frozenset[str] = _words()
    #: Pronouns that open a clause ("said | they followed every code").
    SUBJECT_WORDS: frozenset[str] = _words()
    #: Words that open a complement clause or a reported question ("that", "whether").
    COMPLEMENTIZERS: frozenset[str] = _words()
    #: Determiners and prepositions before which a word is a noun, not a verb ("the costs").
    NOUN_MARKERS: frozenset[str] = _words()
    #: Subordinators and relatives that end the reading of a clause's subject and verb.
    PHRASE_ENDS: frozenset[str] = _words()
    #: Coordinators inside a subject or between verb phrases ("he and other developers").
    COORDINATORS: frozenset[str] = _words()
    #: Words that join a second clause to the first ("agree, | but 40 percent say …").
    NEXT_CLAUSE_JOINERS: frozenset[str] = _words()
    #: Relative pronouns ("the deal, which was signed Monday, is dead").
    RELATIVES: frozenset[str] = _words()
    #: Nouns of time after which "that" opens the reported clause ("said this week | that").
    TIME_NOUNS: frozenset[str] = _words()
    #: Other words that are no verb after a plural noun ("jobs | in May").
    NOT_VERBS: frozenset[str] = _words()
    #: Forms with a plural ending that are nouns far more often than verbs ("news").
    PLURAL_NOUNS: frozenset[str] = _words()
    #: Subjects a contracted finite verb is written onto ("it's", "they're").
    CONTRACTED_SUBJECTS: frozenset[str] = _words()
    #: Subordinators that open a clause boundary inside reported speech ("although").
    SUBORDINATE_OPENERS: frozenset[str] = _words()
    #: Setting words that also open a reported clause or object ("in", "at"): no setting alone.
    SETTING_OR_CLAUSE_OPENERS: frozenset[str] = _words()
    #: The complementizer a setting set off before a reported clause leads to ("say, by a wide margin, | that").
    SETTING_COMPLEMENTIZER: str = r"(?!)"
    #: Prepositions that open such a setting with no comma after the cue ("says | at a meeting in Bend, | that").
    PLACE_SETTING_PREPOSITIONS: str = r"(?!)"
    #: Conjunctions (fragments) that open a clause of the narrator's own after a comma ("…was private, | but the…"),
    #: after a dash, and the comma's "and" before a subject pronoun ("…, | and she…"), with those pronouns.
    CLOSING_JOINTS: str = r"(?!)"
    DASH_JOINTS: str = r"(?!)"
    AND_JOINT: str = r"(?!)"
    AND_PRONOUNS: str = r"(?!)"
    #: Determiners that open the narrator's clause after such a conjunction; capitalised words that do not.
    CLOSING_DETERMINERS: str = r"(?!)"
    CLOSING_NON_SUBJECTS: str = r"(?!)"
    #: The joints after which the report's own subject pronoun goes on with it ("…, although she once…").
    CONCESSIVE_JOINTS: frozenset[str] = _words()
    #: Prepositions (a fragment) of a short setting before a clause that opens with a pronoun ("said | after the vote | she…").
    CLAUSE_SETTING_PREPOSITIONS: str = r"(?!)"
    #: The first half of a paired phrase (a fragment) that a closing conjunction completes ("not just …, | but …").
    CORRELATIVE_OPENER: str = r"(?!)"
    #: Words that open an introductory phrase before an attribution ("In both cases, X said").
    INTRODUCTORY_WORDS: frozenset[str] = _words()
    #: Words before a subject that make its cue's object the relative's ("Everything the mayor says").
    FREE_RELATIVES: frozenset[str] = _words()
    #: Words that carry an opening phrase on past its comma ("…, but before officials…").
    CLAUSE_LINKS: frozenset[str] = _words()
    #: Finite verbs after an opening -ing word that make it the subject ("Backing is …").
    GERUND_VERBS: frozenset[str] = _words()
    #: Words that open an attribution clause before what it reports ("As the Post reported, …").
    AS_OPENERS: frozenset[str] = _words()
    #: Words that open an adjunct after a speech verb's noun object, ending it ("| during the hearing").
    ADJUNCT_OPENERS: frozenset[str] = _words()
    #: Prepositions of a setting after a noun object when an occasion word follows ("| in speeches").
    SETTING_PREPOSITIONS: frozenset[str] = _words()
    #: Words of an occasion such a setting names ("speech", "interview").
    OCCASION_NOUNS: frozenset[str] = _words()

    # -- reported speech that goes on in the subjunctive
    SUBJUNCTIVE_FORMS: frozenset[str] = _words()
    #: Further subjunctive forms that only a cue-less continuation reads, as written.
    CONTINUATION_SUBJUNCTIVES: frozenset[str] = _words()
    FIRST_PERSON: frozenset[str] = _words()
    #: Words of age written small after a number and a hyphen, a noun when no
    #: capitalised word follows them (:func:`quotex.speakers.tokens.tokenize`).
    SMALL_AGE_WORDS: frozenset[str] = _words()

    # -- sentences
    ABBREVIATIONS: frozenset[str] = _words()
    STATE_ABBREVIATIONS: frozenset[str] = _words()
    FINAL_ABBREVIATIONS: frozenset[str] = _words()
    SENTENCE_STARTERS: frozenset[str] = _words()
    ORDINAL_MONTHS: frozenset[str] = _words()
    #: Does the language write a ruler's Roman ordinal with a stop ("Ludwig XIV."),
    #: so that the stop ends no sentence before a quotation?
    ROMAN_ORDINAL_STOPS: bool = False

    #: The compound head finder built from COMPOUND_HEADS (None without compounds).
    compound_pattern: Any = None

    def __init__(self, code: str, name: str, **tables: Any) -> None:
        """The record of the language ``code`` with the pack's ``tables`` by
        field name; a table the pack lacks keeps the default declared above.

        Written here, not generated by :func:`~dataclasses.dataclass`: the
        generated one, a parameter a table, is compiled at every import
        (some 40M instructions, a tenth of importing quotex) for the one call
        a process makes for each language it reads."""
        values = {"code": code, "name": name, **tables}
        for table in fields(self):
            if table.name in values:
                value = values.pop(table.name)
            elif callable(table.default_factory):
                value = table.default_factory()
            else:
                value = table.default
            object.__setattr__(self, table.name, value)  # a frozen record: its fields are set once, here
        if values:
            raise TypeError(f"Language has no table {next(iter(values))!r}")

    def __repr__(self) -> str:
        return f"Language({self.code!r})"

    def compound_head(self, low: str) -> str | None:
        """The known speaker noun a compound ends with, also in the genitive
        ("innenministeriums" -> "ministerium"), or None."""
        return compound_head(self, low)
