"""Web pages as input: the article text of an HTML page, found by trafilatura.

trafilatura is an optional extra (``pip install 'quotex[html]'``) and is
imported only when a page is read.  Offsets of quotes found in a page count
code points of the *extracted* text (one paragraph a line), not of the HTML
source: ``quotex show page.html`` prints that text with the quotes marked.
"""

from __future__ import annotations

from pathlib import PurePath
from typing import Any

import regex

from quotex.inputs import Article, InputError

#: File name endings read as HTML when no ``--input`` kind is given.
HTML_SUFFIXES = (".html", ".htm", ".xhtml")

INSTALL_HINT = "reading HTML needs trafilatura: pip install 'quotex[html]'"

#: The longest tag read, in characters.  Parsing a tag with very many
#: attributes takes time that grows faster than its length (one tag of 100,000
#: attributes: minutes), inside the parser's C code, where ``--timeout`` cannot
#: stop it; no real page comes near (about 5,000 short attributes).
MAX_TAG = 65_536
LONG_TAG = regex.compile(rf"<[^<>]{{{MAX_TAG}}}")


class MissingExtra(InputError):
    """trafilatura is not installed; the message says how to install it.

    An :class:`~quotex.inputs.InputError`, so a batch run reports it per page
    and goes on; the command line checks for it once up front
    (:func:`require_html`).
    """


class NoArticleText(ValueError):
    """The page holds no article text that trafilatura could find."""


def is_html_path(path: str) -> bool:
    """Whether a path names an HTML page, by its ending.

    >>> is_html_path("news/2016-06-12.HTML"), is_html_path("story.txt"), is_html_path("-")
    (True, False, False)
    """
    return PurePath(path).suffix.lower() in HTML_SUFFIXES


def require_html() -> None:
    """Raise :class:`MissingExtra` unless trafilatura can be imported."""
    _trafilatura()


def _trafilatura() -> Any:
    try:
        import trafilatura
    except ImportError as exc:
        raise MissingExtra(INSTALL_HINT) from exc
    return trafilatura


def html_to_text(html: str) -> str:
    """The main text of a news page, one paragraph a line: no navigation, adverts or footer.

    Raises :class:`MissingExtra` without trafilatura and :class:`NoArticleText`
    when the page has no article text.
    """
    text = _trafilatura().extract(
        html,
        output_format="txt",
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        with_metadata=False,
    )
    if not text or not text.strip():
        raise NoArticleText("no article text found in the page")
    return str(text)


def article_document(page: Article) -> Article:
    """A decoded HTML page as the document of its article text (same source, same warning).

    Raises :class:`~quotex.inputs.InputError` (:class:`MissingExtra` without
    trafilatura) naming the page, or for a tag over :data:`MAX_TAG` characters.
    """
    if LONG_TAG.search(page.text):
        raise InputError(f"{page.source}: a tag of more than {MAX_TAG:,} characters (hostile HTML?), skipped")
    try:
        text = html_to_text(page.text)
    except MissingExtra as exc:
        raise MissingExtra(f"{page.source}: {exc}") from None
    except NoArticleText as exc:
        raise InputError(f"{page.source}: {exc}") from None
    return Article(page.source, text, page.warning)
