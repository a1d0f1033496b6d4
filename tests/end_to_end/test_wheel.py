"""The package as users install it: a wheel (``pip install .``, ``pipx install .``),
not the repository. It must carry its templates, CSS, fonts, skeleton and schemas,
and work from any folder.

The test builds the wheel from a copy of the project and installs it into a fresh
virtual environment, offline: the wheel itself with ``--no-index --no-deps``, its
dependencies seen through a ``.pth`` file naming this environment's site-packages
(so nothing is downloaded and the run takes seconds). Then, in an empty folder, it
runs exactly what a new user would: ``studyguide new demo`` and
``studyguide build content/demo``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest
from conftest import ROOT, pdftotext

SHIPPED = ["pyproject.toml", "README.md", "generator", "templates", "schemas"]


def run(*command: str | Path, cwd: Path | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    result = subprocess.run(
        [str(part) for part in command], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, f"{command}:\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """The ``bin`` folder of a fresh virtual environment with only the wheel installed in it."""
    root = tmp_path_factory.mktemp("wheel")
    source = root / "source"
    for name in SHIPPED:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            source.mkdir(exist_ok=True)
            shutil.copy2(ROOT / name, source / name)
    run(
        sys.executable,
        "-m",
        "pip",
        "wheel",
        "--no-deps",
        "--no-build-isolation",
        "--no-index",
        "-w",
        root / "dist",
        source,
    )
    wheel = next((root / "dist").glob("studyguide-*.whl"))
    env = root / "env"
    run(sys.executable, "-m", "venv", "--without-pip", env)
    python = env / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    purelib = Path(run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])").stdout.strip())
    # The dependencies (WeasyPrint …) come from this environment, listed after the new
    # environment's own site-packages; the project itself does not (a .pth line is a
    # plain path: this environment's editable-install hooks are not run).
    dependencies = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (purelib / "studyguide-test-dependencies.pth").write_text("\n".join(sorted(dependencies)) + "\n")
    run(sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--no-index", "--quiet", wheel)
    return python.parent


def user_environment(bin_folder: Path) -> dict[str, str]:
    """A shell as a user has it: the new environment's commands first, no PYTHONPATH."""
    environment = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "VIRTUAL_ENV")}
    environment["PATH"] = f"{bin_folder}{os.pathsep}{environment.get('PATH', '')}"
    return environment


def test_the_installed_package_is_the_wheel_not_the_repository(installed, tmp_path):
    where = run(
        installed / "python",
        "-c",
        "import generator, generator.resources as r; print(generator.__file__); print(r.TEMPLATES)",
        cwd=tmp_path,
        env=user_environment(installed),
    ).stdout.split("\n")
    assert Path(where[0]).is_relative_to(installed.parent), where
    assert Path(where[1]).is_relative_to(installed.parent) and Path(where[1], "base.html.j2").is_file(), where


def test_new_and_build_work_in_an_empty_folder(installed, tmp_path):
    environment = user_environment(installed)
    studyguide = shutil.which("studyguide", path=environment["PATH"])
    assert studyguide and Path(studyguide).parent == installed
    created = run("studyguide", "new", "demo", cwd=tmp_path, env=environment)
    skeleton = [p for p in (ROOT / "templates" / "skeleton").rglob("*") if p.is_file()]
    assert f"created content/demo with {len(skeleton)} files" in created.stdout
    listed = [line.strip() for line in created.stdout.splitlines() if line.startswith("  ")]
    assert listed and all((tmp_path / name).is_file() for name in listed), created.stdout
    built = run("studyguide", "build", "content/demo", cwd=tmp_path, env=environment)
    assert "→ output/demo.pdf" in built.stdout, built.stdout
    text = pdftotext(tmp_path / "output" / "demo.pdf")
    assert "Demo" in text and "Contents" in text
    # The schemas the new files point their editors at are in the installed package.
    modeline = (tmp_path / "content" / "demo" / "guide.yaml").read_text(encoding="utf-8").splitlines()[0]
    schema = (tmp_path / "content" / "demo" / modeline.split("=", 1)[1]).resolve()
    assert schema.is_file() and schema.is_relative_to(installed.parent), schema


def test_the_studio_assets_are_in_the_wheel(installed, tmp_path):
    """Every file the studio's page loads (its scripts, styles and vendored libraries, pdf.js's
    worker among them) is installed with the package, none left behind in the repository."""
    assets = ROOT / "generator" / "studio" / "assets"
    wanted = sorted(str(p.relative_to(assets)) for p in assets.rglob("*") if p.is_file())
    found = run(
        installed / "python",
        "-c",
        "import pathlib, generator.studio as s; a = pathlib.Path(s.__file__).with_name('assets');"
        "print('\\n'.join(sorted(str(p.relative_to(a)) for p in a.rglob('*') if p.is_file())))",
        cwd=tmp_path,
        env=user_environment(installed),
    ).stdout.split()
    assert "vendor/pdfjs/pdf.worker.min.mjs" in wanted
    assert found == wanted
