"""Reproducible benchmarks for WBA Desktop, each measured against a peer in the same run.

Run ``python -m benchmarks [--quick] [NAME ...]``; see ``benchmarks/README.md``.
"""
