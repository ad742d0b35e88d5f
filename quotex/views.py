"""Views for people: the article with its quotes marked, and the speaker tally.

:func:`render_article` is ``quotex show``: each speaker gets a colour; their quotes are set in it, the speaker mention
in bold, and a bracketed label with the resolved name and the quote type
follows each quote.  ``plain=True`` (for pipes and ``NO_COLOR``) wraps each
quote in ``«« »»`` instead, so the marks survive without styles.

>>> from quotex import extract
>>> text = "“It is over,” said Jane Doe."
>>> print(render_article(text, extract(text), plain=True).plain)
“««It is over»» [Jane Doe · direct],” said Jane Doe.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import IO, Literal

from rich.console import Console
from rich.text import Text

from quotex.formats import Format, record_writer
from quotex.model import Quote
from quotex.tally import TALLY_COLUMNS, SpeakerCount
from quotex.text import printable


def color_system() -> Literal["auto"] | None:
    """Rich's colour system for a console: none at all when ``NO_COLOR`` is set.

    Rich alone honours ``NO_COLOR`` by dropping colours but still writes bold
    and dim; with no colour system it writes no escape code whatever.
    """
    return None if os.environ.get("NO_COLOR") else "auto"


#: Colours handed to speakers in order of first appearance, then reused.
PALETTE = (
    "cyan",
    "magenta",
    "green",
    "yellow",
    "bright_blue",
    "red",
    "bright_cyan",
    "bright_magenta",
    "bright_green",
    "dark_orange",
    "purple",
    "spring_green2",
)
OPEN_MARK, CLOSE_MARK = "««", "»»"


def speaker_colours(quotes: Sequence[Quote]) -> dict[str, str]:
    """A colour per resolved speaker name (ignoring case), in order of first appearance."""
    colours: dict[str, str] = {}
    for q in sorted(quotes, key=lambda q: q.start):
        if q.speaker is not None:
            key = q.speaker.name.casefold()
            colours.setdefault(key, PALETTE[len(colours) % len(PALETTE)])
    return colours


def render_article(text: str, quotes: Sequence[Quote], *, plain: bool = False) -> Text:
    """``text`` as Rich Text: quotes styled in their speaker's colour, each followed by a label."""
    colours = speaker_colours(quotes)
    styled = Text(printable(text, keep="\n\t\r"))  # escape sequences shown, not obeyed; offsets hold
    # (offset, order at that offset, inserted text): closing labels before opening marks.
    inserts: list[tuple[int, int, Text]] = []
    for q in quotes:
        colour = colours.get(q.speaker.name.casefold(), "white") if q.speaker else "white"
        name = q.speaker.name if q.speaker else "?"
        if not plain:
            styled.stylize(colour, q.start, q.end)
            if q.speaker is not None:
                styled.stylize(f"bold {colour}", q.speaker.start, q.speaker.end)
            if q.cue is not None:
                styled.stylize("italic", q.cue.start, q.cue.end)
        label = Text()
        if plain:
            label.append(CLOSE_MARK)
            inserts.append((q.start, 1, Text(OPEN_MARK)))
        label.append(printable(f" [{name} · {q.type}]"), style=f"bold {colour} reverse" if not plain else "")
        inserts.append((q.end, 0, label))
    inserts.sort(key=lambda item: (item[0], item[1]))
    offsets = sorted({pos for pos, _, _ in inserts if 0 < pos < len(text)})
    pieces = styled.divide(offsets) if offsets else [styled]
    starts = [0, *offsets]
    out = Text()
    i = 0
    for start, piece in zip(starts, pieces, strict=True):
        while i < len(inserts) and inserts[i][0] <= start:
            out.append_text(inserts[i][2])
            i += 1
        out.append_text(piece)
    while i < len(inserts):
        out.append_text(inserts[i][2])
        i += 1
    return out


#: Width in cells of the longest bar in the speaker table.
BAR_WIDTH = 20
DIRECT_BAR, INDIRECT_BAR = "█", "░"


def speaker_bar(row: SpeakerCount, most: int, width: int = BAR_WIDTH) -> Text:
    """A bar as long as the speaker's quote count (relative to ``most``): direct █ then indirect ░.

    >>> speaker_bar(SpeakerCount("Jane Doe", "person", None, direct=3, indirect=1, documents=1), most=4, width=8).plain
    '██████░░'
    """
    cells = max(1, round(width * row.total / most)) if most and row.total else 0
    direct = round(cells * row.direct / row.total) if row.total else 0
    return Text.assemble((DIRECT_BAR * direct, "cyan"), (INDIRECT_BAR * (cells - direct), "magenta"))


def print_speakers(
    rows: Sequence[SpeakerCount], fmt: Format | str, console: Console, out: IO[str], *, title: str = "", summary: str = ""
) -> None:
    """The tally as a Rich table with a bar per speaker and a ``summary`` line
    under it, or as json / jsonl / csv records on ``out`` (the quote writers)."""
    if fmt != Format.table:
        writer = record_writer(fmt, out, columns=TALLY_COLUMNS, indent=2)
        writer.write_records(r.to_dict() for r in rows)
        writer.close()
        return
    from rich.table import Table

    table = Table(
        title=Text(printable(title)) if title else None,
        title_justify="left",
        caption=Text.assemble((DIRECT_BAR, "cyan"), " direct and partial  ", (INDIRECT_BAR, "magenta"), " indirect"),
        caption_justify="left",
        show_lines=True,  # a speaker is several lines: name, role, kind
    )
    # One column for who (name, role, then kind and gender), as in extract's table: at 80 columns it
    # keeps whole words ("organization", "Washington Post") beside the counts and the bars.
    table.add_column("speaker", overflow="fold")
    for name in ("direct", "indirect", "docs"):
        table.add_column(name, justify="right")
    table.add_column("quotes", no_wrap=True, min_width=BAR_WIDTH)
    most = max((r.total for r in rows), default=0)
    for r in rows:
        who = Text(printable(r.name), style="bold")
        who.append(printable(f"\n{r.role}") if r.role else "")
        who.append(f"\n{r.kind}, {r.gender}" if r.gender else f"\n{r.kind}", style="dim")
        table.add_row(who, str(r.direct), str(r.indirect), str(r.documents), speaker_bar(r, most))
    console.print(table)
    if summary:
        console.print(Text(printable(summary)))
    out.flush()
