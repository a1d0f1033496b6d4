"""Reproducible and standard PDFs, checked with the real tools.

The same inputs give the same bytes, in another process and from another
folder; the date inside comes from SOURCE_DATE_EPOCH or the guide, never the
clock. The default output is tagged, passes ``qpdf --check``, embeds every font
and extracts in reading order; PDF/A and PDF/UA variants build reproducibly too.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import pdf_fonts, pdf_info, pdf_problems
from guide_factory import cli, make_guide, pdf_text, qpdf_ok
from pypdf import PdfReader

from generator import cli as cli_module
from generator.build import build_guide
from generator.render.options import PDF_VARIANTS


@pytest.fixture(scope="module")
def guide(tmp_path_factory) -> Path:
    return make_guide(tmp_path_factory.mktemp("repro"), "pact")


@pytest.fixture(scope="module")
def default_pdf(guide, tmp_path_factory) -> Path:
    """The default build, made once in this process."""
    return build_guide(guide, tmp_path_factory.mktemp("out-a")).pdf


def pdfinfo(pdf: Path) -> dict[str, str]:
    return pdf_info(pdf)


# ---- the same bytes, every time ------------------------------------------------


def test_a_second_build_in_another_process_is_byte_identical(guide, default_pdf, tmp_path):
    result = cli(["build", str(guide), "--output", str(tmp_path)], env={"SOURCE_DATE_EPOCH": ""})
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "pact.pdf").read_bytes() == default_pdf.read_bytes()


def test_the_same_guide_in_another_folder_gives_the_same_bytes(default_pdf, tmp_path):
    elsewhere = make_guide(tmp_path / "somewhere" / "else", "pact")
    assert build_guide(elsewhere, tmp_path / "out").pdf.read_bytes() == default_pdf.read_bytes()


def test_date_comes_from_the_guide(default_pdf):
    info = pdfinfo(default_pdf)
    assert info["CreationDate"].startswith("2024-05-01") and info["ModDate"].startswith("2024-05-01")


def test_source_date_epoch_sets_the_date(guide, tmp_path):
    result = cli(["build", str(guide), "--output", str(tmp_path)], env={"SOURCE_DATE_EPOCH": "1700000000"})
    assert result.returncode == 0, result.stderr
    info = pdfinfo(tmp_path / "pact.pdf")
    assert info["CreationDate"].startswith("2023-11-14T22:13:20")
    assert info["ModDate"].startswith("2023-11-14T22:13:20")


def test_without_any_date_the_pdf_has_none_rather_than_the_clock(tmp_path, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    root = make_guide(tmp_path, "undated", files={"guide.yaml": "title: An undated guide\n"})
    pdf = build_guide(root, tmp_path / "out").pdf
    assert "CreationDate" not in pdfinfo(pdf)
    assert "/CreationDate" not in PdfReader(pdf).metadata


def test_bad_source_date_epoch_is_a_usage_error(guide, tmp_path):
    result = cli(["build", str(guide), "--output", str(tmp_path)], env={"SOURCE_DATE_EPOCH": "yesterday"})
    assert result.returncode == 2
    assert "SOURCE_DATE_EPOCH='yesterday' is not a number" in result.stderr
    assert "Traceback" not in result.stderr


# ---- a standard PDF -------------------------------------------------------------


def test_qpdf_finds_no_error(default_pdf):
    assert pdf_problems(default_pdf) == []


def test_every_font_is_embedded(default_pdf):
    fonts = pdf_fonts(default_pdf)
    assert fonts
    for name, embedded in fonts:
        assert embedded, name


def test_text_extracts_in_reading_order(default_pdf):
    text = " ".join(pdf_text(default_pdf).split())
    body = text.index("The first paragraph of the background section")
    # Within the section: its title and key points come before its first paragraph.
    assert text.rindex("Background", 0, body) < text.rindex("Both sides wanted a quiet border", 0, body) < body
    after = ["A second paragraph follows the picture.", "The Pact", "The pact promised neutrality"]
    positions = [body]
    for fragment in after:
        positions.append(text.index(fragment, positions[-1]))
    assert positions == sorted(positions)


def test_the_pdf_is_tagged_for_accessibility(default_pdf):
    reader = PdfReader(default_pdf)
    root = reader.trailer["/Root"]
    assert root["/MarkInfo"]["/Marked"] is True or root["/MarkInfo"]["/Marked"] == True  # noqa: E712
    assert "/StructTreeRoot" in root
    assert root["/Lang"] == "en"
    assert pdfinfo(default_pdf)["Tagged"] == "yes"


# ---- archival variants ----------------------------------------------------------


@pytest.fixture(scope="module")
def pdfa(guide, tmp_path_factory) -> tuple[Path, Path]:
    """PDF/A-3b built twice, in two processes."""
    first = build_guide(guide, tmp_path_factory.mktemp("pdfa-1"), pdf_variant="pdf/a-3b").pdf
    second_dir = tmp_path_factory.mktemp("pdfa-2")
    result = cli(
        ["build", str(guide), "--output", str(second_dir), "--pdf-variant", "pdf/a-3b"], env={"SOURCE_DATE_EPOCH": ""}
    )
    assert result.returncode == 0, result.stderr
    return first, second_dir / "pact.pdf"


def test_pdfa_is_reproducible_and_declares_itself(pdfa):
    first, second = pdfa
    assert first.read_bytes() == second.read_bytes()
    assert qpdf_ok(first)
    reader = PdfReader(first)
    xmp = reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode()
    assert re.search(r"pdfaid:part[^0-9]*3", xmp) and re.search(r"pdfaid:conformance[^A-Z]*B", xmp)
    assert "/OutputIntents" in reader.trailer["/Root"]
    assert "The first paragraph of the background section" in pdf_text(first)


def test_pdfua_builds_reproducibly(guide, tmp_path):
    first = build_guide(guide, tmp_path / "a", pdf_variant="pdf/ua-1").pdf
    second = build_guide(guide, tmp_path / "b", pdf_variant="pdf/ua-1").pdf
    assert first.read_bytes() == second.read_bytes()
    assert qpdf_ok(first)
    xmp = PdfReader(first).trailer["/Root"]["/Metadata"].get_object().get_data().decode()
    assert re.search(r"pdfuaid:part[^0-9]*1", xmp)


def test_cli_refuses_variants_that_are_not_reproducible(capsys):
    assert "pdf/x-4" not in PDF_VARIANTS
    assert cli_module.main(["build", "x", "--pdf-variant", "pdf/x-4"]) == 2
    assert "invalid choice" in capsys.readouterr().err


def test_pdf_variant_is_for_the_main_pdf_only(guide, capsys):
    assert cli_module.main(["build", str(guide), "--booklet", "--pdf-variant", "pdf/a-3b"]) == 2
    assert "--pdf-variant applies to the main PDF" in capsys.readouterr().err
