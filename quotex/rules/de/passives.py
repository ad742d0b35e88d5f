"""German: reported speech in the passive, its agent named by "von".

"Die Anwohner wurden von der Polizei aufgefordert, ihre Häuser zu
verlassen.", "Der Firma wird vom Verband vorgeworfen, die Regeln gebrochen zu
haben.", "Von Seiten der Kommission wurde gefordert, dass …"  The
participle of a speech verb ends its clause; the clause after its comma is
what was said, and the agent after "von", "vom" or "seitens", right before
the participle or opening the clause, is the speaker (rule
``passive_agent_report``).  A passive with no agent names no one and is
left: "Ihm wird vorgeworfen, …" says nothing of who did.
"""

from __future__ import annotations

from typing import Final

import regex

from quotex.lang import de
from quotex.lang.de.forms import PARTICIPLES
from quotex.rules.base import Rule
from quotex.rules.content import stands_alone, strip_content
from quotex.rules.de.clauses import PASSIVE_AUXILIARIES, PERFECT_AUXILIARIES, speaker_like
from quotex.rules.de.finds import indirect
from quotex.rules.document import Document, Found, FoundIndex, merged
from quotex.speakers import Mention, mention_after
from quotex.text import Span

#: The participles a passive report ends its clause with: the speech verbs',
#: and those of verbs that report a request or an order only in the passive
#: with a clause after them (:data:`quotex.lang.de.PASSIVE_REPORT_PARTICIPLES`).
_PARTICIPLES: Final = PARTICIPLES | de.PASSIVE_REPORT_PARTICIPLES

#: How many participles before a comma of one sentence are read before it is given up.
MAX_TRIES: Final = 6

#: A participle closing its clause before a comma, "worden" and a finite
#: auxiliary between them or not: "aufgefordert,", "vorgeworfen worden,",
#: "gefordert worden war,".
_CLOSING: Final = regex.compile(
    r"""
    (?<! [\p{L}\-] ) (?P<participle> \p{Ll}{4,30} )
    (?: [ \t\u00a0]+ worden )? (?: [ \t\u00a0]+ (?: ist | war | sei | sind | waren ) )?
    [ \t\u00a0]* (?P<comma> , )
    """,
    regex.VERBOSE,
)
#: The auxiliaries of a passive, "worden" with "sein" among them.
_PASSIVE: Final = regex.compile(r"(?<![\p{L}\-])(?:" + "|".join(sorted(PASSIVE_AUXILIARIES)) + r")(?![\p{L}\-])")
#: "von" / "vom" / "seitens" / "von Seiten" before the agent.
_AGENT: Final = regex.compile(r"(?<![\p{L}\-])(?:[Vv]on[ \t\u00a0]+Seiten|[Vv]onseiten|[Ss]eitens|[Vv]on|[Vv]om)[ \t\u00a0]+")
#: Where a clause starts: after a comma, a semicolon, a colon or a dash between spaces.
_CLAUSE_MARK: Final = regex.compile(r"[,;:]|[ \t\u00a0][\N{EN DASH}\N{EM DASH}-][ \t\u00a0]")
#: An infinitive with "zu": "zu verlassen", "abzulehnen".
_INFINITIVE: Final = regex.compile(r"(?<![\p{L}\-])(?:zu[ \t\u00a0]+\p{Ll}+en|\p{Ll}+zu\p{Ll}+en)(?![\p{L}\-])")


#: The finite auxiliary after an agent that opens its clause: "Von X | wurde", "Von X | war … worden".
_FINITE: Final = regex.compile(r"(?<![\p{L}\-])(?:" + "|".join(sorted(PASSIVE_AUXILIARIES | PERFECT_AUXILIARIES)) + r")(?![\p{L}\-])")


#: Nouns after "von" that name a time, not an agent: "wurde von Anfang an gefordert".
_NOT_AGENTS: Final = frozenset("anfang beginn mal".split())


def _agent(doc: Document, clause: Span, participle: int) -> Mention | None:
    """The agent of the passive: after "von" right before the participle
    ("wurde die Stadt vom Verband aufgefordert"), or opening the clause
    before the auxiliary ("Von der Opposition wurde kritisiert")."""
    text = doc.text
    candidates = [m for m in _AGENT.finditer(text, clause.start, participle)]
    for m in reversed(candidates):
        finite = _FINITE.search(text, m.end(), participle) if m.start() == clause.start else None
        fronted = finite is not None
        mention = mention_after(text, m.end(), finite.start() if finite is not None else participle)
        if mention is None or mention.pronoun is not None:
            continue
        if not fronted and text[mention.end : participle].strip():
            continue  # "die Zahl von Opfern … genannt": no agent right before the participle
        words = mention.text.split()
        named = words[0][:1].isupper() or words[0].lower() in doc.lang.DETERMINERS or words[-1][:1].isupper()
        if named and words[-1].lower() not in _NOT_AGENTS and (speaker_like(doc, mention) or words[-1][:1].isupper()):
            return mention  # "von israelischen Behörden", "Von Seiten der Delegation", "Von deutscher Seite wurde gefordert"
    return None


