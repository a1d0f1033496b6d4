"""Test forms read back from the PDFs: orders differ across forms, each key matches its own form."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import DEFAULT_GUIDE, flat, page_texts, without_marks
from guide_factory import cli

from generator.build import build
from generator.content.load import load_guide
from generator.jobs import Job
from generator.products.forms import make_forms

pdfium = pytest.importorskip("pypdfium2")

SEED = 5


@dataclass
class Forms:
    """The forms and the key one build of the forms product wrote."""

    forms: list[Path]
    key: Path


def build_forms(root: Path, out: Path, count: int, seed: int) -> Forms:
    """The forms product, built through the one build path as `studyguide build --forms` does."""
    built = build(Job(root, "forms", out, forms=count, seed=seed))
    return Forms([p for p in built.outputs if "-form-" in p.name], built.outputs[-1])


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("forms")
    return build_forms(DEFAULT_GUIDE, out, 3, SEED), load_guide(DEFAULT_GUIDE)


def _printed(pdf: Path, guide) -> tuple[list, dict]:
    """The questions in printed order, and for each multiple-choice one its choices in printed order."""
    text = without_marks(flat("".join(page_texts(pdf))))
    at = {q.question: text.find(flat(q.question)) for q in guide.questions}
    assert all(position >= 0 for position in at.values()), "a question is missing from the form"
    order = sorted(guide.questions, key=lambda q: at[q.question])
    choices = {}
    for index, question in enumerate(order):
        start = at[question.question]
        end = at[order[index + 1].question] if index + 1 < len(order) else len(text)
        block = text[start:end]
        # what prints with letters: the choices, a sequencing question's items, a matching one's right column
        printed = {
            "multiple-choice": lambda q: q.choices,
            "sequencing": lambda q: [item.text for item in q.items],
            "matching": lambda q: [pair.right for pair in q.pairs],
        }.get(question.type)
        if printed:
            # a matching table's right column is read after the page's left column: look past the block;
            # a long text wraps in its cell, so its start is looked for
            if question.type == "matching":
                block = text[start:]
            choices[question.question] = sorted(printed(question), key=lambda c, block=block: block.find(flat(c)[:24]))
    return order, choices


def _expected_key(order, choices) -> list[str]:
    key = []
    for question in order:
        if question.type == "multiple-choice":
            key.append("ABCDEFGH"[choices[question.question].index(question.answer)])
        elif question.type == "true-false":
            key.append("True" if question.answer else "False")
        elif question.type == "sequencing":  # the printed letters, in the correct order
            printed = choices[question.question]
            key.append(", ".join("ABCDEFGH"[printed.index(item.text)] for item in question.items))
        elif question.type == "matching":
            printed = choices[question.question]
            key.append(", ".join("ABCDEFGH"[printed.index(pair.right)] for pair in question.pairs))
        else:
            key.append("written")
    return key


def _key_columns(pdf: Path, letters: str, rows: int) -> dict[str, list[str]]:
    """Each form's column of the key table, read from the page region under its heading on every page
    the table runs over (its header row repeats on each)."""
    document = pdfium.PdfDocument(str(pdf))
    columns: dict[str, list[str]] = {letter: [] for letter in letters}
    for page in document:
        if all(len(column) == rows for column in columns.values()):
            break
        text = page.get_textpage()

        def boxes(needle, text=text):
            searcher = text.search(needle, match_case=True)
            found = []
            while (hit := searcher.get_next()) is not None:
                found.append(text.get_charbox(hit[0]))
            return found

        header_top = boxes("No.")[0][3]
        for letter in letters:
            left, _bottom, _right, top = next(b for b in boxes(f"Form {letter}") if abs(b[3] - header_top) < 2)
            region = text.get_text_bounded(left=left - 2, bottom=0, right=left + 90, top=top + 2)
            lines = [line.strip() for line in region.splitlines() if line.strip()]
            assert lines[0] == f"Form {letter}"
            columns[letter] += lines[1 : rows - len(columns[letter]) + 1]
    return columns


def test_every_page_of_a_form_carries_its_letter(built):
    result, _guide = built
    for path, letter in zip(result.forms, "ABC", strict=True):
        pages = page_texts(path)
        assert len(pages) >= 2
        assert all(f"Form {letter}" in page for page in pages), path.name


def test_orders_differ_across_forms_within_the_same_sections(built):
    result, guide = built
    orders = {}
    for path, letter in zip(result.forms, "ABC", strict=True):
        order, choices = _printed(path, guide)
        choices = {q.question: choices[q.question] for q in order if q.type == "multiple-choice"}
        orders[letter] = ([q.question for q in order], {k: tuple(v) for k, v in choices.items()})
        # Shuffled within sections: the sequence of sections is the booklet's.
        sections = [q.section for q in order]
        assert sections == sorted(sections, key=[s.slug for s in guide.sections].index)
    question_orders = [orders[letter][0] for letter in "ABC"]
    assert len({tuple(order) for order in question_orders}) == 3
    # The choices move too: some question prints its choices differently in two forms.
    assert any(len({orders[letter][1][q] for letter in "ABC"}) > 1 for q in orders["A"][1])


def test_each_key_matches_its_own_form(built):
    result, guide = built
    columns = _key_columns(result.key, "ABC", len(guide.questions))
    for path, letter in zip(result.forms, "ABC", strict=True):
        order, choices = _printed(path, guide)
        assert columns[letter] == _expected_key(order, choices), letter
    assert columns["A"] != columns["B"] or columns["B"] != columns["C"]


def test_same_seed_same_bytes_other_seed_other_forms(built, tmp_path):
    result, _guide = built
    again = build_forms(DEFAULT_GUIDE, tmp_path / "again", 3, SEED)
    for first, second in zip([*result.forms, result.key], [*again.forms, again.key], strict=True):
        assert first.read_bytes() == second.read_bytes(), first.name
    other = build_forms(DEFAULT_GUIDE, tmp_path / "other", 1, SEED + 1)
    assert other.forms[0].read_bytes() != result.forms[0].read_bytes()


def test_all_of_the_above_stays_last(tmp_path):
    folder = tmp_path / "guide"
    shutil.copytree(DEFAULT_GUIDE, folder)
    with open(folder / "questions.yaml", "a", encoding="utf-8") as handle:
        handle.write(
            "- type: multiple-choice\n"
            '  question: "Which powers signed the Tripartite Pact?"\n'
            '  choices: ["Germany", "Italy", "Japan", "All of the above"]\n'
            '  answer: "All of the above"\n'
            "  section: road-to-the-pact\n"
        )
    guide = load_guide(folder)
    orders = set()
    for form in make_forms(guide, 6, seed=3):
        item = next(q for q in form.questions if q.question.question.startswith("Which powers"))
        assert item.choices[-1][1] == "All of the above"
        assert item.key({"true": "True", "false": "False"}) == "D"
        orders.add(item.order)
    assert len(orders) > 1  # the others still move


def test_cli_forms_and_a_usage_error(tmp_path):
    run = cli(["build", str(DEFAULT_GUIDE), "--output", str(tmp_path), "--forms", "2", "--seed", "9"])
    assert run.returncode == 0, run.stderr
    assert sorted(p.name for p in tmp_path.glob("*.pdf")) == [
        "japan-ussr-ww2-form-A.pdf",
        "japan-ussr-ww2-form-B.pdf",
        "japan-ussr-ww2-forms-key.pdf",
    ]
    bad = cli(["build", str(DEFAULT_GUIDE), "--output", str(tmp_path), "--forms", "9"])
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
