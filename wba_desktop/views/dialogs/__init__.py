"""Dialogs: detail/edit forms and small pickers."""
