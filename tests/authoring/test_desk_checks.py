"""`check` catches a wrong answer key, and a correct guide can pass `check --strict`:
years in captions, credits and citations need no event, a warning can be accepted
with a reason, day/month/year dates and characters no font has are named at their line."""

from __future__ import annotations

from pathlib import Path

from guide_factory import make_guide, section

from generator.cli import main

SEQUENCE_WRONG = """- type: sequencing
  question: Put these events in order.
  items:
    - text: Tennis Court Oath
      date: 1789-06-20
    - text: The Estates-General meets
      date: 1789-05-05
    - text: Storming of the Bastille
      date: 1789-07-14
"""


def _line(path: Path, needle: str) -> int:
    return next(n for n, text in enumerate(path.read_text().split("\n"), start=1) if needle in text)


def _check(root: Path, capsys, *flags: str) -> tuple[int, str]:
    code = main(["check", *flags, str(root)])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_a_sequencing_key_out_of_date_order_is_refused_at_the_item(tmp_path, capsys):
    root = make_guide(tmp_path, files={"questions.yaml": SEQUENCE_WRONG})
    code, out = _check(root, capsys)
    line = _line(root / "questions.yaml", "The Estates-General meets")
    assert code == 1
    assert f"questions.yaml:{line}: entry 1: the items are the answer key" in out
    assert "put the items in date order" in out and "Traceback" not in out


def test_undated_items_are_dated_by_the_timeline_events_they_name(tmp_path, capsys):
    timeline = (
        '- date: "1789-05-05"\n  title: Estates-General opens\n- date: "1789-06-20"\n  title: Tennis Court Oath\n'
    )
    questions = (
        "- type: sequencing\n  question: Order them.\n  items:\n"
        "    - text: The Tennis Court Oath\n    - text: Estates-General opens at Versailles\n"
        "    - text: The king flees\n"
    )
    root = make_guide(tmp_path, files={"timeline.yaml": timeline, "questions.yaml": questions})
    code, out = _check(root, capsys)
    assert code == 1
    assert f"questions.yaml:{_line(root / 'questions.yaml', 'Estates-General opens')}:" in out
    assert "the timeline's 'Estates-General opens'" in out


def test_matching_pairs_choices_and_cloze_bank_are_checked(tmp_path, capsys):
    questions = """- type: matching
  question: Match them.
  pairs:
    - {left: Robespierre, right: Jacobin}
    - {left: Brissot, right: Girondin}
    - {left: Danton, right: jacobin.}
- type: multiple-choice
  question: Which caused the revolution?
  choices: [All of the above, Debt, Bread prices]
  answer: All of the above
- type: multiple-choice
  question: Who was king?
  choices: [Louis XVI, Louis XV]
  answer: B
- type: cloze
  question: Fill the gaps.
  text: The [[Estates-General]] met at [[Versailles]].
  bank: [Versailles, Paris]
"""
    root = make_guide(tmp_path, files={"questions.yaml": questions})
    path = root / "questions.yaml"
    code, out = _check(root, capsys)
    assert code == 1
    # The letter is refused by validation first, with the choice it stands for.
    assert f"questions.yaml:{_line(path, 'answer: B')}:" in out and "'Louis XV', not its letter" in out
    path.write_text(questions.replace("answer: B", "answer: Louis XV"))
    code, out = _check(root, capsys)
    assert code == 1
    assert f"questions.yaml:{_line(path, 'Danton')}: entry 1: the right side 'jacobin.' is given twice" in out
    assert f"questions.yaml:{_line(path, 'choices: [All')}: entry 2: 'All of the above'" in out
    assert "the blank [[Estates-General]] is not in the word bank" in out
    assert "Versailles]] is not" not in out


def test_day_month_year_dates_are_told_to_write_iso(tmp_path, capsys):
    root = make_guide(tmp_path, files={"timeline.yaml": '- date: "14/07/1789"\n  title: Bastille\n'})
    code, out = _check(root, capsys)
    assert (
        code == 1
        and "timeline.yaml:1: entry 1: '14/07/1789' is written day/month/year: write YYYY-MM-DD, e.g. 1789-07-14" in out
    )


def test_check_refuses_a_character_no_bundled_font_has_at_its_line(tmp_path, capsys):
    body = "The castle stood.\n\nThe keep 🏰 fell.\n"
    root = make_guide(tmp_path, files={"sections/01-background.md": section("Background", body)})
    code, out = _check(root, capsys)
    line = _line(root / "sections/01-background.md", "🏰")
    assert code == 1 and f"01-background.md:{line}: no bundled font has the characters" in out and "U+1F3F0" in out


CORRECT = """The Estates-General had not met since 1614. <!-- check: ignore year 1614 — the last Estates-General before 1789 -->

![The hall of the Estates-General](images/square.png "Versailles, May 1789"){credit="Plan: A. Maker, 2026, CC BY"}

As Doyle argues (Doyle 1989, p. 12), the crisis was one of money.

The deputies met on 5 May 1789.
"""


def test_check_strict_passes_a_correct_guide_with_a_year_accepted_by_reason(tmp_path, capsys):
    files = {
        "sections/01-background.md": section("Background", CORRECT, ("The king called the estates.", "They met.")),
        "sections/02-the-pact.md": section(
            "The oath", "On 20 June 1789 the deputies swore an oath.", ("An oath.", "A hall.")
        ),
        "timeline.yaml": '- date: "1789-05-05"\n  title: Estates-General opens\n'
        '- date: "1789-06-20"\n  title: Tennis Court Oath\n',
        "questions.yaml": "- type: sequencing\n  question: Order them.\n  items:\n"
        "    - text: Estates-General opens\n    - text: Tennis Court Oath\n    - text: Storming of the Bastille\n"
        "      date: 1789-07-14\n",
        "guide.yaml": "title: The Revolution\nauthors: [A. Teacher]\ndate: 2024-05-01\n",
    }
    root = make_guide(tmp_path, files=files, remove=["faq.yaml", "glossary.yaml", "people.yaml"])
    code, out = _check(root, capsys, "--strict")
    assert code == 0, out
    line = _line(root / "sections/01-background.md", "since 1614")
    assert f"01-background.md:{line}: accepted: '1614' matches no timeline event" in out
    assert "(accepted: the last Estates-General before 1789)" in out
    assert "1 accepted" in out and "0 warnings" in out
    # Without its reason the same comment is a warning of its own, and strict fails.
    text = (root / "sections/01-background.md").read_text()
    (root / "sections/01-background.md").write_text(text.replace(" — the last Estates-General before 1789", ""))
    code, out = _check(root, capsys)
    assert "'ignore year 1614' needs a reason" in out and "warning: '1614' matches no timeline event" in out
