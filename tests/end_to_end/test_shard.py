"""Sharding: ``--shard I/N`` (a CI matrix) and ``--shards N`` with JOB_COMPLETION_INDEX
(a Kubernetes Indexed Job) split a catalogue so that every guide is built exactly once."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from guide_factory import PROJECT, small_guide

from generator.jobs import Shard

SLUGS = [f"guide-{n:02d}" for n in range(9)]


def studyguide(*args: str | Path, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    inherited = {k: v for k, v in os.environ.items() if k not in ("JOB_COMPLETION_INDEX", "STUDYGUIDE_SHARDS")}
    environment = {**inherited, "PYTHONPATH": str(PROJECT), **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "generator", *map(str, args)],
        cwd=cwd,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("catalogue")
    for slug in SLUGS:
        small_guide(root, slug)
    return root


def built(result: subprocess.CompletedProcess) -> list[str]:
    assert result.returncode == 0, result.stderr
    return [line.split(":")[0] for line in result.stdout.splitlines()]


@pytest.mark.parametrize("count", [1, 2, 3, 4])
def test_the_shards_together_build_every_guide_exactly_once(catalogue, count):
    slugs: list[str] = []
    for index in range(1, count + 1):
        out = catalogue / f"out-{count}-{index}"
        mine = built(
            studyguide("build", *SLUGS, "--shard", f"{index}/{count}", "--html-only", "-o", out, cwd=catalogue)
        )
        assert sorted(p.stem for p in out.glob("*.html")) == sorted(mine)  # a shard writes its own guides only
        slugs += mine
    assert Counter(slugs) == Counter(SLUGS)
    if count > 1:  # nine guides are not all in one shard
        assert all(len([s for s in SLUGS if Shard(i, count).holds(Path(s))]) < len(SLUGS) for i in range(1, count + 1))


def test_a_guide_keeps_its_shard_when_others_come_and_go():
    before = {slug: next(i for i in range(1, 5) if Shard(i, 4).holds(Path(slug))) for slug in SLUGS}
    # The shard depends on the guide's own name only, not on its place in the list or the folder around it.
    after = {slug: next(i for i in range(1, 5) if Shard(i, 4).holds(Path("elsewhere") / slug)) for slug in SLUGS}
    assert before == after
    assert len(set(before.values())) > 1


def test_kubernetes_job_completion_index_picks_the_shard(catalogue):
    for index in range(3):
        indexed = studyguide(
            "build",
            *SLUGS,
            "--html-only",
            "-o",
            catalogue / "k8s",
            cwd=catalogue,
            env={"JOB_COMPLETION_INDEX": str(index), "STUDYGUIDE_SHARDS": "3"},
        )
        explicit = studyguide(
            "build", *SLUGS, "--html-only", "-o", catalogue / "ci", "--shard", f"{index + 1}/3", cwd=catalogue
        )
        assert sorted(built(indexed)) == sorted(built(explicit))


@pytest.mark.parametrize(
    "args, env, message",
    [
        (["--shard", "0/3"], {}, "I must be between 1 and N"),
        (["--shard", "4/3"], {}, "I must be between 1 and N"),
        (["--shard", "two"], {}, "give I/N"),
        (["--shards", "3"], {}, "needs JOB_COMPLETION_INDEX set to 0 … 2"),
        (["--shards", "3"], {"JOB_COMPLETION_INDEX": "3"}, "needs JOB_COMPLETION_INDEX set to 0 … 2"),
        ([], {"STUDYGUIDE_SHARDS": "three", "JOB_COMPLETION_INDEX": "0"}, "is not a number of shards"),
    ],
)
def test_a_wrong_shard_is_a_usage_error(catalogue, args, env, message):
    result = studyguide("build", SLUGS[0], *args, cwd=catalogue, env=env)
    assert result.returncode == 2
    assert message in result.stderr and "Traceback" not in result.stderr
