"""The Dash app: wiring only. Figures come from dashboard.charts, data from dashboard.store."""
from __future__ import annotations

import dash
from dash import Input, Output, dcc, html

from ..charts import series_figure
from ..model import METRICS
from ..store import Store


def create_app(store: Store) -> dash.Dash:
    app = dash.Dash(__name__, title="Headcount", serve_locally=True)
    coverage = store.coverage()
    site_options = [{"label": s.name, "value": s.id} for s in store.gazetteer.sites
                    if s.id in set(coverage["site"])]
    app.layout = html.Div([
        html.H1("Headcount"),
        html.P("Official population figures for camps and detention sites in north-east Syria, each traced to its document."),
        html.Div([
            dcc.Dropdown(id="site", options=site_options, value="al-hol", clearable=False, style={"width": "320px"}),
            dcc.Dropdown(id="metric", options=[{"label": m.label, "value": m.id} for m in METRICS.values()],
                         value="population", clearable=False, style={"width": "320px"}),
        ], style={"display": "flex", "gap": "12px"}),
        dcc.Graph(id="chart", config={"displaylogo": False}),
        html.Div(id="citations"),
    ], style={"fontFamily": "system-ui, sans-serif", "margin": "16px"})

    @app.callback(Output("chart", "figure"), Output("citations", "children"),
                  Input("site", "value"), Input("metric", "value"))
    def update(site: str, metric: str):
        rows = store.series(site, metric)
        name = store.gazetteer.by_id[site].name
        figure = series_figure(rows, f"{name}: {METRICS[metric].label.lower()}, official figures by source",
                               METRICS[metric].unit)
        items = [html.Li([f"{r.as_of_text}: {r.value:,.0f} — {r.publisher}, ",
                          html.A(r.title, href=r.url, target="_blank", rel="noopener")])
                 for r in rows.itertuples(index=False) if r.value == r.value]
        return figure, html.Ul(items)

    @app.server.route("/health")
    def health():
        return {"status": "ok", "observations": int(len(store.observations))}

    return app
