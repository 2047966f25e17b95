"""The Lotsen desk area: intake, the inquiry list, matches, referrals, the report."""
