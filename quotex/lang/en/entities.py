"""English, speaker entities: the words :mod:`quotex.speakers.entities`,
:mod:`quotex.speakers.gender` and :mod:`quotex.speakers.offices` read an
English speaker's gender, office and organisation with.  Data only; part of
the English pack (:data:`quotex.lang.en.PARTS`)."""

from __future__ import annotations

from typing import Final

#: Courtesy titles and the gender they tell, written with or without a period ("Mr Lau", "Ms. Lopez").
COURTESY_GENDER: Final = {
    "mr": "male",
    "mister": "male",
    "sir": "male",
    "mrs": "female",
    "ms": "female",
    "miss": "female",
    "dame": "female",
}

#: Third-person pronouns and the gender they tell.
GENDER_PRONOUNS: Final = {
    "he": "male", "his": "male", "himself": "male",
    "she": "female", "her": "female", "hers": "female", "herself": "female",
}  # fmt: skip
#: Those that open the next sentence as evidence for the person just named: "He", "She", "His", "Her".
OPENING_PRONOUNS: Final = frozenset({"he", "she", "his", "her"})
#: Those that are the nearer mention of a speaker named earlier in the paragraph, as "He" or "he".
NEARER_PRONOUNS: Final = frozenset({"he", "she"})
#: "her" before a noun: a possessive ("her squad"), not an object ("her to drive"), which may be someone else.
PRONOUN_GUARDS: Final = {
    "her": r"[\ \u00a0](?!(?:to|and|or|a|an|the|that|in|on|at|for|with|by|from|as|into|out|up|off)\b)\p{Ll}",
}

#: Role nouns that tell a gender.
GENDERED_ROLES: Final = {
    "spokeswoman": "female", "chairwoman": "female", "businesswoman": "female", "congresswoman": "female",
    "councilwoman": "female", "actress": "female", "waitress": "female", "headmistress": "female",
    "mother": "female", "wife": "female", "daughter": "female", "sister": "female", "grandmother": "female",
    "woman": "female", "girl": "female", "queen": "female", "princess": "female", "policewoman": "female",
    "spokesman": "male", "businessman": "male", "congressman": "male", "councilman": "male",
    "actor": "male", "headmaster": "male", "father": "male", "husband": "male", "son": "male",
    "brother": "male", "grandfather": "male", "man": "male", "boy": "male", "king": "male", "prince": "male",
    "policeman": "male", "fireman": "male",
}  # fmt: skip

#: Role nouns that name one office whatever the wording: "the spokesman" for "its spokesperson".
ROLE_FAMILIES: Final = {
    **dict.fromkeys(("spokesman", "spokeswoman", "spokesperson"), "spokesperson"),
    **dict.fromkeys(("chairman", "chairwoman", "chairperson", "chair"), "chair"),
    **dict.fromkeys(("defendant", "accused", "prisoner"), "defendant"),  # a court report's one accused
}

#: Modifiers that set a description's holder apart from the office's present holder: "the former minister".
SETTING_APART: Final = frozenset("former ex-minister ex deputy assistant acting vice shadow outgoing incoming".split())

#: Company suffixes written with a period, which may also end the sentence: "Brightwater Foods Inc.".
CORPORATE_ABBREVIATIONS: Final = frozenset({"inc.", "corp.", "ltd.", "llc.", "plc."})
#: Small words inside an organisation's name ("Ministry of Health", "Bureau for …").
NAME_GLUE: Final = frozenset("of for and the de du des la le on in".split())
#: Nouns that stand for an organisation named elsewhere: "the company said".
ORG_DESCRIPTIONS: Final = frozenset(
    """
    company firm group bank club agency organisation organization association union council board
    utility operator business lender insurer carrier airline retailer brand charity party body
    manufacturer supplier provider distributor carmaker automaker drugmaker chipmaker
    force service authority regulator police newspaper paper broadcaster outlet publication
    """.split()
)
#: Descriptions that stand only for an organisation of their own kind: "the police".
ORG_FAMILIES: Final = {"police": frozenset({"police", "constabulary", "garda", "gardaí"})}
#: Last words of a news outlet's name ("Valley Times", "Coast Press"), and words of a description that
#: stands for one ("the newspaper", "the editorial board"): such a description stands for an outlet
#: only, and any other ("the utility", "the company") for none, though a photo credit may have named one last.
MEDIA_NAME_HEADS: Final = frozenset(
    """
    times post journal news press magazine newspaper tribune herald gazette globe chronicle mirror
    observer courier examiner telegraph guardian express bulletin radio tv television broadcasting
    """.split()
)
MEDIA_DESCRIPTIONS: Final = frozenset(
    "news newspaper paper outlet broadcaster network station channel publication magazine website site tabloid daily editorial".split()
)

