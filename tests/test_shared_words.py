"""The words shared code reads come from the language's pack: the modules
cleaned of English literals stay clean, and what they read is the record's."""

from __future__ import annotations

import ast
import dataclasses
from pathlib import Path

from quotex import extract
from quotex.lang import Language, language, reading
from quotex.rules.boundaries import comma_setting
from quotex.speakers.roles import clean_role, role_before

ROOT = Path(__file__).resolve().parent.parent / "quotex"

#: Shared modules that spell no word of the guarded tables: every such word is read from the pack.
CLEAN_MODULES = (
    "engine.py",
    "speakers/mentions.py",
    "speakers/subjects.py",
    "speakers/roles.py",
    "speakers/settings.py",
    "speakers/classify.py",
    "speakers/backwards.py",
)

#: English pack tables whose words these modules once spelt (pronouns, relatives, the words of a
#: set-off phrase and of a subject read by its grammar, the words of a role's patterns).
GUARDED_TABLES = (
    "GENDER_PRONOUNS",
    "OPENING_PRONOUNS",
    "NEARER_PRONOUNS",
    "POSSESSIVE_PRONOUNS",
    "APPOSITION_RELATIVES",
    "PARTITIVE_PREPOSITIONS",
    "PARTITIVE_RELATIVES",
    "CUE_RELATIVES",
    "SET_OFF_FINITE_VERBS",
    "SET_OFF_PARTICIPLES",
    "SET_OFF_PREPOSITIONS",
    "APPOSITION_ADVERBS",
    "LIST_JOINERS",
    "POSTMODIFIED_PLURALS",
    "SHARE_ARTICLES",
    "OF_PRONOUNS",
    "RESPONDENT_PRONOUNS",
    "AGE_LIMITS",
    "CLOSENESS_PREPOSITIONS",
    "DISTRIBUTIVE_QUANTIFIERS",
    "PLURAL_DETERMINERS",
    "PHRASE_PREPOSITIONS",
    "PERCENT_WORDS",
    "POSTMODIFIER_OPENERS",
    "PARTICIPLE_NEXT",
    "INFINITIVE_MARKERS",
    "RELATIVE_HEADS",
    "ROLE_SETTING_PREPOSITIONS",
    "ROLE_SETTING_DETERMINERS",
    "ROLE_SETTING_NOUNS",
    "AGE_PREFIXES",
    "OFFICE_PREPOSITIONS",
    "OFFICE_ARTICLES",
    "SUBJECT_COORDINATORS",
    "QUOTED_AS_LINKS",
    "NOUN_DETERMINERS",
    "CUE_NOUN_FORMS",
    "NEGATIONS",
    "SINGULAR_COUNTS",
    "ENTITY_ARTICLES",
    "DEFINITE_REFERENCES",
    "LEAD_DETERMINERS",
    "HEAD_PREPOSITIONS",
    "ACCORDING_TO_STARTS",
)

#: The values of a resolved mention's ``pronoun`` (quotex.speakers.tokens.Mention): keys the
#: same in every language (German "er" resolves as "he"), not words read in a text.
PRONOUN_KEYS = frozenset({"he", "she", "it", "they", "we", "i", "who"})


def _english_words() -> frozenset[str]:
    en = language("en")
    words: set[str] = set()
    for name in GUARDED_TABLES:
        table = getattr(en, name)
        assert table, f"the English pack's {name} is empty: the guard would check nothing"
        words.update(w for w in table if isinstance(w, str))
    return frozenset(words - PRONOUN_KEYS)


def _spelt(source: str, words: frozenset[str]) -> list[tuple[int, str]]:
    """The (line, word) of each guarded word a string literal spells, docstrings aside."""
    tree = ast.parse(source)
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    # endings passed to str.endswith / startswith are a word's form, not words ("ss", "us", "is")
    affixes = {
        id(const)
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("endswith", "startswith")
        for const in ast.walk(node)
        if isinstance(const, ast.Constant)
    }
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings | affixes:
            found += [(node.lineno, w) for w in node.value.lower().split() if w in words]
    return found


def test_the_guard_finds_a_spelt_word() -> None:
    words = _english_words()
    assert _spelt('def f(t):\n    """who said"""\n    return t in {"whose", "x"}\n', words) == [(3, "whose")]
    assert _spelt('P = r"(?: during | amid )"\n', words) == [(1, "during"), (1, "amid")]
    assert _spelt('ok = w.endswith(("us", "is")) and w != "is"\n', words) == [(1, "is")]


def test_cleaned_shared_modules_spell_no_english_word() -> None:
    words = _english_words()
    spelt = {m: _spelt((ROOT / m).read_text(encoding="utf-8"), words) for m in CLEAN_MODULES}
    assert spelt == {m: [] for m in CLEAN_MODULES}, "read these words from the pack (current(), doc.lang) instead"


NEARER = "“We will build it this summer,” said Mayor John Roe. He has pushed the plan for years. “Nobody will stop us now.”"
NEARER_DE = "„Wir bauen ihn diesen Sommer“, sagte Bürgermeister Thomas Roth. Er treibt den Plan voran. „Niemand wird uns jetzt aufhalten.“"


def _later_speaker_text(text: str, lang: Language) -> str:
    quotes = extract(text, lang=lang)
    assert len(quotes) == 2 and quotes[1].rule == "same_paragraph"
    return quotes[1].speaker.text


