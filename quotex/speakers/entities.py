"""Speaker entities: every mention of one speaker in a document, as one.

The engine resolves each quote's speaker mention on its own ("he" -> the
latest man, "Kirby" -> "John Kirby").  :func:`assemble` then gathers the
mentions of one speaker into an :class:`Entity` with a stable id (``s1``,
``s2``… in order of first quote), one canonical name (the fullest proper
name in the document, no honorific, no title), one role (the most specific
one the text gives, cleaned of ages, clauses and settings), one kind and a
gender taken only from evidence in the text:

- a courtesy title before the name ("Mr Lau", "Ms. Lopez");
- a gendered role noun ("spokeswoman", "chairman", "actress");
- a pronoun ("he", "she") the engine resolved to the speaker.

A first name alone is no evidence.  Descriptions ("the spokesman", "the
firm's chief executive") become the named person the text gives that role;
"the company", "it" and acronyms ("ZTL") the organisation named in full.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Final

import regex

from quotex.lang import current
from quotex.model import Gender, SpeakerKind
from quotex.speakers.classify import word_occurrences
from quotex.speakers.gender import gender_of
from quotex.speakers.mentions import mention_before
from quotex.speakers.offices import role_matches, same_office
from quotex.speakers.offices import words as _words
from quotex.speakers.resolve import Resolver, opens_clause
from quotex.speakers.roles import clean_role, is_role_noun, role_after, role_before
from quotex.speakers.tokens import Mention, possessive_stem
from quotex.text import Span, paragraphs
from quotex.text import sentences as split_sentences

#: "Full Name (ACR)": an acronym introduced in brackets after its name.
ACRONYM_INTRO: Final = regex.compile(r"\((?P<acr>\p{Lu}[\p{Lu}\p{N}&]{1,9})\)")
#: A relative clause that keeps a source unnamed: ", who asked not to be named,".
UNNAMED: Final = regex.compile(r",?[\ \u00a0]who[\ \u00a0][^,.;\n]{0,40}?\b(?:named|identified|anonymity|anonymous)\b", regex.IGNORECASE)
#: A participle opening a sentence before a name: "Prosecuting, Mark Dean said".
COUNSEL_SIDE: Final = regex.compile(r"(?:^|(?<=[.!?\n]\s?))\s*(\p{Lu}\p{Ll}{3,20}ing)\Z", regex.MULTILINE)
#: A bracketed acronym after a name; a pronoun that opens a sentence; a lowercase word.
ACRONYM_AFTER: Final = regex.compile(r"\s*\([^()]{1,12}\)\s*\Z")
LOWER_WORD: Final = regex.compile(r"\p{Ll}+")


@dataclass
class Entity:
    """One speaker of a document, with what every mention of it shares."""

    id: str
    name: str
    kind: SpeakerKind
    role: str | None = None
    gender: Gender | None = None
    author: str | None = None
    mentions: list[Mention] = field(default_factory=list)


def acronyms(text: str) -> dict[str, str]:
    """Acronyms introduced after their name: "Harbour City Police Force (HCPF)" -> {"HCPF": …}."""
    found: dict[str, str] = {}
    L = current()
    glue = L.NAME_GLUE
    for m in ACRONYM_INTRO.finditer(text):
        acr = m.group("acr")
        words = text[max(0, m.start() - 160) : m.start()].split()
        run: list[str] = []
        for w in reversed(words):
            bare = w.strip(",;:")
            if bare != w and run:
                break
            if bare[:1].isupper() or (run and bare.lower() in glue and bare.islower()):
                run.insert(0, bare)
                continue
            break
        while run and (run[0].lower() in glue or run[0].lower() in L.INDEFINITE_ARTICLES):
            run = run[1:]
        if not run:
            continue
        initials = "".join(w[0] for w in run if w[:1].isupper())
        # the longest tail of the run whose initials spell the acronym, else the whole run
        for k in range(len(run)):
            tail = [w for w in run[k:] if w[:1].isupper()]
            if "".join(w[0] for w in tail).upper() == acr.upper():
                run = run[k:]
                break
        else:
            if not initials:
                continue
        found.setdefault(acr, " ".join(run))
    return found


def _strip_acronym(name: str) -> str:
    """ "The Upland Beekeepers' Association (UBA)" -> "Upland Beekeepers' Association"."""
    name = ACRONYM_AFTER.sub("", name)
    words = name.split()
    if len(words) > 1 and words[0].lower() in current().ARTICLES and words[1][:1].isupper():
        name = " ".join(words[1:])
    return name


class _Facts:
    """What the whole text says about people, read once per document."""

    def __init__(self, text: str, resolver: Resolver, sentences: Sequence[Span] | None = None) -> None:
        self.text = text
        self.resolver = resolver
        self.acronyms = acronyms(text)
        self.courtesy = resolver.courtesy
        self._roles: dict[str, list[tuple[int, str]]] = {}
        self._span_roles: dict[int, list[tuple[int, str]]] = {}
        self._spans: dict[str, list[int]] | None = None
        self._span_ends = [e for _, e, _ in resolver.spans]
        self._occurrences: dict[str, list[tuple[int, int]]] | None = None
        self._next_other: list[int] | None = None
        self._orgs: list[tuple[int, str]] | None = None
        self._sentences = (
            list(sentences) if sentences is not None else [s for para in paragraphs(text) for s in split_sentences(text, para)]
        )
        self._sentence_starts = [s.start for s in self._sentences]

    def sentence_at(self, pos: int) -> Span:
        """The sentence holding ``pos`` (the text's own splitter: "U.S. diplomats" is one sentence)."""
        i = bisect.bisect_right(self._sentence_starts, pos) - 1
        return self._sentences[i] if i >= 0 else Span(0, len(self.text))

    def organisations(self) -> list[tuple[int, str]]:
        """Organisations the text names, with where: "QMP Holdings", acronyms' full names."""
        if self._orgs is None:
            self._orgs = []
            resolver = self.resolver
            found = (
                resolver.org_matches if self.text == resolver.text else [(m.start(), m.group()) for m in resolver.ORG.finditer(self.text)]
            )
            L = current()
            for start, match in found:
                words = match.split()
                while words and (words[0].lower() in L.ENTITY_ARTICLES or words[0].isupper() and ("-" in words[0] or len(words[0]) > 6)):
                    words = words[1:]  # "The", "MAINBOARD-LISTED"
                if words and words[-1].lower() in L.CORPORATE_ABBREVIATIONS:
                    words[-1] = words[-1][:-1]  # "Brightwater Foods Inc.": the abbreviation's period, not the sentence's
                if len(words) > 1 and possessive_stem(words[-1].lower()) in L.ORGANIZATION_HEADS:
                    self._orgs.append((start, " ".join(words)))
            for acr, full in self.acronyms.items():
                self._orgs.extend((at, full) for at in word_occurrences(self.text, acr))
            self._orgs.sort()
        return self._orgs

    def next_other_name(self, pos: int, name: str) -> int:
        """Where the first name other than ``name`` after ``pos`` starts (the end of the text if none)."""
        names = self.resolver.names
        if self._next_other is None:
            # for each name occurrence, the index of the next occurrence of a different name
            self._next_other = [len(names)] * len(names)
            for i in range(len(names) - 2, -1, -1):
                self._next_other[i] = i + 1 if names[i + 1][1] != names[i][1] else self._next_other[i + 1]
        i = bisect.bisect_right(names, (pos, "\uffff"))
        if i < len(names) and names[i][1] == name:
            i = self._next_other[i]
        return names[i][0] if i < len(names) else len(self.text)

    def _spans_of(self, name: str) -> list[int]:
        """Where the text writes a person's name in full (or with a title), in
        order: indexes into the resolver's spans."""
        if self._spans is None:
            self._spans = {}
            for i, (_, _, full) in enumerate(self.resolver.spans):
                self._spans.setdefault(full, []).append(i)
        return self._spans.get(name, [])

    def occurrences_of(self, name: str) -> list[tuple[int, int]]:
        """Where the text writes a person's name, in full or the surname alone, in order."""
        if self._occurrences is None:
            self._occurrences = {}
            for s, e, full in self.resolver.occurrences:
                self._occurrences.setdefault(full, []).append((s, e))
        return self._occurrences.get(name, [])

    def roles_before(self, pos: int, reach: int) -> Iterator[tuple[int, str, str]]:
        """The roles the text gives named people before ``pos`` and no further
        back than ``pos - reach``, as (where, role, name), latest first: each
        name's roles are read only when a description reaches back to it."""
        spans = self.resolver.spans
        for i in range(bisect.bisect_left(spans, (pos,)) - 1, -1, -1):
            if spans[i][1] <= pos - reach:
                return  # a role sits inside its name's span: this name and all before it are out of reach
            for at, role in sorted(self._roles_of_span(i), reverse=True):
                if at < pos - reach:
                    return
                if at < pos:
                    yield at, role, spans[i][2]

    def roles_after(self, pos: int, reach: int) -> Iterator[tuple[int, str, str]]:
        """The roles the text gives named people after ``pos`` and before
        ``pos + reach``, as (where, role, name), in text order."""
        spans = self.resolver.spans
        for i in range(bisect.bisect_right(self._span_ends, pos), len(spans)):
            if spans[i][0] >= pos + reach:
                return
            for at, role in sorted(self._roles_of_span(i)):
                if at >= pos + reach:
                    return
                if (at, role, spans[i][2]) > (pos, "\uffff"):
                    yield at, role, spans[i][2]

    def roles_of(self, name: str) -> list[tuple[int, str]]:
        """Roles the text gives one named person, with where, read on first use."""
        if name not in self._roles:
            self._roles[name] = [found for i in self._spans_of(name) for found in self._roles_of_span(i)]
        return self._roles[name]

    def _roles_of_span(self, i: int) -> list[tuple[int, str]]:
        """Roles the text gives the person at the resolver's ``i``-th name span, with where."""
        if i not in self._span_roles:
            s, e, name = self.resolver.spans[i]
            first = name.split()[0]
            # the name without a title the match began with ("Mr Obiora", "Leader of Opposition Kiran Sandhu")
            at = self.text.find(first + " ", s, e) if " " in name else -1
            if at > s:
                s = at
            else:
                address = current().FORMS_OF_ADDRESS
                while s < e and self.text[s:e].split(" ", 1)[0].rstrip(".").lower() in address and " " in self.text[s:e]:
                    s += self.text[s:e].index(" ") + 1
            self._span_roles[i] = [(s, role) for role in self._roles_at(s, e)]
        return self._span_roles[i]

    def _roles_at(self, start: int, end: int) -> list[str]:
        text = self.text
        found = [role_before(text, start), role_after(text, end)]
        # "the role, Name," / "Her deputy, Mr Colm Hart,"
        if text[max(0, start - 2) : start] == ", ":
            found.append(role_before(text, start - 2))
            # "Prosecuting, Mark Dean said": counsel's side in court, opening the sentence
            side = COUNSEL_SIDE.search(text, max(0, start - 40), start - 2)
            if side is not None:
                found.append(side.group(1).lower())
        return [r for r in found if r]


def _is_description(m: Mention, known: dict[str, str] | None = None) -> bool:
    """A person mention with no proper name: "the spokesman", "Singer", and
    "the Dutchman" (one capitalised word after "the" that names nobody in
    ``known``, the document's names by word)."""
    if m.kind != "person" or m.pronoun is not None and m.name == m.text:
        return False
    words = m.name.split()
    if not words:
        return False
    if not m.name[:1].isupper() or words[0].lower() in current().DETERMINERS:
        return True  # "the spokesman", "die Ministerin"
    if len(words) == 1 and known is not None and m.text.lower().startswith("the ") and words[0].lower() not in known:
        return True
    return len(words) == 1 and words[0].lower() in current().PEOPLE_HEADS


def _head(m: Mention) -> str:
    """The head noun of a description: its last word before a preposition ("director" of
    "the Group Managing Director for Tidewater Bank")."""
    return _head_of(m.name)


def _head_of(phrase: str) -> str:
    """The head noun of a description or role, as :func:`_head` reads it."""
    words: list[str] = []
    prepositions = current().HEAD_PREPOSITIONS
    for w in _words(phrase):
        if words and w in prepositions:
            break
        words.append(w)
    return possessive_stem(words[-1]) if words else ""


def assemble(text: str, resolver: Resolver, mentions: Sequence[Mention], sentences: Sequence[Span] | None = None) -> list[Entity]:
    """The entity of each resolved mention, in the order given (one a quote);
    ``sentences`` are the text's sentences in order, when already split."""
    facts = _Facts(text, resolver, sentences)
    L = current()
    canonical: list[tuple[SpeakerKind, str, Mention]] = []
    orgs_seen: list[tuple[int, str]] = []  # named organisations, by position
    docs_seen: list[tuple[str, int, str]] = []  # (head noun, position, canonical name) of documents
    people_roles: list[tuple[int, str, str]] = []  # (position, role, name) of speakers
    named: list[tuple[int, str]] | None = None  # read when a description needs it
    anonymous: list[tuple[str, str]] = []  # (head noun, name) of unnamed sources
    for m in mentions:
        kind: SpeakerKind = m.kind
        name = m.name
        if kind == "person" and name.isupper() and len(name) > 1 and " " not in name:
            kind = "organization"  # "HCPF", "PRTV": an acronym, not a person
        if kind == "person" and _is_description(m, resolver.by_token) and UNNAMED.match(text, m.end):
            kind = "anonymous"  # "The band's manager, who did not want to be named, said"
        elif kind == "person" and _is_description(m, resolver.by_token):
            holder = _describe(facts, m, people_roles)
            if holder is None and _varies_a_name(m):
                named = _named_people(facts, mentions) if named is None else named
                holder = _topic(m, [(pos, n) for pos, n in named if not _intermediary(facts, n, m.start)])
            if holder is not None:
                name = holder
            else:
                # "A spokesman for the ministry said … the spokesman added": the same unnamed source
                head = _head(m)
                source = next((n for h, n in reversed(anonymous[-LOOKBACK:]) if same_office(h, head)), None)
                # "… the spokesman added"; "She added" when the pronoun was resolved to the unnamed source
                if source is not None and (m.text.split()[0].lower() in L.ARTICLES or m.pronoun is not None and source == name):
                    kind, name = "anonymous", source
        elif kind == "anonymous":
            anonymous.append((_head(m), name))
        elif kind == "person" and m.pronoun is None and name[:1].isupper():
            for role in [m.role] if m.role else []:
                people_roles.append((m.start, role, name))
        if kind == "organization":
            name = _organisation(facts, m, name, orgs_seen)
        if kind == "document":
            head = _head(m)
            definite = m.text.split()[0].lower() in L.DEFINITE_REFERENCES
            earlier = next((n for h, _, n in reversed(docs_seen[-LOOKBACK:]) if h == head), None)
            if earlier is None and definite:
                # "51 U.S. diplomats sent a letter … The memo called for …": the document just mentioned
                earlier = next((n for _, pos, n in reversed(docs_seen[-1:]) if m.start - pos < TOPIC_REACH), None)
            if earlier is not None and definite:
                name = earlier
            else:
                docs_seen.append((head, m.start, name))
        canonical.append((kind, name, m))
    entities: dict[tuple[str, str], Entity] = {}
    out: list[Entity] = []
    for kind, name, m in canonical:
        key = ("person" if kind == "person" else kind, _norm(name))
        entity = entities.get(key)
        if entity is None:
            entity = entities[key] = Entity(f"s{len(entities) + 1}", name, kind)
        entity.mentions.append(m)
        out.append(entity)
    for entity in entities.values():
        _finish(facts, entity)
    return out


def _norm(name: str) -> str:
    words = _words(name)
    L = current()
    while words and (words[0] in L.ENTITY_ARTICLES or words[0] in L.COURTESY_GENDER):
        words = words[1:]
    return " ".join(words)


def _describe(facts: _Facts, m: Mention, people_roles: list[tuple[int, str, str]]) -> str | None:
    """The named person a description stands for: the latest one the text gives that role."""
    head = _head(m)
    if not head:
        return None
    best: tuple[int, str] | None = None
    for pos, role, name in reversed(people_roles[-LOOKBACK:]):
        if pos < m.start and role_matches(head, role, m.text):
            best = (pos, name)
            break
    # the latest role holder within reach before the description
    for pos, role, name in facts.roles_before(m.start, DESCRIPTION_REACH):
        if best is not None and pos < best[0]:
            break
        if role_matches(head, role, m.text):
            best = (pos, name)
            break
    if best is None and m.text.split()[0].lower() in current().LEAD_DETERMINERS:
        # a lead that names the person later: "…, a judge has ruled. Judge Marion Veale said …", "…, its director
        # has said. Director Ada Fell said …"
        for _, role, name in facts.roles_after(m.end, 400):
            if role_matches(head, role, m.text):
                return name
    return None if best is None else best[1]


#: How far back a description looks for the holder of its role, and how many
#: earlier speakers it reads: bounds the work per mention in a long document.
DESCRIPTION_REACH: Final = 5000
LOOKBACK: Final = 100
#: How far back (or, failing that, ahead) a definite description looks for the person it stands for.
TOPIC_REACH: Final = 600


def _named_people(facts: _Facts, mentions: Sequence[Mention]) -> list[tuple[int, str]]:
    """Where named people speak or open a clause as its subject, in text order:
    the candidates a description such as "the actress" stands for."""
    people = [(m.start, m.name) for m in mentions if m.kind == "person" and m.pronoun is None and not _is_description(m)]
    people += facts.resolver.subjects
    # a name of one word ("Ottilie") that opens a clause elsewhere
    for one in {n for _, n in people if " " not in n and n[:1].isupper()}:
        for at in word_occurrences(facts.text, one):
            if opens_clause(facts.text, at, at + len(one)) and not (facts.resolver.inside_quote and facts.resolver.inside_quote(at)):
                people.append((at, one))
    return sorted(set(people))


def _varies_a_name(m: Mention) -> bool:
    """Is the mention a definite description of a person ("the actress", "Singer"),
    of the kind news writing uses for someone just named?"""
    words = m.text.split()
    if not words or m.text.isupper() or words[0].lower() in current().INDEFINITE:
        return False  # "a judge": someone new; "MODERATOR": a transcript label
    head = _head(m)
    L = current()
    intermediary = head in L.INTERMEDIARIES or head in L.ANONYMOUS_HEADS and head not in L.VARYING_SOURCES
    return is_role_noun(head) and not intermediary


def _intermediary(facts: _Facts, name: str, before: int) -> bool:
    """Has the text given the person a role that brings in someone else ("prosecutor Ada Vane"),
    so that a description of another role ("the prisoner") cannot vary that name?"""
    intermediaries = current().INTERMEDIARIES
    return any(pos < before and _head_of(role) in intermediaries for pos, role in facts.roles_of(name))


def _topic(m: Mention, named: list[tuple[int, str]]) -> str | None:
    """The person a definite description with no named holder stands for: the
    latest named person before it, as news writing varies a name ("Montaño, 44,
    talked … The actress confessed")."""
    i = bisect.bisect_left(named, (m.start,)) - 1
    return named[i][1] if i >= 0 and named[i][0] > m.start - TOPIC_REACH else None


def _organisation(facts: _Facts, m: Mention, name: str, seen: list[tuple[int, str]]) -> str:
    """The full name of an organisation mention: acronyms expanded, "the company" and "it" resolved."""
    bare = _strip_acronym(name)
    if bare in facts.acronyms:
        bare = facts.acronyms[bare]
    words = _words(bare)
    L = current()
    proper = [w for w in bare.split()[1 if words and words[0] in L.ENTITY_ARTICLES else 0 :] if w[:1].isupper()]
    unresolved = m.pronoun is not None and m.name.lower() == m.text.lower()  # "It said", the resolver found no antecedent
    described = unresolved or (len(words) <= 3 and bool(words) and words[-1] in L.ORG_DESCRIPTIONS and not proper)
    if described:
        speakers = [(pos, n) for pos, n in seen[-LOOKBACK:] if pos < m.start]
        if unresolved and speakers:
            return speakers[-1][1]  # "It said": the organisation quoted last
        orgs = facts.organisations()
        named = speakers + orgs[max(0, bisect.bisect_left(orgs, (m.start,)) - LOOKBACK) : bisect.bisect_left(orgs, (m.start,))]
        family = L.ORG_FAMILIES.get(words[-1]) if words else None
        if family:
            named = [(pos, n) for pos, n in named if family & set(_words(n))]
        if not unresolved:
            # an outlet for "the newspaper", none for "the utility"
            media = not L.MEDIA_DESCRIPTIONS.isdisjoint(words)
            named = [(pos, n) for pos, n in named if (_words(n)[-1:] and _words(n)[-1] in L.MEDIA_NAME_HEADS) == media]
        if named:
            return max(named)[1]
        if not unresolved and not media:
            return _owner_word(facts, m.start) or bare  # "Veranta's shot … The company said"
        return bare
    if any(w[:1].isupper() for w in bare.split()[1 if words and words[0] in L.ENTITY_ARTICLES else 0 :]):
        seen.append((m.start, bare))
    return bare


#: A capitalised word of one that owns something: "Veranta's shot", "Brightwell’s plan".
OWNER_WORD: Final = regex.compile(r"(?<![\p{L}\p{N}\-])(\p{Lu}\p{Ll}{2,30}+)['\N{RIGHT SINGLE QUOTATION MARK}]s(?![\p{L}])")


def _owner_word(facts: _Facts, before: int) -> str | None:
    """The organisation a description ("the company") stands for when the text named none in
    several words: the latest one-word name before it that owns something ("Veranta's shot")
    and is written at least twice, and is no person's name, first name or place."""
    L = current()
    text = facts.text
    start = max(0, before - DESCRIPTION_REACH)
    for m in reversed(list(OWNER_WORD.finditer(text, start, before))):
        word = m.group(1)
        low = word.lower()
        if (
            low in facts.resolver.by_token
            or low in facts.courtesy  # "Mr. Ackman's firm"
            or low in L.NOT_NAMES
            or low in L.PLACES
            or low in L.US_STATES
            or low in L.MALE_NAMES
            or low in L.FEMALE_NAMES
            or low in L.NOUN_HEADS
        ):
            continue
        if len(word_occurrences(text[start:before], word)) >= 2:
            return word
    return None


def _finish(facts: _Facts, entity: Entity) -> None:
    """The entity's role, gender and author, from all its mentions and the text."""
    if entity.kind != "person":
        entity.role = None
    else:
        placed = [(m.start, clean_role(m.role)) for m in entity.mentions if m.role]
        placed += facts.roles_of(entity.name)
        # the most specific role: the one of most words, the first given among equals
        ranked = sorted(((pos, r) for pos, r in placed if r and not _party(r)), key=lambda pr: (-len(_words(pr[1])), pr[0]))
        roles = [r for _, r in ranked]
        entity.role = roles[0] if roles else None
        entity.gender = gender_of(facts, entity, roles)
    if entity.kind == "anonymous":
        entity.gender = gender_of(facts, entity, [m.text for m in entity.mentions])
    if entity.kind == "document":
        entity.author = next((a for a in (_author(facts, m) for m in entity.mentions) if a), None)


def _party(role: str) -> bool:
    """Is the role only a party's place in a case ("defendant", "the accused"), or such a word after a name, where
    it is a verb ("Ada Vane accused" before the name of the one she accused)?  Not "former political prisoner"."""
    L = current()
    written = [w for w in role.split() if w.lower() not in L.ENTITY_ARTICLES]
    if not written or written[-1].lower() not in L.PARTIES:
        return False
    return len(written) == 1 or written[-2][:1].isupper()


def _author(facts: _Facts, m: Mention) -> str | None:
    """Who wrote a document that speaks: the name inside its noun phrase ("a
    Daily Ledger report", "Reuters' report"), or the subject of the verb it is
    the object of ("51 U.S. diplomats sent a letter", "Ewan Tarlow replied
    by filing a formal objection")."""
    text = facts.text
    words = m.text.split()
    L = current()
    if len(words) >= 2:
        first = words[0].lower()
        inner = words[1:-1] if first in L.ENTITY_ARTICLES or first in L.DEFINITE_REFERENCES else words[:-1]
        proper = [w for w in inner if w[:1].isupper() or w[:1].isdigit() and any(c.isalpha() for c in w)]
        if proper and len(proper) == len(inner):
            return possessive_stem(" ".join(inner)) if inner[-1].endswith(("'s", "\N{RIGHT SINGLE QUOTATION MARK}s")) else " ".join(inner)
    sentence = facts.sentence_at(m.start).start
    pos = m.start
    for _ in range(4):
        before = [w for w in LOWER_WORD.finditer(text, max(sentence, pos - 40), pos)][-1:]
        if not before or before[0].end() != pos - 1 or text[pos - 1] not in " \u00a0":
            break
        if before[0].group() in L.ACCORDING_TO_STARTS:
            break  # "Ada Holm, who won 12, according to a count": "according to" is no verb Holm did
        pos = before[0].start()
        subject = mention_before(text, sentence, pos)
        if subject is not None and subject.kind in ("person", "organization", "group") and subject.pronoun is None:
            if subject.kind == "person" and subject.name[:1].isupper():
                return facts.resolver.full_name(subject.name)
            return _strip_acronym(subject.name)
    return None
