"""Quotation marks: which opener pairs with which closer.

This module is data only.  The pairing logic lives in :mod:`quotex.quotes`.
Each mark is spelled by its Unicode name so that the table can be read (and
reviewed) without squinting at near-identical glyphs.
"""

from __future__ import annotations

from typing import Final

#: Double quotation marks, by Unicode name.
LDQ: Final = "\N{LEFT DOUBLE QUOTATION MARK}"  # “
RDQ: Final = "\N{RIGHT DOUBLE QUOTATION MARK}"  # ”
LOW_DQ: Final = "\N{DOUBLE LOW-9 QUOTATION MARK}"  # „
STRAIGHT_DQ: Final = "\N{QUOTATION MARK}"  # "
LAQ: Final = "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}"  # «
RAQ: Final = "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}"  # »

#: Single quotation marks, by Unicode name.  The right one doubles as the
#: typographic apostrophe, so single quotes are paired only where the closer
#: cannot be an apostrophe (see :mod:`quotex.quotes`).
LSQ: Final = "\N{LEFT SINGLE QUOTATION MARK}"  # ‘
RSQ: Final = "\N{RIGHT SINGLE QUOTATION MARK}"  # ’
LOW_SQ: Final = "\N{SINGLE LOW-9 QUOTATION MARK}"  # ‚
STRAIGHT_SQ: Final = "\N{APOSTROPHE}"  # '
LSAQ: Final = "\N{SINGLE LEFT-POINTING ANGLE QUOTATION MARK}"  # ‹
RSAQ: Final = "\N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK}"  # ›

#: Two-character marks of plain-text archives (the New York Times's ''…''
#: and the Penn Treebank's ``…'').
TWO_APOSTROPHES: Final = STRAIGHT_SQ * 2  # ''
TWO_GRAVES: Final = "\N{GRAVE ACCENT}" * 2  # ``

#: opener -> the closers that may end a quotation it opened.
DOUBLE_PAIRS: Final[dict[str, tuple[str, ...]]] = {
    LDQ: (RDQ, STRAIGHT_DQ),  # “English”
    STRAIGHT_DQ: (STRAIGHT_DQ, RDQ),  # "typewriter"
    LOW_DQ: (LDQ, RDQ),  # „low-9 and high“ or „high”
    LAQ: (RAQ,),  # «French»
    RAQ: (LAQ,),  # »Danish«
    TWO_APOSTROPHES: (TWO_APOSTROPHES, RDQ),  # ''archive''
    TWO_GRAVES: (TWO_APOSTROPHES,),  # ``treebank''
}

SINGLE_PAIRS: Final[dict[str, tuple[str, ...]]] = {
    LSQ: (RSQ,),  # ‘British’
    STRAIGHT_SQ: (STRAIGHT_SQ,),  # 'typewriter'
    LOW_SQ: (LSQ, RSQ),  # ‚low-9 and high‘
    LSAQ: (RSAQ,),  # ‹French›
}

#: Marks that can only close (never open) a double quotation.
DOUBLE_CLOSERS: Final = frozenset(c for cs in DOUBLE_PAIRS.values() for c in cs)
SINGLE_CLOSERS: Final = frozenset(c for cs in SINGLE_PAIRS.values() for c in cs)

#: Every character the pairing scanner must look at.
ALL_MARKS: Final = frozenset(DOUBLE_PAIRS) | DOUBLE_CLOSERS | frozenset(SINGLE_PAIRS) | SINGLE_CLOSERS

#: Marks that are symmetric: the same glyph opens and closes.
SYMMETRIC: Final = frozenset({STRAIGHT_DQ, STRAIGHT_SQ, TWO_APOSTROPHES})
