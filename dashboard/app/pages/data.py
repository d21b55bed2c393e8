"""Data & sources: every observation and claim, downloads, and which months each source covers."""
from __future__ import annotations

import dash
from dash import Input, Output, callback, dcc, html

from ...charts import coverage_figure
from ..components import grid
from ..state import state

dash.register_page(__name__, path="/data", name="Data & sources", order=3)


def layout(site: str = "al-hol", **_):
    st = state()
    obs = st.store.cited[["site", "metric", "unit", "as_of_text", "value", "low", "high", "qualifier", "publisher", "title", "doc_type", "url"]]
    claims = st.store.claims[["outlet", "published_text", "language", "site", "metric", "raw", "value", "qualifier", "ref_date", "url"]]
    return html.Div([
        html.P(["Downloads: observations as ", html.A("CSV", href="/api/observations.csv"), ", ",
                html.A("Parquet", href="/api/observations.parquet"), ", ", html.A("HXL-tagged CSV", href="/api/observations.hxl.csv"),
                "; press claims as ", html.A("CSV", href="/api/claims.csv"), "; documents as ", html.A("CSV", href="/api/documents.csv"), "."]),
        html.Label(["Coverage for ", dcc.Dropdown(id="dt-site", options=st.site_options(), value=site, clearable=False, style={"width": "300px"})]),
        dcc.Graph(id="dt-coverage", config={"displaylogo": False}),
        html.H3(f"Official observations ({len(obs)})"), grid(obs.rename(columns={"as_of_text": "as_of"}), "dt-obs"),
        html.H3(f"Press claims ({len(claims)})"), grid(claims.rename(columns={"published_text": "published"}), "dt-claims"),
    ])


@callback(Output("dt-coverage", "figure"), Input("dt-site", "value"))
def coverage(site):
    return coverage_figure(state().store.cited, site)
