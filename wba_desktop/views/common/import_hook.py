"""A lighter check in PySide6's import hook: the source of every module read once, not kept.

PySide6 (shiboken's ``__feature__`` support) looks at every Python module imported
after it, to learn whether the module uses PySide6: it calls
``inspect.getsource(module)`` and searches the text for "PySide6". ``inspect`` reads
the file through ``linecache``, which keeps every line of every module for the rest
of the process: on the state-wide network (numpy, scipy, networkx, matplotlib and
our own modules, about 1,400 files) that was 60–90 MB held for nothing, and the
splitting into lines cost 60–90 ms of the start-up imports.

``lighten()`` swaps in a check with the same answer that reads the file's bytes and
lets them go. Where the file cannot be read (a frozen build keeps only byte code)
the loader is asked for the source as ``inspect`` would, again without caching; no
source means "does not use PySide6", as in PySide6's own check.
"""

from __future__ import annotations

import linecache
import logging
import sys

log = logging.getLogger(__name__)

_FEATURE_MODULE = "shibokensupport.feature"
_CHECK = "_mod_uses_pyside"


def uses_pyside(module) -> bool:
    """Whether ``module``'s source mentions PySide6 (PySide6's rule), read uncached."""
    path = getattr(module, "__file__", None)
    if isinstance(path, str) and path.endswith(".py"):
        try:
            with open(path, "rb") as fh:
                return b"PySide6" in fh.read()
        except OSError:
            pass
    spec = getattr(module, "__spec__", None)
    get_source = getattr(getattr(spec, "loader", None), "get_source", None)
    if get_source is None:
        return False
    try:
        source = get_source(module.__name__)
    except Exception:  # noqa: BLE001 - an import hook must never fail an import
        return False
    return bool(source) and "PySide6" in source


def lighten() -> bool:
    """Install ``uses_pyside`` in PySide6's import hook and drop the lines cached so
    far; False (and nothing changed) when this PySide6 has no such hook."""
    feature = sys.modules.get(_FEATURE_MODULE)
    if feature is None or not callable(getattr(feature, _CHECK, None)):
        log.debug("PySide6 import hook not found; left as it is")
        return False
    setattr(feature, _CHECK, uses_pyside)
    linecache.clearcache()
    return True
