"""The official series of one site and metric: one trace per publisher, markers at each observation,
lines only between points of the same publisher and never across a gap longer than `max_gap_days`."""
from __future__ import annotations

import html

import pandas as pd
import plotly.graph_objects as go

PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf",
           "#7f7f7f", "#bcbd22"]


def _hover(rows: pd.DataFrame) -> list[str]:
    def one(row) -> str:
        value = f"{row.value:,.0f}" if pd.notna(row.value) else f"{row.low:,.0f}–{row.high:,.0f}"
        qualifier = "" if row.qualifier == "exact" else f" ({row.qualifier.replace('_', ' ')})"
        return (f"<b>{value}</b>{qualifier}<br>as of {row.as_of_text}<br>{html.escape(str(row.publisher))}"
                f"<br><i>{html.escape(str(row.title))[:90]}</i>")
    return [one(r) for r in rows.itertuples(index=False)]


def _with_gaps(rows: pd.DataFrame, max_gap_days: int) -> pd.DataFrame:
    """Insert an empty point wherever two consecutive points are further apart than max_gap_days,
    so plotly breaks the line there instead of drawing across the gap."""
    rows = rows.sort_values("as_of")
    when = pd.to_datetime(rows["as_of"])
    gaps = when.diff().dt.days > max_gap_days
    if not gaps.any():
        return rows
    breaks = rows[gaps].copy()
    breaks["value"] = float("nan")
    breaks["as_of"] = (when[gaps] - pd.Timedelta(days=1)).dt.date.values
    return pd.concat([rows, breaks]).sort_values("as_of", kind="stable")


def series_figure(rows: pd.DataFrame, title: str, unit_label: str = "people",
                  max_gap_days: int = 400) -> go.Figure:
    """rows: Store.series() output. One trace per publisher; hover names value, date and document."""
    figure = go.Figure()
    for i, (publisher, group) in enumerate(rows.groupby("publisher", sort=True)):
        group = _with_gaps(group, max_gap_days)
        figure.add_trace(go.Scatter(
            x=pd.to_datetime(group["as_of"]), y=group["value"], name=str(publisher), mode="lines+markers",
            connectgaps=False, line={"width": 1.5, "color": PALETTE[i % len(PALETTE)]}, marker={"size": 7},
            hovertext=_hover(group), hoverinfo="text", customdata=group["url"].tolist(),
        ))
    figure.update_layout(
        title={"text": title}, template="plotly_white", hovermode="closest", margin={"l": 70, "r": 20, "t": 60, "b": 50},
        xaxis={"title": "as-of date"}, yaxis={"title": unit_label, "rangemode": "tozero", "tickformat": ",d"},
        legend={"title": {"text": "source"}},
    )
    if rows.empty:
        figure.add_annotation(text="No official figure recorded for this site and metric", showarrow=False,
                              xref="paper", yref="paper", x=0.5, y=0.5)
    return figure
