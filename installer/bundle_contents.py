"""What the one-folder build ships and what it leaves out (read by build_installer.spec).

Plain Python without PyInstaller, so the tests can check the lists: the data files
(resources, migrations, gettext catalogs), the modules left out, and the filters for
the files PyInstaller's hooks collect (Qt plugins and translations, Babel's locale
data, fonts and libraries nothing here uses). Paths are the destinations inside the
build folder, with "/" on every platform.
"""

from __future__ import annotations

import re
from pathlib import Path

#: Qt translations shipped: German and English for Qt's own dialog texts
QT_TRANSLATIONS = ("qtbase_de", "qtbase_en", "qt_de", "qt_en")
#: Babel's CLDR data kept: the root, German, and English as spoken in Europe and the US
#: (numbers, dates, plurals; a locale's parents included)
BABEL_LOCALES = re.compile(r"^(root|de(_[A-Z]{2})?|en|en_(001|150|DE|GB|US|US_POSIX))\.dat$")

#: modules the app never imports (tests, other GUI toolkits, unused Qt and SciPy parts)
EXCLUDES = (
    # other toolkits, notebooks and test runners
    "tkinter",
    "_tkinter",
    "IPython",
    "jupyter_client",
    "pytest",
    "_pytest",
    "pluggy",
    "py",
    "hypothesis",
    "pytestqt",
    "alembic.testing",
    "sqlalchemy.testing",
    "scipy.conftest",
    "matplotlib.tests",
    "matplotlib.testing",
    "networkx.testing",
    "networkx.conftest",
    "setuptools",
    "pkg_resources",
    "pip",
    "pygments",
    "pydoc_data",
    "readline",
    "curses",
    "_curses",
    "_testcapi",
    "_testinternalcapi",
    "_testbuffer",
    "_testmultiphase",
    "_testimportmultiple",
    "_testclinic",
    "_xxtestfuzz",
    "_ctypes_test",
    "xxlimited",
    "xxlimited_35",
    # PDF encryption (fpdf2, optional and unused) and the Linux Secret Service backend
    # of keyring (on Windows keyring uses the Credential Manager without them; without
    # it the Linux build asks for the team database password instead of storing it)
    "cryptography",
    "secretstorage",
    "jeepney",
    # phonenumbers: only parse, format and is_valid_number (no places, carriers, zones)
    "phonenumbers.geocoder",
    "phonenumbers.geodata",
    "phonenumbers.carrier",
    "phonenumbers.carrierdata",
    "phonenumbers.timezone",
    "phonenumbers.tzdata",
    # time zones come from zoneinfo (and tzdata on Windows); pytz is optional everywhere
    "pytz",
    # C bindings only cryptography used
    "cffi",
    "_cffi_backend",
    "pycparser",
    # codecs for Chinese, Japanese and Korean encodings
    "_codecs_cn",
    "_codecs_hk",
    "_codecs_jp",
    "_codecs_kr",
    "_codecs_tw",
    "_codecs_iso2022",
    # matplotlib: only Agg, QtAgg, pdf and svg are used (and Qt's helper modules)
    "matplotlib.backends.backend_gtk3agg",
    "matplotlib.backends.backend_gtk3cairo",
    "matplotlib.backends.backend_gtk4agg",
    "matplotlib.backends.backend_gtk4cairo",
    "matplotlib.backends.backend_tkagg",
    "matplotlib.backends.backend_tkcairo",
    "matplotlib.backends.backend_wxagg",
    "matplotlib.backends.backend_wxcairo",
    "matplotlib.backends.backend_macosx",
    "matplotlib.backends.backend_webagg",
    "matplotlib.backends.backend_webagg_core",
    "matplotlib.backends.backend_nbagg",
    "matplotlib.backends.backend_cairo",
    "matplotlib.backends.backend_qtcairo",
    "matplotlib.backends.backend_qt5agg",
    "matplotlib.backends.backend_qt5cairo",
    "matplotlib.backends.backend_pgf",
    "matplotlib.backends.backend_ps",
    "matplotlib.backends.backend_template",
    "matplotlib.backends.backend_mixed",
    "cairo",
    "gi",
    "wx",
    "PyQt5",
    "PyQt6",
    "PySide2",
    # Qt: the app uses QtCore, QtGui, QtWidgets (and QtSvg for the icons)
    "PySide6.QtNetwork",
    "PySide6.QtDBus",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebChannel",
    "PySide6.QtWebSockets",
    "PySide6.Qt3DCore",
    "PySide6.QtMultimedia",
    "PySide6.QtPdf",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtXml",
    "PySide6.QtConcurrent",
    "PySide6.QtUiTools",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtPrintSupport",
    # SciPy: sparse (+csgraph, linalg: eigsh), spatial (cKDTree) and fft are used
    "scipy.cluster",
    "scipy.datasets",
    "scipy.differentiate",
    "scipy.integrate",
    "scipy.interpolate",
    "scipy.io",
    "scipy.misc",
    "scipy.ndimage",
    "scipy.odr",
    "scipy.optimize",
    "scipy.signal",
    "scipy.stats",
    # Pillow: matplotlib writes PNG through it; no AVIF, Tk or colour management
    "PIL._avif",
    "PIL.AvifImagePlugin",
    "PIL.ImageTk",
    "PIL._imagingtk",
    "PIL.ImageCms",
    "PIL._imagingcms",
    "PIL._webp",
    "PIL.WebPImagePlugin",
    "PIL._imagingft",
)

