"""Safety checks that run BEFORE a spreadsheet reader touches a file.

A hostile or broken file must end in one German message, never a crash, and must
not be able to claim unbounded memory. The readers are fast but trusting: calamine
allocates a dense grid spanning the outermost cells (a 5 KB xlsx with cells in A1
and XFD1048576 asks for 500 GB and aborts the process), and a zip entry may expand a
thousandfold. So, before reading:

* the kind is taken from the first bytes, not the file name;
* a zip container (xlsx, ods) is checked from its directory: entry count, declared
  sizes (total at most ``MAX_UNPACKED``), compression ratio (at most ``MAX_RATIO``),
  no encrypted entries; the XML entries are then decompressed by ``zipfile`` (which
  enforces the declared size and the CRC, so a lying header is caught) in chunks,
  rejecting DTDs (``<!DOCTYPE``/``<!ENTITY``: the "billion laughs" XML bomb); before
  that, ``xmlcheck`` has parsed the prolog of every XML part with defusedxml, in any
  encoding (a UTF-16 part hides its ``<!DOCTYPE`` from a byte scan);
* the extent of the sheet to be read is measured from its XML and limited in rows,
  columns and cells;
* an OLE container (D0 CF 11 E0 ...) is either an old .xls workbook or, when it holds
  an ``EncryptedPackage`` stream, a password-protected Office file.

Messages are German from start to end: the English text of an ``OSError``,
``csv.Error`` or zipfile exception never reaches the user (see :func:`unreadable`).
"""

from __future__ import annotations

import posixpath
import zipfile
import zlib
from pathlib import Path
from xml.etree import ElementTree

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring as defused_fromstring

from wba_desktop.errors import ServiceError
from wba_desktop.i18n import _
from wba_desktop.text import format as fmt

#: Declared uncompressed size of all entries of an xlsx/ods together.
MAX_UNPACKED = 200 * 1024 * 1024
#: Largest accepted compression ratio of one entry (bombs reach thousands).
MAX_RATIO = 200
#: Entries smaller than this are not ratio-checked (tiny files compress oddly).
RATIO_MIN_SIZE = 1024 * 1024
MAX_ENTRIES = 10_000
#: Columns a sheet may use (ZZ); contact lists have a few dozen.
MAX_COLUMNS = 702
#: Cells of the dense grid the reader allocates (rows x columns).
MAX_CELLS = 10_000_000
CFB_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
_CHUNK = 1024 * 1024


class ImportFileError(ServiceError):
    """A file that cannot be imported; the message is German and says why."""


def unreadable(path: Path, exc: OSError, what: str = "Die Datei") -> ImportFileError:
    """Why ``path`` cannot be read, in German (the system's own text is English)."""
    label = path.name or str(path)
    if isinstance(exc, FileNotFoundError):
        reason = _("gibt es nicht. Bitte den Pfad prüfen (verschoben oder umbenannt?)")
    elif isinstance(exc, IsADirectoryError) or path.is_dir():  # Windows: PermissionError
        reason = _("ist ein Ordner, keine Datei. Bitte die Datei im Ordner wählen")
    elif isinstance(exc, PermissionError):
        reason = _(
            "darf nicht gelesen werden (keine Leserechte, oder ein anderes Programm hat sie "
            "gesperrt)"
        )
    else:
        reason = _("lässt sich nicht lesen (Datenträger oder Netzlaufwerk nicht erreichbar?)")
    return ImportFileError(
        _("{what} „{label}“ {reason}.").format(what=what, label=label, reason=reason)
    )


