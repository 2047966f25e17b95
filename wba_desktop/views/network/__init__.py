"""The network area: the multiplier network drawn with matplotlib inside Qt."""
