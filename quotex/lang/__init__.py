"""Language packs: the words quotex reads one language's news with.

A language is a data module (:mod:`quotex.lang.en`, :mod:`quotex.lang.de`:
word tables only, in the manner of pySBD's ``lang/`` and spaCy's
``lang/xx/``), optionally a module of forms generated from it (English cue
forms by :mod:`quotex.lang.en.forms`, German ones by :mod:`quotex.lang.de.forms`) and a
rules package for the logic only it needs (:mod:`quotex.rules.de`, imported
when a document is first read in the language), and one line in
:data:`LANGUAGES`.  A document is
read with one language's :class:`Language` record: ``extract(text,
lang="de")``, or ``lang="auto"`` for :func:`detect`'s choice.

>>> from quotex import extract
>>> [(q.text, q.speaker.text) for q in extract("„Wir sind bereit“, sagte die Ministerin.", lang="de")]
[('Wir sind bereit', 'die Ministerin')]

The shared code reads the record of the document being read with
:func:`current` (set by :func:`reading` for the length of one extraction),
and never names a language: a table a language lacks is empty in its record
(declared in :mod:`quotex.lang.tables`; this module is the registry of
languages and the language being read).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import fields
from functools import cache
from types import ModuleType
from typing import Any, Final, NamedTuple

from quotex.lang.records import derive
from quotex.lang.tables import Language
from quotex.lang.votes import vote

__all__ = ["CHOICES", "LANGUAGES", "Entry", "Language", "current", "detect", "language", "reading", "resolve"]


class Entry(NamedTuple):
    """One line of :data:`LANGUAGES`: where a language's tables and logic are."""

    data: str  # the data module
    forms: str | None  # a module of tables generated from the data (cue forms), if any
    rules: str | None  # the rules package of logic only this language needs, if any (imported on first use)


#: The languages quotex reads, one line each; the first is the default.
LANGUAGES: Final[dict[str, Entry]] = {
    "en": Entry("quotex.lang.en", "quotex.lang.en.forms", "quotex.rules.en"),
    "de": Entry("quotex.lang.de", "quotex.lang.de.forms", "quotex.rules.de"),
}
#: What ``--lang`` accepts.
CHOICES: Final = ("auto", *LANGUAGES)


def _tables(*modules: ModuleType | None) -> dict[str, Any]:
    names = {f.name for f in fields(Language)} | {"QUOTE_ONLY_FORMS"}
    values: dict[str, Any] = {}
    defined: dict[str, str] = {}
    for module in modules:
        if module is None:
            continue
        for name in names:
            if hasattr(module, name):
                value = getattr(module, name)
                if name in values and values[name] is not value:
                    # a pack's modules are read in order: a second table of one name would silently win
                    raise ValueError(f"table {name} is defined in both {defined[name]} and {module.__name__}: rename one")
                values[name], defined[name] = value, module.__name__
    return values


@cache
def language(code: str) -> Language:
    """The :class:`Language` record of ``code`` ("en", "de"), built on first use."""
    try:
        entry = LANGUAGES[code]
    except KeyError:
        raise ValueError(f"unknown language {code!r}: choose one of {', '.join(CHOICES)}") from None
    data = importlib.import_module(entry.data)
    forms = importlib.import_module(entry.forms) if entry.forms else None
    # its rules package is not imported here: only a document read in the
    # language needs its logic (detect() votes with quotex.lang.votes alone)
    values = _tables(data, *getattr(data, "PARTS", ()), forms)  # a pack may span several modules
    derive(values)  # the tables built from others (quotex.lang.records)
    values.pop("QUOTE_ONLY_FORMS", None)
    return Language(code=code, name=data.NAME, **values)


def detect(text: str) -> Language:
    """The language whose stop words are the most frequent at the start of
    ``text``, outside quotations when there are words outside them (letters
    only it uses, such as "ä" or "ß", break a tie); the first of
    :data:`LANGUAGES` when none is found (the vote: :func:`quotex.lang.votes.vote`).

    >>> detect("Die Polizei sagte, der Täter sei geflohen.").code
    'de'
    >>> detect("The police said the suspect had fled.").code
    'en'
    """
    return language(vote(text, tuple(LANGUAGES)))  # not language(code) for each: only the chosen pack is imported


def resolve(lang: str | Language, text: str) -> Language:
    """The record to read ``text`` with: ``lang`` itself, or :func:`detect`'s choice for "auto"."""
    if isinstance(lang, Language):
        return lang
    return detect(text) if lang == "auto" else language(lang)


#: The language of the document being read: the first of :data:`LANGUAGES`
#: outside :func:`reading`.
_CURRENT: Final[ContextVar[Language]] = ContextVar("quotex_language", default=language(next(iter(LANGUAGES))))  # noqa: B039 - frozen

#: ``current()``: the language of the document being read (a context
#: variable's getter, called without a Python frame: the readers ask often).
current: Final[Callable[[], Language]] = _CURRENT.get


@contextmanager
def reading(lang: Language) -> Iterator[Language]:
    """Read with ``lang``'s tables until the block ends (a context variable,
    so that threads reading other documents keep their own)."""
    token = _CURRENT.set(lang)
    try:
        yield lang
    finally:
        _CURRENT.reset(token)
