"""The named attribution rules and their regular expressions.

Every quote quotex reports names the rule that attributed it (its ``rule``
field); this module is the registry of those names, with a one-line
description each (``quotex rules`` prints it).  Patterns are VERBOSE, built
from the named fragments below (``${name}`` in a pattern), take short word
tables as named lists (``\\L<aux>``), and use bounded quantifiers only, so
that a run over hostile input stays linear.  A cue word stands in a pattern
as ``${cue_slot}``, any word, and the handler checks it against
:data:`CUE_WORDS` or fits the pattern to each cue word of the document's cue
index in turn: an alternation of 1,200 forms costs 50 ms to compile in each
pattern and more to match.  The handlers that apply them live in
:mod:`quotex.engine`.
"""

from __future__ import annotations

from string import Template
from typing import Any, Final

import regex

from quotex import cues, german, lexicon
from quotex.text import ABBREVIATIONS

#: Named fragments shared by the patterns.
FRAGMENTS: Final[dict[str, str]] = {
    # horizontal space, a few characters at most
    "sp": r"[ \t\u00a0]",
    "dash": r"[\N{EM DASH}\N{EN DASH}]",
    # a cue word from a named list, not inside a longer word
    # a word where a cue may stand; the engine checks it against CUE_WORDS
    "cue_slot": r"(?<![\p{L}\-]) [\p{L}\-]{1,30} (?![\p{L}\-])",
    "aux": r"(?<![\p{L}\-]) \L<aux> (?![\p{L}\-])",
    "according_to": r"\b (?: [Aa]ccording [ \t\u00a0]{1,3} to | [Nn]ach [ \t\u00a0]{1,3} (?: Angaben | Aussagen? ) ) \b",
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
    # a pronoun that opens a clause of its own: no setting between a cue and "that" holds one
    # ("insisted she hadn’t discussed that with Clinton")
    "clause_subject": r"(?i: he | she | they | we | i | it | you ) (?! [\p{L}\-] )",
    # an opening double quotation mark
    "opener": r"(?: [\N{LEFT DOUBLE QUOTATION MARK}\"] | '' )",
}

#: The named lists the patterns match cue words from.
LISTS: Final[dict[str, Any]] = {
    "aux": sorted(cues.AUXILIARIES),
    "abbreviations": sorted(ABBREVIATIONS),
    "claim_nouns": sorted(lexicon.CLAIM_NOUNS),
    "possessives": sorted(lexicon.POSSESSIVE_PRONOUNS),
}


def compile_rule(pattern: str, flags: int = 0) -> Any:
    """Compile a VERBOSE pattern with its ``${fragments}`` and named lists."""
    return regex.compile(Template(pattern).substitute(FRAGMENTS), regex.VERBOSE | flags, ignore_unused=True, **LISTS)


RULES: Final[dict[str, str]] = {
    "quote_speaker_cue": "“…,” Kirby said / “…” Kirby told CNN: speaker then cue after the quotation",
    "quote_cue_speaker": "“…,” said Kirby: inverted cue then speaker after the quotation",
    "quote_according_to": "“…,” according to Kirby",
    "speaker_cue_quote": "Kirby said: “…” / Kirby said, “…”: speaker and cue before the quotation",
    "speaker_colon_quote": "Donald Trump: “…”: a speaker's name, a colon, the quotation",
    "clause_colon_quote": "Kaine has adopted the stance: “…”: the subject of a clause ending in a colon, no cue",
    "signature_after": "“…” ― Carlos Raúl / “…” ¶ - Hillary Clinton.: a quoted paragraph signed by a dash and a name",
    "possessive_claim": "Trump’s claim that there were “thousands of shootings”: the owner of a claim or promise",
    "embedded_subject": "Clinton supports “appropriate pay raises”: quoted words in a clause with no cue, from its subject",
    "according_to_quote": "According to Kirby, “…”",
    "quote_clause_cue": "…the “grass-roots firepower” they need, Neil Sroka said.: a quotation in a clause attributed at its end",
    "quote_by_agent": "…has been called “strategic ambiguity” by Joshua Hendrick: the agent of a passive naming verb",
    "partial_after_cue": "The Post reported the plan was “personally approved…”: a quotation inside reported speech",
    "transcript_label": "“KIRBY: …”: a speaker label opening a quoted transcript turn",
    "same_quotation": "later paragraphs of a multi-paragraph quotation share its speaker",
    "same_paragraph": "“…,” Kirby said. “…”: a quotation in a paragraph already attributed",
    "next_paragraph": "a quoted paragraph right after an attributed one inherits its speaker",
    "intro_paragraph": "Kirby said: ¶ “…”: a paragraph ending in a cue and colon introduces the next",
    "same_sentence": "“…” but necessary “…,” he said: a quotation shares the attribution after the next one in its sentence",
    "after_reported_speech": "Carter said that … ¶ “…”: a quoted paragraph after one that ends in reported speech is its speaker's",
    "cue_sentence_before": "Bystrom agreed. “…”: a quoted sentence after a sentence with a cue and a speaker",
    "indirect_cue_clause": "Kirby said there have been efforts…: speaker, speech cue, complement clause",
    "indirect_clause_cue": "The plan is off, Kirby said.: clause, then speaker and cue",
    "indirect_clause_cue_speaker": "The plan is off, said Kirby.: clause, then inverted cue and speaker",
    "indirect_according_to": "According to Kirby, the plan… / The plan…, according to Kirby.",
    "subjunctive_continuation": "Er sagte, er sei bereit. Die Regierung habe versagt.: German reported speech going on in the subjunctive",
}

