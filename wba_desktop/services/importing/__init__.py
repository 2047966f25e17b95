"""The import pipeline: plan types, planner (read, map, validate, match), rows, lookup and the
one-transaction apply.
"""