def test_nearer_mention_reads_the_packs_pronouns() -> None:
    en, de = language("en"), language("de")
    assert _later_speaker_text(NEARER, en) == "He"
    # without the pack's pronouns the named mention stays the reported one
    assert _later_speaker_text(NEARER, dataclasses.replace(en, NEARER_PRONOUNS=frozenset())) == "Mayor John Roe"
    # German reads none (they lowered its attributed F1); given its own, their capitalised form is found
    assert _later_speaker_text(NEARER_DE, de) == "Bürgermeister Thomas Roth"
    assert _later_speaker_text(NEARER_DE, dataclasses.replace(de, NEARER_PRONOUNS=frozenset({"er", "sie"}))) == "Er"


def test_roles_read_the_packs_settings_ages_and_offices() -> None:
    en, de = language("en"), language("de")
    with reading(en):
        assert clean_role("harbour master in a statement on Friday") == "harbour master"
        assert clean_role("aged 47") is None
    with reading(dataclasses.replace(en, ROLE_SETTING_NOUNS=frozenset({"speech"}), AGE_PREFIXES=frozenset())):
        assert clean_role("harbour master in a statement on Friday") == "harbour master in a statement on Friday"
        assert clean_role("aged 47") == "aged 47"
    with reading(de):
        assert clean_role("Hafenmeisterin am Montag") == "Hafenmeisterin"
        assert clean_role("47-jährige") is None
        text = "Das sagte Koordinator für Arbeit Jan Roth."
        assert role_before(text, text.index("Jan")) == "Koordinator für Arbeit"


def test_joint_speakers_read_the_packs_coordinator() -> None:
    en, de = language("en"), language("de")
    said = "Rhona Edwards and Dev Marsh said the bridge would open in May."
    sagten = "Rhona Edwards und Dev Marsh sagten, die Brücke werde im Mai eröffnet."
    assert [(q.speaker.name, q.speaker.kind) for q in extract(said, lang=en)] == [("Rhona Edwards and Dev Marsh", "group")]
    assert [q.speaker.name for q in extract(said, lang=dataclasses.replace(en, SUBJECT_COORDINATORS=frozenset()))] == ["Dev Marsh"]
    # German leaves it unread (it cost direct quotes); given it, the names are joined with the text's own word
    assert [q.speaker.name for q in extract(sagten, lang=de)] == ["Dev Marsh"]
    with_und = dataclasses.replace(de, SUBJECT_COORDINATORS=frozenset({"und"}))
    assert [q.speaker.name for q in extract(sagten, lang=with_und)] == ["Rhona Edwards und Dev Marsh"]


def test_settings_before_a_clause_read_the_packs_fragments() -> None:
    en = language("en")
    comma, place = " said, by a wide margin, that", " said at a town hall in Bend, Oregon, that"
    with reading(en):
        assert comma_setting(comma, 5, len(comma)) == comma.index(" that")
        assert comma_setting(place, 5, len(place)) == place.index(" that")
    with reading(dataclasses.replace(en, SETTING_COMPLEMENTIZER="whether")):
        assert comma_setting(comma, 5, len(comma)) is None
    with reading(dataclasses.replace(en, PLACE_SETTING_PREPOSITIONS="during")):
        assert comma_setting(place, 5, len(place)) is None
    # German reads neither (its own settings are its rules'): the English words do not match in it
    with reading(language("de")):
        assert comma_setting(comma, 5, len(comma)) is None


def test_closing_conjunctions_read_the_packs_joints() -> None:
    en = language("en")
    narrator = "The mayor said the plan was fair, but the council refused it."
    goes_on = "Ana Roe said she votes for the greens, although she once joined the liberals."
    assert [q.text for q in extract(narrator, lang=en)] == ["the plan was fair"]
    assert [q.text for q in extract(goes_on, lang=en)] == ["she votes for the greens, although she once joined the liberals"]
    # without the pack's joints the narrator's clause stays in the report
    no_joints = dataclasses.replace(en, CLOSING_JOINTS="(?!)")
    assert [q.text for q in extract(narrator, lang=no_joints)] == ["the plan was fair, but the council refused it"]
    # without its concessive joints the speaker's own pronoun no longer carries the report on
    no_concessive = dataclasses.replace(en, CONCESSIVE_JOINTS=frozenset())
    assert [q.text for q in extract(goes_on, lang=no_concessive)] == ["she votes for the greens"]


def test_short_settings_before_a_clause_read_the_packs_prepositions() -> None:
    en = language("en")
    text = "Ana Roe said after the vote she would not resign."
    assert [q.text for q in extract(text, lang=en)] == ["she would not resign"]
    no_prepositions = dataclasses.replace(en, CLAUSE_SETTING_PREPOSITIONS="(?!)")
    assert [q.text for q in extract(text, lang=no_prepositions)] != ["she would not resign"]


def test_paired_phrases_read_the_packs_correlative_opener() -> None:
    en = language("en")
    text = "The mayor said the deal offers not just a raise, but a pension."
    assert [q.text for q in extract(text, lang=en)] == ["the deal offers not just a raise, but a pension"]
    no_opener = dataclasses.replace(en, CORRELATIVE_OPENER="(?!)")
    assert [q.text for q in extract(text, lang=no_opener)] == ["the deal offers not just a raise"]
