"""Divergence: press figures ÷ the official figure in force, over time; agreement by year and outlet."""
from __future__ import annotations

import dash
from dash import dcc, html

from ...charts import agreement_table, divergence_figure
from ..components import grid
from ..state import state

dash.register_page(__name__, path="/divergence", name="Divergence", order=1)


def layout(site: str = "al-hol", **_):
    st = state()
    verdicts = st.verdicts[(st.verdicts["site"] == site) & (st.verdicts["unit"] == "count")]
    name = st.store.gazetteer.by_id[site].name if site in st.store.gazetteer.by_id else site
    return html.Div([
        dcc.Graph(id="dv-chart", figure=divergence_figure(verdicts, title=f"{name}: press figures ÷ official figure in force (log scale)"),
                  config={"displaylogo": False}),
        html.P(["Data: ", html.A("CSV", href=f"/api/verdicts.csv?site={site}"), " · ", html.A("JSON", href=f"/api/verdicts.json?site={site}")]),
        html.H3("Share of press figures within tolerance, by year"),
        grid(agreement_table(verdicts, "year"), "dv-year", height="260px"),
        html.H3("By outlet"),
        grid(agreement_table(verdicts, "outlet"), "dv-outlet", height="320px"),
    ])
