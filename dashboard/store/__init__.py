"""The store: cited datasets loaded, validated and cached. See load.py for the flow."""
from .errors import Problem, ValidationFailed
from .load import TABLES, cache_dir, datasets_dir, load_frames
from .store import Store, load

__all__ = ["Problem", "ValidationFailed", "TABLES", "Store", "load", "load_frames", "cache_dir", "datasets_dir"]
