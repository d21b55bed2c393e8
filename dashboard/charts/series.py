"""The official series of one site and metric: one trace per publisher, markers at each observation,
lines only between points of the same publisher and never across a gap longer than `max_gap_days`;
press claims overlaid as points coloured by verdict (ranges as error bars, vague figures hollow);
dated events as labelled lines on the time axis."""
from __future__ import annotations

import html

import pandas as pd
import plotly.graph_objects as go

PALETTE = ["#1f77b4", "#2ca02c", "#9467bd", "#8c564b", "#17becf", "#7f7f7f", "#bcbd22", "#e377c2", "#ff7f0e", "#393b79"]
VERDICT_COLOURS = {"consistent": "#2ca02c", "contested": "#ff7f0e", "overstated": "#d62728", "understated": "#9467bd",
                   "no_official_data": "#7f7f7f"}


def _value_text(row) -> str:
    if pd.notna(row.value):
        text = f"{row.value:,.0f}"
    else:
        text = f"{row.low:,.0f}–{row.high:,.0f}"
    return text if row.qualifier == "exact" else f"{text} ({row.qualifier.replace('_', ' ')})"


def _hover(rows: pd.DataFrame) -> list[str]:
    return [f"<b>{_value_text(r)}</b><br>as of {r.as_of_text}<br>{html.escape(str(r.publisher))}"
            f"<br><i>{html.escape(str(r.title))[:90]}</i>" for r in rows.itertuples(index=False)]


def _with_gaps(rows: pd.DataFrame, max_gap_days: int) -> pd.DataFrame:
    """Insert an empty point where two consecutive points are further apart than max_gap_days, so the
    line breaks there instead of drawing across the gap."""
    rows = rows.sort_values("as_of")
    when = pd.to_datetime(rows["as_of"])
    gaps = when.diff().dt.days > max_gap_days
    if not gaps.any():
        return rows
    breaks = rows[gaps].copy()
    breaks["plot_value"] = float("nan")
    breaks["as_of"] = (when[gaps] - pd.Timedelta(days=1)).dt.date.values
    return pd.concat([rows, breaks]).sort_values("as_of", kind="stable")


def official_traces(rows: pd.DataFrame, max_gap_days: int = 400) -> list[go.Scatter]:
    """rows: Store.series() output. Ranges plot at their middle with an error bar to each bound."""
    traces = []
    rows = rows.assign(plot_value=rows["value"].fillna((rows["low"] + rows["high"]) / 2))
    for i, (publisher, group) in enumerate(rows.groupby("publisher", sort=True)):
        group = _with_gaps(group, max_gap_days)
        is_range = group["value"].isna() & group["low"].notna()
        traces.append(go.Scatter(
            x=pd.to_datetime(group["as_of"]), y=group["plot_value"], name=str(publisher), mode="lines+markers",
            connectgaps=False, line={"width": 1.3, "color": PALETTE[i % len(PALETTE)]}, marker={"size": 7},
            error_y={"type": "data", "symmetric": False, "array": (group["high"] - group["plot_value"]).where(is_range),
                     "arrayminus": (group["plot_value"] - group["low"]).where(is_range), "width": 3},
            hovertext=_hover(group),
            hoverinfo="text", customdata=group["url"].tolist(), legendgroup="official",
            legendgrouptitle_text="Official sources" if i == 0 else None,
        ))
    return traces


def claim_traces(verdicts: pd.DataFrame) -> list[go.Scatter]:
    """Press claims (reconcile output with quote/outlet/url): one trace per verdict."""
    traces = []
    if verdicts is None or verdicts.empty:
        return traces
    for verdict, group in verdicts.groupby("verdict", sort=True):
        vague = group["qualifier"].eq("vague")
        spans = group["low"].notna() & group["high"].notna() & ~group["qualifier"].isin(["exact"])
        hover = [f"<b>press: {html.escape(str(r.raw))}</b> ({r.qualifier.replace('_', ' ')})<br>{html.escape(str(r.outlet))}, "
                 f"{r.published_text}<br>verdict: {r.verdict.replace('_', ' ')}{' (stale)' if r.stale else ''}"
                 for r in group.itertuples(index=False)]
        traces.append(go.Scatter(
            x=group["ref_end"], y=group["mid"], name=verdict.replace("_", " "), mode="markers",
            marker={"size": 7, "symbol": ["diamond-open" if v else "diamond" for v in vague], "opacity": 0.85,
                    "color": VERDICT_COLOURS.get(verdict, "#333"), "line": {"width": 1.5, "color": VERDICT_COLOURS.get(verdict, "#333")}},
            error_y={"type": "data", "symmetric": False, "array": (group["high"] - group["mid"]).where(spans),
                     "arrayminus": (group["mid"] - group["low"]).where(spans), "width": 0, "thickness": 0.8},
            hovertext=hover, hoverinfo="text", customdata=group["url"].tolist(), legendgroup="press",
            legendgrouptitle_text="Press figures, by verdict",
        ))
    return traces


