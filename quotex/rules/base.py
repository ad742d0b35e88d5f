"""What every rule module shares: the :class:`Rule` record, the named
fragments and lists patterns are built from, :func:`compile_rule`, and the
cue words a ``${cue_slot}`` accepts.

Patterns are VERBOSE, built from the named fragments below (``${name}`` in a
pattern), take short word tables as named lists (``\\L<aux>``), and use
bounded quantifiers only, so that a run over hostile input stays linear.  A
cue word stands in a pattern as ``${cue_slot}``, any word, and the handler
checks it against :data:`CUE_WORDS` or fits the pattern to each cue word of
the document's cue index in turn: an alternation of 1,200 forms costs 50 ms
to compile in each pattern and more to match.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from string import Template
from types import ModuleType
from typing import Any, Final, Literal

import regex

from quotex.lang import LANGUAGES, Language, current
from quotex.lazy import OnFirstUse as OnFirstUse
from quotex.lazy import on_first_use as on_first_use

#: Named fragments shared by the patterns.
FRAGMENTS: Final[dict[str, str]] = {
    # horizontal space, a few characters at most
    "sp": r"[ \t\u00a0]",
    "dash": r"[\N{EM DASH}\N{EN DASH}]",
    # a cue word from a named list, not inside a longer word
    # a word where a cue may stand; the engine checks it against CUE_WORDS
    "cue_slot": r"(?<![\p{L}\-]) [\p{L}\-]{1,30} (?![\p{L}\-])",
    "aux": r"(?<![\p{L}\-]) \L<aux> (?![\p{L}\-])",
    # one character of a clause: no sentence punctuation, no quotation mark;
    # a period only after an initial or a known abbreviation ("F.", "Gov."),
    # not after any short capitalised word ("…told Fox News. “But…”")
    "clause_char": (
        r"(?: [^\n!?;:\"\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}.]"
        r" | (?<= (?: (?<!\p{L}) \p{Lu} | (?<![\p{L}.]) (?i: \L<abbreviations> ) ) )\. )"
    ),
    # a word of a short adjunct ("told CNN", "said in a statement (AP)")
    "adjunct_word": r"(?: [\p{L}\p{N}'\N{RIGHT SINGLE QUOTATION MARK}.\-()] | ,(?=\d) ){1,30}",
    # a capitalised word in a name: "CNN", "Fox", "O'Reilly"
    "capword": r"\p{Lu}[\p{L}.&'\N{RIGHT SINGLE QUOTATION MARK}\-]{0,30}",
    # a single mark closing a quotation nested at the end of another ('old-school,''')
    "stray": r"(?: ['\N{RIGHT SINGLE QUOTATION MARK}] )?",
    # a quoted nickname between a first name and a surname: Ann “Kit” Roe, Ann "Kit" Roe
    "nickname": (
        r"(?<= \p{Lu}[\p{L}.'\-]{0,30} [ ] ) (?: \N{LEFT DOUBLE QUOTATION MARK} | \" )"
        r" \p{Lu}[\p{L}.'\-]{0,20} (?: \N{RIGHT DOUBLE QUOTATION MARK} | \" ) (?= [ ] \p{Lu} )"
    ),
    # an opening double quotation mark
    "opener": r"(?: [\N{LEFT DOUBLE QUOTATION MARK}\"] | '' )",
}


#: The fragments that hold a language's words, each read from the pack's
#: field of that name (``${according_to}`` is built by :func:`language_fragments`).
LANGUAGE_FRAGMENT_FIELDS: Final = {
    # a pronoun that opens a clause of its own: no setting between a cue and "that" holds one
    # ("insisted she had never raised it with the mayor")
    "clause_subject": "CLAUSE_SUBJECT",
    # a word that introduces the source after a quotation, where the language has one
    "source_after_quote": "SOURCE_AFTER_QUOTE",
    # the words that open a clause after a setting and a comma
    "clause_openers": "CLAUSE_OPENERS",
    # a setting between a cue and its clause: the complementizer it leads to, the prepositions that open it
    "setting_complementizer": "SETTING_COMPLEMENTIZER",
    "place_prepositions": "PLACE_SETTING_PREPOSITIONS",
    # a clause of the narrator's own after reported speech: its conjunction, its first words
    "closing_joints": "CLOSING_JOINTS",
    "dash_joints": "DASH_JOINTS",
    "and_joint": "AND_JOINT",
    "and_pronouns": "AND_PRONOUNS",
    "closing_determiners": "CLOSING_DETERMINERS",
    "closing_non_subjects": "CLOSING_NON_SUBJECTS",
    # a short setting between a cue and a clause that opens with a pronoun
    "clause_setting_prepositions": "CLAUSE_SETTING_PREPOSITIONS",
    # "not just …, but …": a paired phrase a closing conjunction does not end
    "correlative_opener": "CORRELATIVE_OPENER",
}


def language_fragments(lang: Language) -> dict[str, str]:
    """The fragments that hold a language's words, from its pack."""
    fragments: dict[str, str] = {name: getattr(lang, field) for name, field in LANGUAGE_FRAGMENT_FIELDS.items()}
    # "according to" matched as one cue word
    fragments["according_to"] = rf"\b (?: {lang.ACCORDING_TO_PHRASE} ) \b"
    return fragments


