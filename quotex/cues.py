"""Cue verbs: the words that introduce reported speech.

Data only.  Each table lists lemmas; :func:`inflections` generates the forms
(``say`` -> ``says``, ``said``, ``saying``), with the irregular ones spelled
out in :data:`IRREGULAR`.

``SPEECH`` verbs introduce both quotations and reported (indirect) speech:
"Kirby said there have been efforts".  ``QUOTE_ONLY`` verbs attribute a
quotation next to them but are too loose to mark indirect speech on their own
("Clinton called them “deplorables”" is attribution; "Clinton called Trump"
is not).
"""

from __future__ import annotations

from typing import Final

from quotex import german

SPEECH: Final[tuple[str, ...]] = tuple(
    """
    say tell add write report warn insist note explain argue claim state declare announce acknowledge
    admit suggest contend predict promise vow deny confirm assert allege testify complain concede recall
    reply respond boast brag caution charge conclude emphasize emphasise stress maintain observe remark
    reveal speculate tweet counter retort quip joke muse mention disclose pledge urge agree reiterate
    affirm lament inform assure advise hint propose recommend proclaim scoff exclaim concur surmise tout
    swear reason posit opine grumble point
    """.split()
)

#: Verbs that attribute a quotation next to them but not indirect speech.
QUOTE_ONLY: Final[tuple[str, ...]] = (
    # verbs of manner and reaction that attribute a quotation next to them
    *"""
    elaborate boom gush fume refer coach sum react press rail snap bark sigh plead beg interject interrupt intone recount summarize
    summarise laugh chuckle scream holler cheer roar thunder bellow snarl growl hiss sneer groan moan
    gripe bemoan mourn apologize apologise confess allow grant disagree dispute refute reject dismiss
    downplay defend justify blame fault attack bash knock decry denounce condemn alert forecast advocate
    encourage invite request appeal pray wish taunt tease jab needle rip hammer lambaste scold rebuke
    chastise admonish lecture preach rebut inquire query implore underscore highlight comment clarify
    detail outline characterize characterise deem laud applaud commend thank congratulate welcome greet
    notify reassure confide mutter mumble murmur marvel reflect remember gloat recall text email chant
    sob cry plead vent rant crow exult pronounce assert volunteer offer relate narrate testify wrote
    scrawl type sign caution emphasize call ask continue echo answer shout yell whisper cry read post
    blast slam mock praise accuse criticize criticise describe threaten demand question wonder repeat
    estimate chide object protest signal describe dub label brand term deride hail chant cite sing title
    headline quote begin finish end conclude liken compare exhort reference portray envision
    riff deadpan sniff fret huff jest rave beam blare crack
    """.split(),
)

#: Speech acts whose content is their object, not a clause: "accused Clinton
#: of being reliant on Wall Street", "asked whether she would release them".
OBJECT_SPEECH: Final[tuple[str, ...]] = tuple("ask accuse criticize criticise praise describe urge blame thank call".split())

#: Speech acts whose content may be an infinitive: "pledged to create 700,000 jobs".
INFINITIVE_SPEECH: Final = frozenset("pledge vow promise threaten urge agree refuse offer".split())

#: Verbs that need a particle to be speech ("pointed out", "called for").
PARTICLES: Final[dict[str, tuple[str, ...]]] = {
    "point": ("out", "to"),
    "call": ("for", "on", "it", "them", "him", "her"),
    "lash": ("out",),
    "fire": ("back",),
    "shoot": ("back",),
    "speak": ("out",),
    "weigh": ("in",),
    "chime": ("in",),
    "hit": ("back",),
    "go": ("on",),
    "put": ("it",),
    "break": ("in",),
    "cut": ("in",),
}

#: Particle verbs that take no object or clause ("weighed in", "fired back"):
#: they report nothing that could hold a quotation later in the sentence.
BARE_PARTICLE_VERBS: Final = frozenset(
    {
        ("weigh", "in"),
        ("chime", "in"),
        ("fire", "back"),
        ("hit", "back"),
        ("shoot", "back"),
        ("speak", "out"),
        ("lash", "out"),
        ("break", "in"),
        ("cut", "in"),
    }  # fmt: skip
)

#: Particle verbs that attribute a quotation next to them but report no
#: speech of their own: '“…,” he went on' (not "went on to win").
QUOTE_ONLY_PARTICLES: Final = frozenset({"go"})

#: Verbs that are not speech without their particle: those listed only in
#: PARTICLES, and these from SPEECH / QUOTE_ONLY.
NEEDS_PARTICLE: Final = frozenset({"point", "fire", "call"} | set(PARTICLES) - set(SPEECH) - set(QUOTE_ONLY))

