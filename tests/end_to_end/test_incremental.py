"""Incremental builds: only what changed is rebuilt, and a no-op run stays cheap."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys

import pytest
from conftest import pdftotext
from guide_factory import small_guide

from generator import stamps
from generator.cli import main


def build(capsys, *args) -> tuple[int, dict[str, str]]:
    """Run ``studyguide build`` in this process; returns (exit code, {slug: its output line})."""
    code = main(["build", *map(str, args), "--jobs", "1"])
    out = capsys.readouterr().out
    return code, {line.split(":")[0]: line for line in out.splitlines()}


@pytest.fixture()
def shelf(tmp_path, monkeypatch):
    """Two built guides, and a stand-in for templates/ whose changes the stamps must see."""
    templates = tmp_path / "templates"
    shutil.copytree(stamps.TEMPLATES / "css", templates / "css")
    monkeypatch.setattr(stamps, "TEMPLATES", templates)
    guides = [small_guide(tmp_path, "alpha"), small_guide(tmp_path, "beta")]
    return tmp_path / "out", guides, templates


def test_second_run_skips_everything_and_leaves_the_pdfs_alone(shelf, capsys):
    out, guides, _ = shelf
    code, first = build(capsys, *guides, "--output", out)
    assert code == 0 and "pages" in first["alpha"] and "pages" in first["beta"]
    before = {p.name: p.stat().st_mtime_ns for p in out.glob("*.pdf")}
    code, second = build(capsys, *guides, "--output", out)
    assert code == 0
    assert second == {
        "alpha": f"alpha: up to date → {out / 'alpha.pdf'}",
        "beta": f"beta: up to date → {out / 'beta.pdf'}",
    }
    assert {p.name: p.stat().st_mtime_ns for p in out.glob("*.pdf")} == before


def test_editing_one_guide_rebuilds_only_that_guide(shelf, capsys):
    out, (alpha, beta), _ = shelf
    build(capsys, alpha, beta, "--output", out)
    section = beta / "sections" / "01-first.md"
    section.write_text(section.read_text(encoding="utf-8") + "\nA new sentence about Yalta.\n", encoding="utf-8")
    _, lines = build(capsys, alpha, beta, "--output", out)
    assert "up to date" in lines["alpha"]
    assert "pages" in lines["beta"]
    assert "Yalta" in pdftotext(out / "beta.pdf")


def test_a_new_file_in_the_guide_folder_counts_as_a_change(shelf, capsys):
    out, (alpha, _), _ = shelf
    build(capsys, alpha, "--output", out)
    (alpha / "notes.txt").write_text("an image or a note the guide may use\n", encoding="utf-8")
    _, lines = build(capsys, alpha, "--output", out)
    assert "pages" in lines["alpha"]


def test_a_changed_template_rebuilds_every_guide(shelf, capsys):
    out, guides, templates = shelf
    build(capsys, *guides, "--output", out)
    css = templates / "css" / "print.css"
    css.write_text(css.read_text(encoding="utf-8") + "\n/* changed */\n", encoding="utf-8")
    _, lines = build(capsys, *guides, "--output", out)
    assert all("pages" in line for line in lines.values()) and len(lines) == 2


def test_touching_a_file_without_changing_it_rebuilds_nothing(shelf, capsys):
    out, (alpha, _), templates = shelf
    build(capsys, alpha, "--output", out)
    for path in [alpha / "guide.yaml", templates / "css" / "print.css"]:
        os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 5_000_000_000))
    _, lines = build(capsys, alpha, "--output", out)
    assert "up to date" in lines["alpha"]


def test_force_rebuilds_guides_that_are_up_to_date(shelf, capsys):
    out, guides, _ = shelf
    build(capsys, *guides, "--output", out)
    _, lines = build(capsys, *guides, "--output", out, "--force")
    assert all("pages" in line for line in lines.values()) and len(lines) == 2


def test_other_render_options_rebuild_and_switching_back_rebuilds_again(shelf, capsys):
    out, (alpha, _), _ = shelf
    build(capsys, alpha, "--output", out)
    _, letter = build(capsys, alpha, "--output", out, "--paper", "Letter")
    assert "pages" in letter["alpha"]  # the stamp for A4 does not cover Letter
    # Letter overwrote alpha.pdf, so the A4 stamp no longer describes the file there.
    _, a4 = build(capsys, alpha, "--output", out)
    assert "pages" in a4["alpha"]


def test_a_deleted_pdf_is_rebuilt(shelf, capsys):
    out, (alpha, _), _ = shelf
    build(capsys, alpha, "--output", out)
    (out / "alpha.pdf").unlink()
    _, lines = build(capsys, alpha, "--output", out)
    assert "pages" in lines["alpha"] and (out / "alpha.pdf").is_file()


def test_a_broken_guide_is_retried_until_it_builds(shelf, capsys):
    out, (alpha, _), _ = shelf
    guide_yaml = alpha / "guide.yaml"
    good = guide_yaml.read_text(encoding="utf-8")
    guide_yaml.write_text("title: [unclosed\n", encoding="utf-8")
    assert build(capsys, alpha, "--output", out)[0] == 1
    assert build(capsys, alpha, "--output", out)[0] == 1  # no stamp was written for the failure
    guide_yaml.write_text(good, encoding="utf-8")
    code, lines = build(capsys, alpha, "--output", out)
    assert code == 0 and "pages" in lines["alpha"]


def test_a_no_op_run_does_not_load_the_rendering_stack(shelf, capsys):
    out, (alpha, _), _ = shelf
    build(capsys, alpha, "--output", out)
    probe = (
        "import sys; from generator.cli import main; code = main(['build', sys.argv[1], '--output', sys.argv[2]]);"
        "print(code, sorted(m for m in ('weasyprint', 'pydantic', 'jinja2') if m in sys.modules))"
    )
    # A fresh process sees the real templates/, which the stamp written here did not hash: stamp them first.
    fresh = subprocess.run(
        [sys.executable, "-c", probe, str(alpha), str(out / "real")], capture_output=True, text=True, check=True
    )
    assert "pages" in fresh.stdout
    again = subprocess.run(
        [sys.executable, "-c", probe, str(alpha), str(out / "real")], capture_output=True, text=True, check=True
    )
    assert again.stdout.splitlines() == [f"alpha: up to date → {out / 'real' / 'alpha.pdf'}", "0 []"]


# Runs a build with every file this Python process opens recorded (audit events see os.open and open()).
AUDITED = """
import json, sys
opened = []
sys.addaudithook(lambda event, args: opened.append(str(args[0])) if event == "open" else None)
from generator.cli import main
code = main(sys.argv[1:-1])
with open(sys.argv[-1], "w") as report:
    json.dump({"code": code, "opened": opened}, report)
