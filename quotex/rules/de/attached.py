"""German: a clause after a cue's comma that belongs to a word before it.

"X sagte, die Lage sei ernst" reports a clause; but in "Der Verband
kritisierte die Reform, die im Mai beschlossen wurde" the clause after the
comma is a relative clause on "die Reform", and in "Der Rat forderte den
Rücktritt, um den Weg zu Neuwahlen freizumachen" or "…, nachdem die Wahl
gescheitert war" it is an adverbial clause of purpose or time: neither is
what was said.  German shows both by its word order: the relative pronoun
or the conjunction opens the clause, the verb closes it, and no
present-subjunctive verb of reported speech stands in it.  An article that
opens a reported clause ("sagte, die am Montag gewählte Regierung werde …")
is told from the relative pronoun by the word after it, by the
subjunctive and by an infinitive with "zu".  After a verb whose object is
what was said ("warnte vor Gefahren, die …"), the relative clause is part
of that object, and stays.
"""

from __future__ import annotations

from typing import Final

import regex

from quotex.lang import de
from quotex.lang.de.forms import OBJECT_CONTENT_FORMS
from quotex.rules.document import Document, Found

#: The words of the first clause of a content: up to its first comma, semicolon, colon or full stop.
_WORD: Final = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}\-]*")
_CLAUSE_END: Final = regex.compile(r"[,;:.!?]")
#: Verbs of reported speech a relative or adverbial clause has no use for.
_REPORTING_VERBS: Final = de.SUBJUNCTIVE_FORMS | de.CONTINUATION_SUBJUNCTIVES | de.SUBJUNCTIVE_PAST
#: Endings of an attributive adjective: after an article it opens a noun phrase ("die neue Regierung").
_ADJECTIVE_ENDINGS: Final = ("e", "en", "er", "es", "em")
#: "um … zu": the infinitive of purpose closes its clause ("um … zu vermeiden", "um … freizumachen").
_ZU_INFINITIVE: Final = regex.compile(r"\p{Ll}+zu\p{Ll}+en")


def _relative_opening(words: list[str]) -> bool:
    """Do ``words`` open like a relative clause: a relative pronoun, then no
    noun or adjective of a noun phrase it could be the article of ("die am
    Montag eröffnet wurde", not "die neue Regierung")?"""
    first = words[0]
    if first in de.RELATIVE_ONLY_PRONOUNS:
        return True
    if first not in de.RELATIVE_PRONOUNS or len(words) < 3:
        return False
    second = words[1]
    if second[:1].isupper():
        return False  # "die Regierung …": an article
    return second.isdigit() or not (len(second) > 3 and second.endswith(_ADJECTIVE_ENDINGS))


def _adverbial_opening(words: list[str]) -> bool:
    """Do ``words`` open an adverbial clause of time, cause or purpose
    ("nachdem …", "um … zu vermeiden")?"""
    first = words[0]
    if first == "um":
        return len(words) > 2 and (words[-2] == "zu" or _ZU_INFINITIVE.fullmatch(words[-1]) is not None)
    return first in de.ADVERBIAL_SUBORDINATORS


def attached_clause(doc: Document, f: Found) -> bool:
    """Is ``f``, read after its cue's comma ("X kritisierte die Reform, …"),
    a relative or adverbial clause that ends in its verb and reports
    nothing in the subjunctive?"""
    cue = f.attribution.cue
    if f.type != "indirect" or f.attribution.rule.name != "indirect_cue_clause" or cue is None or f.start < cue.end:
        return False
    text = doc.text
    if not text[cue.end : f.start].rstrip().endswith(","):
        return False
    stop = _CLAUSE_END.search(text, f.start, f.end)
    words: list[str] = _WORD.findall(text, f.start, stop.start() if stop else f.end)
    if len(words) < 2:
        return False
    if _relative_opening(words):
        if text[cue.start : cue.end].split()[0].lower() in OBJECT_CONTENT_FORMS:
            return False  # "warnte vor Gefahren, die …": the object and its relative clause are what was said
        if "zu" in words or _ZU_INFINITIVE.fullmatch(words[-1]):
            return False  # "behauptet, den … Code geknackt zu haben": an infinitive clause, its article first
    elif not _adverbial_opening(words):
        return False
    if any(w in _REPORTING_VERBS or w == "dass" for w in words):
        return False
    return words[-1].islower()  # the verb closes the clause
