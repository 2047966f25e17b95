"""The directory area: organisations, people, affiliations, relations, reference data, search
and the contact history.
"""