#: Descriptions that bring in someone else rather than vary the name of the
#: person just named, besides unnamed sources ("the aide", "the spokesman"): "the moderator".
INTERMEDIARIES: Final = frozenset(
    "moderator host interviewer reporter correspondent anchor lawyer attorney counsel barrister solicitor prosecutor".split()
)
#: Unnamed sources whose description may still vary a name: "the analyst".
VARYING_SOURCES: Final = frozenset({"analyst", "analysts", "expert", "experts", "economist"})
#: A party's place in a case, which a court report names people by but which is no role or title of theirs:
#: "defendant Ivo Marsh was sentenced", "the accused" (a description still finds the person, by
#: ``ROLE_FAMILIES``, but the entity keeps no such role).
PARTIES: Final = frozenset({"defendant", "co-defendant", "accused", "prisoner", "inmate", "suspect"})


#: Quantifiers that float after a plural subject: "Ruiz and Lee | both | said", "they | all | vowed".
FLOATING_QUANTIFIERS: Final = frozenset({"both", "all", "each"})
#: Auxiliaries that may stand between a plural subject and its floating quantifier: "they have | all".
QUANTIFIER_AUXILIARIES: Final = frozenset("have had will would can could should might may must did do are were".split())
#: Plural pronouns a quantifier may float after.
PLURAL_PRONOUNS: Final = frozenset({"they", "we", "you"})
#: The word that joins a coordinated subject a quantifier floats after: "Ruiz | and | Lee both".
SUBJECT_COORDINATORS: Final = frozenset({"and"})
#: The word that counts a span of time back, and the words of such a span: "less than two weeks ago".
AGO_WORDS: Final = frozenset({"ago"})
AGO_SPAN_WORDS: Final = frozenset("a an few several couple of less more than about nearly almost just some over under only".split())
#: Words that open a trailing time or setting phrase after a mention ("on Monday", "in an interview").
MENTION_TIME_OPENERS: Final = frozenset({"on", "in", "at", "last", "this", "during", "earlier", "late", "early"})
#: Words before a mention that are no part of it: "and Kirby", "including the prime accused".
LEADING_WORDS: Final = frozenset({"and", "but", "so", "including", "among"})
#: Offices that end a capitalised title and never a person's name.
OFFICE_ENDINGS: Final = frozenset(
    """
    director officer secretary secretary-general commissioner superintendent councillor executive manager
    minister president chairman chairwoman chairperson spokesman spokeswoman spokesperson premier governor
    """.split()
)
#: Conjunctions after which a clause opens with its subject ("…, but Pelham was generous").
CLAUSE_CONJUNCTIONS: Final = frozenset("but and while although though because as when after before so yet".split())

