"""English, speech acts: the verbs that report an act of speech by the
phrase after them, not by a clause ("called for a new bridge", "commented
on the ferry board's questions", "warned of layoffs").  Data only; the
reader is :mod:`quotex.rules.en.acts`."""

from __future__ import annotations

from typing import Final

#: Verbs that are speech whatever their object, with the prepositions that
#: open the object they report (none: the object follows the verb: "urged
#: restraint", "denounced the attack").  Left
#: out on purpose: verbs that report speech only with a clause, or with a
#: noun object that is often no speech ("announced his run", "added 9,000
#: jobs", "agreed to sell", "asked about": PolNeAR gives the question no
#: source, so a reading of it is never attributed), and "respond to" /
#: "reply to": "did not respond to requests for comment" is the commonest
#: use in news and reports that nothing was said (PolNeAR marks it in some
#: articles and not in others: 29 of 60 train readings attributed).
SPEECH_ACTS: Final[dict[str, tuple[str, ...]]] = {
    "call": ("for", "on", "upon"),
    "comment": ("on", "about"),
    "complain": ("about", "of"),
    "warn": ("of", "against", "about"),
    "joke": ("about",),
    "boast": ("about", "of"),
    "brag": ("about",),
    "argue": ("for", "against"),
    "urge": (),
    "demand": (),
    "decry": (),
    "praise": (),
    "criticize": (),
    "criticise": (),
    "accuse": (),
    "blame": (),
}

#: Verbs that name or characterise their object by a complement after it:
#: "called the plan a fraud", "branded him a traitor".  What they report is
#: the object with its complement (:mod:`quotex.rules.en.naming`).
NAMING_VERBS: Final = ("call", "brand", "dub", "label")
#: Words that open no complement after a naming verb's object: a particle
#: ("called him back"), a preposition ("called the board on Monday"), a
#: conjunction, an infinitive ("called them to testify"), a relative.
NOT_COMPLEMENTS: Final = frozenset(
    """
    to back up out off in on for at into over down around about by from with after before during since
    and or but nor as if that who whom whose which when where while because so than then again
    is are was were be been has have had will would can could should may might must do does did
    """.split()
)

#: Words that may stand between an act's verb and its preposition: "called
#: Wednesday for", "commented quickly on".
ACT_SETTINGS: Final = frozenset(
    """
    today yesterday monday tuesday wednesday thursday friday saturday sunday again repeatedly publicly
    also directly immediately quickly loudly openly once
    """.split()
)

#: Forms of "be" and "get" before a participle that make it passive: "was called on to testify", "got warned of".
PASSIVE_MARKERS: Final = frozenset("be is are was were been being am get gets got gotten getting".split())

#: Nouns of speech acts after their owner's possessive, with the words that
#: open what the act said: "her vow | to close the plant", "Ruiz's claim |
#: that fares will fall"; the words belong to the content.  Left out: nouns
#: whose phrase is mostly the object of someone else's report ("X decried
#: Y's calls for …", "X rejected Y's remarks about …": PolNeAR gives it to
#: X), and those after a preposition of their own ("comments on", "criticism
#: of"); on polnear-train they were right 40 times in 89.
ACT_NOUNS: Final[dict[str, tuple[str, ...]]] = {
    "promise": ("to", "that"),
    "promises": ("to", "that"),
    "pledge": ("to", "that"),
    "pledges": ("to", "that"),
    "vow": ("to", "that"),
    "vows": ("to", "that"),
    "claim": ("that",),
    "claims": ("that",),
    "suggestion": ("that",),
    "insistence": ("that",),
    "assertion": ("that",),
    "argument": ("that",),
}

#: Words of an owner's possessive that open the content with the noun's link: "to", "that".
CONTENT_LINKS: Final = frozenset({"to", "that"})

#: The forms of the verbs that name a speech act by their noun object: "made
#: no mention of", "issued a call for", "offered her firmest promise to",
#: "sounded a cautious note about"; the act's content follows the noun
#: (:data:`LIGHT_NOUNS`).
LIGHT_VERB_FORMS: Final = frozenset(
    """
    make makes made making issue issues issued issuing offer offers offered offering deliver delivers
    delivered delivering renew renews renewed renewing sound sounds sounded sounding voice voices voiced
    voicing
    """.split()
)

#: The act nouns after a verb of :data:`LIGHT_VERBS`, with the words that open their content.
LIGHT_NOUNS: Final[dict[str, tuple[str, ...]]] = {
    "mention": ("of",),
    "comment": ("on", "about"),
    "comments": ("on", "about"),
    "remarks": ("on", "about"),
    "call": ("for", "to"),
    "calls": ("for", "to"),
    "plea": ("for", "to"),
    "appeal": ("for", "to"),
    "promise": ("to", "that"),
    "promises": ("to", "that"),
    "pledge": ("to", "that"),
    "vow": ("to", "that"),
    "joke": ("about",),
    "jokes": ("about",),
    "note": ("about", "on", "for"),
    "case": ("for", "against", "that"),
    "argument": ("for", "against", "that"),
    "charge": ("that",),
    "charges": ("that",),
    "claim": ("that",),
    "claims": ("that",),
    "prediction": ("that",),
    "statement": ("about", "on", "that"),
    "announcement": ("about", "on", "that"),
}

#: Words of what was asked after "ask" and the one asked: a request ("asked
#: them to leave", "asked for help"), a question ("asked him if", "whether",
#: "why", "about the roads"), or its noun ("asked questions").  A reading of
#: "ask" with none of them among its first words names only the one asked
#: ("asked the mayor", "asked him then") and reports nothing.
ASKED_WORDS: Final = frozenset(
    """
    to if whether why how what who whom whose which when where for about on that question questions
    """.split()
)
#: How many words of the content may come before a word of :data:`ASKED_WORDS`.
ASKED_REACH: Final = 12

#: Verbs that report words only in a clause opened by "that": "the union
#: charged that the vote was rigged", but "the club charged a $50 fee": a
#: price, nothing said ("charged the driver with theft" is left to the clause
#: rules, see :mod:`quotex.rules.en.that_only`).
THAT_ONLY_LEMMAS: Final = frozenset({"charge"})

#: Verbs that report a question, after which a clause in "when" is what was
#: asked ("asked when the pier closed"), not when something was said.
QUESTION_LEMMAS: Final = frozenset({"ask", "wonder", "inquire", "query"})

#: Head nouns of an event, an act or a look at something, never its speaker:
#: "The contrast with the mayor | said …" (a parenthetical cue reads past it),
#: "her decision to run | drew …", "a look at the ledgers | suggests …".
EVENT_HEADS: Final = frozenset(
    """
    decision decisions discovery criticism contrast shift prospect look picture showing event attack drop
    """.split()
)

#: Verbs after "it" that make it a dummy subject, no speaker: "It means |
#: admitting that …", "it appears that …".
DUMMY_IT_VERBS: Final = frozenset("means meant appears appeared seems seemed".split())

#: Nouns after "one" that make it a determiner, no speaker: "One reason | critics say …".
ONE_NOUNS: Final = frozenset("reason reasons thing way sign problem".split())
