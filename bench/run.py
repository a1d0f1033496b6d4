"""``make bench``: what a build costs, measured against WeasyPrint alone and pandoc.

Every figure is the median of several whole-process runs (``BENCH_RUNS``,
default 3; twice as many for the default guide against WeasyPrint and pandoc), and the things compared are run alternately in the same loop, so
a machine that slows down or speeds up mid-run affects both sides alike.
Peak memory is each child process's own maximum resident set, read with
``os.wait4``. The table is printed and written to ``<output>/bench.md``.

Figures (targets from the project's performance goals):
- full build vs WeasyPrint's CLI rendering the HTML our pipeline wrote (≤ 1.10×);
- a no-op ``make pdf`` (≤ 0.3 s wall);
- a rebuild after editing one section, alone and in a batch of 8 guides;
- 8 guides on all cores vs one after another (≥ 1.8× on 2 cores);
- time and peak RSS at 1×/2×/4×/8× the default guide (8× ≤ 8.5× the time, ≤ 600 MB);
- ``pandoc --pdf-engine=weasyprint`` on the same text as Markdown (ours/pandoc ≤ 1.0);
- save of one section → PDF written in a warm watch process, full re-render vs part-wise,
  at 1× and 4× (≤ 0.8 s), and the warm process's memory at 4× (bench/watch_saves.py);
- save of one section → HTML preview shown in headless Chromium (≤ 0.15 s), beside the
  watch of BEFORE_PREVIEW (bench/preview_reload.py; skipped where no Chromium is installed);
- a keystroke in the studio → the preview shown and the PDF shown (≤ 0.3 s), beside the
  watch's figures from a save (bench/studio_keystroke.py; skipped where no Chromium is installed);
- a cold build of the default guide against the one-piece build of BEFORE_PARTWISE,
  run alternately (≤ 1.02×).

The figures from before a change are measured in the same run, on the project's files at
that commit (``git archive``); a clone without the commit prints the row as not measured.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.make_guides import markdown_edition, scaled_guide  # noqa: E402
from bench.studio_keystroke import rows as studio_rows  # noqa: E402
from generator.build import build_guide  # noqa: E402
from generator.jobs import default_jobs  # noqa: E402

DEFAULT_GUIDE = ROOT / "content" / "japan-ussr-ww2"
BIN = Path(sys.executable).parent
#: The command line, with the ceilings that protect an author lifted: the 8× guide has
#: ~450 pages, over the 400 a guide may print; the bench times the build, not the refusal.
#: (Run from the project's folder, or an earlier commit's, this imports that folder's
#: generator: the limits were constants of generator.render.pdf before generator.limits.)
STUDYGUIDE = [
    sys.executable,
    "-c",
    "import sys, dataclasses, generator.render.pdf as p; p.MAX_PAGES = p.LAYOUT_SECONDS = 10**6; "
    "l = sys.modules.get('generator.limits'); "
    "l and setattr(l, 'DEFAULTS', dataclasses.replace(l.DEFAULTS, pages=10**6, layout_seconds=1e6)); "
    "from generator.cli import main; sys.exit(main(sys.argv[1:]))",
]
FONTS_CONF = ROOT / "templates" / "fonts" / "fonts.conf"
FACTORS = (1, 2, 4, 8)
#: The one-piece build before the watch's part-wise typesetting was added.
BEFORE_PARTWISE = "c672c5e"
#: The watch whose page asked /version every 0.4 s and then loaded itself whole.
BEFORE_PREVIEW = "95844fc"
WATCH_FACTORS = (1, 4)
BATCH = 8


@dataclass
class Run:
    """One child process: wall seconds, CPU seconds (its children's included), peak RSS in MiB, output."""

    seconds: float
    cpu: float
    rss: float
    stdout: str


def run(command: list[str | Path], cwd: Path = ROOT, env: dict | None = None) -> Run:
    """Run a command to completion; fail loudly if it fails (a bench of failures means nothing)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        process = subprocess.Popen(
            [str(c) for c in command], cwd=cwd, stdout=out, stderr=err, env={**os.environ, **(env or {})}
        )
        # wait4 rather than wait: it also gives this child's own resource usage.
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        if process.returncode != 0:
            raise SystemExit(f"bench: {' '.join(map(str, command))} failed:\n{stdout}{err.read().decode()}")
    return Run(seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, stdout)


class Samples(dict):
    """name → list of Runs, with medians."""

    def add(self, name: str, sample: Run) -> Run:
        self.setdefault(name, []).append(sample)
        return sample

    def time(self, name: str) -> float:
        return statistics.median(r.seconds for r in self[name])

    def cpu(self, name: str) -> float:
        return statistics.median(r.cpu for r in self[name])

    def rss(self, name: str) -> float:
        return statistics.median(r.rss for r in self[name])


def build(folders: list[Path], output: Path, *flags: str) -> list[str | Path]:
    return [*STUDYGUIDE, "build", *folders, "--output", output, *flags]


def archived(revision: str, into: Path) -> Path | None:
    """The project's files at ``revision``, unpacked into ``into`` (run them with it as the
    working folder and PYTHONPATH); None where this clone does not have the commit."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", revision], capture_output=True)
    if archive.returncode != 0:
        return None
    into.mkdir(parents=True, exist_ok=True)
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive.stdout, check=True)
    return into


