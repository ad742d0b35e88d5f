"""Patterns compiled on first use (:class:`OnFirstUse`, :func:`on_first_use`).

Compiling a pattern is the regex module's Python code, about a million
instructions a pattern, paid at import for a pattern compiled at module
level.  A pattern that most runs never reach (a rule's that few texts
reach, one language's, the command line's) is compiled when first used.
A module of its own, importing nothing of quotex, so that the lowest
modules (:mod:`quotex.text`, :mod:`quotex.inputs`) use it too.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final, cast

import regex

__all__ = ["PATTERN_ATTRIBUTES", "OnFirstUse", "on_first_use"]


#: What a compiled pattern offers, read off it once by :class:`OnFirstUse`.
PATTERN_ATTRIBUTES: Final = (
    *("match", "fullmatch", "search", "finditer", "findall", "sub", "subf", "subn", "subfn", "split", "splititer", "scanner"),
    *("pattern", "flags", "groups", "groupindex", "named_lists"),
)


class OnFirstUse:
    """A pattern compiled when it is first used, then the compiled pattern's
    own methods, bound and kept on the instance, so that ``PATTERN.match``
    costs what it did.  Compiling is the regex module's Python code, about
    a million instructions a pattern: a process that reads one language
    never uses another's patterns, nor a rule's that its texts never reach."""

    def __init__(self, source: str, build: Callable[[], regex.Pattern[str]]) -> None:
        self._source = source
        self._build = build

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):  # copy, pickle and the like ask before any use
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def compiled(self) -> regex.Pattern[str]:
        """The pattern, compiled on the first call."""
        pattern: regex.Pattern[str] | None = self.__dict__.get("_pattern")
        if pattern is None:
            pattern = self._build()
            self.__dict__.update({name: getattr(pattern, name) for name in PATTERN_ATTRIBUTES}, _pattern=pattern)
        return pattern

    def __repr__(self) -> str:
        return f"OnFirstUse({self._source!r})"


def on_first_use(pattern: str, flags: int = 0, **lists: Any) -> regex.Pattern[str]:
    """``regex.compile(pattern, flags, **lists)`` when the pattern is first
    used (:class:`OnFirstUse`), for a pattern of one language's readers only,
    or a long named list few texts reach."""
    return cast("regex.Pattern[str]", OnFirstUse(pattern, lambda: regex.compile(pattern, flags, **lists)))
