"""Interregional agreements report: events log and quarterly report."""

__version__ = "0.1.0"
