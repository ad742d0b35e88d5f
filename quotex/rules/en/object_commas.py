"""English: the commas inside the object of a speech act that takes one
("accused the council's treasurer, Ana Ruiz, of neglect", "called for a ban
on the drug, also known as spice", "praised the crew, including two
divers").  The report of such a cue ends at the first comma that ends a
phrase (:func:`~quotex.rules.content.phrase_comma`); these commas only set
off a name, an alias or examples of the object, and the report reads on
past them."""

from __future__ import annotations

from typing import Final

from quotex.rules.base import compile_rule
from quotex.rules.content import phrase_comma

#: A name set off by a comma inside the object, up to the comma or the end
#: after it: "accused the mayor|, Ana Ruiz|, of neglect", "asked whether the
#: chair|, Tom Reyes|, could stay", "praised her rival|, Senator Ann Lee|."
NAMED_APPOSITION: Final = compile_rule(
    r"""
    , ${sp}{1,3} (?: \p{Lu} [\p{L}.'\-\N{RIGHT SINGLE QUOTATION MARK}]{0,30} ${sp}{1,3} ){0,4}
    \p{Lu} [\p{L}.'\-\N{RIGHT SINGLE QUOTATION MARK}]{0,30} (?= , | ${sp}{0,3} [.!?]? ${sp}{0,3} \Z )
    """
)

#: What after a name's closing comma goes on with the object ("…, Ana Ruiz, | of neglect"), not a clause of the
#: narrator's ("…, Ana Ruiz, | who had flown in").
OBJECT_GOES_ON: Final = compile_rule(
    r", ${sp}{1,3} (?! (?: and | but | or | which | who | whom | whose | while | when | where ) \b ) \p{Ll}"
)

#: An alias or examples that go on naming the object: "a ban on the drug|, also known as spice",
#: "the crew|, including two divers", "dry states|, such as Utah".
EXAMPLES: Final = compile_rule(r", ${sp}{1,3} (?: also ${sp}{1,3} known ${sp}{1,3} as | including | such ${sp}{1,3} as ) \b")

#: How many commas inside one object are read past.
MAX_INNER_COMMAS: Final = 4


def object_comma(text: str, comma: int, end: int) -> int:
    """The comma that ends the object of a speech act, from the first comma
    ``comma`` in it (or -1 for none) within ``text[:end]``: past a name set
    off by commas when the object goes on after it (:data:`NAMED_APPOSITION`,
    :data:`OBJECT_GOES_ON`), after the name when a clause of the narrator's
    follows, none when the name or an alias or examples (:data:`EXAMPLES`)
    run to the end; else ``comma`` itself."""
    for _ in range(MAX_INNER_COMMAS):
        if comma < 0:
            return comma
        if EXAMPLES.match(text, comma, end) is not None:
            return -1  # the examples run to the end of the sentence
        name = NAMED_APPOSITION.match(text, comma, end)
        if name is None:
            return comma
        if name.end() >= end or text[name.end()] != ",":
            return -1  # the name closes the sentence
        if OBJECT_GOES_ON.match(text, name.end(), end) is None:
            return int(name.end())  # "praised the mediator, Ruth Okafor|, who …": the object ends with the name
        comma = phrase_comma(text, name.end() + 1, end)
    return comma