def weasyprint_alone(html: Path, guide: Path, pdf: Path) -> list[str | Path]:
    """WeasyPrint's own CLI on our HTML, with the same fonts and the guide as base URL,
    writing the same kind of PDF as ours (tagged for accessibility)."""
    return [BIN / "weasyprint", "--pdf-tags", "--base-url", guide.resolve().as_uri() + "/", html, pdf]


def pandoc_command(markdown: Path, css: Path, pdf: Path) -> list[str | Path]:
    import pypandoc

    return [
        pypandoc.get_pandoc_path(),
        markdown,
        "--standalone",
        "--pdf-engine=weasyprint",
        f"--css={css.as_uri()}",
        "-o",
        pdf,
    ]


def pandoc_css(work: Path) -> Path:
    """Pandoc's page gets our fonts, page size, justification and hyphenation: like for like."""
    fonts = ROOT / "templates" / "fonts"
    faces = [
        ("Guide Serif", "SourceSerif4-Regular.ttf", 400, "normal"),
        ("Guide Serif", "SourceSerif4-It.ttf", 400, "italic"),
        ("Guide Serif", "SourceSerif4-Bold.ttf", 700, "normal"),
        ("Guide CJK", "NotoSansJP-Regular.ttf", 400, "normal"),
        ("Guide CJK", "NotoSansJP-Bold.ttf", 700, "normal"),
    ]
    css = [
        f'@font-face {{ font-family: "{family}"; src: url("{(fonts / name).as_uri()}"); '
        f"font-weight: {weight}; font-style: {style}; }}"
        for family, name, weight, style in faces
    ]
    css += [
        "@page { size: A4; margin: 20mm 18mm 22mm 24mm; @bottom-center { content: counter(page) } }",
        'html { font-family: "Guide Serif", "Guide CJK"; font-size: 10.5pt; line-height: 1.4;'
        " text-align: justify; hyphens: auto; max-width: none; padding: 0; }",
        "body { max-width: none; margin: 0; padding: 0; }",
        "h1 { break-before: page; }",
    ]
    path = work / "pandoc.css"
    path.write_text("\n".join(css) + "\n", encoding="utf-8")
    return path


def pages(pdf: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(pdf).pages)


def edit(section: Path, count: int) -> None:
    """A real change to the text, different every time."""
    with open(section, "a", encoding="utf-8") as handle:
        handle.write(f"\nA sentence added by the benchmark, number {count}.\n")


