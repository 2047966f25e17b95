"""German text: folding for search keys (fold) and German formatting of numbers, dates and
lists (format, on Babel).
"""
