"""The events area: event records, programme, calendar rules, checklists, invitations (sources,
queries, changes) and event files.
"""