def sniff_kind(path: Path) -> str:
    """``xlsx``, ``xlsb``, ``ods``, ``xls``, ``encrypted``, ``html``, ``zip`` or ``text``."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        raise unreadable(path, exc) from exc
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _zip_kind(path)
    if head == CFB_MAGIC:
        return _cfb_kind(path)
    if (
        head.lstrip(b"\xef\xbb\xbf \t\r\n")
        .lower()
        .startswith((b"<html", b"<!doc", b"<?xml", b"<t"))
    ):
        return "html"
    return "text"


def _zip_kind(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            if "mimetype" in names:
                mime = zf.read("mimetype")[:100]
                if mime.startswith(b"application/vnd.oasis.opendocument.spreadsheet"):
                    return "ods"
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError) as exc:
        raise ImportFileError(
            _("Die Datei „{name}“ ist beschädigt (kein gültiges ZIP-Archiv).").format(
                name=path.name
            )
        ) from exc
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "xl/workbook.bin" in names:
        return "xlsb"
    return "zip"


def _cfb_kind(path: Path) -> str:
    """Look through an OLE compound file for the stream names that tell what it is."""
    markers = {
        "encrypted": ("EncryptedPackage".encode("utf-16-le"), b"EncryptedPackage"),
        "xls": ("Workbook".encode("utf-16-le"), "Book".encode("utf-16-le")),
    }
    found: set[str] = set()
    tail = b""
    try:
        with open(path, "rb") as fh:
            while chunk := fh.read(_CHUNK):
                data = tail + chunk
                for kind, needles in markers.items():
                    if any(n in data for n in needles):
                        found.add(kind)
                tail = data[-40:]
    except OSError as exc:
        raise unreadable(path, exc) from exc
    if "encrypted" in found:
        return "encrypted"
    return "xls" if "xls" in found else "ole"


# -- zip containers ------------------------------------------------------------------


def check_zip(path: Path) -> None:
    """Directory checks of an xlsx/ods: sizes, ratios, encryption (no decompression)."""
    name = path.name
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ImportFileError(
            _("Die Datei „{name}“ ist beschädigt (ZIP-Verzeichnis).").format(name=name)
        ) from exc
    if len(infos) > MAX_ENTRIES:
        raise ImportFileError(
            _("Die Datei „{name}“ enthält ungewöhnlich viele Teile.").format(name=name)
        )
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise ImportFileError(
                _(
                    "Die Datei „{name}“ ist mit einem Kennwort geschützt. Bitte in Excel ohne "
                    "Kennwort speichern und erneut importieren."
                ).format(name=name)
            )
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > RATIO_MIN_SIZE and ratio > MAX_RATIO:
            raise ImportFileError(
                _(
                    "Die Datei „{name}“ wird nicht gelesen: ein Teil würde sich auf das "
                    "{ratio}-Fache entpacken (ZIP-Bombe?)."
                ).format(name=name, ratio=fmt.integer(ratio))
            )
    if total > MAX_UNPACKED:
        raise ImportFileError(
            _(
                "Die Datei „{name}“ ist entpackt zu groß ({total} MB; höchstens {max_unpacked} MB)."
            ).format(
                name=name,
                total=fmt.integer(total // 2**20),
                max_unpacked=fmt.integer(MAX_UNPACKED // 2**20),
            )
        )


def stream_member(zf: zipfile.ZipFile, member: str, name: str):
    """Chunks of ``member``; DTDs are refused, sizes and CRC are checked by ``zipfile``."""
    tail = b""
    try:
        with zf.open(member) as fh:
            while chunk := fh.read(_CHUNK):
                probe = tail + chunk[:64]
                if b"<!DOCTYPE" in chunk or b"<!ENTITY" in chunk or b"<!DOCTYPE" in probe:
                    raise ImportFileError(
                        _(
                            "Die Datei „{name}“ enthält unzulässige XML-Deklarationen "
                            "(DOCTYPE/ENTITY, mögliche XML-Bombe)."
                        ).format(name=name)
                    )
                tail = chunk[-16:]
                yield chunk
    except KeyError as exc:  # a relationship names a part the archive does not have
        raise ImportFileError(
            _("Die Datei „{name}“ ist unvollständig ({member} fehlt).").format(
                name=name, member=member
            )
        ) from exc
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, zlib.error) as exc:
        raise ImportFileError(
            _(
                "Die Datei „{name}“ ist beschädigt ({member}: Prüfsumme oder Größe stimmt nicht)."
            ).format(name=name, member=member)
        ) from exc
    except NotImplementedError as exc:  # a compression method zipfile does not know
        raise ImportFileError(
            _("Die Datei „{name}“ ist in einem unbekannten Verfahren gepackt ({member}).").format(
                name=name, member=member
            )
        ) from exc


def verify_xml_parts(path: Path, skip: str | None = None) -> None:
    """Decompress every XML part once (except ``skip``, checked by the extent scan)."""
    with zipfile.ZipFile(path) as zf:
        for info in zf.infolist():
            if info.filename == skip or not info.filename.endswith((".xml", ".rels")):
                continue
            for _ in stream_member(zf, info.filename, path.name):
                pass


def _small_xml(zf: zipfile.ZipFile, member: str, name: str) -> ElementTree.Element:
    data = b"".join(stream_member(zf, member, name))
    try:
        return defused_fromstring(data, forbid_dtd=True)
    except DefusedXmlException as exc:
        raise ImportFileError(
            _(
                "Die Datei „{name}“ enthält unzulässige XML-Deklarationen (DOCTYPE/ENTITY, "
                "mögliche XML-Bombe)."
            ).format(name=name)
        ) from exc
    except ElementTree.ParseError as exc:
        raise ImportFileError(
            _("Die Datei „{name}“ ist beschädigt ({member}).").format(name=name, member=member)
        ) from exc


def xlsx_sheet_parts(path: Path) -> dict[str, str]:
    """Sheet name -> zip member of its XML, from workbook.xml and its relationships."""
    with zipfile.ZipFile(path) as zf:
        book = _small_xml(zf, "xl/workbook.xml", path.name)
        try:
            rels = _small_xml(zf, "xl/_rels/workbook.xml.rels", path.name)
        except KeyError:
            rels = None
    targets = {}
    for rel in rels.iter() if rels is not None else ():
        if rel.tag.endswith("Relationship"):
            target = rel.get("Target", "")
            target = target.lstrip("/") if target.startswith("/") else "xl/" + target
            targets[rel.get("Id")] = posixpath.normpath(target)
    parts = {}
    for sheet in book.iter():
        if sheet.tag.endswith("}sheet"):
            rid = next((v for k, v in sheet.attrib.items() if k.endswith("}id")), None)
            if rid in targets:
                parts[sheet.get("name", "")] = targets[rid]
    return parts


#: a cell holding something (self-closing ``<c r="A1" s="2"/>`` is an empty formatted cell)
