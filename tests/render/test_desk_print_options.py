"""The print options, each built and read back from its PDF: no key, compact, the one-sided
handout, photocopier contrast measured from rendered pixels, large print at 14 pt and up.
Each passes the layout preflight (no layout warnings) on the small test guide."""

from __future__ import annotations

import statistics
from pathlib import Path

import pytest
from conftest import page_image, page_texts, pdf_fonts
from guide_factory import cli, make_guide, section
from pdf_measure import font_sizes, horizontal_rules, lines, read_glyphs

from generator.build import build
from generator.jobs import Built, Job
from generator.products import PRODUCTS
from generator.render.options import PRINT_OPTIONS

QUESTIONS = """- type: short-answer
  question: Why did Japan sign the pact?
  answer: Its northern border had to be safe.
  lines: 4
- type: multiple-choice
  question: When was the pact signed?
  choices: ["1939", "1941", "1945"]
  answer: "1941"
  section: the-pact
"""


@pytest.fixture(scope="module")
def guide(tmp_path_factory) -> Path:
    return make_guide(tmp_path_factory.mktemp("options"), files={"questions.yaml": QUESTIONS})


def _build(guide: Path, out: Path, product: str = "guide", *options: str) -> Built:
    built = build(Job(guide, product, out, print_options=options))
    layout = [w for w in built.warnings if w.message.startswith("layout:")]
    assert not layout, layout  # each option passes the preflight
    return built


def _pdf(built: Built) -> Path:
    assert built.pdf is not None
    return built.pdf


def test_every_option_is_on_build_and_in_guide_yaml_and_named_in_the_output(tmp_path):
    from generator.content.model import PrintSettings

    assert set(PrintSettings.model_fields) == {option.key for option in PRINT_OPTIONS.values()}
    offered = {name for product in PRODUCTS.values() for name in product.print_options}
    assert offered == set(PRINT_OPTIONS)
    guide = make_guide(tmp_path, files={"questions.yaml": QUESTIONS})
    (guide / "guide.yaml").write_text((guide / "guide.yaml").read_text() + "print:\n  no_key: true\n")
    first = cli(["build", str(guide), "-o", str(tmp_path / "out")])
    again = cli(["build", str(guide), "-o", str(tmp_path / "out")])  # the stamp knows the guide's options
    assert first.returncode == 0 and "guide-no-key.pdf" in first.stdout, first.stderr
    assert "up to date → " in again.stdout and "guide-no-key.pdf" in again.stdout
    assert "Answer key" not in " ".join(page_texts(tmp_path / "out" / "guide-no-key.pdf"))
    refused = cli(["build", str(guide), "--one-sided", "-o", str(tmp_path / "x")])
    assert refused.returncode == 2 and "--one-sided applies to --handout" in refused.stderr


def test_no_key_leaves_the_answer_key_out(guide, tmp_path):
    plain = " ".join(page_texts(_pdf(_build(guide, tmp_path / "plain"))))
    student = " ".join(page_texts(_pdf(_build(guide, tmp_path / "no-key", "guide", "no-key"))))
    assert "Answer key" in plain and "had to be safe" in plain
    assert "Answer key" not in student and "had to be safe" not in student
    assert "Why did Japan sign the pact?" in student


def test_compact_runs_the_sections_on(guide, tmp_path):
    plain = page_texts(_pdf(_build(guide, tmp_path / "plain")))
    compact = page_texts(_pdf(_build(guide, tmp_path / "compact", "guide", "compact")))
    assert len(compact) < len(plain) - 3

    def page_of(texts: list[str], needle: str) -> int:
        return next(i for i, text in enumerate(texts) if needle in text and "Contents" not in text)

    assert page_of(plain, "SECTION 2") > page_of(plain, "SECTION 1")
    assert page_of(compact, "Timeline") == page_of(compact, "Key people")


def test_one_sided_handout_fits_one_side(guide, tmp_path):
    two = _build(guide, tmp_path / "two", "handout")
    one = _build(guide, tmp_path / "one", "handout", "one-sided")
    assert two.pages == 2 and one.pages == 1 and len(page_texts(_pdf(one))) == 1
    assert "one side" in one.notes[0]
    assert "The Neutrality Pact" in page_texts(_pdf(one))[0]


def _relative_luminance(value: float) -> float:
    channel = value / 255
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def _contrast(grey: float) -> float:
    """The WCAG contrast ratio of a grey against white paper."""
    return 1.05 / (_relative_luminance(grey) + 0.05)


def _rules_and_tints(pdf: Path, page: int) -> tuple[float, float, float]:
    """(contrast of the faintest horizontal rule, of the faintest writing line, share of the
    page in tints) on a page rendered at 216 dpi. Writing lines are the rules indented under
    their question; a tint is a light grey or colour (luminance 200–247)."""
    image = page_image(pdf, page, scale=3)
    rules = horizontal_rules(image)
    assert rules, "no rules found on the page"
    indent = max(rule.left for rule in rules)
    writing = [rule for rule in rules if rule.left > indent - 6] or rules
    histogram = image.convert("L").histogram()
    tinted = sum(histogram[200:248])
    faintest = _contrast(max(rule.grey for rule in rules))
    return faintest, _contrast(max(rule.grey for rule in writing)), tinted / sum(histogram)


