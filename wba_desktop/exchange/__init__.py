"""Excel/CSV/vCard import and export, e-mail links. No Qt.

``spreadsheet`` reads files safely (``filecheck`` guards it), ``mapping`` turns a
sheet's header row into target fields; ``xlsx_export``, ``csv_export`` and ``vcard``
write; ``mailmerge`` and ``mailto`` build letters' fields and e-mail links. Nothing is
imported here, so the app's start pays only for what it uses.
"""
