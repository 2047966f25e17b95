"""Allow ``python -m wba_desktop``."""

from wba_desktop.cli import main

raise SystemExit(main())
