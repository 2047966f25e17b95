"""The one-folder build's contents (installer/bundle_contents.py, read by
build_installer.spec): every resource and migration is shipped, gettext catalogs once
there are any, and the filters drop what the app never uses but keep what it needs."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def contents():
    spec = importlib.util.spec_from_file_location(
        "bundle_contents", ROOT / "installer" / "bundle_contents.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _shipped(pairs: list[tuple[str, str]]) -> set[str]:
    """Destination paths of every file the (source, destination folder) pairs ship."""
    out: set[str] = set()
    for source, dest in pairs:
        src = Path(source)
        if src.is_dir():
            out |= {
                f"{dest}/{p.relative_to(src).as_posix()}" for p in src.rglob("*") if p.is_file()
            }
        else:
            out.add(f"{dest}/{src.name}")
    return out


def test_datas_cover_resources_and_migrations(contents):
    shipped = _shipped(contents.datas(ROOT))
    resources = {
        "resources/" + p.relative_to(ROOT / "resources").as_posix()
        for p in (ROOT / "resources").rglob("*")
        if p.is_file()
    }
    assert resources <= shipped
    for needed in (
        "resources/districts_sachsen_anhalt.geojson",
        "resources/regions_sachsen_anhalt.csv",
        "resources/style.qss",
        "resources/icons/app.svg",
        "resources/icons/app.ico",
        "resources/help/de/index.html",
    ):
        assert needed in shipped
    migrations = ROOT / "wba_desktop" / "db" / "migrations"
    scripts = {
        "wba_desktop/db/migrations/" + p.relative_to(migrations).as_posix()
        for p in migrations.rglob("*.py")
        if "__pycache__" not in p.parts
    }
    assert "wba_desktop/db/migrations/env.py" in scripts
    assert any("/versions/0001_" in s for s in scripts)
    assert scripts <= shipped
    # and the filters keep them all
    assert all(contents.keep(dest) for dest in resources | scripts)


def test_qt_translations_and_gettext_catalogs_when_present(contents, tmp_path):
    """resources/i18n/*.qm come with resources/; wba_desktop/locale/**/*.mo are picked
    up by a glob, so another branch adding them needs no change here."""
    (tmp_path / "resources" / "i18n").mkdir(parents=True)
    (tmp_path / "resources" / "i18n" / "wba_en.qm").write_bytes(b"qm")
    mo = tmp_path / "wba_desktop" / "locale" / "en" / "LC_MESSAGES" / "wba_desktop.mo"
    mo.parent.mkdir(parents=True)
    mo.write_bytes(b"mo")
    (tmp_path / "wba_desktop" / "db" / "migrations").mkdir(parents=True)
    shipped = _shipped(contents.datas(tmp_path))
    assert "resources/i18n/wba_en.qm" in shipped
    assert "wba_desktop/locale/en/LC_MESSAGES/wba_desktop.mo" in shipped
    assert contents.keep("wba_desktop/locale/en/LC_MESSAGES/wba_desktop.mo")


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/translations/qtbase_de.qm", True),
        ("PySide6/Qt/translations/qtbase_en.qm", True),
        ("PySide6/Qt/translations/qtbase_fr.qm", False),
        ("PySide6/Qt/translations/qt_help_de.qm", False),
        ("PySide6/translations/qtbase_de.qm", True),  # Windows wheel layout
        ("PySide6/translations/assistant_de.qm", False),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/plugins/platforms/qwindows.dll", True),
        ("PySide6/plugins/platforms/qoffscreen.dll", True),
        ("PySide6/Qt/plugins/platforms/libqwayland-egl.so", False),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/plugins/imageformats/qsvg.dll", True),
        ("PySide6/Qt/plugins/imageformats/libqtiff.so", False),
        ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
        ("PySide6/plugins/styles/qmodernwindowsstyle.dll", True),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        ("PySide6/Qt/plugins/generic/libqevdevtouchplugin.so", False),
        ("babel/locale-data/de.dat", True),
        ("babel/locale-data/de_DE.dat", True),
        ("babel/locale-data/en_GB.dat", True),
        ("babel/locale-data/root.dat", True),
        ("babel/locale-data/en.dat", True),
        ("babel/locale-data/en_001.dat", True),
        ("babel/locale-data/de_AT.dat", True),
        ("babel/locale-data/en_AU.dat", False),
        ("babel/locale-data/fr.dat", False),
        ("babel/locale-data/dsb.dat", False),
        ("matplotlib/mpl-data/fonts/ttf/DejaVuSans.ttf", True),
        ("matplotlib/mpl-data/fonts/ttf/DejaVuSans-Bold.ttf", True),
        ("matplotlib/mpl-data/fonts/ttf/DejaVuSans-Oblique.ttf", True),  # the PDF report
        ("matplotlib/mpl-data/fonts/ttf/STIXGeneral.ttf", False),
        ("matplotlib/mpl-data/matplotlibrc", True),
        ("matplotlib/mpl-data/sample_data/goog.npz", False),
        ("libgtk-3.so.0", False),
        ("libkrb5.so.3", False),
        ("libdbus-1.so.3", False),  # the desktop's own (Linux)
        ("libxcb-cursor.so.0", False),
        ("libfontconfig.so.1", False),
        ("pillow.libs/libxcb-9065bb12.so.1.1.0", True),  # a wheel's own copy
        ("pillow.libs/libXau-154567c4.so.6.0.0", True),
        ("libxkbcommon.so.0", True),
        ("libstdc++.so.6", True),
        ("psycopg_binary.libs/libkrb5-f18b4d11.so.3.3", True),  # libpq needs its own
        ("psycopg_binary.libs/libgssapi_krb5-923083ce.so.2.2", True),
        ("psycopg_binary.libs/libcom_err-2abe824b.so.2.1", True),
        ("libQt6WaylandClient.so.6", False),
        ("PySide6/Qt6Network.dll", False),
        ("PySide6/opengl32sw.dll", False),
        ("PySide6/Qt6Core.dll", True),
        ("libQt6Core.so.6", True),
        ("libglib-2.0.so.0", True),
        ("scipy.libs/libscipy_openblas-6cdc3b4a.so", True),
    ],
)
def test_filters(contents, dest, kept):
    assert contents.keep(dest) is kept
    assert contents.keep(dest.replace("/", "\\")) is kept  # Windows separators


def test_modules_left_out_are_not_the_ones_in_use(contents):
    excluded = set(contents.EXCLUDES)
    for used in (
        "PySide6.QtCore",
        "PySide6.QtGui",
        "PySide6.QtWidgets",
        "PySide6.QtSvg",
        "scipy.sparse",
        "scipy.sparse.csgraph",
        "scipy.sparse.linalg",
        "scipy.spatial",
        "scipy.fft",
        "scipy.linalg",
        "scipy.special",
        "numpy.testing",  # SciPy's array API layer imports it
        "matplotlib.backends.backend_agg",
        "matplotlib.backends.backend_qtagg",
        "matplotlib.backends.backend_pdf",
        "matplotlib.backends.backend_svg",
        "phonenumbers",
        "unicodedata",
    ):
        assert used not in excluded
    assert {"PySide6.QtWebEngineCore", "scipy.stats", "scipy.optimize", "pytest"} <= excluded


def test_spec_uses_the_lists_and_the_icon(contents):
    spec = (ROOT / "build_installer.spec").read_text(encoding="utf-8")
    assert "datas=bundle_contents.datas(ROOT)" in spec
    assert "excludes=list(bundle_contents.EXCLUDES)" in spec
    assert "a.binaries = bundle_contents.trim(a.binaries)" in spec
    assert "a.datas = bundle_contents.trim(a.datas)" in spec
    assert '"app.ico" if WINDOWS' in spec
    compile(spec, "build_installer.spec", "exec")  # at least valid Python


def test_application_icon_has_every_size():
    from PIL import Image

    with Image.open(ROOT / "resources" / "icons" / "app.ico") as ico:
        sizes = ico.info["sizes"]
    assert {(s, s) for s in (16, 24, 32, 48, 256)} <= set(sizes)
    with Image.open(ROOT / "resources" / "icons" / "app.png") as png:
        assert png.size == (256, 256)
        assert png.mode == "RGBA"


def test_duplicate_wheel_libraries_become_links(contents, tmp_path):
    numpy_libs = tmp_path / "numpy.libs"
    scipy_libs = tmp_path / "scipy.libs"
    numpy_libs.mkdir()
    scipy_libs.mkdir()
    (numpy_libs / "libgfortran-1.so.5").write_bytes(b"fortran" * 100)
    (scipy_libs / "libgfortran-1.so.5").write_bytes(b"fortran" * 100)
    (scipy_libs / "libgfortran-2.so.5").write_bytes(b"other")
    (numpy_libs / "libsame-name.so").write_bytes(b"one")
    (scipy_libs / "libsame-name.so").write_bytes(b"two")  # same name, other content

    assert contents.link_duplicates(tmp_path) == 700

    linked = scipy_libs / "libgfortran-1.so.5"
    assert linked.is_symlink()
    assert linked.read_bytes() == b"fortran" * 100
    assert not (scipy_libs / "libgfortran-2.so.5").is_symlink()
    assert (scipy_libs / "libsame-name.so").read_bytes() == b"two"
