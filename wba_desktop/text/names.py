"""How a person's name is shown: title, first and last name, the empty parts left out."""

from __future__ import annotations


def display_name(title: str, first: str, last: str) -> str:
    """„Dr. Maria Sommer“ (parts that are empty are left out)."""
    return " ".join(p for p in (title, first, last) if p)
