"""Claim ÷ official figure in force at the claim's date, over time (log scale), with the band inside
which a claim counts as consistent, and stale claims drawn with a line back to when they were true."""
from __future__ import annotations

import html

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from .series import VERDICT_COLOURS


def divergence_figure(verdicts: pd.DataFrame, tolerance: float = 0.05, title: str = "Press figures ÷ official figure in force") -> go.Figure:
    checked = verdicts[verdicts["verdict"] != "no_official_data"].copy()
    checked["ratio"] = checked["mid"] / checked["official_value"]
    figure = go.Figure()
    if not checked.empty:
        lo, hi = checked["ref_end"].min(), checked["ref_end"].max()
        figure.add_trace(go.Scatter(x=[lo, hi, hi, lo], y=[1 - tolerance, 1 - tolerance, 1 + tolerance, 1 + tolerance],
                                    fill="toself", mode="none", fillcolor="rgba(44,160,44,0.15)", name=f"consistent (±{tolerance:.0%})",
                                    hoverinfo="skip"))
    for verdict, group in checked.groupby("verdict"):
        figure.add_trace(go.Scatter(
            x=group["ref_end"], y=group["ratio"], mode="markers", name=verdict.replace("_", " "),
            marker={"size": 8, "color": VERDICT_COLOURS.get(verdict, "#333")},
            hovertext=[f"<b>{html.escape(str(r.raw))}</b> ÷ {r.official_value:,.0f} = {r.ratio:.2f}<br>{html.escape(str(r.outlet))}, "
                       f"{r.published_text}<br>{r.verdict}{' (stale)' if r.stale else ''}" for r in group.itertuples(index=False)],
            hoverinfo="text", customdata=group["url"].tolist()))
    stale = checked[checked["stale"]]
    xs, ys = [], []
    for r in stale.itertuples(index=False):
        xs += [pd.Timestamp(r.last_true_on), r.ref_end, None]
        ys += [1.0, r.ratio, None]
    if xs:
        figure.add_trace(go.Scatter(x=xs, y=ys, mode="lines", line={"width": 0.8, "color": "rgba(214,39,40,0.35)"},
                                    name="stale: back to last true", hoverinfo="skip"))
    figure.update_layout(title={"text": title}, template="plotly_white", height=480, yaxis={"type": "log", "title": "claim ÷ official"},
                         xaxis={"title": "claim's reference date"}, margin={"l": 70, "r": 20, "t": 60, "b": 60})
    return figure


def agreement_table(verdicts: pd.DataFrame, by: str) -> pd.DataFrame:
    """Share of checkable press figures within tolerance, per year or per outlet, with counts (n)."""
    checked = verdicts[verdicts["verdict"] != "no_official_data"].copy()
    if by == "year":
        checked["year"] = checked["ref_end"].dt.year
    grouped = checked.groupby(by)["verdict"]
    table = pd.DataFrame({"n": grouped.size(), "consistent": grouped.apply(lambda v: int((v == "consistent").sum()))})
    table["share_consistent"] = np.round(table["consistent"] / table["n"], 2)
    table = table.reset_index()
    return table.sort_values("year") if by == "year" else table.sort_values(["n", by], ascending=[False, True])
