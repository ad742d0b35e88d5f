"""The JSON Schema (draft 2020-12) of one quote record, as ``quotex extract`` writes it.

Written out by hand, as data, so that it reads as documentation and changes
only on purpose; a test validates real output against it.

>>> schema = quote_schema()
>>> schema["$schema"], schema["required"][:3]
('https://json-schema.org/draft/2020-12/schema', ['text', 'start', 'end'])
"""

from __future__ import annotations

from typing import Any

from quotex.model import QUOTE_TYPES, SPEAKER_KINDS

DRAFT = "https://json-schema.org/draft/2020-12/schema"

_OFFSET: dict[str, Any] = {"type": "integer", "minimum": 0}


def quote_schema() -> dict[str, Any]:
    """The schema as a fresh dict (``quotex schema`` prints it as JSON)."""
    from quotex.rules import RULES

    return {
        "$schema": DRAFT,
        "$id": "urn:quotex:schema:quote",
        "title": "quotex quote record",
        "description": (
            "One attributed quotation found by quotex. Offsets count code points of the decoded document "
            "(of the extracted article text for HTML input); text == document[start:end]."
        ),
        "type": "object",
        "properties": {
            "source": {"type": "string", "description": "The input path, '-' for standard input."},
            "text": {"type": "string", "description": "The quote without its quotation marks."},
            "start": {**_OFFSET, "description": "Offset of the quote's first code point."},
            "end": {**_OFFSET, "description": "Offset just past the quote's last code point."},
            "type": {
                "enum": list(QUOTE_TYPES),
                "description": "direct: a whole quoted sentence or more; partial: quoted words inside reported speech; "
                "indirect: reported speech, no quotation marks.",
            },
            "speaker": {"$ref": "#/$defs/speaker"},
            "cue": {"oneOf": [{"$ref": "#/$defs/cue"}, {"type": "null"}]},
            "paragraph": {**_OFFSET, "description": "0-based index of the paragraph (non-blank line) holding the quote."},
            "rule": {"enum": sorted(RULES), "description": "The attribution rule that found the quote (quotex rules)."},
        },
        "required": ["text", "start", "end", "type", "speaker", "cue", "paragraph", "rule"],
        "additionalProperties": False,
        "$defs": {
            "speaker": {
                "type": "object",
                "description": "Who is quoted: the mention as written and what it resolves to.",
                "properties": {
                    "name": {"type": "string", "minLength": 1, "description": "The fullest name of the speaker in the document."},
                    "text": {"type": "string", "minLength": 1, "description": "The mention as written in the attribution."},
                    "start": _OFFSET,
                    "end": _OFFSET,
                    "role": {"type": ["string", "null"], "description": "Title or description kept apart from the name."},
                    "kind": {"enum": list(SPEAKER_KINDS)},
                    "gender": {
                        "enum": ["male", "female", None],
                        "description": "Only where the text tells it: a pronoun resolved to the speaker, a courtesy title, "
                        "a gendered role noun. A first name alone is no evidence.",
                    },
                    "id": {
                        "type": ["string", "null"],
                        "pattern": "^s[0-9]+$",
                        "description": "The speaker's id within its document (s1, s2, … in order of first quote): "
                        "every mention of one speaker has the same id.",
                    },
                    "author": {"type": ["string", "null"], "description": "The named author of a document speaker."},
                },
                "required": ["name", "text", "start", "end", "role", "kind", "gender", "id", "author"],
                "additionalProperties": False,
            },
            "cue": {
                "type": "object",
                "description": "The attributing word or phrase.",
                "properties": {"text": {"type": "string", "minLength": 1}, "start": _OFFSET, "end": _OFFSET},
                "required": ["text", "start", "end"],
                "additionalProperties": False,
            },
        },
    }
