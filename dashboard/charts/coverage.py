"""Which months each source covers for a site: gaps stay visible as white space."""
from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go


def coverage_figure(observations: pd.DataFrame, site: str) -> go.Figure:
    rows = observations[observations["site"] == site].copy()
    rows["month"] = pd.to_datetime(rows["as_of"]).dt.to_period("M").dt.to_timestamp()
    counts = rows.groupby(["publisher", "month"]).size().reset_index(name="n")
    figure = go.Figure(go.Scatter(x=counts["month"], y=counts["publisher"], mode="markers",
                                  marker={"symbol": "square", "size": 9, "color": counts["n"], "colorscale": "Blues", "showscale": True,
                                          "colorbar": {"title": "figures"}},
                                  hovertext=[f"{p}: {n} figure(s) in {m:%b %Y}" for p, m, n in counts.itertuples(index=False)],
                                  hoverinfo="text"))
    figure.update_layout(title={"text": f"Months covered by each source: {site}"}, template="plotly_white",
                         height=max(300, 24 * counts["publisher"].nunique() + 120), margin={"l": 260, "r": 20, "t": 60, "b": 40})
    return figure