#: Qt plugins kept, by folder (a folder not named here is left out entirely)
QT_PLUGINS = {
    # xcb (Linux desktop), offscreen (self-test, CI), windows (Windows), cocoa (macOS)
    "platforms": re.compile(r"(q|libq)(xcb|offscreen|windows|cocoa)\.(so|dll|dylib)$"),
    "imageformats": re.compile(r"(q|libq)(svg|ico|jpeg|gif)\.(so|dll|dylib)$"),
    "iconengines": re.compile(r".*"),
    "styles": re.compile(r".*"),
    "platforminputcontexts": re.compile(r".*"),
    "xcbglintegrations": re.compile(r".*"),
    "platformthemes": re.compile(r"(libqxdgdesktopportal)\.so$"),
}

#: libraries only the left-out plugins (GTK theme, Wayland, EGLFS, TLS) and modules need
DROPPED_LIBRARIES = re.compile(
    r"^(libgtk-3|libgdk-3|libatk-1\.0|libatk-bridge|libatspi|libcairo|libcairo-gobject|"
    r"libpango-1\.0|libpangocairo|libpangoft2|libgdk_pixbuf|libthai|libdatrie|libfribidi|"
    r"libpixman-1|libgraphite2|libepoxy|libharfbuzz|libQt6WaylandClient|libQt6WlShell|"
    r"libQt6EglFS|libQt6EglFsKms|libwayland|libavif|"
    # what only the GTK theme needed (GIO) and Kerberos, which nothing left links
    # (the system's copies: psycopg's libpq brings its own, with a hash in the name)
    r"libgio-2\.0|libgmodule-2\.0|libmount\.so|libblkid\.so|libselinux\.so|"
    r"(libgssapi_krb5|libkrb5|libk5crypto|libkrb5support|libkeyutils|libcom_err)\.so|"
    r"libXext\.so|libXrender\.so|libjpeg\.so|libreadline|libtinfo|"
    r"(lib)?Qt6(Network|Pdf|Qml|Quick|OpenGL)|opengl32sw|d3dcompiler)",
    re.IGNORECASE,
)

#: Linux: libraries of the desktop itself that the Qt wheels already require from the
#: system (tools/bootstrap.sh installs them: X11/xcb, D-Bus, fontconfig/FreeType, zlib),
#: as AppImage's exclude list leaves them out; only their unhashed system names, so
#: the copies a wheel brings in its ``*.libs`` (Pillow's libxcb, libXau) stay
SYSTEM_LIBRARIES = re.compile(
    r"^(libX11|libX11-xcb|libXau|libXdmcp|libxcb|libxcb-(cursor|glx|icccm|image|keysyms|randr|"
    r"render|render-util|shape|shm|sync|util|xfixes|xkb)|libdbus-1|libsystemd|libgcrypt|"
    r"libgpg-error|liblz4|libcap|libbsd|libmd|libfontconfig|libfreetype|libexpat|libpng16|"
    r"libbrotlicommon|libbrotlidec|libz)\.so(\.[0-9]+)*$"
)

#: matplotlib fonts kept: DejaVu Sans regular, bold and oblique (plots, and the access
#: report's PDF embeds them) and the fallback glyphs; bold oblique, serif, mono and the
#: STIX/Computer Modern maths fonts are not used
MPL_FONTS = re.compile(r"^(DejaVuSans(-Bold|-Oblique)?\.ttf|LastResort.*)$")


