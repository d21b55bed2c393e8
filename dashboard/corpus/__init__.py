"""The press corpus at scale: scan on Dask, group syndicated stories, trace stale figures."""
from .results import claims, finish, trace
from .scan import Options, scan

__all__ = ["scan", "finish", "trace", "claims", "Options"]
