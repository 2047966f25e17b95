"""The application shell: main window, area wiring, start page, welcome, global search,
settings, the task runner, ops and the change bus.
"""
