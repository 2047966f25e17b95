"""The one-way data flow, guarded by the import-linter contracts in pyproject.toml.

The contracts say: the core never imports Qt; views never import ``wba_desktop.db``,
``wba_desktop.models`` or SQLAlchemy (so they cannot open a session); no package imports
a higher one; no import cycles. import-linter runs in a child process of this
interpreter (its working directory decides which ``wba_desktop`` it analyses), first on
the real code, then on throw-away copies of the package's shape with one bad import
each, to prove that every contract bites.

import-linter only sees top-level external packages, so the matplotlib Qt backends
(``matplotlib.backends.backend_qt*``) are checked by a small ``ast`` scan instead.
"""

from __future__ import annotations

import ast
import importlib
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "wba_desktop"
PYPROJECT = ROOT / "pyproject.toml"

_LINT = "from importlinter.cli import lint_imports_command; lint_imports_command()"


def _contracts() -> dict[str, dict]:
    with PYPROJECT.open("rb") as fh:
        config = tomllib.load(fh)["tool"]["importlinter"]
    return {c["id"]: c for c in config["contracts"]}


def run_linter(cwd: Path) -> tuple[int, str]:
    """Run import-linter with our contracts on the ``wba_desktop`` found in ``cwd``."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    proc = subprocess.run(
        [sys.executable, "-c", _LINT, str(PYPROJECT), "--no-cache", "--no-logo"],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return proc.returncode, proc.stdout + proc.stderr


def broken_contracts(output: str) -> set[str]:
    """Ids of the contracts the output reports as broken."""
    return {
        cid
        for cid, contract in _contracts().items()
        if re.search(re.escape(contract["name"]) + r"\s*BROKEN", output)
    }


# -- the real code ----------------------------------------------------------------


def test_contracts_are_kept():
    code, output = run_linter(ROOT)
    assert code == 0, f"import-linter found broken contracts:\n{output}"
    # guard against a run that silently checked nothing
    assert f"Contracts: {len(_contracts())} kept, 0 broken." in output, output


# -- every contract bites -----------------------------------------------------------


FAKE = "wba_fake"


def _mirror(tmp_path: Path) -> Path:
    """An import-free copy of the package's shape (its upper two levels) as ``wba_fake``.

    The copy gets its own name because this process has imported the real
    ``wba_desktop`` already; the contracts are renamed to match (``_lint_fake``).
    """
    for source in PACKAGE.rglob("*.py"):
        rel = source.relative_to(PACKAGE)
        if len(rel.parts) > 2 and rel.parts[2:] != ("__init__.py",):
            continue  # the contracts name packages two levels down at most
        target = tmp_path / FAKE / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text('"""Stub."""\n', encoding="utf-8")
    # the imports the cycle contract names as allowed must exist, as in the real code
    for module in ("service", "map_service", "saved_views"):
        _add(tmp_path, "services/bundle.py", f"import wba_desktop.network.{module}")
        (tmp_path / FAKE / "network" / f"{module}.py").write_text('"""Stub."""\n', encoding="utf-8")
    return tmp_path


def _add(root: Path, module: str, code: str) -> None:
    """Append ``code`` to the module file ``module`` (path below the package)."""
    path = root / FAKE / module
    path.parent.mkdir(parents=True, exist_ok=True)
    old = path.read_text(encoding="utf-8") if path.exists() else '"""Stub."""\n'
    path.write_text(old + code.replace("wba_desktop", FAKE) + "\n", encoding="utf-8")


@pytest.fixture
def lint_fake(monkeypatch, capsys):
    """Run our contracts in-process on the fake package in a folder: (passed, output).

    In-process keeps the two dozen runs below well under a second each.
    """
    from importlinter import configuration
    from importlinter.application import use_cases

    configuration.configure()

    def run(root: Path) -> tuple[bool, str]:
        config = root / "contracts.toml"
        config.write_text(PYPROJECT.read_text(encoding="utf-8").replace("wba_desktop", FAKE))
        monkeypatch.setattr(sys, "path", [str(root), *sys.path])
        importlib.invalidate_caches()
        capsys.readouterr()
        passed = use_cases.lint_imports(config_filename=str(config), cache_dir=None, no_logo=True)
        output = capsys.readouterr().out
        sys.path.remove(str(root))
        return passed, output

    return run


def test_the_empty_shape_keeps_every_contract(tmp_path, lint_fake):
    passed, output = lint_fake(_mirror(tmp_path))
    assert passed, output


def test_the_cli_may_become_a_package(tmp_path, lint_fake):
    # cli_event/cli_verbund are optional layers: moving them into wba_desktop/cli/ is fine
    root = _mirror(tmp_path)
    for name in ("cli.py", "cli_event.py", "cli_verbund.py"):
        (root / FAKE / name).unlink(missing_ok=True)
    _add(root, "cli/__init__.py", "from wba_desktop.cli import event")
    _add(root, "cli/event.py", "import wba_desktop.app\nimport wba_desktop.services.bundle")
    passed, output = lint_fake(root)
    assert passed, output


# (contract, {module file below wba_desktop: code appended to it})
VIOLATIONS = [
    # the core never imports Qt, not even through a view
    ("core-without-qt", {"services/bundle.py": "import PySide6"}),
    ("core-without-qt", {"models/__init__.py": "from PySide6.QtCore import QObject"}),
    ("core-without-qt", {"text/__init__.py": "from shiboken6 import isValid"}),
    ("core-without-qt", {"paths.py": "def later():\n    from PySide6 import QtCore"}),
    (
        "core-without-qt",
        {"demo/__init__.py": "import wba_desktop.views", "views/__init__.py": "import PySide6"},
    ),
    # views go through services
    ("views-through-services", {"views/__init__.py": "from sqlalchemy.orm import Session"}),
    ("views-through-services", {"views/__init__.py": "from wba_desktop.db import uow"}),
    ("views-through-services", {"views/__init__.py": "import wba_desktop.models"}),
    # file formats and charts get plain values
    ("files-without-database", {"exchange/__init__.py": "import sqlalchemy"}),
    ("files-without-database", {"charts/__init__.py": "from wba_desktop import models"}),
    # no package imports a higher one
    ("layers", {"models/__init__.py": "import wba_desktop.db"}),
    ("layers", {"db/__init__.py": "from wba_desktop.services import bundle"}),
    ("layers", {"views/__init__.py": "import wba_desktop.app"}),
    ("layers", {"text/__init__.py": "import wba_desktop.vocab"}),
    ("layers", {"newthing.py": ""}),  # every top-level module must take its place
    (
        "network-between-bundle-and-areas",
        {"network/__init__.py": "import wba_desktop.services.bundle"},
    ),
    ("network-between-bundle-and-areas", {"services/directory/a.py": "import wba_desktop.network"}),
    ("service-areas", {"services/directory/a.py": "import wba_desktop.services.events"}),
    ("service-areas", {"services/events/a.py": "import wba_desktop.services.verbuende"}),
    ("service-areas", {"services/validation.py": "import wba_desktop.services.directory"}),
    ("service-areas", {"services/privacy/a.py": "import wba_desktop.services.verteiler"}),
    ("service-areas", {"services/newarea/__init__.py": ""}),  # a new area must take its place
    # views: shell on top, areas in between, common at the bottom
    ("views-shell-areas-common", {"views/common/a.py": "import wba_desktop.views.events"}),
    ("views-shell-areas-common", {"views/events/a.py": "import wba_desktop.views.shell"}),
    ("views-shell-areas-common", {"views/newarea/__init__.py": ""}),  # a new view area
    # no cycles
    (
        "no-cycles",
        {
            "views/events/a.py": "import wba_desktop.views.verteiler.b",
            "views/verteiler/b.py": "import wba_desktop.views.events.a",
        },
    ),
    (
        "no-cycles",
        {"demo/a.py": "from wba_desktop.demo import b", "demo/b.py": "import wba_desktop.demo.a"},
    ),
]


@pytest.mark.parametrize(
    ("contract", "edits"),
    VIOLATIONS,
    ids=[f"{contract}:{'+'.join(edits)}" for contract, edits in VIOLATIONS],
)
def test_a_bad_import_breaks_its_contract(tmp_path, lint_fake, contract, edits):
    root = _mirror(tmp_path)
    for module, code in edits.items():
        _add(root, module, code)
    passed, output = lint_fake(root)
    assert not passed, output
    assert contract in broken_contracts(output), output


def test_every_contract_is_proven_to_bite():
    assert {c for c, _ in VIOLATIONS} == set(_contracts())


# -- the matplotlib Qt backends (below import-linter's resolution) ------------------

QT_BACKENDS = ("matplotlib.backends.backend_qt", "matplotlib.backends.qt_compat")


def qt_backend_imports(source: str) -> list[str]:
    """``line: name`` for every import of a matplotlib Qt backend in ``source``."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
        else:
            continue
        found.extend(f"line {node.lineno}: {n}" for n in names if n.startswith(QT_BACKENDS))
    return found