def language_lists(lang: Language) -> dict[str, list[str]]:
    """The named lists the patterns match a language's words from."""
    return {
        "aux": sorted(lang.AUXILIARIES),
        "abbreviations": sorted(lang.ABBREVIATIONS),
        "claim_nouns": sorted(lang.CLAIM_NOUNS),
        "possessives": sorted(lang.POSSESSIVE_PRONOUNS),
        "programme_words": sorted(lang.PROGRAMME_WORDS),
        "work_nouns": sorted(lang.WORK_NOUNS),
    }


#: The fragments and named lists that hold a language's words: a pattern
#: that uses one is compiled once for each language it is used with.
LANGUAGE_BOUND: Final = regex.compile(
    r"\$\{(?:" + "|".join(("according_to", *LANGUAGE_FRAGMENT_FIELDS, "aux", "clause_char")) + r")\}|\\L<"
)


class ByLanguage(dict[Language, "regex.Pattern[str]"]):
    """A pattern that holds a language's words, compiled for each language on
    first use: ``PATTERN[doc.lang].match(...)`` (a dictionary lookup once compiled)."""

    def __init__(self, source: str, flags: int) -> None:
        super().__init__()
        self.source = source
        self.flags = flags

    def __missing__(self, lang: Language) -> regex.Pattern[str]:
        pattern = self[lang] = _compile(self.source, self.flags, lang)
        return pattern

    def __repr__(self) -> str:
        return f"ByLanguage({self.source!r})"


def _compile(source: str, flags: int, lang: Language | None) -> regex.Pattern[str]:
    fragments = FRAGMENTS if lang is None else FRAGMENTS | language_fragments(lang)
    lists: dict[str, Any] = {} if lang is None else language_lists(lang)
    return regex.compile(Template(source).substitute(fragments), regex.VERBOSE | flags, ignore_unused=True, **lists)


def compile_rule(pattern: str, flags: int = 0) -> Any:
    """Compile a VERBOSE pattern with its ``${fragments}`` and named lists:
    a :class:`ByLanguage` when it holds a language's words (``${aux}``,
    ``${clause_char}``, ``${according_to}``, a ``\\L<list>``), else a
    pattern compiled on first use (:class:`OnFirstUse`)."""
    if LANGUAGE_BOUND.search(pattern):
        return ByLanguage(pattern, flags)
    return OnFirstUse(pattern, lambda: _compile(pattern, flags, None))


#: The families of rules, one module each under :mod:`quotex.rules`: the
#: quotation then its attribution ("after"), the attribution then the quotation
#: ("before"), a quotation attributed with no cue word ("cueless"), a speaker
#: inherited from a quotation or paragraph nearby ("inheritance"), reported
#: speech ("reported"), and the rules of one language only, named by its
#: code (their package is :mod:`quotex.rules` plus the code: "en", "de").
Family = Literal["after", "before", "cueless", "inheritance", "reported", "en", "de"]


