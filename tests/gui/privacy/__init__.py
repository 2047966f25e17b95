"""GUI tests of the data-protection dialogs."""
