"""English, clauses: the words quotex reads clause boundaries with (finite
auxiliaries, complementizers, subordinators, coordinators, words that mark a
noun).  Data only; the readers that use them are in
:mod:`quotex.rules.boundaries`."""

from __future__ import annotations

from typing import Final

from quotex.lang.en.speakers import PREPOSITIONS, TIME_WORDS

#: Finite forms of the auxiliaries and modals: "the drought | will not end".
FINITE_AUXILIARIES: Final = frozenset(
    """
    is are was were am has have had do does did will would can could shall should may might must
    isn't aren't wasn't weren't hasn't haven't hadn't don't doesn't didn't won't wouldn't can't
    couldn't shouldn't mustn't cannot
    """.split()
)

#: Forms of "be" that link a possessed answer to the words after a colon: "Ruiz’s reply | was |: “…”".
COPULA_FORMS: Final = frozenset("is was are were".split())
#: Prepositions whose object, a name right before a colon, is not the speaker of the quotation after it:
#: "by Gazette’s Ana Ruiz: “…”" (a byline), "on KTV: “…”" (where it was said).
COLON_PREPOSITIONS: Final = frozenset("by on in at from for with about of to into over after before during against via".split())

#: Modals, which make a clause in "when" a question about a time: "would not say | when the vote would be".
MODALS: Final = frozenset("will would can could shall should may might must won't wouldn't can't couldn't shouldn't mustn't cannot".split())

#: Common irregular past forms: "Stein | left the area".
IRREGULAR_PAST: Final = frozenset(
    """
    said told went made took came gave got saw found knew thought became left felt brought began kept
    held stood ran won lost paid met sent built spent fell grew rose drew wrote spoke broke chose drove
    led meant sold sought taught understood wore caught fought bought threw struck hung lay let sat
    slept stuck swore tore woke hid forgot overtook undertook withdrew shut cut hit hurt put set quit
    """.split()
)

#: Adjectives of order, sameness and length that stand between a definite determiner and a noun:
#: "the last claim", "his first reply", "the same answer", "her short answer" (and any superlative in -est).
ORDER_ADJECTIVES: Final = frozenset(
    """
    last first final same next new recent previous original initial earlier later second third whole
    entire full only opening closing short brief quick simple blunt terse curt
    """.split()
)

#: Plural nouns without an -s, after which a base form is a verb: "people | misunderstand".
IRREGULAR_PLURALS: Final = frozenset("people men women children police staff media".split())

#: Quantifiers that stand alone as a subject: "many | doubted her".
PRONOUN_QUANTIFIERS: Final = frozenset("many some several few all most both others".split())

#: Pronouns that open a clause: "said | they followed every code".
SUBJECT_WORDS: Final = frozenset(
    "i you he she it we they there this these those who nobody everybody everyone someone somebody anyone anybody".split()
)

#: Words that open a complement clause or a reported question: "said | that …", "asked | why …".
COMPLEMENTIZERS: Final = frozenset("that whether if why how what who which whom whose".split())

#: Words before which a word in -s or -ed is a noun or an adjective ("the
#: costs", "9,000 jobs", "a planned end"), not a verb.
NOUN_MARKERS: Final = frozenset(
    """
    a an the his her its their our my your this these those that some many several few all both each
    every any no more most another such own of in on at for with by from to about into over
    under after before than per
    """.split()
)

#: Words that end the reading of a clause's subject and verb: a coordinator
#: ("his run in May | and hired…"), a subordinator ("the day | after voters
#: faced…"), a relative pronoun ("the cost of the new depot, | which means…").
PHRASE_ENDS: Final = frozenset(
    """
    but yet because although though while whereas when whenever unless once where if according as
    """.split()
)

#: Coordinators inside a clause's subject ("he and other developers benefit")
#: or between verb phrases ("his run in May and | hired…"): a verb right after
#: one is coordinated with the cue, not the clause's own.
COORDINATORS: Final = frozenset("and or nor".split())

#: Words that join a second clause to the first ("agree, | but 40 percent
#: say …"): after a cue they open the sentence's next clause, not what was said.
NEXT_CLAUSE_JOINERS: Final = frozenset("and but or nor yet".split())

