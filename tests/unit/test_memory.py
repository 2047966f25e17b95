"""The allocator setting of ``wba_desktop.memory``."""

from __future__ import annotations

import subprocess
import sys

import pytest

from wba_desktop import memory


@pytest.mark.skipif(memory._glibc() is None, reason="only with glibc (Linux)")
def test_large_blocks_go_back_to_the_system_after_tuning():
    """A freed 8 MB block leaves the process at once, also after an earlier one
    (glibc by default raises its threshold then and keeps the next in the heap)."""
    code = """
import ctypes, sys
from wba_desktop.memory import tune_allocator
def rss():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
if sys.argv[1] == "tuned":
    assert tune_allocator() and tune_allocator()
libc = ctypes.CDLL(None)
libc.malloc.restype = ctypes.c_void_p
libc.free.argtypes = [ctypes.c_void_p]
size = 8 << 20
first = libc.malloc(size); ctypes.memset(first, 1, size); libc.free(first)
before = rss()
blocks = [libc.malloc(1 << 20) for _ in range(6)]  # below the raised threshold
for b in blocks:
    ctypes.memset(b, 1, 1 << 20)
for b in reversed(blocks[:-1]):
    libc.free(b)
print(round(rss() - before, 1))
"""
    kept = {
        mode: float(
            subprocess.run(
                [sys.executable, "-c", code, mode], capture_output=True, text=True, check=True
            ).stdout
        )
        for mode in ("default", "tuned")
    }
    assert kept["tuned"] <= 2.0  # only the block still in use
    assert kept["default"] >= 4.0  # the freed ones stayed resident


def test_elsewhere_nothing_is_set(monkeypatch):
    monkeypatch.setattr(memory, "_tuned", False)
    monkeypatch.setattr(memory, "_glibc", lambda: None)
    assert memory.tune_allocator() is False


@pytest.mark.skipif(memory._glibc() is None, reason="only with glibc (Linux)")
def test_free_heap_pages_go_back_after_a_long_task():
    code = """
import ctypes
from wba_desktop.memory import release_free_memory
def rss():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
libc = ctypes.CDLL(None)
libc.malloc.restype = ctypes.c_void_p
libc.free.argtypes = [ctypes.c_void_p]
blocks = [libc.malloc(64 * 1024) for _ in range(400)]  # 25 MB in small blocks
for b in blocks:
    ctypes.memset(b, 1, 64 * 1024)
keep = libc.malloc(64)  # above them: the heap's top cannot shrink by itself
for b in blocks:
    libc.free(b)
before = rss()
assert release_free_memory()
print(round(before - rss(), 1))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert float(out.stdout) >= 15.0


def test_nothing_to_release_elsewhere(monkeypatch):
    monkeypatch.setattr(memory, "_glibc", lambda: None)
    assert memory.release_free_memory() is False
