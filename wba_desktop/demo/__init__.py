"""Demo data: the generator and its catalogues (invented people, public institutions under
their public names). Data, not use cases.
"""