@dataclass(frozen=True, eq=False)
class Rule:
    """One attribution rule: its name (a quote's ``rule`` field), what it
    recognises (``quotex rules`` prints it), the family it belongs to, the
    function that applies it, and the patterns it matches with.

    A rule is compared by identity: the engine asks ``att.rule is SAME_PARAGRAPH``,
    never for a name spelled again.  A direct rule's handler takes the document
    and a quoted span and returns an :class:`~quotex.rules.document.Attribution`
    or None; the handlers of the other families are called by their pass with
    what that pass knows (see each module).
    """

    name: str
    description: str
    family: Family
    handler: Callable[..., Any]
    patterns: tuple[regex.Pattern[str] | ByLanguage, ...] = field(default=())
    #: The languages the rule reads (codes of :data:`quotex.lang.LANGUAGES`); None for all.
    languages: frozenset[str] | None = None

    def __repr__(self) -> str:
        return f"Rule({self.name!r})"


#: A word (letters and hyphens: "self-described" is one word, not a cue),
#: or "according to" as one unit.  The engine keeps the words in CUE_FORMS.
WORD_OR_ACCORDING: Final = compile_rule(r"${according_to} | [\p{L}\-]+")

#: A word as :data:`WORD_OR_ACCORDING` reads it (the cue scan reads the same
#: words with :func:`~quotex.rules.document.words_of`).
WORD: Final = regex.compile(r"[\p{L}\-]+")

#: A run of characters between white space: a word as written, the
#: punctuation on it included.
NONSPACE: Final = regex.compile(r"\S+")


#: "according to" as one cue (the language's phrase).
ACCORDING_TO: Final = compile_rule(r"${according_to}")