def test_photocopy_has_dark_rules_and_no_tints(guide, tmp_path):
    plain = _pdf(_build(guide, tmp_path / "plain"))
    copy = _pdf(_build(guide, tmp_path / "copy", "guide", "photocopy"))
    questions = next(i for i, text in enumerate(page_texts(plain), 1) if "Why did Japan sign the pact" in text)
    sections = next(i for i, text in enumerate(page_texts(plain), 1) if "KEY POINTS" in text.upper())
    plain_rules, plain_lines, _ = _rules_and_tints(plain, questions)
    copy_rules, copy_lines, _ = _rules_and_tints(copy, questions)
    _, _, plain_tints = _rules_and_tints(plain, sections)
    _, _, copy_tints = _rules_and_tints(copy, sections)
    print(
        f"faintest rule {plain_rules:.1f}:1 → {copy_rules:.1f}:1; writing lines {plain_lines:.1f}:1 → "
        f"{copy_lines:.1f}:1; tints {plain_tints:.2%} → {copy_tints:.2%}"
    )
    assert copy_rules >= 7.0 > plain_rules  # every rule dark enough for a cheap copier
    assert copy_lines >= 7.0 and plain_lines >= 3.0  # the writing lines, even unoptioned, are not pale
    assert plain_tints > 0.01 and copy_tints < 0.002


def test_large_print_sets_the_body_at_14_pt_in_sans_without_italics(guide, tmp_path):
    built = _build(guide, tmp_path / "large", "guide", "large-print")
    pages = read_glyphs(_pdf(built))
    sizes = font_sizes(pages[2:])  # past the cover and contents
    body = sizes.most_common(1)[0][0]
    assert body >= 14.0, sizes.most_common(4)
    fonts = [name for name, _ in pdf_fonts(_pdf(built))]
    assert not [f for f in fonts if "It" in f.split("+")[-1]], fonts  # no italics
    assert not [f for f in fonts if "Serif" in f], fonts  # a sans face throughout
    # lines 1.5 apart: the baselines of a paragraph's lines at body size
    page = next(p for p in pages[2:] if sum(g.size == body for g in p.glyphs) > 100)
    baselines = sorted((statistics.median(g.bottom for g in line) for line in lines(page, body)), reverse=True)
    # (two segments on one baseline are one line; a paragraph break is a wider step)
    steps = [a - b for a, b in zip(baselines, baselines[1:], strict=False) if 1 < a - b < 2 * body * 1.5]
    assert steps and min(steps) >= 1.45 * body, steps


def _pictures(pdf: Path) -> list[tuple[str, object]]:
    """Each picture in the PDF once: its colour space, and its pixels."""
    import pikepdf
    from pikepdf import PdfImage

    with pikepdf.open(pdf) as document:
        unique = {
            image.objgen: image
            for page in document.pages
            for image in page.get_images().values()
            if image.get("/Subtype") == "/Image"
        }
        return [(str(image.ColorSpace), PdfImage(image).as_pil_image().copy()) for image in unique.values()]


def test_photocopy_serves_photographs_in_the_grey_a_copier_makes(tmp_path):
    from PIL import Image

    red, blue = (200, 30, 30), (40, 60, 200)
    body = "A street in 1905.\n\n![A red and blue poster](images/poster.png)\n\n![A photograph](images/street.jpg)\n"
    guide = make_guide(tmp_path, files={"sections/03-pictures.md": section("Pictures", body)})
    (guide / "images").mkdir(exist_ok=True)
    poster = Image.new("RGB", (60, 40), red)
    poster.paste(blue, (30, 0, 60, 40))
    poster.save(guide / "images" / "poster.png")
    Image.new("RGB", (64, 48), (30, 160, 90)).save(guide / "images" / "street.jpg", quality=95)

    plain = _pictures(_pdf(_build(guide, tmp_path / "plain")))
    copy = _pictures(_pdf(_build(guide, tmp_path / "copy", "guide", "photocopy")))
    assert len(plain) == len(copy) == 3  # the base guide's picture, the poster, the photograph
    assert {space for space, _ in plain} == {"/DeviceRGB"}
    assert {space for space, _ in copy} == {"/DeviceGray"}  # grey pictures in the PDF, a third the size

    def luma(rgb: tuple[int, int, int]) -> float:  # Rec. 601, as a printer's driver and `check` have it
        return 0.299 * rgb[0] + 0.587 * rgb[1] + 0.114 * rgb[2]

    grey_poster = next(p for _, p in copy if p.size == (60, 40)).convert("L")
    assert abs(grey_poster.getpixel((5, 20)) - luma(red)) <= 2
    assert abs(grey_poster.getpixel((55, 20)) - luma(blue)) <= 2
    grey_street = next(p for _, p in copy if p.size == (64, 48)).convert("L")
    assert abs(grey_street.getpixel((32, 24)) - luma((30, 160, 90))) <= 4  # JPEG stays JPEG, near enough
