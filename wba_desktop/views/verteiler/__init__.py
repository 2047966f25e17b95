"""The Verteiler area: distribution lists of people."""