#: A phrase set off between a subject and its cue.  Relative pronouns that open it as a clause:
#: "Ana Brill, | whose | firm built it, said"; those after a partitive: "most | of | whom".
APPOSITION_RELATIVES: Final = frozenset({"who", "which", "whose"})
PARTITIVE_PREPOSITIONS: Final = frozenset({"of"})
PARTITIVE_RELATIVES: Final = frozenset({"whom", "which"})
#: Relatives that open a clause after a comma with a subject of its own ("the pact, | which | Ruiz signed").
OBJECT_RELATIVES: Final = frozenset({"whom", "which"})
#: Verbs that give their object a label or a grade: "files | later deemed | “…”" is a participle.
LABELLING_LEMMAS: Final = frozenset({"call", "brand", "dub", "label", "deem", "term"})
#: Relatives right before a cue that stand for their antecedent ("Harlow, | who | has described"),
#: the one that never follows a comma as such ("that"), and the one that stands for a thing ("which").
CUE_RELATIVES: Final = frozenset({"who", "that", "which"})
RESTRICTIVE_RELATIVES: Final = frozenset({"that"})
THING_RELATIVES: Final = frozenset({"which"})
#: Finite verbs that make a phrase between commas a clause, not an apposition.
SET_OFF_FINITE_VERBS: Final = frozenset("is are was were has have had will would can could should may might must does did".split())
#: Irregular past participles that open a participle clause ("The ministry, once | known | as …, said").
SET_OFF_PARTICIPLES: Final = frozenset("known called named seen given born chosen shown held taken".split())
#: Prepositions that open a setting between a subject and its cue ("The chef, | during | a show, said").
SET_OFF_PREPOSITIONS: Final = frozenset("during at in on after before amid despite throughout following".split())
#: Adverbs before an apposition, no part of it ("Ostrow, | now | retired, said").
APPOSITION_ADVERBS: Final = frozenset({"now", "then", "once", "formerly", "long"})
#: Words that join the last item of a list closing an apposition ("minister for ports, roads, | and | rail").
LIST_JOINERS: Final = frozenset({"and", "or"})
#: The relative that stands for a person: ", who …, said" may still head a subject read by its grammar.
PERSON_RELATIVES: Final = frozenset({"who"})
#: Plural heads without -s that a participle phrase may follow: "people | waiting at the gate | shouted".
POSTMODIFIED_PLURALS: Final = frozenset({"people", "crowd", "police"})

