"""Data protection in the window: erasure (Art. 17) and the review list."""
