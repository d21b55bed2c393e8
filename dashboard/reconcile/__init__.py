"""Reconcile press claims with official observations: evidence, verdicts, staleness, exports."""
from .check import check
from .verdict import STALE_WINDOW_DAYS, TOLERANCE, reconcile

__all__ = ["check", "reconcile", "TOLERANCE", "STALE_WINDOW_DAYS"]
