"""Network drives are recognised from a mounts table or a Windows path (no real share)."""

from __future__ import annotations

import pytest

from wba_desktop.db.location import NETWORK_DRIVE_WARNING, network_warning, on_network_drive

PROC_MOUNTS = """\
sysfs /sys sysfs rw,nosuid,nodev,noexec,relatime 0 0
/dev/nvme0n1p2 / ext4 rw,relatime 0 0
/dev/nvme0n1p1 /boot/efi vfat rw,relatime 0 0
//fileserver/team /mnt/team cifs rw,relatime,vers=3.1.1 0 0
fileserver:/export/home /home/nfs nfs4 rw,relatime 0 0
/dev/sdb1 /mnt/team/lokal ext4 rw,relatime 0 0
user@host:/daten /media/mit\\040Leerzeichen fuse.sshfs rw,nosuid,nodev 0 0
tmpfs /mnt/teamspeicher tmpfs rw 0 0
"""

MAC_MOUNT = """\
/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)
/dev/disk3s5 on /System/Volumes/Data (apfs, local, journaled, nobrowse)
//anna@nas/Team on /Volumes/Team (smbfs, nodev, nosuid, mounted by anna)
nas:/export on /Volumes/NFS Daten (nfs, nodev)
"""


@pytest.mark.parametrize(
    ("path", "remote"),
    [
        ("/home/anna/wba.sqlite3", False),
        ("/mnt/team/wba.sqlite3", True),
        ("/mnt/team/unter/ordner/wba.sqlite3", True),
        ("/mnt/team/lokal/wba.sqlite3", False),  # a local disk mounted inside the share
        ("/mnt/teamspeicher/wba.sqlite3", False),  # a prefix of the name is no mount
        ("/home/nfs/anna/wba.sqlite3", True),
        ("/media/mit Leerzeichen/wba.sqlite3", True),
        ("/boot/efi/wba.sqlite3", False),
    ],
)
def test_linux_mount_table(path, remote):
    assert on_network_drive(path, platform="linux", mounts=PROC_MOUNTS) is remote


@pytest.mark.parametrize(
    ("path", "remote"),
    [
        ("/Users/anna/wba.sqlite3", False),
        ("/Volumes/Team/WBA/wba.sqlite3", True),
        ("/Volumes/NFS Daten/wba.sqlite3", True),
    ],
)
def test_mac_mount_output(path, remote):
    assert on_network_drive(path, platform="darwin", mounts=MAC_MOUNT) is remote


@pytest.mark.parametrize(
    ("path", "remote"),
    [
        (r"\\fileserver\team\wba.sqlite3", True),
        ("//fileserver/team/wba.sqlite3", True),
        (r"\\?\UNC\fileserver\team\wba.sqlite3", True),
        (r"K:\WBA\wba.sqlite3", True),  # a mapped network drive
        (r"C:\Users\anna\AppData\Roaming\WBA Desktop\wba.sqlite3", False),
        (r"\\?\C:\Daten\wba.sqlite3", False),
    ],
)
def test_windows_paths(path, remote):
    drives = {"K:\\": 4, "C:\\": 3}  # DRIVE_REMOTE, DRIVE_FIXED
    assert on_network_drive(path, platform="win32", drive_type=drives.__getitem__) is remote


def test_an_unreadable_mount_table_gives_no_warning():
    def broken(_root: str) -> int:
        raise OSError("kein Zugriff")

    assert on_network_drive(r"K:\wba.sqlite3", platform="win32", drive_type=broken) is False
    assert on_network_drive("/x/wba.sqlite3", platform="linux", mounts="kaputt") is False


def test_the_warning_is_german_and_names_the_team_database(monkeypatch):
    assert "Netzlaufwerk" in NETWORK_DRIVE_WARNING and "Teamdatenbank" in NETWORK_DRIVE_WARNING
    assert network_warning(None) is None and network_warning(":memory:") is None
    monkeypatch.setattr("wba_desktop.db.location.on_network_drive", lambda _p: True)
    assert network_warning("/mnt/team/wba.sqlite3") == NETWORK_DRIVE_WARNING