#: Irregular inflections: lemma -> (3rd person singular, past, present participle).
IRREGULAR: Final[dict[str, tuple[str, ...]]] = {
    "echo": ("echoes", "echoed", "echoing"),
    "break": ("breaks", "broke", "breaking"),
    "cut": ("cuts", "cut", "cutting"),
    "say": ("says", "said", "saying"),
    "tell": ("tells", "told", "telling"),
    "write": ("writes", "wrote", "writing", "written"),
    "swear": ("swears", "swore", "swearing", "sworn"),
    "read": ("reads", "read", "reading"),
    "put": ("puts", "put", "putting"),
    "begin": ("begins", "began", "beginning", "begun"),
    "sing": ("sings", "sang", "singing", "sung"),
    "go": ("goes", "went", "going", "gone"),
    "speak": ("speaks", "spoke", "speaking", "spoken"),
    "shoot": ("shoots", "shot", "shooting"),
    "hit": ("hits", "hit", "hitting"),
    "cry": ("cries", "cried", "crying"),
    "quip": ("quips", "quipped", "quipping"),
    "fire": ("fires", "fired", "firing"),
    "testify": ("testifies", "testified", "testifying"),
    "reply": ("replies", "replied", "replying"),
    "deny": ("denies", "denied", "denying"),
    "criticize": ("criticizes", "criticized", "criticizing"),
}

#: Prepositional cue introducing a source before or after the content.
ACCORDING_TO: Final = "according to"

#: Auxiliaries and adverbs that may sit between a speaker and the verb
#: ("has said", "would later tell", "also noted").
AUXILIARIES: Final[tuple[str, ...]] = tuple(
    """
    now really actually clearly essentially basically personally directly explicitly specifically
    subsequently likewise similarly herself himself themselves itself quietly loudly softly firmly
    strongly sharply calmly proudly happily sadly tearfully jokingly sarcastically bitterly emphatically
    confidently matter-of-factly privately candidly frankly insistently cheerfully wryly dryly drily
    curtly tersely succinctly simply forcefully passionately pointedly approvingly back don't doesn't
    didn't won't wouldn't hasn't haven't hadn't isn't wasn't can't couldn't never don’t doesn’t didn’t
    won’t wouldn’t hasn’t haven’t hadn’t isn’t wasn’t can’t couldn’t has have had will would did does do
    was were is are once also later then again previously earlier recently repeatedly often frequently
    reportedly publicly privately separately simply flatly bluntly angrily quickly immediately further
    first initially never not even still just only already ultimately finally last allegedly apparently
    famously openly could can should might must may shall since long always consistently routinely vehemently
    adamantly falsely wrongly correctly rightly generally usually typically sometimes occasionally
    increasingly continually constantly
    """.split()
)


#: Lemmas that double their last consonant: "admit" -> "admitted".
DOUBLING: Final = frozenset("admit rebut refer sum jab rip snap beg regret commit prefer omit submit chat deadpan fret".split())


def inflections(lemma: str) -> tuple[str, ...]:
    """Every form of a cue lemma, lemma first.

    >>> inflections("say")
    ('say', 'says', 'said', 'saying')
    >>> inflections("note")
    ('note', 'notes', 'noted', 'noting')
    >>> inflections("add")
    ('add', 'adds', 'added', 'adding')
    """
    if lemma in IRREGULAR:
        return (lemma, *IRREGULAR[lemma])
    if lemma in DOUBLING:
        return lemma, lemma + "s", lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"
    if lemma.endswith("e"):
        return lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing"
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        return lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"
    if lemma.endswith(("sh", "ch", "ss", "x", "z")):
        return lemma, lemma + "es", lemma + "ed", lemma + "ing"
    return lemma, lemma + "s", lemma + "ed", lemma + "ing"


def forms(lemmas: tuple[str, ...]) -> frozenset[str]:
    """All inflected forms of a table of lemmas."""
    return frozenset(f for lemma in lemmas for f in inflections(lemma))


#: Base forms that are nearly always nouns in news ("state television").
NOUN_LIKE_FORMS: Final = frozenset({"state", "point", "post", "note", "report", "charge", "counter", "press"}) | frozenset(
    # verbs of QUOTE_ONLY whose present forms are mostly nouns: "a fourth term", "further details"
    form
    for lemma in (
        "term",
        "detail",
        "sign",
        "title",
        "headline",
        "signal",
        "reference",
        "quote",
        "email",
        "comment",
        "attack",
        "blame",
        "text",
        "crack",
    )
    for form in (lemma, lemma + "s")
)
#: Forms that are nearly always plural nouns in news ("in 11 states", "his remarks",
#: "his tweets"): they still attribute a quotation next to them ('“…,” the
#: report states'), but introduce no reported clause.
PLURAL_NOUN_FORMS: Final = frozenset({"states", "remarks", "tweets"})
SPEECH_FORMS: Final = (
    forms(tuple(lemma for lemma in SPEECH if lemma not in NEEDS_PARTICLE)) - NOUN_LIKE_FORMS - PLURAL_NOUN_FORMS
) | german.SPEECH_FORMS
OBJECT_SPEECH_FORMS: Final = forms(OBJECT_SPEECH) - {"call", "calls", "called", "calling"}
QUOTE_FORMS: Final = (forms(SPEECH + QUOTE_ONLY) - NOUN_LIKE_FORMS) | german.SPEECH_FORMS | german.QUOTE_ONLY_FORMS
PARTICLE_FORMS: Final[dict[str, tuple[str, ...]]] = {
    form: particles for lemma, particles in PARTICLES.items() for form in inflections(lemma)
} | german.PARTICLE_FORMS
#: Forms of the one verb whose past tense dominates news attribution.
LEMMA_OF: Final[dict[str, str]] = {form: lemma for lemma in SPEECH + QUOTE_ONLY + tuple(PARTICLES) for form in inflections(lemma)}
