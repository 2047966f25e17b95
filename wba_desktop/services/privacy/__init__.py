"""Data protection: erasure (Art. 17) as anonymisation, the erasure ledger, the review
list (storage limitation)."""