KEY_EVENTS = ("influx", "repatriation", "attack", "handover", "closure", "security_operation", "transfer")


def event_trace(events: pd.DataFrame, limit: int = 40) -> go.Scatter | None:
    """Dated events as triangles on the time axis; hover names the event, click opens its document."""
    if events is None or events.empty:
        return None
    events = events[events["kind"].isin(KEY_EVENTS)].sort_values("date").tail(limit)
    if events.empty:
        return None
    return go.Scatter(x=pd.to_datetime(events["date"]), y=[0] * len(events), mode="markers", name="events",
                      marker={"symbol": "triangle-up", "size": 11, "color": "#444"}, cliponaxis=False,
                      hovertext=[f"<b>{html.escape(e.kind.replace('_', ' '))}</b>, {e.date_text}<br>{html.escape(e.title)}"
                                 for e in events.itertuples(index=False)],
                      hoverinfo="text", customdata=events["url"].tolist())


def _layout(figure: go.Figure, title: str, unit_label: str, sources: str, height: int = 640) -> go.Figure:
    figure.update_layout(
        title={"text": title}, template="plotly_white", hovermode="closest", height=height,
        margin={"l": 70, "r": 20, "t": 60, "b": 40}, xaxis={"title": "as-of date"},
        yaxis={"title": unit_label, "rangemode": "tozero", "tickformat": ",d"},
        legend={"orientation": "h", "yanchor": "top", "y": -0.12, "x": 0, "font": {"size": 10}, "groupclick": "toggleitem"},
    )
    figure.add_annotation(text=f"Sources: {html.escape(sources[:200]) or 'none'}. Compiled by Headcount.", xref="paper",
                          yref="paper", x=0, y=1.02, showarrow=False, xanchor="left", yanchor="bottom", font={"size": 10, "color": "#666"})
    return figure


def series_figure(rows: pd.DataFrame, title: str, unit_label: str = "people", verdicts: pd.DataFrame | None = None,
                  events: pd.DataFrame | None = None, max_gap_days: int = 400) -> go.Figure:
    traces = official_traces(rows, max_gap_days) + claim_traces(verdicts)
    marker = event_trace(events)
    figure = go.Figure(traces + ([marker] if marker is not None else []))
    sources = ", ".join(sorted(rows["publisher"].dropna().unique()))
    _layout(figure, title, unit_label, sources)
    if rows.empty:
        figure.add_annotation(text="No official figure recorded for this site and metric", showarrow=False,
                              xref="paper", yref="paper", x=0.5, y=0.5)
    return figure


def split_figure(parts: dict[str, pd.DataFrame], title: str) -> go.Figure:
    """Nationality split: one trace per part (Iraqi, Syrian, third-country), every source's points on it;
    hover names the source. Lines are not drawn: sources differ, so points are not joined."""
    figure = go.Figure()
    for i, (label, rows) in enumerate(parts.items()):
        if rows.empty:
            continue
        rows = rows.assign(plot_value=rows["value"].fillna((rows["low"] + rows["high"]) / 2))
        figure.add_trace(go.Scatter(x=pd.to_datetime(rows["as_of"]), y=rows["plot_value"], mode="markers", name=label,
                                    marker={"size": 8, "color": PALETTE[i]}, hovertext=_hover(rows), hoverinfo="text",
                                    customdata=rows["url"].tolist()))
    sources = ", ".join(sorted({p for rows in parts.values() for p in rows["publisher"].dropna()}))
    return _layout(figure, title, "people", sources, height=460)
