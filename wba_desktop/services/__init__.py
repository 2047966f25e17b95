"""Use cases. Each service takes a unit-of-work factory and returns plain dataclasses.

No Qt in here: the CLI, the GUI and the tests share this code.
"""