def _content_clause(doc: Document, start: int, end: int) -> bool:
    """Does what follows the comma report something: "dass …", "ob …", an
    infinitive with "zu", a clause in the subjunctive?"""
    text = doc.text
    words = text[start:end].split()
    if not words:
        return False
    if words[0].lower() in de.GOVERNED_CLAUSE_WORDS:
        return True
    stop = _CLAUSE_MARK.search(text, start, end)
    if _INFINITIVE.search(text, start, stop.start() if stop is not None else end) is not None:
        return True
    return any(w.strip(",.;:").lower() in _REPORTING_VERBS for w in words[:8])


#: Verbs in the subjunctive, and "sollte(n)", that make a clause after the comma reported: "…, die Frist solle gelten".
_REPORTING_VERBS: Final = de.SUBJUNCTIVE_FORMS | de.RUNNING_SUBJUNCTIVES | frozenset({"sollte", "sollten"})


def _closings(doc: Document, sent: Span) -> list[regex.Match[str]]:
    """The matches of :data:`_CLOSING` in a sentence, tried only where one of
    :data:`_PARTICIPLES` starts as a whole word
    (:meth:`~quotex.rules.document.Document.word_starts`), not at each of its
    letters; scanned when the sentence ends inside a word."""
    starts = doc.word_starts(_PARTICIPLES, sent.start, sent.end)
    if starts is None:
        return list(_CLOSING.finditer(doc.text, sent.start, sent.end))
    return [m for at in starts if (m := _CLOSING.match(doc.text, at, sent.end)) is not None]


def passive_reports(doc: Document, found: list[Found]) -> list[Found]:
    """Sentences whose passive speech verb names its agent: the clause after
    the participle's comma is the content, the agent the speaker."""
    text = doc.text
    index = FoundIndex(found)
    found = index.found
    added: list[Found] = []
    dropped: set[int] = set()
    for sent in doc.sentences():
        closings = _closings(doc, sent)
        if not closings or _AGENT.search(text, sent.start, sent.end) is None or doc.inside_quote(sent.start):
            continue
        clause_start, tries = sent.start, 0
        for m in closings:
            if m.group("participle") not in _PARTICIPLES or doc.inside_quote(m.start()):
                continue
            tries += 1
            if tries > MAX_TRIES:
                break  # each reading scans its clause and what follows: a bound keeps hostile text linear
            for mark in _CLAUSE_MARK.finditer(text, clause_start, m.start()):
                clause_start = mark.end()
            clause = Span(clause_start, m.start())
            while clause.start < clause.end and text[clause.start] in " \t\u00a0":
                clause = Span(clause.start + 1, clause.end)
            aux = _PASSIVE.search(text, clause.start, m.end())  # "wurde … aufgefordert", "war … vorgeworfen worden"
            if aux is None:
                continue
            if any(w.lower() in de.CONTENT_CLAUSE_WORDS or w.lower() in de.SUBORDINATORS for w in text[clause.start : m.start()].split()):
                continue  # "Von X wird gesprochen und dass Y behauptet, …": another clause's verb
            mention = _agent(doc, clause, m.start("participle"))
            comma = m.end("comma")
            if mention is None or not _content_clause(doc, comma, sent.end):
                continue
            content = strip_content(text, comma, sent.end)
            if not stands_alone(doc, content):
                continue
            mine = index.starting_in(sent.start, sent.end)
            # what a shared rule read after this participle, with a speaker from its own clause, gives way
            theirs = {
                id(f) for f in mine if f.type == "indirect" and f.start >= comma and clause.start <= f.attribution.mention.start < comma
            }
            if any(content.start < f.end and f.start < content.end and id(f) not in theirs for f in mine):
                continue
            dropped |= theirs
            cue = Span(m.start("participle"), m.end("participle"))
            added.append(indirect(doc, sent, content, mention, cue, PASSIVE_AGENT_REPORT))
            break
    return merged(found, added, dropped)


PASSIVE_AGENT_REPORT: Final = Rule(
    name="passive_agent_report",
    description="Die Anwohner wurden von der Polizei aufgefordert, zu gehen.: German, a passive report, its agent the speaker",
    family="de",
    handler=passive_reports,
    languages=frozenset({"de"}),
)
