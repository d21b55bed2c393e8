"""Claims: the figures a press text quotes, with what they count, where, how precisely and when."""
from .extract import KEYS, MAX_CHARS, Claim, InputTooLarge, extract

__all__ = ["Claim", "extract", "KEYS", "MAX_CHARS", "InputTooLarge"]
