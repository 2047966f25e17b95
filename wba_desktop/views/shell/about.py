"""What the About box shows: the versions of the runtime and the licences of the
libraries shipped with the app, read from the installed packages' metadata where it
says so, from a known table otherwise (a frozen build may carry no metadata)."""

from __future__ import annotations

import platform
from dataclasses import dataclass
from importlib import metadata

#: (distribution name as installed, name shown) of the libraries shipped with the app
SHIPPED = (
    ("PySide6-Essentials", "PySide6 (Qt for Python)"),
    ("shiboken6", "shiboken6"),
    ("SQLAlchemy", "SQLAlchemy"),
    ("alembic", "Alembic"),
    ("networkx", "networkx"),
    ("matplotlib", "matplotlib"),
    ("numpy", "NumPy"),
    ("scipy", "SciPy"),
    ("openpyxl", "openpyxl"),
    ("python-calamine", "python-calamine"),
    ("defusedxml", "defusedxml"),
    ("email-validator", "email-validator"),
    ("phonenumbers", "phonenumbers"),
    ("platformdirs", "platformdirs"),
    ("icalendar", "icalendar"),
    ("vobject", "vobject"),
    ("babel", "Babel"),
    ("fpdf2", "fpdf2"),
    ("keyring", "keyring"),
    ("psycopg", "psycopg"),
)

#: the licences as the projects publish them, for when the metadata does not say
KNOWN_LICENCES = {
    "PySide6-Essentials": "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only",
    "shiboken6": "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only",
    "SQLAlchemy": "MIT",
    "alembic": "MIT",
    "networkx": "BSD-3-Clause",
    "matplotlib": "Matplotlib License (PSF-basiert)",
    "numpy": "BSD-3-Clause",
    "scipy": "BSD-3-Clause",
    "openpyxl": "MIT",
    "python-calamine": "MIT",
    "defusedxml": "PSF-2.0",
    "email-validator": "Unlicense",
    "phonenumbers": "Apache-2.0",
    "platformdirs": "MIT",
    "icalendar": "BSD-2-Clause",
    "vobject": "Apache-2.0",
    "babel": "BSD-3-Clause",
    "fpdf2": "LGPL-3.0-only",
    "keyring": "MIT",
    "psycopg": "LGPL-3.0-only",
}

#: trove classifiers mapped to short licence names
_CLASSIFIERS = {
    "MIT License": "MIT",
    "BSD License": "BSD",
    "Apache Software License": "Apache-2.0",
    "Python Software Foundation License": "PSF",
    "The Unlicense (Unlicense)": "Unlicense",
    "GNU Lesser General Public License v3 (LGPLv3)": "LGPL-3.0",
}


@dataclass(frozen=True)
class Library:
    name: str
    version: str
    licence: str


def _licence(dist: str, meta) -> str:
    if meta is not None:
        expression = meta.get("License-Expression")
        if expression:
            return expression
        text = (meta.get("License") or "").strip()
        if text and "\n" not in text and len(text) <= 60:
            return text
    if dist in KNOWN_LICENCES:
        return KNOWN_LICENCES[dist]
    for classifier in (meta.get_all("Classifier") or []) if meta is not None else []:
        if classifier.startswith("License :: OSI Approved :: "):
            short = classifier.removeprefix("License :: OSI Approved :: ")
            return _CLASSIFIERS.get(short, short)
    return "–"


def shipped_libraries() -> list[Library]:
    """Name, version and licence of every library in ``SHIPPED`` that is installed
    (PySide6 is always there: its version then comes from the module itself)."""
    result = []
    for dist, shown in SHIPPED:
        try:
            meta = metadata.metadata(dist)
            version = meta["Version"]
        except metadata.PackageNotFoundError:
            meta, version = None, _module_version(dist)
            if version is None:
                continue
        result.append(Library(shown, version, _licence(dist, meta)))
    return result


def _module_version(dist: str) -> str | None:
    if dist == "PySide6-Essentials":
        import PySide6

        return PySide6.__version__
    return None


def runtime_versions() -> list[tuple[str, str]]:
    """(name, version) of Python, Qt, PySide6 and the libraries the app is built on."""
    import PySide6
    from PySide6 import QtCore

    versions = [
        ("Python", platform.python_version()),
        ("Qt", QtCore.qVersion()),
        ("PySide6", PySide6.__version__),
    ]
    for dist, shown in (
        ("SQLAlchemy", "SQLAlchemy"),
        ("networkx", "networkx"),
        ("matplotlib", "matplotlib"),
        ("openpyxl", "openpyxl"),
    ):
        try:
            versions.append((shown, metadata.version(dist)))
        except metadata.PackageNotFoundError:
            module = __import__(dist.lower())
            versions.append((shown, getattr(module, "__version__", "?")))
    return versions
