"""The schema revisions this app knows, without SQLAlchemy or Alembic: the start page's
first look (``services.glance``) reads the file only when it has the newest one."""

#: The newest revision this app knows. A test checks it against the Alembic scripts.
HEAD_REVISION = "0011_person_list_index"
KNOWN_REVISIONS = (
    "0001_initial",
    "0002_verteiler",
    "0003_verbuende_events",
    "0004_safety",
    "0005_privacy",
    "0006_consents",
    "0007_office_files",
    "0008_network",
    "0009_lotsen",
    "0010_search_index",
    "0011_person_list_index",
)
