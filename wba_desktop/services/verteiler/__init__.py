"""Distribution lists (Verteiler) and list exports (xlsx, CSV, vCard, mail merge)."""