#: After a closing mark: optional comma or dash, the speaker, then the cue.
#: Matched with ``fullmatch`` up to each cue word in turn (the engine's cue
#: index), so that the cue is the first one with a speaker phrase before it.
QUOTE_SPEAKER_CUE: Final = compile_rule(
    r"""
    (?> ${stray} ${sp}{0,3} (?: [,!?] | ${dash} )? ${sp}{0,3} )
    (?P<np> ${clause_char}{1,160}? )
    ${sp}{1,3} (?: ${aux} ${sp}{1,3} ){0,3}
    (?P<cue> ${cue_slot} )
    """
)

#: After a closing mark: optional comma, the cue, then the speaker; not a
#: participle ("citing an instance") nor a cue followed by its own phrase
#: ("offered at the gathering", "denounced her record").
QUOTE_CUE_SPEAKER: Final = compile_rule(
    r"""
    ${stray} ${sp}{0,3} (?: , | ${dash} )? ${sp}{0,3}
    (?: (?: also | later | then | again ) ${sp}{1,3} )?
    (?! \p{L}{1,30}ing \b )
    (?P<cue> (?P<so> so (?= ${sp}{1,3} (?: \p{Lu} | der | die | das | ein | eine ) ) ) | ${cue_slot} ) ${sp}{1,3}
    (?! (?: at | in | on | to | for | by | with | from | of | about | as ) \b )
    (?P<possessive> (?= (?: his | her | its | their | our | my | your ) \b ) )?
    (?= \p{L} )
    """
)

#: Prepositions that name a source the way "according to" does (German "laut").
ACCORDING_WORDS: Final = frozenset({"laut", "Laut", "zufolge"})
#: Sources named before a German postposition ("Der Polizei zufolge …").
POSTPOSITIONS: Final = frozenset({"zufolge"})
#: German according-to forms that need no comma before the clause.
COMMALESS: Final = frozenset({"laut", "nach angaben", "nach aussage", "nach aussagen"})

#: The words a ``${cue_slot}`` accepts: the forms that attribute a quotation.
CUE_WORDS: Final = frozenset(cues.QUOTE_FORMS | set(cues.PARTICLE_FORMS))

#: Every form the engine treats as a cue, for a set lookup.
CUE_FORMS: Final = frozenset(cues.QUOTE_FORMS | set(cues.PARTICLE_FORMS) | cues.SPEECH_FORMS)

#: A word (letters and hyphens: "self-described" is one word, not a cue),
#: or "according to" as one unit.  The engine keeps the words in CUE_FORMS.
WORD_OR_ACCORDING: Final = compile_rule(r"${according_to} | [\p{L}\-]+")
#: A word as :data:`WORD_OR_ACCORDING` reads it, anywhere (``findall``) or
#: starting at a position and not inside a longer word (``match``).
WORD: Final = regex.compile(r"[\p{L}\-]+")
WORD_AT: Final = regex.compile(r"(?<![\p{L}\-])[\p{L}\-]+")
#: "according to" / "nach Angaben" / "nach Aussage" as one cue.
ACCORDING_TO: Final = compile_rule(r"${according_to}")

#: The rest of a cue's clause up to the next opening mark: the cue then
#: introduces that quotation ('He added, “…”').
NEXT_QUOTE: Final = compile_rule(r"${clause_char}{0,80}? (?: [,:] | ${dash} )? ${sp}{0,3} ${opener}")

#: After a closing mark: ", according to".
QUOTE_ACCORDING_TO: Final = compile_rule(
    r"""
    ${sp}{0,3} ,? ${sp}{0,3}
    (?P<cue> according ${sp}{1,3} to ) ${sp}{1,3}
    """,
    regex.IGNORECASE,
)

