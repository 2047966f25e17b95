"""Data protection in the window: the access report (Art. 15), the list of people not
yet informed about their data (Art. 14), erasure (Art. 17) and the review list."""