#: matplotlib data for what the app never draws: PostScript/core-font metrics (pdf
#: embeds DejaVu), the toolbar's icons (no NavigationToolbar), sample data
MPL_UNUSED = tuple(
    f"matplotlib/mpl-data/{folder}/"
    for folder in ("sample_data", "images", "fonts/afm", "fonts/pdfcorefonts", "plot_directive")
)


def _posix(dest: str) -> str:
    return dest.replace("\\", "/")


def datas(root: str | Path) -> list[tuple[str, str]]:
    """(source, destination folder) pairs of the data files the app reads at run time.

    The whole ``resources/`` folder (icons, style sheet, help, the districts' CSV and
    the map's GeoJSON, and ``resources/i18n/*.qm`` once there are Qt translations),
    the Alembic migrations, and gettext catalogs under ``wba_desktop/locale``.
    """
    root = Path(root)
    pairs = [
        (str(root / "resources"), "resources"),
        (str(root / "wba_desktop" / "db" / "migrations"), "wba_desktop/db/migrations"),
    ]
    for mo in sorted((root / "wba_desktop" / "locale").glob("**/*.mo")):
        pairs.append((str(mo), mo.parent.relative_to(root).as_posix()))
    return pairs


def keep(dest: str) -> bool:
    """Whether a file PyInstaller collected (by its destination) goes into the build."""
    path = _posix(dest)
    name = path.rsplit("/", 1)[-1]
    if "/__pycache__/" in path:
        return False
    if "/Qt/translations/" in path or path.startswith("PySide6/translations/"):
        return name.rsplit(".", 1)[0] in QT_TRANSLATIONS
    if "/plugins/" in path and path.startswith("PySide6/"):
        folder = path.split("/plugins/", 1)[1].split("/", 1)[0]
        pattern = QT_PLUGINS.get(folder)
        return bool(pattern and pattern.search(name))
    if path.startswith("babel/locale-data/"):
        return bool(BABEL_LOCALES.match(name))
    if path.startswith("matplotlib/mpl-data/fonts/ttf/"):
        return bool(MPL_FONTS.match(name))
    if path.startswith(MPL_UNUSED):
        return False
    if "/" not in path and SYSTEM_LIBRARIES.match(name):
        return False
    return not DROPPED_LIBRARIES.match(name)


def strip_symbols(folder: str | Path) -> int:
    """Strip the Linux libraries; bytes saved. Symbols not needed for linking go from
    libraries built without auditwheel (a Python built from source, packages compiled
    here); extension modules pointing to a wheel's ``*.libs`` (``$ORIGIN/…libs``) lose
    only debug info, if they carry any (Pillow's); the libraries in ``*.libs`` stay as
    they are. A full strip breaks the ELF layout auditwheel patched ("ELF load command
    address/offset not page-aligned"), in ``*.libs`` even ``--strip-debug`` does."""
    import shutil
    import subprocess

    strip = shutil.which("strip")
    if strip is None:
        return 0
    saved = 0
    for path in sorted(Path(folder).rglob("*.so*")):
        if not path.is_file() or path.is_symlink():
            continue
        data = path.read_bytes()
        if data[:4] != b"\x7fELF":
            continue
        if path.parent.name.endswith(".libs"):
            continue  # even --strip-debug breaks these (libgfortran)
        repaired = re.search(rb"\$ORIGIN[^\x00]*\.libs", data)
        if repaired and b".debug_info\x00" not in data:
            continue
        option = "--strip-debug" if repaired else "--strip-unneeded"
        subprocess.run([strip, option, str(path)], check=True)
        saved += len(data) - path.stat().st_size
    return saved


def link_duplicates(folder: str | Path) -> int:
    """Replace a library that two wheels bring under the same name (numpy's and SciPy's
    ``*.libs`` share the Fortran runtime) by a link to the first copy; bytes saved."""
    import os

    first: dict[str, Path] = {}
    saved = 0
    for libs in sorted(p for p in Path(folder).rglob("*.libs") if p.is_dir()):
        for path in sorted(libs.iterdir()):
            if path.is_symlink() or not path.is_file():
                continue
            original = first.setdefault(path.name, path)
            if original == path or original.read_bytes() != path.read_bytes():
                continue
            saved += path.stat().st_size
            path.unlink()
            path.symlink_to(os.path.relpath(original, path.parent))
    return saved


def trim(toc: list) -> list:
    """The TOC entries (destination first) that ``keep`` accepts."""
    return [entry for entry in toc if keep(entry[0])]
