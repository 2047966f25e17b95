"""What every area's views share: widgets, item models, the record dialog and record tab bases,
form helpers, messages.
"""