#: Before the end of a paragraph: a cue and the rest of its clause
#: ('…the senator said in a statement:').  Searched right to left.
CUE_BEFORE_QUOTE: Final = compile_rule(
    r"""
    (?P<rest> ${clause_char}{0,200}? )
    (?: [,:] | ${dash} )? ${sp}{0,3} \Z
    """
)

#: Before an opening mark: "According to Kirby," at the clause start.
ACCORDING_TO_QUOTE: Final = compile_rule(
    r"""
    (?P<cue> ${according_to} ) ${sp}{1,3}
    (?P<np> [^,:;!?\n"\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}]{1,120}? )
    ${sp}{0,3} [,:] ${sp}{0,3} \Z
    """
)

#: "According to Kirby, …" opening the clause that holds a partial quotation.
ACCORDING_TO_OPENER: Final = compile_rule(
    r"""
    (?P<cue> ${according_to} ) ${sp}{1,3}
    (?P<np> [^,:;!?\n"\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}]{1,120}? )
    ${sp}{0,3} ,
    """
)

#: A transcript turn: "PENCE: Well, look…" (a label in capitals and a colon).
TRANSCRIPT_LABEL: Final = compile_rule(
    r"""
    (?P<label> \p{Lu}[\p{Lu}.'\-]{1,30} (?: [ ] \p{Lu}[\p{Lu}.'\-]{1,30} ){0,2} ) [ \t]{0,2} : [ \t]
    """
)

#: An adjunct that may sit between a cue and a colon or comma that opens a
#: direct quotation: "told CNN", "said in a statement", "wrote on Twitter",
#: "acknowledged, however,".
ADJUNCT: Final = compile_rule(
    r"""
    ${sp}{0,3} ,? ${sp}{0,3}
    (?: ${adjunct_word} ,? ${sp}{1,3} ){0,10}?
    (?: ${adjunct_word} )?
    ${sp}{0,3} (?P<punct> [,:] | ${dash} ) ${sp}{0,3} \Z
    """
)


#: A subordinate clause between a cue and the quotation it introduces:
#: "Ryan says | no matter what action Obama takes on guns, | “…”",
#: "Clinton said | that when Warren railed against Wall Street, | “…”".
SUBORDINATE_BRIDGE: Final = compile_rule(
    r"""
    ${sp}{1,3} (?: that ${sp}{1,3} )?
    (?: when | if | because | while | although | though | after | before | unless | once | since | until
      | whether | no ${sp}{1,3} matter ) \b
    ${clause_char}{1,200}? , ${sp}{0,3} \Z
    """
)


#: A person called something, right before a quoted label: "called Mrs. Schlafly an | “Aunt Tom”".
CALLED_LABEL: Final = compile_rule(
    r"""
    \b (?: called | calling | calls | dubbed | dubbing | branded | branding | labeled | labelled ) ${sp}{1,3}
    (?: \p{Lu} [\p{L}.\-']{0,20} ${sp}{1,3} ){1,3} (?: (?: an? | the ) ${sp}{1,3} )? \Z
    """
)


#: A passive naming verb right before a quotation: "has been called | “…” by X".
PASSIVE_NAMING: Final = compile_rule(
    r"""
    \b (?: called | labeled | labelled | dubbed | branded | described ${sp}{1,3} as | termed | deemed )
    ${sp}{1,3} (?: (?: an? | the ) ${sp}{1,3} )? \Z
    """
)
#: The agent after such a quotation: "“…” | by Joshua Hendrick".
BY_AGENT: Final = compile_rule(r"${stray} ${sp}{0,3} ,? ${sp}{0,3} by ${sp}{1,3}")


#: The object of "told" and kin: "told CNN", "told reporters", "told him".
OBJECT: Final = compile_rule(
    r"""
    ${sp}{1,3}
    (?: ${capword} (?: ${sp}{1,2} (?: of | the | ${capword} ) ){0,4}
      | reporters | journalists | him | her | them | us | me | you | supporters
      | voters | donors | listeners | viewers | members | lawmakers
      | (?: the | an? ) ${sp}{1,3} \p{L}{1,30} (?: ${sp}{1,3} \p{L}{1,30} )? )
    (?! [\p{L}\-] )
    """
)

#: Verbs that take an object before their clause.
TAKES_OBJECT: Final = frozenset(
    form for lemma in ("tell", "inform", "assure", "advise", "warn", "remind", "urge") for form in cues.inflections(lemma)
)