RELATIVES: Final = frozenset("which who whom whose".split())

#: Nouns of time after which "that" opens the reported clause: "said this week | that …".
TIME_NOUNS: Final = frozenset("today yesterday tonight week month year night morning afternoon evening weekend".split())

#: Other words that are no verb after a plural noun ("jobs | in May", "costs | not").
NOT_VERBS: Final = frozenset("not also even just only still up out down off back away too very".split())

#: Present forms in -s that are nouns far more often than verbs after a word.
PLURAL_NOUNS: Final = frozenset("news means series species politics economics ethics physics".split())

CONTRACTED_SUBJECTS: Final = frozenset("it he she that there what who here i you we they".split())

#: A clause boundary inside reported speech and where its clause stops.
SUBORDINATE_OPENERS: Final = frozenset("although though while whereas when whenever after before since because if unless once as".split())

#: Setting words that also open a reported clause or object ("in", "at"): not
#: enough on their own to call the content a setting.
SETTING_OR_CLAUSE_OPENERS: Final = frozenset("in at on after before during this".split())

#: (Regular-expression fragments.)  The complementizer a setting set off between a cue and its clause leads
#: to ("say, by a wide margin, | that"), and the prepositions that open such a
#: setting with no comma after the cue ("says | at a town meeting in Bend, Oregon, | that").
SETTING_COMPLEMENTIZER: Final = r"that"
PLACE_SETTING_PREPOSITIONS: Final = r"at | in | on | during"

#: Conjunctions after which a clause of the narrator's own starts (fragments):
#: "…was private, | but the logo was on every banner"; "…was fair, | although
#: he refused…", "…was over — | though the board disputes it"; after a comma
#: "and" only before a subject pronoun ("…, | and she left"); the determiners
#: that open such a clause, and the capitalised words that do not.
CLOSING_JOINTS: Final = r"but | yet | although | though | whereas | while | even [ \t\u00a0]{1,3} though"
DASH_JOINTS: Final = r"and | but | although | though | whereas | while | even [ \t\u00a0]{1,3} though"
AND_JOINT: Final = r"and"
AND_PRONOUNS: Final = r"he | she | they | it | we | I"
CLOSING_DETERMINERS: Final = r"the | a | an | his | her | its | their | these | those"
CLOSING_NON_SUBJECTS: Final = r"that | there"
#: Joints after which the same subject pronoun goes on with the report ("she
#: votes for the greens, | although she once joined the liberals"); after
#: "but" or "and" it is the narrator's ("…would not resign, | but he did not apologize").
CONCESSIVE_JOINTS: Final = frozenset({"although", "though", "whereas", "while", "yet", "even though"})

#: Prepositions of a short setting before a clause that opens with a pronoun
#: (a fragment): "said | after the vote | she would…", "told reporters | at the rally | they were…".
CLAUSE_SETTING_PREPOSITIONS: Final = r"after | before | during | at | in | on | following | for"

#: The first half of a paired phrase that a closing conjunction completes, one
#: phrase across the comma (a fragment): "offering not just a raise, | but a pension".
CORRELATIVE_OPENER: Final = r"not [ \t\u00a0]{1,3} (?: just | only | merely )"

#: Words that open an introductory phrase or clause, not reported speech, when
#: it stands alone before an attribution: "In both cases, X said, …",
#: "During their first hustings, Varga said, “…”"; "Asked about it, X said, “…”"
#: (the question is the asker's, not X's).
INTRODUCTORY_WORDS: Final = PREPOSITIONS | frozenset(
    """
    during after before since despite amid amidst throughout following among upon unlike like by through over
    into across against beyond until toward towards while although though as when whenever once because
    asked pressed
    """.split()
)

#: Words of a short setting between a cue and a clause that opens with a
#: pronoun ("announced on Tuesday it was…", "said after the vote she…").
SETTING_PHRASE_WORDS: Final = TIME_WORDS | frozenset("on last this earlier late early after before during at in".split())

#: Words before a subject that make its cue's object the relative's: "Everything the mayor says is spin".
FREE_RELATIVES: Final = frozenset({"everything", "anything", "something", "nothing"})

