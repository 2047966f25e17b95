"""PyInstaller hook for phonenumbers: the number metadata only.

Replaces the contributed hook, which lists every submodule: the app parses, formats
and validates numbers but never asks for places, carriers or time zones, whose data
is most of the package (see bundle_contents.EXCLUDES).
"""

from PyInstaller.utils.hooks import collect_submodules

UNUSED = (
    "phonenumbers.geocoder",
    "phonenumbers.geodata",
    "phonenumbers.carrier",
    "phonenumbers.carrierdata",
    "phonenumbers.timezone",
    "phonenumbers.tzdata",
)

hiddenimports = collect_submodules("phonenumbers", filter=lambda name: not name.startswith(UNUSED))
