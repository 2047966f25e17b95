"""The directory area: organisation and person lists."""
