"""The rule registry: every rule a quote can name is registered, once, beside
its handler, and has a golden case that shows it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import regex
from typer.testing import CliRunner

from golden_cases import all_cases
from quotex import extract
from quotex.cli import app
from quotex.rules import DIRECT_RULES, INHERITANCE_RULES, RULES, SHARED, TABLE, language_rules

SEED = Path(__file__).parents[1] / "seeds" / "syria-airstrikes-proposal.txt"

#: Registered rules that no golden case expects yet, and why.
NO_GOLDEN_CASE = {
    # the parts of a quotation continued over paragraphs are joined into one
    # quote that carries the attribution a rule gave one of its parts: the
    # name shows only when that part is dropped (a transcript label with no words)
    "same_quotation",
}

#: The module each family's rules live in.
FAMILY_MODULES = {
    "after": "quotex.rules.after",
    "before": "quotex.rules.before",
    "cueless": "quotex.rules.cueless",
    "inheritance": "quotex.rules.inheritance",
    "reported": "quotex.rules.reported",
    "en": "quotex.rules.en",
    "de": "quotex.rules.de",
}


def test_every_rule_a_quote_carries_is_registered() -> None:
    texts = [case.text for case in all_cases()] + [SEED.read_text(encoding="utf-8")]
    produced = {q.rule for text in texts for q in extract(text)}
    assert produced, "the golden cases should yield quotes"
    assert produced <= set(RULES), f"unregistered rule names: {sorted(produced - set(RULES))}"


def test_every_registered_rule_has_a_golden_case() -> None:
    expected = {row[5] for case in all_cases() for row in case.expected}
    missing = {rule.name for rule in TABLE} - expected
    assert missing == NO_GOLDEN_CASE, "add a golden case for a new rule, or list it in NO_GOLDEN_CASE with the reason"


def test_rules_are_registered_once_beside_their_handlers() -> None:
    names = [rule.name for rule in TABLE]
    assert len(names) == len(set(names))
    assert list(RULES) == names
    for rule in TABLE:
        assert rule.description.strip(), rule.name
        family, module = FAMILY_MODULES[rule.family], rule.handler.__module__
        assert module == family or module.startswith(family + "."), rule.name  # a family is a module or a package
        module = __import__(FAMILY_MODULES[rule.family], fromlist=["_"])
        assert getattr(module, rule.name.upper()) is rule, f"{rule.name} is not {FAMILY_MODULES[rule.family]}.{rule.name.upper()}"


def test_the_passes_take_their_rules_in_table_order() -> None:
    assert [rule.family for rule in DIRECT_RULES] == [r.family for r in TABLE if r.family in ("after", "before", "cueless")]
    assert tuple(r for r in TABLE if r in DIRECT_RULES) == DIRECT_RULES
    assert INHERITANCE_RULES[0] is RULES["same_sentence"]  # applied before the others, to quoted words in a clause too
    assert tuple(r for r in TABLE if r in INHERITANCE_RULES) == INHERITANCE_RULES


def test_quotex_rules_prints_the_table_in_order() -> None:
    result = CliRunner().invoke(app, ["rules"])
    assert result.exit_code == 0
    assert [line.split()[0] for line in result.stdout.splitlines()] == [rule.name for rule in TABLE]


def test_the_readme_lists_the_table() -> None:
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    section = readme.split("### The rules, in order", 1)[1].split("\n## ", 1)[0]
    rows = [line.split("|")[2:4] for line in section.splitlines() if line.startswith("| ") and line.split("|")[1].strip().isdigit()]
    assert [(name.strip().strip("`"), family.strip()) for name, family in rows] == [(rule.name, rule.family) for rule in TABLE]


def test_a_language_s_rules_load_when_a_document_is_first_read_in_it() -> None:
    # a fresh interpreter: this one has read German already
    script = (
        "import sys, quotex\n"
        "quotex.extract('The mayor said the bridge would reopen, officials said.')\n"
        "print('quotex.rules.de' in sys.modules)\n"
        "quotex.extract('Die Ministerin sagte, sie sei bereit.', lang='de')\n"
        "print('quotex.rules.de' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["False", "True"]


def test_the_table_is_the_shared_rules_then_each_language_s_own() -> None:
    from quotex.rules import de, en

    assert TABLE == SHARED + en.TABLE + de.TABLE
    for code in ("en", "de"):
        assert language_rules(code) == tuple(rule for rule in TABLE if rule.languages is not None and code in rule.languages)
    assert language_rules("de")[-len(de.TABLE) :] == de.TABLE


def test_every_pattern_compiled_on_first_use_compiles() -> None:
    # compiled when a rule first reaches it, a pattern's error would show only
    # on a text that reaches it: compile them all here, as import once did
    import importlib
    import pkgutil

    import quotex
    from quotex.rules.base import OnFirstUse

    lazy = []
    for info in pkgutil.walk_packages(quotex.__path__, "quotex."):
        if info.name.endswith(("spark", "__main__")):
            continue
        module = importlib.import_module(info.name)
        lazy += [value for value in vars(module).values() if isinstance(value, OnFirstUse)]
    assert len(lazy) > 40
    for pattern in lazy:
        assert isinstance(pattern.compiled(), regex.Pattern)
        assert pattern.search is pattern.__dict__["search"]  # the compiled pattern's own method from now on


def test_a_pattern_is_compiled_when_first_used() -> None:
    from quotex.rules.base import OnFirstUse, compile_rule

    pattern = compile_rule(r"(?P<word> \p{L}+ ) ${sp}* ,")
    assert isinstance(pattern, OnFirstUse) and "_pattern" not in vars(pattern)
    m = pattern.search("so, Ruiz , said", 3)
    assert m is not None and m.group("word") == "Ruiz"
    assert "_pattern" in vars(pattern) and pattern.groupindex == {"word": 1}
