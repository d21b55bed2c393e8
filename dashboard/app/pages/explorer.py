"""Site explorer: the official series by source, press figures overlaid, events, every point in a table."""
from __future__ import annotations

from functools import lru_cache
from urllib.parse import urlencode

import dash
import pandas as pd
from dash import Input, Output, callback, dcc, html

from ...charts import series_figure, split_figure
from ...model import METRICS
from ..components import citation_footer, grid
from ..state import state

dash.register_page(__name__, path="/", name="Site explorer", order=0)
SPLIT = ["population_iraqi", "population_syrian", "population_tcn"]


def layout(site: str = "al-hol", metric: str = "population", start: str | None = None, end: str | None = None, **_):
    st = state()
    site = site if site in st.store.gazetteer.by_id else "al-hol"
    metric = metric if metric in METRICS else "population"
    return html.Div([
        html.Div([
            html.Label(["Site", dcc.Dropdown(id="ex-site", options=st.site_options(), value=site, clearable=False)], style={"width": "300px"}),
            html.Label(["Metric", dcc.Dropdown(id="ex-metric", options=[{"label": m.label, "value": m.id} for m in METRICS.values()],
                                               value=metric, clearable=False)], style={"width": "300px"}),
            html.Label(["Dates", dcc.DatePickerRange(id="ex-dates", start_date=start, end_date=end, display_format="YYYY-MM-DD")]),
        ], style={"display": "flex", "gap": "16px", "flexWrap": "wrap", "alignItems": "end"}),
        dcc.Loading(dcc.Graph(id="ex-chart", config={"displaylogo": False, "toImageButtonOptions": {"format": "svg"}})),
        html.Div(id="ex-footer"),
        html.H3("Nationality split", id="ex-split-title"),
        dcc.Graph(id="ex-split", config={"displaylogo": False}),
        html.H3("Every point, with its citation"),
        html.Div(id="ex-table"),
    ])


@callback(Output("ex-chart", "figure"), Output("ex-footer", "children"), Output("ex-table", "children"),
          Output("ex-split", "figure"), Output("url", "search", allow_duplicate=True),
          Input("ex-site", "value"), Input("ex-metric", "value"), Input("ex-dates", "start_date"), Input("ex-dates", "end_date"),
          prevent_initial_call="initial_duplicate")
def update(site, metric, start, end):
    return _view(id(state()), site, metric, start, end)


@lru_cache(maxsize=512)
def _view(_state_id, site, metric, start, end):
    """The explorer's outputs for one state. The data do not change while the server runs, so each
    state is built once (the first view costs ~50-150 ms, later ones ~nothing)."""
    st = state()
    start_d = pd.Timestamp(start).date() if start else None
    end_d = pd.Timestamp(end).date() if end else None
    rows = st.store.series(site, metric, start=start_d, end=end_d)
    claims = st.verdicts[(st.verdicts["site"] == site) & (st.verdicts["metric"] == metric) & (st.verdicts["unit"] == "count")]
    if start_d:
        claims = claims[claims["ref_end"] >= pd.Timestamp(start_d)]
    if end_d:
        claims = claims[claims["ref_end"] <= pd.Timestamp(end_d)]
    name = st.store.gazetteer.by_id[site].name
    label = METRICS[metric]
    figure = series_figure(rows, f"{name}: {label.label.lower()}, official figures by source, with press figures", label.unit,
                           verdicts=claims, events=st.events_for(site))
    query = urlencode({k: v for k, v in {"site": site, "metric": metric, "start": start, "end": end}.items() if v})
    footer = citation_footer(rows, f"/api/series.csv?{query}", f"/api/series.json?{query}")
    table = rows[["as_of_text", "value", "low", "high", "qualifier", "publisher", "title", "doc_type", "url", "note"]]
    split = split_figure({METRICS[m].label: st.store.series(site, m, start=start_d, end=end_d) for m in SPLIT},
                         f"{name}: nationality split (counts), official figures")
    return figure, footer, grid(table.rename(columns={"as_of_text": "as_of"}), "ex-grid"), split, "?" + query
