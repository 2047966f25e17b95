"""WBA Desktop: the multiplier network of the Weiterbildungsagenturen Sachsen-Anhalt."""

__version__ = "0.1.0"
APP_NAME = "WBA Desktop"
ORG_NAME = "Weiterbildungsagentur Sachsen-Anhalt"
