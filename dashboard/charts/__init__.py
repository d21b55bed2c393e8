"""Pure figure builders: data frames in, plotly figures out. No Dash here."""
from .coverage import coverage_figure
from .divergence import agreement_table, divergence_figure
from .series import claim_traces, event_trace, official_traces, series_figure, split_figure

__all__ = ["series_figure", "split_figure", "event_trace", "official_traces", "claim_traces", "divergence_figure", "agreement_table", "coverage_figure"]
