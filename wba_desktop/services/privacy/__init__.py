"""Data protection: consents per purpose with history, per-person facts (legal basis,
source, informed, restriction, objection) and the one filter every purpose-bound list
uses (:func:`wba_desktop.services.privacy.consent_filter.allowed`); erasure (Art. 17)
as anonymisation, the erasure ledger, the review list (storage limitation)."""
