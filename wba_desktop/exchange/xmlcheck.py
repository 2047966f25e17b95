"""The XML parts of an uploaded workbook, parsed by ``defusedxml`` before any reader.

An xlsx/xlsm/ods is a zip of XML parts. A part with a DTD can declare entities that
expand a thousandfold ("billion laughs") or fetch other files (external entities).
A scan of the raw bytes for ``<!DOCTYPE`` (``filecheck``) misses a part encoded in
UTF-16, where every character takes two bytes. So each XML part (``*.xml``,
``*.rels``, ``*.vml``, also ``[Content_Types].xml``) is parsed by defusedxml with
DTDs, entity declarations and external references forbidden, in whatever encoding
the part declares.

A DTD may only stand in the prolog, before the root element (XML 1.0, 2.8); behind
it, ``<!DOCTYPE`` is not well-formed and declares nothing. So the parse stops at the
root element's start tag: a big sheet costs the first kilobytes, not a full parse.
Encodings expat cannot read (UTF-32 and other multi-byte ones) are refused too.
"""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path
from xml.etree import ElementTree

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser

from wba_desktop.exchange.filecheck import ImportFileError
from wba_desktop.i18n import _

XML_SUFFIXES = (".xml", ".rels", ".vml")
_CHUNK = 16 * 1024
_UTF32 = (b"\x00\x00\xfe\xff", b"\xff\xfe\x00\x00", b"\x00\x00\x00<", b"<\x00\x00\x00")


class _RootReached(Exception):
    """The prolog is over: the root element starts."""


class _StopAtRoot:
    """A parser target that ends the parse at the first start tag."""

    def start(self, _tag, _attrib) -> None:
        raise _RootReached

    def close(self) -> None:
        return None


def _parser() -> DefusedXMLParser:
    return DefusedXMLParser(
        target=_StopAtRoot(), forbid_dtd=True, forbid_entities=True, forbid_external=True
    )


def _forbidden(name: str, member: str) -> ImportFileError:
    return ImportFileError(
        _(
            "Die Datei „{name}“ wird nicht gelesen: Ihr Teil „{member}“ enthält unzulässige "
            "XML-Deklarationen (DOCTYPE/ENTITY, mögliche XML-Bombe)."
        ).format(name=name, member=member)
    )


def _unreadable(name: str, member: str, why: str) -> ImportFileError:
    return ImportFileError(
        _("Die Datei „{name}“ ist beschädigt: Ihr Teil „{member}“ {why}.").format(
            name=name, member=member, why=why
        )
    )


def _feed(parser: DefusedXMLParser, chunk: bytes | None, name: str, member: str) -> bool:
    """Feed ``chunk`` (None: the end); True once the root element starts."""
    try:
        if chunk is None:
            parser.close()  # no root element at all: expat says so
        else:
            parser.feed(chunk)
    except _RootReached:
        return True
    except DefusedXmlException as exc:
        raise _forbidden(name, member) from exc
    except (ElementTree.ParseError, ValueError) as exc:  # ValueError: multi-byte encoding
        raise _unreadable(
            name, member, _("ist kein lesbares XML (unbekannte Zeichenkodierung oder verstümmelt)")
        ) from exc
    return False


def check_prolog(zf: zipfile.ZipFile, member: str, name: str) -> None:
    """Parse ``member`` of ``zf`` up to its root element with defusedxml; ``name`` is
    the file's name for the message."""
    parser = _parser()
    first = True
    try:
        with zf.open(member) as fh:
            while chunk := fh.read(_CHUNK):
                if first and chunk.startswith(_UTF32):
                    raise _unreadable(
                        name, member, _("ist in UTF-32 kodiert, das nicht gelesen wird")
                    )
                first = False
                if _feed(parser, chunk, name, member):
                    return
            _feed(parser, None, name, member)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, zlib.error) as exc:
        raise _unreadable(name, member, _("lässt sich nicht entpacken")) from exc
    except NotImplementedError as exc:  # a compression method zipfile does not know
        raise _unreadable(name, member, _("ist in einem unbekannten Verfahren gepackt")) from exc


def check_xml_parts(path: Path) -> None:
    """Every XML part of the workbook at ``path`` through :func:`check_prolog`."""
    try:
        with zipfile.ZipFile(path) as zf:
            for info in zf.infolist():
                if info.filename.lower().endswith(XML_SUFFIXES) and not info.is_dir():
                    check_prolog(zf, info.filename, path.name)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ImportFileError(
            _("Die Datei „{name}“ ist beschädigt (ZIP-Verzeichnis).").format(name=path.name)
        ) from exc
