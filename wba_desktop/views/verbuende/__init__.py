"""The Weiterbildungsverbünde area: overview, detail tabs, dialogs."""
