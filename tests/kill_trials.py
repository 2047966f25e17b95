"""Kill trials: a child process killed (SIGKILL) at random moments of its work.

The child is a Python script run from the project root; it calls :func:`started` right
before its work and :func:`done` right after it, which print ``start`` and
``done <seconds>`` (how long the work took, by the child's own clock).
:func:`run_child` runs it and kills it at a given moment after ``start``.

:class:`KillMoments` chooses the moments: one random moment in each of ``trials`` equal
slices of a window twice as long as the work, in random order, so that some kills land
before the work writes anything, some while it writes and some after it finished. The
work's duration comes from an undisturbed run first and then follows the trials (a
finished trial tells how long it took, an unfinished one that it takes longer than its
moment): a machine that gets busier or idler during the trials, as a shared CI machine
does, still gets kills on both sides of the end of the work.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_started: list[float] = []


def started() -> None:
    """In the child: the work starts now."""
    _started.append(time.perf_counter())
    print("start", flush=True)


def done() -> None:
    """In the child: the work is done."""
    print("done", time.perf_counter() - _started[-1], flush=True)


def run_child(
    script: str,
    args: list[str],
    kill_after: float | None = None,
    env: dict[str, str] | None = None,
) -> float | None:
    """Run ``script`` with ``args``; kill it ``kill_after`` seconds after it printed
    ``start`` (never, with None: then it must finish and exit cleanly). Returns how long
    its work took if it finished before the kill, else None."""
    proc = subprocess.Popen(
        [sys.executable, "-c", script, *args],
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout.readline().strip() == "start"
        if kill_after is None:
            took = _took(proc.stdout.readline())
            assert took is not None and proc.wait(timeout=60) == 0
            return took
        try:
            proc.wait(timeout=kill_after)  # it finished before the moment
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=30)
        return _took(proc.stdout.read())
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=30)
        proc.stdout.close()


def _took(output: str) -> float | None:
    words = output.split()
    return float(words[1]) if words[:1] == ["done"] and len(words) > 1 else None


class KillMoments:
    """The kill moments of ``trials`` trials of a work that took ``duration`` seconds
    once; see the module docstring. Iterate, and tell each outcome to :meth:`update`."""

    def __init__(self, duration: float, trials: int = 20, seed: object = 20261206) -> None:
        self.duration = duration
        self.trials = trials
        self._rng = random.Random(str(seed))
        self._slices = list(range(trials))
        self._rng.shuffle(self._slices)

    def __iter__(self) -> Iterator[float]:
        for k in self._slices:
            yield 2.0 * self.duration * (k + self._rng.random()) / self.trials

    def update(self, moment: float, took: float | None) -> None:
        """A trial killed at ``moment`` finished after ``took`` seconds (None: it did not)."""
        if took is not None:
            self.duration = took
        elif moment > self.duration:
            self.duration = moment  # the work takes longer now than measured before
