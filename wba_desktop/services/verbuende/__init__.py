"""The Weiterbildungsverbünde area: records and phases, members and board, tasks and key
figures, health check, report.
"""
