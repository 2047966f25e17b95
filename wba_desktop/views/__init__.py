"""Everything Qt. Views talk to services only, never to a database session."""