class Grammar:
    """The logic a language needs beyond the shared rules, as hooks the shared
    rules call at fixed points.  These defaults do nothing; a language's rules
    package subclasses it and registers an instance in :data:`GRAMMARS`
    (:mod:`quotex.rules.en`, :mod:`quotex.rules.de`)."""

    def clause_end_particle(self, lang: Language, text: str, end: int, word: str) -> int | None:
        """Where the particle of a cue word split from it ends, when it stands
        at the end of the clause rather than next to the verb; None if not."""
        return None

    def speaker_after_cue(self, doc: Any, cue: Any, word: str, mention: Any, until: int) -> Any:
        """The speaker of a cue that opens a quotation up to ``until``, given
        the ``mention`` found before it (which may be None)."""
        return mention

    #: Does the language put the verb second in its main clauses, after any
    #: phrase and before the subject ("On Monday said Merkel", word for word)?
    #: Then an inverted cue names no speaker after it by its order alone.
    verb_second: bool = False

    #: Does an "according to" phrase with no comma after it end the clause
    #: before it at the end of a sentence ("CLAUSE according to X.")?
    according_trails_clause: bool = False

    # -- a direct quotation's attribution (:mod:`quotex.rules.after`, :mod:`quotex.rules.before`)

    def per_source(self, text: str, q: Any, reach: int) -> Any:
        """A source after the quotation's closing mark that a preposition
        other than the language's "according to" names (', per Reuters'), as
        a match whose end is where the source starts; or None."""
        return None

    def noun_participle(self, doc: Any, lo: int, cue: Any) -> bool:
        """Is the cue a past participle modifying the noun before it, its object
        missing, and so not the clause's verb?"""
        return False

    def pronoun_before_aside(self, text: str, lo: int, end: int) -> Any:
        """A pronoun subject before a short aside set off by commas right before ``end``, or None."""
        return None

    def phrase_noun(self, text: str, before: int, cue: Any) -> bool:
        """Is ``cue`` a base form ending a prepositional phrase set off after
        an earlier cue, so a noun, not the cue of the quotation?"""
        return False

    # -- a quotation's speaker with no cue of its own (:mod:`quotex.rules.before`, :mod:`quotex.rules.inheritance`)

    def colon_speaker(self, doc: Any, colon: int, q: Any) -> Any:
        """Who speaks the quotation after ``colon`` when the clause before it
        has no subject the shared reading finds (a name acting, a document
        after "from"); or None."""
        return None

    def viewpoint_holder(self, doc: Any, lo: int, q: Any) -> Any:
        """Whose view a phrase right before the quotation names ("in his view,
        “…”"), as the mention and the phrase's span; or None."""
        return None

    def characterised_speaker(self, doc: Any, lo: int, q: Any) -> Any:
        """Who characterises with the quotation ("admires the mayor as a
        “true builder”"), as the mention and the cue's span; or None."""
        return None

    def goes_on_after_dash(self, doc: Any, q: Any) -> bool:
        """Does the quotation go on with its clause after a dash, in lower case?"""
        return False

    def after_opening_conjunction(self, doc: Any, q: Any) -> bool:
        """Is the quotation a whole sentence but for the conjunction that opens it ('But “…”')?"""
        return False

    def coordinated_absolute(self, doc: Any, lo: int, cue: Any) -> Any:
        """The subject of an absolute phrase coordinated after another, right
        before the participle cue ``cue`` ('… and Trump calling it “…”'), or None."""
        return None

    def participle_after_clause(self, doc: Any, lo: int, cue: Any) -> Any:
        """The subject of a subordinate or relative clause with a subject of its
        own that a participle cue follows after a comma ('…, when he named his
        deputy, calling …'), or None."""
        return None

    def coordinated_in_clause(self, doc: Any, lo: int, cue: Any) -> Any:
        """The subject of a subordinate or relative clause whose verb the cue
        is coordinated with ('…, when she raised the fares and then said'), or None."""
        return None

    def goes_on_quoting(self, doc: Any, q: Any) -> bool:
        """Do quoted words that end a short sentence go on quoting the sentence
        before, as a whole quotation would ('“…,” she said. It is “…”')?"""
        return False

    # -- a cue's speaker read backwards from the cue (:func:`~quotex.rules.reported.cue_speaker.cue_speaker`, in this order)

    def subject_before_cue(self, doc: Any, sent: Any, cue: Any) -> Any:
        """A subject before a cue that reports a clause, where the shared
        reading of the clause's subject finds none (one set off by commas,
        say), or None."""
        return None

    def relative_before_cue(self, doc: Any, sent: Any, cue: Any, subject: Any) -> Any:
        """The speaker when a relative pronoun right before the cue stands
        for it, in place of the ``subject`` read so far; else ``subject``."""
        return subject

    def participle_subject(self, doc: Any, sent: Any, cue: Any, word: str, subject: Any) -> Any:
        """The noun a participle cue ``word`` hangs on, or None."""
        return None

    def subject_across_quotation(self, doc: Any, sent: Any, cue: Any, word: str) -> Any:
        """The speaker of a cue with no subject in the part of a sentence after
        a quotation (the sentence's own subject, before it), or None."""
        return None

    def restricted_phrase(self, doc: Any, sent: Any, mention: Any, word: str) -> Any:
        """The speaker ``mention`` stands for (the phrase a restrictive
        relative pronoun restricts), else ``mention``."""
        return mention

    def no_speaker(self, doc: Any, sent: Any, mention: Any, cue: Any, word: str) -> bool:
        """Does ``mention``, read as the cue's speaker, name none (an object,
        a dummy subject, an event)?"""
        return False

    # -- what a cue reports, read forwards (:func:`~quotex.rules.reported.speech.reported_speech`)

    def headline_report(self, doc: Any, sent: Any) -> Any:
        """A headline's report at the start of ``sent`` ("Mayor Says We Must
        Act"), as its content, speaker and cue, or None."""
        return None

    def past_dateline(self, text: str, sent: Any) -> Any:
        """``sent`` without the dateline that opens its paragraph, if one does."""
        return sent

    def opening_report(self, doc: Any, sent: Any) -> Any:
        """A report that opens the sentence before its own subject (a
        participle's clause, a question asked), as its content, speaker, cue
        and where the sentence reads on; or None."""
        return None

    def object_labelled(self, text: str, lemma: str | None, end: int, sent_end: int) -> bool:
        """Does a cue give its object a label ("called the plan a fraud")?"""
        return False

    def passive_report(self, doc: Any, sent: Any, cue: Any) -> Any:
        """A passive cue's report with its agent as speaker ("as reported by
        the Gazette, …"), as content, agent and where to read on; or None."""
        return None

    def floating_quantifier_before(self, doc: Any, sent: Any, cue: Any) -> bool:
        """Is the word before the cue a quantifier floated off its subject
        ("Ruiz and Lee both | said"), not a determiner ("both said races")?"""
        return False

    def spoken_to(self, text: str, lo: int, start: int, end: int) -> bool:
        """Is the cue word at ``start`` a passive: spoken to, not speaking?"""
        return False

    def object_comma(self, text: str, comma: int, end: int) -> int:
        """The comma that ends a speech act's object, past an aside on the
        addressee; else ``comma``."""
        return comma

    def clause_extent(
        self, doc: Any, sent: Any, cue: Any, mention: Any, pos: int, content_end: int, object_speech: bool
    ) -> tuple[int, int | None]:
        """Where a clause reported from ``pos`` ends (before ``content_end``)
        and where the sentence reads on for a clause of its own (or None)."""
        return content_end, None

    def object_content(self, text: str, content: Any, min_words: int) -> Any:
        """A speech act's noun object without an adjunct after it that is not its own."""
        return content

    def leads_to_example(self, text: str, content: Any, sent_end: int) -> bool:
        """Does the report lead to a quoted example after it, not report it?"""
        return False

    def reports_no_words(self, lemma: str | None, words: list[str]) -> bool:
        """Does a cue that reports only a clause have an object here ("charged a fee")?"""
        return False

    def closes_subordinate(self, doc: Any, lo: int, cue: Any) -> bool:
        """Is the cue, right before a comma, the verb of a subordinate clause the
        comma closes ("when the count ends, | his aides argue …"), so that it
        reports nothing after the comma?"""
        return False

    def opens_phrase(self, word: str) -> bool:
        """Does a word (lower case) that opens a sentence open an introductory
        phrase set off by a comma, never its subject ("Absent a defense, …")?"""
        return False

    def opened_clause(self, doc: Any, cue: Any, word_end: int, pos: int, content: Any, words: list[str], first: str) -> tuple[bool, bool]:
        """Does a phrase open the reported clause before its subject, and is
        it a count?  By default, a prepositional phrase after a comma may open
        a verb-second clause ("said in the evening, in the old town are …",
        word for word)."""
        return doc.text[pos : pos + 1] == "," and first in current().PREPOSITIONS, False

    def short_answer(self, text: str, content: Any) -> Any:
        """A short answer reported after the cue ("said so"), or None."""
        return None

    def verb_opens_report(self, text: str, sent: Any, mention: Any, first: str, object_speech: bool) -> bool:
        """Does a finite verb open what the cue would report, so that the cue
        is a participle or a relative clause's verb?"""
        return False

    def relative_clause_report(self, doc: Any, sent: Any, mention: Any, cue_start: int, content: Any) -> Any:
        """Where :meth:`verb_opens_report` holds: the report of a relative
        clause with no relative word, as content and speaker, or None."""
        return None

    def reported_object(
        self, text: str, word: str, lemma: str | None, bare: bool, content: Any, first: str, clause_free: bool, min_words: int
    ) -> Any:
        """What a cue reports when its object may be no clause, or None when
        it reports no words ("claimed victory")."""
        return content

    def second_cue(self, doc: Any, content: Any) -> Any:
        """A second cue coordinated inside the report, which reports its own clause, or None."""
        return None

    def set_off_relative(self, text: str, lo: int, subject_start: int) -> int | None:
        """Where a relative clause set off inside the report opens, when the
        subject at ``subject_start`` and its cue are that clause's own ("…four
        dates, | which it had said were unacceptable"); None if not."""
        return None

    # -- "according to X" (:mod:`quotex.rules.reported.according`)

    def according_source(self, doc: Any, start: int, end: int, closed: bool) -> Any:
        """The source an according-to phrase names in ``doc.text[start:end]``
        when the mention reader finds none there (a name in quotation marks, a
        document such as "court records"), before the cue or after it;
        ``closed``: punctuation bounds the span at ``end``. Or None."""
        return None

    def after_mid_source(self, text: str, sent: Any, lead: str, before: Any, after: Any, apposition: bool) -> tuple[Any, bool]:
        """For an according-to phrase in mid-sentence: the whole sentence as
        the report when the phrase interrupts one clause (else None), and
        whether the words ``after`` the source are its apposition."""
        return None, apposition

    def count_opens(self, words: list[str]) -> bool:
        """Do ``words`` (after a word that opens no clause) open a count ("about 12 percent")?"""
        return False

    def clause_speaker(self, doc: Any, sent: Any, cue: Any, word_end: int, word: str, mention: Any) -> tuple[Any, int]:
        """The speaker of a cue that reports a clause, and where the clause
        may start, given the ``mention`` found before the cue."""
        return mention, cue.end

    def clause_after_setting(self, doc: Any, sent: Any, cue: Any, word: str, pos: int, object_speech: bool) -> int:
        """Where the clause a cue reports starts, read from ``pos`` past what
        the shared setting pattern does not read: by default
        :meth:`setting_end`'s, or ``pos``."""
        end = self.setting_end(doc, pos, sent.end, word)
        return pos if end is None else end

    def relative_after_setting(self, text: str, pos: int, start: int, end: int) -> int:
        """Where the reported clause starts when the setting the shared
        pattern read from ``pos`` to ``start`` ends before a relative clause
        on its noun ("said in a film | that showed …"): ``start`` by default."""
        return start

    def opening_phrase_only(self, text: str, content: Any, quoted: bool) -> bool:
        """Are the words before a mid-sentence attribution only an opening
        phrase ("Later in the evening, | Ruiz wrote: “…”"), not a clause?
        ``quoted``: a quotation follows the attribution."""
        return False

    def setting_end(self, doc: Any, pos: int, end: int, word: str) -> int | None:
        """The end of a setting between a cue and its clause that the shared
        patterns do not read ("said Tuesday" they do), or None."""
        return None

    def pronoun_after_cue(self, lang: Language, word: str) -> bool:
        """Is ``word`` after an inverted cue its subject pronoun ("…, said he")?"""
        return False

    def subject_may_open_after_quote(self, doc: Any, phrase_start: int, subject_start: int) -> bool:
        """May the speaker of a cue open the clause right after a quotation,
        before its verb ('“…” Kirby said')?  ``phrase_start`` is where the words
        after the quotation start, ``subject_start`` where the speaker does."""
        return True

    def closes_relative(self, doc: Any, q: Any) -> bool:
        """Does quotation ``q`` close a relative clause set off after the
        sentence's subject, so that a cue after it is the main clause's
        ('Dunmore, who calls Pell a “menace,” | said …')?"""
        return False

    def speaker_after_inverted_cue(self, doc: Any, cue_start: int, cue_end: int, mention: Any, until: int) -> Any:
        """The speaker of a cue after a quotation ("“…,” said Kirby"), given
        the ``mention`` read after the cue (which may be None)."""
        return mention


#: The grammar of each language, by code: a language's rules package
#: registers its own; others use :class:`Grammar`.
GRAMMARS: Final[dict[str, Grammar]] = {}
_PLAIN: Final = Grammar()


def grammar_of(lang: Language) -> Grammar:
    """The hooks of ``lang``'s own logic (none by default), its rules
    package imported on first ask (:func:`language_package`)."""
    grammar = GRAMMARS.get(lang.code)
    if grammar is None:
        language_package(lang.code)
        grammar = GRAMMARS.setdefault(lang.code, _PLAIN)
    return grammar


def language_package(code: str) -> ModuleType | None:
    """The rules package of the logic only language ``code`` needs (its
    :class:`~quotex.lang.Entry`; None when it needs none), imported on first
    ask: its import registers its grammar and defines its rules' ``TABLE``.
    A process that reads one language never loads another's logic (a
    seventh of the import); :func:`~quotex.lang.detect` needs only tables."""
    entry = LANGUAGES.get(code)
    return importlib.import_module(entry.rules) if entry is not None and entry.rules else None
