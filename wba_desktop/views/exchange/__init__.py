"""Dialogs of the office exchange: export, e-mail to a list, import."""
