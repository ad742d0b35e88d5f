"""Speaker mentions: find them next to a cue, classify them, resolve them.

A mention is read off word tokens around the cue, never off a rewritten
copy of the text (:mod:`quotex.speakers.tokens`).
:func:`~quotex.speakers.mentions.mention_before` walks back from a cue ("a
spokesman for the Russian Embassy in Washington | said"),
:func:`~quotex.speakers.mentions.mention_after` walks forward from one
("said | Kirby, a State Department spokesman").  Both return a
:class:`Mention` whose kind ("person", "organization", "group",
"anonymous", "document"), name, role and gender
:func:`~quotex.speakers.classify.classify` reads.
:class:`~quotex.speakers.resolve.Resolver` then maps "he" and "Kirby" to
the fullest name of that person in the document.  The words they look up
are in the document's language pack (:mod:`quotex.lang`).
"""

from __future__ import annotations

from quotex.speakers.classify import classify, place_comma, pronoun_mention
from quotex.speakers.mentions import mention_after, mention_before
from quotex.speakers.resolve import Resolver
from quotex.speakers.tokens import PARTY_TAG, Mention, Tok, document_scope, possessive_stem, tokenize

__all__ = [
    "PARTY_TAG",
    "Mention",
    "Resolver",
    "Tok",
    "classify",
    "document_scope",
    "mention_after",
    "mention_before",
    "place_comma",
    "possessive_stem",
    "pronoun_mention",
    "tokenize",
]