#: Words that carry an opening phrase on past its comma: "…, but before officials…".
CLAUSE_LINKS: Final = frozenset("but and or before after when while as because although though".split())

#: Prepositions that may open reported speech before its clause: "said | with the break under way, | now…".
OPENING_PREPOSITIONS: Final = frozenset("in on with at after before during despite since for by under amid given without".split())

#: Prepositions that open an introductory phrase set off by a comma, never a
#: sentence's subject: "Absent a defense of these plans, | voters may …",
#: "Alongside the flyers, | critics have noted …".
PHRASE_OPENERS: Final = OPENING_PREPOSITIONS | frozenset(
    "absent alongside amid amidst unlike besides beyond throughout against toward towards".split()
)

#: Finite verbs right after an opening -ing word, which make it the subject
#: ("Backing is …", "Polling has …"), not a participle phrase ("Reacting to …").
GERUND_VERBS: Final = frozenset("is was has had remains remained seems seemed will would can could may might must should".split())

#: Quantities that say how much was said, not what: "said little at first", "said much the same".
QUANTITY_WORDS: Final = frozenset("little much less more plenty".split())

#: Words that open an attribution clause before what it reports: "As the Post reported, …".
AS_OPENERS: Final = frozenset({"as", "like"})

#: Words that open an adjunct after a speech verb's noun object, which ends
#: the object: "denied the charges | during the hearing", "pledged to work
#: together | despite their differences", "criticized Ruiz | during a debate".
#: Not "when", "after", "until", "through": they as often modify the noun
#: ("her job after college", "the mood back when the city…", "leading the
#: state through a boom").
ADJUNCT_OPENERS: Final = frozenset("during despite because although though whereas amid".split())

#: Prepositions of a setting after a noun object, when an occasion word
#: follows within three words: "mentions her niece | in speeches", "stressed
#: those fears | at a forum", "reiterated the point | in an interview".
SETTING_PREPOSITIONS: Final = frozenset("in on at".split())

#: Words of an occasion a setting names ("| in his speech", "| at the start
#: of"); not days, months or years, which as often date the object itself
#: ("her remarks on Thursday", "a jobless rate of 3 percent in June").
OCCASION_NOUNS: Final = frozenset(
    """
    speech speeches remarks statement
    statements interview interviews rally rallies debate debates event forum start outset
    beginning twitter facebook television radio show letter op-ed column visit appearance hearing
    conference briefing tweet email recent
    """.split()
)

#: Words after a comma that open the narrator's comparison with the reported
#: clause: "most riders said the ferry runs late, | compared to a third in
#: spring", "…, | twice the share of a year ago".
COMPARISON_TAILS: Final = frozenset("compared double triple twice".split())
#: Participles after a comma that open the narrator's account of what the
#: reported act brings about: "the union vowed to shut the mill, | leaving the
#: town without work", "pledged to sell the fleet, | meaning fewer ferries".
CONSEQUENCE_PARTICIPLES: Final = frozenset("meaning putting leaving making forcing reversing prompting sending giving".split())

#: Cue lemmas that take a direct object before "to", "as" or "by": right after
#: the noun they follow, with no object, their past form is a participle
#: modifying that noun ("a paper lantern | likened to | a moon", "a bill
#: described as a giveaway"), not the verb of the clause.
GAPPED_OBJECT_LEMMAS: Final = frozenset(
    """
    liken compare describe characterize characterise portray depict label brand dub term cast paint
    """.split()
)
#: The prepositions that follow such a participle.
GAPPED_OBJECT_PREPOSITIONS: Final = frozenset("to as by".split())

#: Words that open a clause with a subject of its own that a participle set
#: off after it goes on with: "…, though on the radio she sounded firmer, |
#: warning …", "…, when he unveiled the stage, | calling …", "…, where she met
#: the crew, | telling them …"; and the prepositions before a relative
#: "which" that open one ("an ad | in which | …").  Not a clause of time
#: that only dates the main one ("apologised for the posts after they came to light, |
#: saying …"): the participle goes on with the main clause.
PARTICIPLE_CLAUSE_OPENERS: Final = frozenset("although though when whenever where as".split())
RELATIVE_CLAUSE_PREPOSITIONS: Final = frozenset("in during at on under".split())