"""


def audited_build(guide, out, report) -> tuple[int, list[str], str]:
    """(exit code, every path opened, stdout) of ``studyguide build`` in a fresh process."""
    result = subprocess.run(
        [sys.executable, "-c", AUDITED, "build", str(guide), "--output", str(out), "--jobs", "1", str(report)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    data = json.loads(report.read_text())
    return data["code"], data["opened"], result.stdout


def test_an_unused_link_out_of_the_guide_is_neither_opened_nor_recorded(tmp_path):
    secret = tmp_path / "outside" / "shadow"
    secret.parent.mkdir()
    secret.write_text("root:$6$secret-hash:19000:0:99999:7:::\n")
    alpha = small_guide(tmp_path, "alpha")
    (alpha / "notes.txt").symlink_to(secret)
    for run in range(2):  # the first build writes the stamp, the second checks it
        code, opened, stdout = audited_build(alpha, tmp_path / "out", tmp_path / f"report{run}.json")
        assert code == 0, stdout
        assert not [p for p in opened if "notes.txt" in p or "outside" in p], opened
    assert "up to date" in stdout
    (stamp,) = (tmp_path / "out" / ".stamps").iterdir()
    recorded = stamp.read_text()
    digest = hashlib.sha256(secret.read_bytes()).hexdigest()
    assert "outside" not in recorded and "notes.txt" not in recorded and digest not in recorded
    assert sorted(json.loads(recorded)["inputs"]) == ["guide.yaml", "sections/01-first.md"]


def test_a_link_to_proc_or_a_fifo_in_the_guide_does_not_hang_the_build(tmp_path):
    alpha = small_guide(tmp_path, "alpha")
    (alpha / "notes.txt").symlink_to("/proc/self/pagemap")
    os.mkfifo(alpha / "pipe")
    for _ in range(2):
        result = subprocess.run(
            [sys.executable, "-m", "generator", "build", str(alpha), "--output", str(tmp_path / "out")],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert result.returncode == 0, result.stderr
    assert "up to date" in result.stdout


def test_a_used_file_swapped_for_a_link_out_of_the_guide_is_rebuilt_and_refused(shelf, capsys):
    out, (alpha, _), _ = shelf
    build(capsys, alpha, "--output", out)
    outside = out.parent / "elsewhere.md"
    section = alpha / "sections" / "01-first.md"
    outside.write_text(section.read_text(encoding="utf-8"), encoding="utf-8")
    section.unlink()
    section.symlink_to(outside)
    code = main(["build", str(alpha), "--output", str(out), "--jobs", "1"])
    err = capsys.readouterr().err
    assert code == 1 and "01-first.md" in err and "up to date" not in err


def test_an_image_the_pdf_embeds_is_fingerprinted(shelf, capsys):
    out, (alpha, _), _ = shelf
    images = alpha / "images"
    images.mkdir()
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="{}"/></svg>'
    )
    (images / "map.svg").write_text(svg.format("red"), encoding="utf-8")
    section = alpha / "sections" / "01-first.md"
    section.write_text(section.read_text(encoding="utf-8") + "\n![A map](images/map.svg)\n", encoding="utf-8")
    build(capsys, alpha, "--output", out)
    (stamp,) = (out / ".stamps").iterdir()
    assert "images/map.svg" in json.loads(stamp.read_text())["inputs"]
    (images / "map.svg").write_text(svg.format("blue"), encoding="utf-8")  # same names, new content
    _, lines = build(capsys, alpha, "--output", out)
    assert "pages" in lines["alpha"]
