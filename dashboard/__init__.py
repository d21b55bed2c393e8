"""Headcount: official population figures for camps and detention sites, and the press figures
that quote them, reconciled and charted with every number traced to its document."""
__version__ = "0.1.0"
