"""Events: list, programme, invitation list, checklist and follow-up report."""
