"""The „Karte“ area: the map of Sachsen-Anhalt (districts, partners, ties)."""
