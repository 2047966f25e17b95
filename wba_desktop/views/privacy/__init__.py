"""Data protection in the window: the access report (Art. 15) and the list of people not
yet informed about their data (Art. 14)."""