def test_core_does_not_use_matplotlib_qt_backends():
    core = _contracts()["core-without-qt"]["source_modules"]
    files = []
    for module in core:
        path = ROOT.joinpath(*module.split("."))
        files.extend(sorted(path.rglob("*.py")) if path.is_dir() else [path.with_suffix(".py")])
    assert any(f.parent.name == "charts" for f in files)  # the scan looks at something
    sources = {f: f.read_text(encoding="utf-8") for f in files}
    problems = {
        str(f.relative_to(ROOT)): bad
        for f, source in sources.items()
        if "backends" in source and (bad := qt_backend_imports(source))
    }
    assert problems == {}, f"a Qt backend of matplotlib outside the views: {problems}"


@pytest.mark.parametrize(
    "source",
    [
        "import matplotlib.backends.backend_qtagg",
        "from matplotlib.backends.backend_qt5agg import FigureCanvasQTAgg",
        "from matplotlib.backends import backend_qtagg",
        "from matplotlib.backends.qt_compat import QtCore",
        "def later():\n    from matplotlib.backends.backend_qtagg import FigureCanvas\n",
    ],
)
def test_scan_finds_qt_backend(source):
    assert qt_backend_imports(source)


@pytest.mark.parametrize(
    "source",
    [
        "import matplotlib\nfrom matplotlib.figure import Figure",
        "from matplotlib.backends.backend_agg import FigureCanvasAgg",
        "from matplotlib.backends import backend_pdf",
        "# from matplotlib.backends import backend_qtagg\nx = 'backend_qtagg'",
        "from . import backend_qt_helpers",
    ],
)
def test_scan_accepts_other_backends(source):
    assert qt_backend_imports(source) == []