def measure(runs: int, work: Path, output: Path) -> tuple[Samples, dict]:
    samples, facts = Samples(), {}
    env = {"FONTCONFIG_FILE": str(FONTS_CONF), "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    cores = default_jobs()
    facts["load"] = os.getloadavg()[0]

    print(f"bench: preparing guides in a temporary folder ({runs} runs each) …", file=sys.stderr)
    scaled = {f: scaled_guide(DEFAULT_GUIDE, work / f"x{f}" / DEFAULT_GUIDE.name, f) for f in FACTORS}
    markdown = work / "pandoc" / f"{DEFAULT_GUIDE.name}.md"
    markdown.parent.mkdir()
    markdown.write_text(markdown_edition(DEFAULT_GUIDE), encoding="utf-8")
    css = pandoc_css(work)
    batch = [scaled_guide(DEFAULT_GUIDE, work / "batch" / f"guide-{n}", 1) for n in range(1, BATCH + 1)]
    single = scaled_guide(DEFAULT_GUIDE, work / "single" / DEFAULT_GUIDE.name, 1)
    out = work / "out"
    before = archived(BEFORE_PARTWISE, work / "before")
    in_before = {"cwd": before, "env": {"PYTHONPATH": str(before)}} if before else {}

    # Warm-up: fills the OS file cache and fontconfig's cache, and writes the HTML WeasyPrint gets.
    for f in FACTORS:
        run(build([scaled[f]], out / f"x{f}", "--force", "--jobs", "1"))
    if before:
        run(build([scaled[1]], out / "before", "--force", "--jobs", "1"), **in_before)
    run(pandoc_command(markdown, css, work / "pandoc.pdf"), env=env)
    facts["pages"] = {f: pages(out / f"x{f}" / f"{DEFAULT_GUIDE.name}.pdf") for f in FACTORS}
    # WeasyPrint alone gets the page as our build typesets it (stylesheets and fonts linked);
    # the HTML written beside the PDF is the one for sharing, which carries no fonts.
    typeset = {f: work / f"typeset-{f}.html" for f in FACTORS}
    for f, page in typeset.items():
        page.write_text(build_guide(scaled[f], work / "typeset", html_only=True).page, encoding="utf-8")
    facts["pandoc pages"] = pages(work / "pandoc.pdf")

    for number in range(1, runs + 1):
        print(f"bench: run {number}/{runs}", file=sys.stderr)
        for f in FACTORS:
            html = typeset[f]
            # The 1× comparisons are the close ones and cheap: twice the samples.
            for _ in range(2 if f == 1 else 1):
                samples.add(f"ours {f}", run(build([scaled[f]], out / f"x{f}", "--force", "--jobs", "1")))
                if f == 1 and before:
                    samples.add(
                        "before 1", run(build([scaled[1]], out / "before", "--force", "--jobs", "1"), **in_before)
                    )
                samples.add(f"weasyprint {f}", run(weasyprint_alone(html, scaled[f], work / f"wp{f}.pdf"), env=env))
                if f == 1:
                    samples.add("pandoc", run(pandoc_command(markdown, css, work / "pandoc.pdf"), env=env))
        samples.add("sequential", run(build(batch, out / "batch", "--force", "--jobs", "1")))
        samples.add("parallel", run(build(batch, out / "batch", "--force", "--jobs", str(cores))))

    # Incremental: the batch is now up to date; edit one section of one guide.
    section = sorted((batch[0] / "sections").glob("*.md"))[4]
    for number in range(1, runs + 1):
        edit(section, number)
        line = samples.add("edit in batch", run(build(batch, out / "batch"))).stdout
        if line.count("up to date") != BATCH - 1:
            raise SystemExit(f"bench: expected exactly one guide rebuilt after an edit, got:\n{line}")
    run(build([single], out / "single"))
    section = sorted((single / "sections").glob("*.md"))[4]
    for number in range(1, runs + 1):
        edit(section, number)
        samples.add("edit one", run(build([single], out / "single")))

    # No-op `make pdf`: the project's own guides, built once, then nothing changed.
    make = ["make", "--no-print-directory", "-s", "pdf", f"OUTPUT={output}"]
    run(make)
    for _ in range(max(5, runs)):
        noop = samples.add("no-op make pdf", run(make))
        if "up to date" not in noop.stdout:
            raise SystemExit(f"bench: `make pdf` rebuilt something on a no-op run:\n{noop.stdout}")
    # Save → PDF in a warm watch process, full vs part-wise (it edits the scaled guides: last).
    for f in WATCH_FACTORS:
        warm = run([sys.executable, ROOT / "bench" / "watch_saves.py", scaled[f], str(runs)])
        facts[f"watch {f}"] = {**json.loads(warm.stdout), "process_rss": warm.rss}
    # Save → HTML preview in the browser, this tree's watch and the one before (it copies the guide).
    preview = [sys.executable, ROOT / "bench" / "preview_reload.py", DEFAULT_GUIDE, str(max(5, 2 * runs))]
    facts["preview"] = json.loads(run(preview).stdout)
    facts["preview before"] = json.loads(run([*preview, "--before", BEFORE_PREVIEW]).stdout)
    keystroke = [sys.executable, ROOT / "bench" / "studio_keystroke.py", DEFAULT_GUIDE, str(max(5, runs))]
    facts["studio"] = json.loads(run(keystroke).stdout)
    facts["cores"] = cores
    facts["load"] = (facts["load"], os.getloadavg()[0])
    return samples, facts


def table(samples: Samples, facts: dict, runs: int) -> str:
    t, cpu, rss = samples.time, samples.cpu, samples.rss

    def verdict(ok: bool) -> str:
        return "met" if ok else "**not met**"

    ratio = t("ours 1") / t("weasyprint 1")
    speedup = t("sequential") / t("parallel")
    growth = t("ours 8") / t("ours 1")
    versus_pandoc = t("ours 1") / t("pandoc")
    cores = facts["cores"]
    lines = [
        "# Benchmark",
        "",
        f"Machine: {cores} cores ({os.cpu_count()} on the machine), {platform.platform()}. "
        f"Python {platform.python_version()}, WeasyPrint {version('weasyprint')}, "
        f"pandoc {_pandoc_version()}, studyguide {version('studyguide')}. "
        f"Medians of {runs} runs of whole processes: wall-clock time, and CPU time in brackets "
        f"(a fairer comparison on a busy machine; the 1-minute load average was "
        f"{facts['load'][0]:.1f} at the start and {facts['load'][1]:.1f} at the end).",
        "",
        *(
            [
                f"**The machine was busy** (load average {max(facts['load']):.1f} on {cores} cores, from other "
                "processes): wall-clock figures, the parallel speed-up above all, understate what an idle "
                "machine does; the CPU times in brackets are less affected.",
                "",
            ]
            if max(facts["load"]) > 0.5 * cores
            else []
        ),
        "| measure | result | target | |",
        "|---|---|---|---|",
        f"| full build, default guide ({facts['pages'][1]} pages) | {t('ours 1'):.2f} s ({cpu('ours 1'):.2f} s) | | |",
        f"| WeasyPrint CLI alone on our HTML | {t('weasyprint 1'):.2f} s ({cpu('weasyprint 1'):.2f} s) | | |",
        f"| ours / WeasyPrint alone | {ratio:.3f}× ({cpu('ours 1') / cpu('weasyprint 1'):.3f}×) | ≤ 1.10× | "
        f"{verdict(ratio <= 1.10)} |",
        f"| no-op `make pdf` | {t('no-op make pdf'):.3f} s | ≤ 0.3 s | {verdict(t('no-op make pdf') <= 0.3)} |",
        f"| rebuild after editing one section | {t('edit one'):.2f} s | report | |",
        f"| same, one guide of a batch of {BATCH} (the other {BATCH - 1} skipped) | {t('edit in batch'):.2f} s | report | |",
        f"| {BATCH} guides, one after another | {t('sequential'):.2f} s | | |",
        f"| {BATCH} guides, {cores} processes | {t('parallel'):.2f} s | | |",
        f"| parallel speed-up | {speedup:.2f}× | ≥ 1.8× on 2 cores | "
        f"{verdict(speedup >= 1.8) if cores == 2 else ('met' if speedup >= 0.9 * cores else 'see cores')} |",
        f"| time at 8× / time at 1× | {growth:.2f}× ({cpu('ours 8') / cpu('ours 1'):.2f}×) | ≤ 8.5× | "
        f"{verdict(growth <= 8.5)} |",
        f"| peak RSS at 8× | {rss('ours 8'):.0f} MiB | ≤ 600 MB | {verdict(rss('ours 8') * 1.048576 <= 600)} |",
        f"| pandoc → WeasyPrint, same text ({facts['pandoc pages']} pages) | {t('pandoc'):.2f} s ({cpu('pandoc'):.2f} s) | | |",
        f"| ours / pandoc | {versus_pandoc:.2f}× ({cpu('ours 1') / cpu('pandoc'):.2f}×) | ≤ 1.0× | "
        f"{verdict(versus_pandoc <= 1.0)} |",
        *watch_rows(facts, verdict),
        *preview_rows(facts, verdict),
        *studio_rows(facts["studio"], facts["watch 1"], facts["preview"], verdict),
        cold_row(samples, verdict),
        "",
        "## Growth with content",
        "",
        "| content | pages | ours | WeasyPrint alone | ours / WeasyPrint | time vs 1× | peak RSS (ours) |",
        "|---|---|---|---|---|---|---|",
    ]
    for f in FACTORS:
        ours, alone = f"ours {f}", f"weasyprint {f}"
        lines.append(
            f"| {f}× | {facts['pages'][f]} | {t(ours):.2f} s ({cpu(ours):.2f} s) | "
            f"{t(alone):.2f} s ({cpu(alone):.2f} s) | {t(ours) / t(alone):.3f}× "
            f"({cpu(ours) / cpu(alone):.3f}×) | {t(ours) / t('ours 1'):.2f}× "
            f"({cpu(ours) / cpu('ours 1'):.2f}×) | {rss(ours):.0f} MiB |"
        )
    return "\n".join(lines) + "\n"


def watch_rows(facts: dict, verdict: Callable[[bool], str]) -> list[str]:
    """Save of one section → PDF written, today's full re-render beside the part-wise one."""
    rows = []
    for f in WATCH_FACTORS:
        warm = facts[f"watch {f}"]
        full, parts = statistics.median(warm["full"]), statistics.median(warm["partwise"])
        settle, (hits, _) = statistics.median(warm["settle"]), warm["replayed"]
        preview = statistics.median(warm["preview"])
        rows.append(
            f"| save of one section → PDF, {f}× ({warm['pages']} pages): full re-render → part-wise "
            f"| {full:.2f} s → {parts:.2f} s ({full / parts:.1f}× faster; the preview first, "
            f"{preview:.2f} s of it, as in the watch; of the {warm['pages']} pages, "
            f"{hits / len(warm['partwise']):.0f} replayed per save, not painted; then {settle:.2f} s "
            "of garbage collection while idle) "
            f"| ≤ 0.8 s | {verdict(parts <= 0.8)} |"
        )
    warm = facts[f"watch {WATCH_FACTORS[-1]}"]
    rows.append(
        f"| memory of the warm watch process, {WATCH_FACTORS[-1]}× (peak; after the saves) "
        f"| {warm['process_rss']:.0f} MiB; {warm['rss'] or 0:.0f} MiB | report | |"
    )
    return rows


def preview_rows(facts: dict, verdict: Callable[[bool], str]) -> list[str]:
    """Save of one section → HTML preview shown in headless Chromium, before and now."""
    now, before = facts["preview"], facts["preview before"]
    what = "save of one section → HTML preview shown in headless Chromium"
    if "skipped" in now:
        return [f"| {what} | skipped: {now['skipped']} | ≤ 0.15 s | |"]
    if "skipped" in before:
        was, fetched = f"0.48 s (measured earlier; here: {before['skipped']})", "?"
    else:
        was, fetched = f"{before['median']:.2f} s", f"{statistics.median(before['bytes']) / 1e6:.2f} MB"
    return [
        f"| {what} ({len(now['seconds'])} saves), before (page polled every 0.4 s, loaded whole) → now "
        f"(pushed, changed parts replaced) | {was} → {now['median']:.3f} s | ≤ 0.15 s | {verdict(now['median'] <= 0.15)} |",
        f"| bytes the browser fetched per save, before → now | {fetched} → "
        f"{statistics.median(now['bytes']) / 1e6:.2f} MB | report | |",
    ]


def cold_row(samples: Samples, verdict: Callable[[bool], str]) -> str:
    """A cold build now against the one-piece build before the part-wise typesetting was added."""
    what = f"cold build, default guide: now / one-piece build of {BEFORE_PARTWISE} (before part-wise typesetting)"
    if "before 1" not in samples:
        return f"| {what} | not measured: {BEFORE_PARTWISE} is not in this clone | ≤ 1.02× | |"
    t, cpu = samples.time, samples.cpu
    ratio = t("ours 1") / t("before 1")
    return (
        f"| {what} | {t('ours 1'):.2f} s / {t('before 1'):.2f} s = {ratio:.3f}× "
        f"({cpu('ours 1') / cpu('before 1'):.3f}×) | ≤ 1.02× | {verdict(ratio <= 1.02)} |"
    )


def _pandoc_version() -> str:
    import pypandoc

    return pypandoc.get_pandoc_version()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=ROOT / "output", help="where bench.md goes")
    parser.add_argument(
        "--runs",
        type=int,
        default=int(os.environ.get("BENCH_RUNS", "3")),
        help="repetitions of each measurement (default: $BENCH_RUNS or 3)",
    )
    args = parser.parse_args()
    output = args.output.resolve()
    work = Path(tempfile.mkdtemp(prefix="studyguide-bench-"))
    try:
        samples, facts = measure(max(1, args.runs), work, output)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    report = table(samples, facts, max(1, args.runs))
    output.mkdir(parents=True, exist_ok=True)
    (output / "bench.md").write_text(report, encoding="utf-8")
    print(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
