"""Fetching from a local server a test started, and waiting for it to catch up.

Shared by the watcher's tests and the themes' tests, which live in different folders.
"""

from __future__ import annotations

import time
import urllib.error
import urllib.request
from collections.abc import Callable
from typing import TypeVar

import pytest

WAIT = 60  # seconds: a bound, not a speed requirement

T = TypeVar("T")


def get(url: str) -> tuple[int, str]:
    """Status and text of ``url``; an HTTP error is returned as its status, not raised."""
    try:
        with urllib.request.urlopen(url, timeout=WAIT) as response:
            return response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, ""


def until(check: Callable[[], T], wait: float = 60.0, what: str = "the condition") -> T:
    """Poll ``check()`` until it returns a true value; that value."""
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.1)
    raise TimeoutError(f"{what} did not happen within {wait} s")


def wait_for(predicate: Callable[[], T], what: str) -> T:
    """The first true value of ``predicate``, or a failed test after ``WAIT`` seconds."""
    try:
        return until(predicate, WAIT, what)
    except TimeoutError as timeout:
        pytest.fail(str(timeout))