#: Singular nouns for a body of people that speaks as one: "The panel said …", "the guild said".
#: (Bodies that are institutions, "committee", "board", "council", are ORGANIZATION_HEADS.)
COLLECTIVE_HEADS: Final = frozenset(
    """
    panel guild jury orchestra choir band cabinet delegation caucus consortium syndicate collective
    cooperative co-op troupe ensemble crew squad fraternity sorority congregation synod junta
    taskforce task-force
    """.split()
)
#: Time words always written with a capital: days and months.
PROPER_TIME_WORDS: Final = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december jan feb aug sept oct nov dec
    """.split()
)


#: Roles as the text gives them (:mod:`quotex.speakers.roles`).  Words that open a relative or
#: subordinate clause: what follows is no role ("nurse | who was there").
ROLE_CLAUSE_OPENERS: Final = frozenset("who whom whose which that where when while as because after before since".split())
#: Prepositions a role never starts with ("for his support of …", "in an interview").
ROLE_PREPOSITIONS: Final = frozenset(
    """
    of for with in at from on to by about over under during after before since into onto through
    against among amid between without within via per like near
    """.split()
)
#: Articles and possessives dropped from the front of a role ("the harbour master", "its spokesperson").
ROLE_ARTICLES: Final = frozenset({"a", "an", "the", "its", "his", "her", "their", "our", "my", "your"})
#: Titles of address that are no role on their own ("Dr", "Cr", "Cllr").
ROLE_ADDRESS: Final = frozenset("dr prof professor cr cllr mr mrs ms miss mx sir dame".split())
#: Verbs that end a role read too far ("chair issued …", "councillor put forward …"):
#: the commonest, since most speech verbs are also nouns ("coach", "report").
ROLE_END_VERBS: Final = frozenset("said says told tells added adds put puts made makes gave gives took takes went goes came comes".split())
#: Words after a past form that make it a verb: "issued | a statement", not "retired in Cambridge".
VERB_OBJECT_OPENERS: Final = frozenset({"a", "an", "the", "his", "her", "their", "its", "that"})
#: Particles of names ("de la Vega"), which are no role.
ROLE_NAME_PARTICLES: Final = frozenset("de van von der den bin al la le del da di du ibn".split())
#: Words for people that name no role ("one", "person"), titles that are none ("New", "York"),
#: and courtesy titles, which tell a gender, not a role.
NOT_ROLE_PEOPLE: Final = frozenset({"one", "someone", "person", "people"})
NOT_ROLE_TITLES: Final = frozenset({"the", "of", "and", "new", "york", "u.s", "us"})
NOT_ROLE_COURTESY: Final = frozenset({"mr", "mrs", "ms", "miss", "sir", "dame", "lord", "lady"})
#: Words ending like a noun for people that are none.
NOT_PERSON_NOUNS: Final = frozenset(
    """
    after under other never over per order together later former water paper corner border number
    member's ever however whatever whether either neither rather further center centre letter
    matter winter summer september october november december event percent recent parent cent
    moment comment statement government department management agreement investment environment
    payment treatment announcement document argument content current student's ian can an than
    then man's human roman woman's often even given seven eleven
    """.split()
)
#: Words that end a title read backwards: determiners, conjunctions, pronouns.
TITLE_FUNCTION_WORDS: Final = frozenset(
    """
    a an the his her its their our my your this that these those and or but nor to not no with
    by as than so if he she it they we i you also
    """.split()
)
#: Prepositions and articles inside an office: "Minister | for | Agriculture", "Leader | of | the | Opposition".
OFFICE_PREPOSITIONS: Final = frozenset({"of", "for"})
OFFICE_ARTICLES: Final = frozenset({"the"})
#: A setting at the end of a role (", in a statement", " on Friday"): its prepositions, the
#: determiners before its noun, and the nouns of an occasion or a day (a space: any white space).
ROLE_SETTING_PREPOSITIONS: Final = frozenset({"in", "on", "at", "during", "with"})
ROLE_SETTING_DETERMINERS: Final = frozenset({"a", "an", "the", "his", "her", "their", "its"})
ROLE_SETTING_NOUNS: Final = frozenset(
    """
    statement interview release briefing conference speech email letter post
    monday tuesday wednesday thursday friday saturday sunday
    """.split()
) | {"press release"}
#: An age that is no role ("aged 47", "47-year-old"): the words before and after its number.
AGE_PREFIXES: Final = frozenset({"aged"})
AGE_SUFFIXES: Final = frozenset({"-year-old"})
#: Abbreviations whose stop ends no role set off after a name (", chief of Acme Inc. and …"), as written.
ROLE_ABBREVIATIONS: Final = frozenset({"Inc", "Ltd", "Co", "Corp", "Plc", "St"})
#: How an age used as a noun ends ("said the 46-year-old").
AGE_NOUN_ENDINGS: Final = ("-year-old", "-year-olds")
#: Mention readers (:mod:`quotex.speakers.classify`): determiners after which a lowercase word is a
#: noun ("one | user", "the | host"), cue forms that are a noun after one though no base form ("the |
#: accused"), and the negation before a participle that opens no subject ("not | supporting").
NOUN_DETERMINERS: Final = frozenset({"a", "an", "the", "one", "another", "his", "her", "their"})
CUE_NOUN_FORMS: Final = frozenset({"accused"})
NEGATIONS: Final = frozenset({"not"})
#: Counts that stand for one unnamed source ("One tweeted …, Another said"), not a group.
SINGULAR_COUNTS: Final = frozenset({"one", "another"})
#: Speaker entities (:mod:`quotex.speakers.entities`): the articles dropped from a name or
#: description ("the | Upland Association"), the indefinite ones before an organisation's name,
#: determiners that point back to a document just named ("the | memo"), those of a lead that
#: names its person later ("a | judge has ruled. Judge …"), and the prepositions that end a head noun.
ENTITY_ARTICLES: Final = frozenset({"the", "a", "an"})
INDEFINITE_ARTICLES: Final = frozenset({"a", "an"})
DEFINITE_REFERENCES: Final = frozenset({"the", "this", "that"})
LEAD_DETERMINERS: Final = frozenset({"a", "an", "its", "their"})
HEAD_PREPOSITIONS: Final = frozenset({"of", "for", "in", "at", "from", "with", "on"})
#: How an English past form, an adverb and a gerund end: a role read too far ("chair | issued a
#: statement"), no modifier before a role noun ("recently | appointed"), a counsel's side ("defending").
PAST_ENDINGS: Final = ("ed",)
ADVERB_ENDINGS: Final = ("ly",)
GERUND_ENDINGS: Final = ("ing",)
#: How a noun for people ends ("showrunner", "resident", "physicist").
PERSON_NOUN_ENDINGS: Final = ("er", "or", "ist", "ian", "ent", "ant", "man", "woman", "person", "ee")
