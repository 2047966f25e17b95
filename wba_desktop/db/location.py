"""Is a SQLite file on a network drive? SQLite's WAL journal needs a local disk.

Windows: a UNC path (``\\\\server\\share\\…``) or a drive letter the system reports as
remote (``GetDriveTypeW`` == ``DRIVE_REMOTE``). Linux: the file system type of the
longest mount point above the file in ``/proc/mounts`` (nfs, cifs, smb3, sshfs, 9p …);
macOS: the same from the output of ``mount``. Everything can be passed in, so the
tests need neither a network drive nor Windows.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path, PurePosixPath, PureWindowsPath

from wba_desktop.i18n import N_, _

log = logging.getLogger(__name__)

#: The warning the CLI prints and the GUI shows for a SQLite file on a network drive.
NETWORK_DRIVE_WARNING = N_(
    "Die Datenbankdatei liegt auf einem Netzlaufwerk. SQLite braucht für sicheres "
    "gleichzeitiges Arbeiten eine lokale Festplatte; auf einem Netzlaufwerk können Daten "
    "verloren gehen oder die Datei beschädigt werden. Bitte die Datei auf den eigenen "
    "Rechner kopieren oder, wenn mehrere Personen gemeinsam arbeiten, die Teamdatenbank "
    "(PostgreSQL) verwenden."
)

#: file system types that live on another machine
NETWORK_FS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb",
        "smb2",
        "smb3",
        "smbfs",
        "sshfs",
        "fuse.sshfs",
        "9p",
        "afs",
        "ncpfs",
        "ceph",
        "glusterfs",
        "fuse.glusterfs",
        "lustre",
        "gpfs",
        "davfs",
        "fuse.davfs2",
        "fuse.rclone",
        "fuse.s3fs",
        "webdav",
        "afpfs",
    }
)

DRIVE_REMOTE = 4


def on_network_drive(
    path: str | os.PathLike,
    *,
    platform: str | None = None,
    mounts: str | None = None,
    drive_type: Callable[[str], int] | None = None,
) -> bool:
    """True when ``path`` lies on a network drive. ``platform`` (``sys.platform``),
    ``mounts`` (the text of /proc/mounts, or of ``mount`` on macOS) and ``drive_type``
    (``GetDriveTypeW`` of a root such as ``"K:\\\\"``) replace the real ones in tests.
    When the answer cannot be found out, False (no warning rather than a wrong one)."""
    platform = platform or sys.platform
    try:
        if platform.startswith("win"):
            return _windows(str(path), drive_type)
        if mounts is None:
            mounts = _read_mounts(platform)
        table = _parse_mac(mounts) if platform == "darwin" else _parse_proc(mounts)
        return _fs_type(PurePosixPath(os.path.abspath(path)), table) in NETWORK_FS
    except (OSError, ValueError, subprocess.SubprocessError):
        log.debug("could not tell whether %s is on a network drive", path, exc_info=True)
        return False


def _windows(path: str, drive_type: Callable[[str], int] | None) -> bool:
    win = PureWindowsPath(path)
    if path.startswith(("\\\\", "//")) and not path.startswith(("\\\\?\\", "\\\\.\\")):
        return True  # \\server\share
    if path.startswith("\\\\?\\UNC\\"):
        return True
    drive = win.drive
    if path.startswith("\\\\?\\") and len(path) > 5:
        drive = path[4:6]
    if not drive or drive.startswith("\\\\"):
        return bool(drive)
    if drive_type is None:
        import ctypes

        drive_type = ctypes.windll.kernel32.GetDriveTypeW  # type: ignore[attr-defined]
    return drive_type(drive + "\\") == DRIVE_REMOTE


def _read_mounts(platform: str) -> str:
    if platform == "darwin":
        return subprocess.run(
            ["/sbin/mount"], capture_output=True, text=True, timeout=5, check=True
        ).stdout
    return Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")


def _unescape(field: str) -> str:
    # /proc/mounts writes space, tab, newline and backslash as octal escapes
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def _parse_proc(text: str) -> list[tuple[str, str]]:
    table = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 3:
            table.append((_unescape(parts[1]), parts[2].lower()))
    return table


def _parse_mac(text: str) -> list[tuple[str, str]]:
    """``//user@server/share on /Volumes/share (smbfs, nodev, …)`` per line."""
    table = []
    for line in text.splitlines():
        if " on " not in line or " (" not in line:
            continue
        rest = line.split(" on ", 1)[1]
        point, opts = rest.rsplit(" (", 1)
        table.append((point, opts.split(",", 1)[0].strip(" )").lower()))
    return table


def _fs_type(path: PurePosixPath, table: list[tuple[str, str]]) -> str:
    best, kind = -1, ""
    for point, fstype in table:
        mount = PurePosixPath(point)
        if (path == mount or mount in path.parents) and len(mount.parts) > best:
            best, kind = len(mount.parts), fstype
    return kind


def network_warning(database: str | os.PathLike | None) -> str | None:
    """``NETWORK_DRIVE_WARNING`` when the SQLite file ``database`` is on a network drive."""
    if not database or str(database) == ":memory:":
        return None
    return _(NETWORK_DRIVE_WARNING) if on_network_drive(database) else None