#: A setting between cue and clause: "said Tuesday", "said in a statement".
SETTING: Final = compile_rule(
    r"""
    ${sp}{1,3}
    (?: (?: on | in | at | during | last | this | earlier | late | early | after | before ) ${sp}{1,3} )?
    (?! ${clause_subject} ) [\p{L}\p{N}.'\-\N{LEFT SINGLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK}]{1,30}
    (?: ${sp}{1,3} (?! ${clause_subject} ) [\p{L}\p{N}.'\-\N{LEFT SINGLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK}]{1,30} ){0,4}?
    (?= ,? ${sp}{1,3} that \b )
    """
)

#: A German setting between cue and clause, closed by a comma:
#: "sagte am Montag, er sei …", "erklärte gegenüber der Zeitung, dass …".
GERMAN_SETTING: Final = compile_rule(
    r"""
    (?: ${sp}{1,3} [\p{L}\p{N}.\-]{1,30} ){1,8}?
    (?= , ${sp}{1,3} (?: dass | ob | er | sie | es | man | wir | die | der | das | den | dem | ein | eine | \p{Lu} ) \b )
    """
)

#: The end of a reported clause that hands over to a second cue: "… but
#: added", "… and said in a statement", or after a participle clause
#: "Durbin, noting the size of the crowd, | said" (the second cue introduces a quotation).
COORDINATED_CUE: Final = compile_rule(
    r"""
    (?: ,? ${sp}{1,3} (?: and | but ) | , ) ${sp}{1,3} (?: ${aux} ${sp}{1,3} ){0,2}
    (?P<cue> ${cue_slot} ) (?: ${sp}{1,3} ${adjunct_word} ){0,4} ${sp}{0,3} \Z
    """
)

#: A conjunction that hands reported speech over to a second speaker:
#: "…rebels, but | Russia insisted", "…; | the Kremlin said".
HANDOVER: Final = compile_rule(
    r"""
    (?: , ${sp}{0,3} | ${sp}{1,3} ) (?: but | and | while | whereas | although | though ) ${sp}{1,3} \Z
    | ; ${sp}{0,3} \Z
    """
)

#: A conjunction opening the clause after a mid-sentence attribution.
LEADING_CONJUNCTION: Final = compile_rule(r"(?: and | but | so ) ${sp}{1,3}")

#: The last coordination in a clause ("… to Moscow | and was"), searched
#: right to left.
LAST_CONJUNCTION: Final = compile_rule(r"(?: , ${sp}{0,3} | ${sp}{1,3} ) (?: and | but | or ) ${sp}{1,3}", regex.REVERSE)


#: The last break between coordinated clauses before a position: ", and",
#: ", but", a semicolon, a dash.  Searched right to left.
LAST_CLAUSE_BREAK: Final = compile_rule(
    r"""
    (?: , ["\N{RIGHT DOUBLE QUOTATION MARK}]? ${sp}{1,3} (?: and | but | while | whereas ) | ; | ${sp} ${dash} ) ${sp}{1,3}
    """,
    regex.REVERSE,
)


#: A paragraph that signs the quotation before it: a dash, then the name.
SIGNATURE: Final = compile_rule(r"[.,]? ${sp}{0,3} (?: - | ${dash} | \N{HORIZONTAL BAR} ) ${sp}{0,2} (?= \p{Lu} )")


#: The particle of a German separable verb at the end of its clause, before a
#: comma, colon or stop: "warf der Regierung | vor,", "teilte die Polizei | mit:".
GERMAN_PARTICLE: Final = compile_rule(
    r"""
    [^,.;:!?\n\"\N{LEFT DOUBLE QUOTATION MARK}\N{DOUBLE LOW-9 QUOTATION MARK}]{0,78}?
    (?<= \s ) (?P<particle> \p{Ll}{2,8} ) (?= ${sp}{0,2} [,.:] )
    """
)


#: A speaker's own claim, the words of which are quoted later in the clause:
#: "Donald Trump's claim that there have been “…”", "his promise to “…”".
POSSESSIVE_CLAIM: Final = compile_rule(
    r"""
    (?P<owner>
        (?<![\p{L}]) (?i: \L<possessives> )
      | ${capword} (?: ${sp} ${capword} ){0,3} (?: 's | \N{RIGHT SINGLE QUOTATION MARK}s | ' | \N{RIGHT SINGLE QUOTATION MARK} )
    )
    ${sp}{1,2} (?: [\p{L}\-]{1,20} ${sp}{1,2} ){0,2}
    (?P<noun> \L<claim_nouns> ) (?! \p{L} )
    """
)


#: A German present-subjunctive form, and a German function word (for telling
#: German text before German-only rules apply).
SUBJUNCTIVE: Final = regex.compile(r"\b\L<forms>\b", forms=german.SUBJUNCTIVE_FORMS)
GERMAN_FUNCTION_WORD: Final = regex.compile(r"\b\L<words>\b", words=german.FUNCTION_WORDS)
