"""Pure figure builders: data frames in, plotly figures out. No Dash here."""
from .series import series_figure

__all__ = ["series_figure"]
