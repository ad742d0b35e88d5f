"""Roles are kept apart from names: the golden files check names and kinds,
these check the role that goes with them."""

from __future__ import annotations

import pytest

from quotex import extract

CASES = [
    ("“We are ready,” State Department spokesman John Kirby told CNN.", "John Kirby", "State Department spokesman"),
    ("“We are ready,” said Maria Lopez in a statement on Monday.", "Maria Lopez", None),
    ("Umweltministerin Svenja Schulze sagte, das Gesetz sei ein Erfolg.", "Svenja Schulze", "Umweltministerin"),
    ("Bundeskanzlerin Angela Merkel (CDU) sagte: „Wir schaffen das.“", "Angela Merkel", "Bundeskanzlerin (CDU)"),
    # a role, a comma, then the name: the role is the words before the comma
    ("“We will win,” added her campaign manager, Jeff Weaver.", "Jeff Weaver", "campaign manager"),
    # a courtesy title gives a gender, not a role
    ("“We lost,” Mrs. Maria Lopez said.", "Maria Lopez", None),
    # "now" opens the apposition; the comma of "Salem, Ore.," is inside it
    (
        "“I would have stayed on,” Mr. Ivo Petrak, now retired in Salem, Ore., said on the phone.",
        "Ivo Petrak",
        "retired in Salem, Ore.",
    ),
]


@pytest.mark.parametrize(("text", "name", "role"), CASES, ids=[c[1] + (" / " + c[2] if c[2] else "") for c in CASES])
def test_role(text: str, name: str, role: str | None) -> None:
    quotes = extract(text)
    assert quotes, "no quotation found"
    speaker = quotes[0].speaker
    assert (speaker.name, speaker.role) == (name, role)
