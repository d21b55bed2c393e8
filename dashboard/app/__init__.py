"""The Dash app: wiring only. Figures come from dashboard.charts, data from dashboard.store and
dashboard.reconcile. Every asset is served locally (no CDN)."""
from __future__ import annotations

from pathlib import Path

import dash
from dash import dcc, html

from ..store import Store
from . import api, state

HERE = Path(__file__).parent


def create_app(store: Store, claims_dir: str | None = None) -> dash.Dash:
    """claims_dir: a `headcount corpus scan` output whose claims replace the shipped press figures."""
    st = state.State(store, claims_dir)
    state.CURRENT = st
    app = dash.Dash(__name__, title="Headcount", use_pages=True, pages_folder=str(HERE / "pages"),
                    serve_locally=True, suppress_callback_exceptions=True, assets_folder=str(HERE / "assets"))
    app.layout = html.Div([
        dcc.Location(id="url", refresh=False),
        html.Header([
            html.H1("Headcount", style={"margin": "0 16px 0 0", "fontSize": "1.6em"}),
            html.Nav([dcc.Link(page["name"], href=page["relative_path"], style={"marginRight": "14px"})
                      for page in dash.page_registry.values()]),
        ], style={"display": "flex", "alignItems": "center", "borderBottom": "1px solid #ddd", "paddingBottom": "8px"}),
        html.P("Official population figures for camps and detention sites in north-east Syria, each traced to its document; "
               "press figures checked against them.", style={"color": "#555"}),
        dash.page_container,
    ], style={"fontFamily": "system-ui, sans-serif", "margin": "16px auto", "maxWidth": "1250px", "padding": "0 12px"})
    api.register(app.server, st)
    return app
