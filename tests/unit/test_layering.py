"""The one-way data flow, guarded by scanning imports with ``ast``.

Core packages (models, db, services, network, exchange) must not import Qt, so they
run headless in the CLI and the tests. Views must not open sessions or reach into
``wba_desktop.db``: they go through services.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE_ROOT = Path(__file__).resolve().parents[2] / "wba_desktop"
CORE_PACKAGES = ("models", "db", "services", "network", "exchange", "charts")

QT_MODULES = ("PySide6", "shiboken6")
QT_PREFIXES = ("matplotlib.backends.backend_qt", "matplotlib.backends.qt_compat")
DB_MODULES = ("wba_desktop.db",)
SESSION_NAMES = {"Session", "sessionmaker", "scoped_session"}


def _module_name(path: Path) -> str:
    rel = path.relative_to(PACKAGE_ROOT.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_names(source: str, module: str, is_package: bool = False) -> list[tuple[int, str]]:
    """Every dotted name imported by ``source`` (relative imports resolved), with line.

    ``from a.b import c`` yields both ``a.b`` and ``a.b.c`` so that rules can match
    a module (``wba_desktop.db``) or a name in it (``sqlalchemy.orm.Session``).
    Imports inside functions count too.
    """
    package = module if is_package else module.rpartition(".")[0]
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base_parts = package.split(".") if package else []
                base_parts = base_parts[: len(base_parts) - (node.level - 1)]
                base = ".".join(base_parts + ([node.module] if node.module else []))
            else:
                base = node.module or ""
            found.append((node.lineno, base))
            found.extend((node.lineno, f"{base}.{alias.name}") for alias in node.names)
    return found


def _is_under(name: str, modules: tuple[str, ...]) -> bool:
    return any(name == m or name.startswith(m + ".") for m in modules)


def qt_violations(source: str, module: str, is_package: bool = False) -> list[str]:
    return [
        f"line {line}: {name}"
        for line, name in imported_names(source, module, is_package)
        if _is_under(name, QT_MODULES) or name.startswith(QT_PREFIXES)
    ]


def view_violations(source: str, module: str, is_package: bool = False) -> list[str]:
    bad = []
    for line, name in imported_names(source, module, is_package):
        head, _, last = name.rpartition(".")
        session_import = _is_under(head, ("sqlalchemy",)) and last in SESSION_NAMES
        if _is_under(name, DB_MODULES) or session_import:
            bad.append(f"line {line}: {name}")
    return bad


def _python_files(*packages: str) -> list[Path]:
    files: list[Path] = []
    for pkg in packages:
        folder = PACKAGE_ROOT / pkg
        if folder.is_dir():
            files.extend(sorted(folder.rglob("*.py")))
    return files


def _scan(files: list[Path], check) -> dict[str, list[str]]:
    problems = {}
    for path in files:
        bad = check(
            path.read_text(encoding="utf-8"), _module_name(path), path.name == "__init__.py"
        )
        if bad:
            problems[str(path.relative_to(PACKAGE_ROOT.parent))] = bad
    return problems


# -- the real code ----------------------------------------------------------------


def test_core_packages_are_found():
    files = _python_files(*CORE_PACKAGES)
    names = {_module_name(p) for p in files}
    # guard against a scan that silently looks at nothing
    assert {"wba_desktop.models", "wba_desktop.db", "wba_desktop.services"} <= names
    assert "wba_desktop.db.migrations.env" in names


def test_core_packages_do_not_import_qt():
    problems = _scan(_python_files(*CORE_PACKAGES), qt_violations)
    assert problems == {}, f"Qt imported outside the views: {problems}"


@pytest.mark.skipif(not (PACKAGE_ROOT / "views").is_dir(), reason="no views package yet")
def test_views_do_not_use_sessions_or_db():
    problems = _scan(_python_files("views"), view_violations)
    assert problems == {}, f"views must go through services: {problems}"


# -- self-checks of the scanner ----------------------------------------------------


@pytest.mark.parametrize(
    "source",
    [
        "import PySide6",
        "from PySide6.QtCore import QObject",
        "from PySide6 import QtWidgets",
        "import shiboken6",
        "import matplotlib.backends.backend_qtagg",
        "from matplotlib.backends.backend_qt5agg import FigureCanvasQTAgg",
        "from matplotlib.backends import backend_qtagg",
        "def later():\n    from PySide6.QtGui import QColor\n",
    ],
)
def test_scanner_detects_qt_import(source):
    assert qt_violations(source, "wba_desktop.services.example")


@pytest.mark.parametrize(
    "source",
    [
        "import matplotlib\nfrom matplotlib.figure import Figure",
        "from matplotlib.backends.backend_agg import FigureCanvasAgg",
        "import sqlalchemy\nfrom wba_desktop.text.fold import sort_key",
        "# import PySide6\nx = 'from PySide6 import QtCore'",
        "import PySide6_helpers",
    ],
)
def test_scanner_accepts_non_qt_code(source):
    assert qt_violations(source, "wba_desktop.services.example") == []


@pytest.mark.parametrize(
    ("source", "module"),
    [
        ("from sqlalchemy.orm import Session", "wba_desktop.views.shell.main_window"),
        ("from sqlalchemy.orm import sessionmaker", "wba_desktop.views.shell.main_window"),
        ("from sqlalchemy.orm.session import Session", "wba_desktop.views.shell.main_window"),
        ("import wba_desktop.db", "wba_desktop.views.shell.main_window"),
        ("from wba_desktop.db.uow import UnitOfWork", "wba_desktop.views.shell.main_window"),
        ("from wba_desktop import db", "wba_desktop.views.shell.main_window"),
        ("from ..db import UnitOfWorkFactory", "wba_desktop.views.shell.main_window"),
        ("from ...db.engine import create_db_engine", "wba_desktop.views.dialogs.org"),
    ],
)
def test_scanner_detects_view_violation(source, module):
    assert view_violations(source, module)


@pytest.mark.parametrize(
    ("source", "module"),
    [
        ("from wba_desktop.services.bundle import Services", "wba_desktop.views.shell.main_window"),
        ("from ..services import organisations", "wba_desktop.views.shell.main_window"),
        ("from . import dialogs", "wba_desktop.views.shell.main_window"),
        ("from wba_desktop.dbtools import x", "wba_desktop.views.shell.main_window"),
        ("from PySide6.QtWidgets import QMainWindow", "wba_desktop.views.shell.main_window"),
    ],
)
def test_scanner_accepts_clean_view(source, module):
    assert view_violations(source, module) == []


def test_relative_import_in_package_init_is_resolved():
    # in views/__init__.py "." is wba_desktop.views itself, ".." is wba_desktop
    names = [n for _, n in imported_names("from ..db import x", "wba_desktop.views", True)]
    assert "wba_desktop.db" in names
    names = [n for _, n in imported_names("from .db import x", "wba_desktop.views", True)]
    assert "wba_desktop.views.db" in names
    assert view_violations("from ..db import x", "wba_desktop.views", True)
