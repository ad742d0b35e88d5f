"""A made-up news corpus for the tests of ``quotex report``: written here, never taken from evaluation data.

:func:`articles` gives ``n`` short articles, the same for the same ``seed``,
built from the sentence patterns below with invented people and bodies.
"""

from __future__ import annotations

import random

PEOPLE = [
    ("Maria Adeyemi", "the city's housing director"),
    ("Daniel Brandt", "a council member"),
    ("Priya Raman", "the transport commissioner"),
    ("Tomas Lindqvist", "the port authority's chief engineer"),
    ("Grace Mwangi", "a spokeswoman for the mayor"),
    ("Henry Castillo", "the school board president"),
    ("Aiko Tanaka", "a professor of economics at Lakeside University"),
    ("Samuel Osei", "the union's regional secretary"),
]
BODIES = ["the Harbor Trust", "the Regional Water Board", "Lakeside University", "the Tenants' Union", "the Chamber of Commerce"]
CLAIMS = [
    "the budget would be balanced by the end of the year",
    "the new bridge would open in the spring",
    "rents had risen faster than wages for a decade",
    "the water supply was safe to drink",
    "the strike could be over within days",
    "the plan had been approved by a wide margin",
    "more buses would run on the northern routes",
    "the school would stay open after all",
]
SENTENCES = [
    "We are not going to let this happen again",
    "Nobody in this city should have to choose between rent and food",
    "The numbers speak for themselves",
    "This is the most important vote we will take this year",
    "We have listened, and we will act",
    "There is still a great deal of work to do",
    "I have never seen anything like it",
    "The people of this city deserve better",
]
TOPICS = ["housing", "transport", "schools", "the harbor", "water", "the budget", "the strike", "the new bridge"]


def _surname(name: str) -> str:
    return name.split()[-1]


def article(rng: random.Random) -> str:
    """One article: a headline, a lead and five to ten paragraphs of quotes and reported speech."""
    cast = rng.sample(PEOPLE, 3)
    body = rng.choice(BODIES)
    topic = rng.choice(TOPICS)
    (first, first_role), (second, second_role), (third, third_role) = cast
    paragraphs = [
        f"City weighs new plan on {topic}",
        f"The city council met on Tuesday to discuss {topic}, and the debate ran late into the night.",
        f"“{rng.choice(SENTENCES)},” said {first}, {first_role}.",
        f"{_surname(first)} said {rng.choice(CLAIMS)}.",
    ]
    extra = [
        f"{second}, {second_role}, told reporters that {rng.choice(CLAIMS)}.",
        f"“{rng.choice(SENTENCES)},” {_surname(second)} said. “{rng.choice(SENTENCES)}.”",
        f"According to {body}, {rng.choice(CLAIMS)}.",
        f"{third} said {rng.choice(CLAIMS)}.",
        f"“{rng.choice(SENTENCES)},” said {third}, {third_role}.",
        f"Officials said {rng.choice(CLAIMS)}.",
        f"A statement from {body} said {rng.choice(CLAIMS)}.",
        "The meeting was adjourned shortly before midnight.",
    ]
    paragraphs += rng.sample(extra, rng.randint(5, len(extra)))
    return "\n\n".join(paragraphs) + "\n"


def articles(n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    return [article(rng) for _ in range(n)]
