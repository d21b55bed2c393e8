"""Check a figure: paste a sentence or an article (or give a URL); verdict cards with citations."""
from __future__ import annotations

import json
from urllib.parse import urlencode

import dash
import pandas as pd
from dash import Input, Output, State, callback, dcc, html, no_update

from ...reconcile import check as run_check
from ...reconcile import export
from ..components import verdict_card
from ..state import state

dash.register_page(__name__, path="/check", name="Check a figure", order=2)


def layout(text: str = "", date: str = "", url: str = "", **_):
    return html.Div([
        html.P("Paste a sentence or a whole article, or give the article's URL. Each figure about a camp or a detention site "
               "is checked against the official series at the article's date."),
        dcc.Textarea(id="ck-text", value=text, style={"width": "100%", "height": "160px"},
                     placeholder="e.g. The al-Hol camp still holds about 70,000 people, most of them Iraqis."),
        html.Div([
            html.Label(["Article date ", dcc.Input(id="ck-date", type="text", value=date, placeholder="YYYY-MM-DD", debounce=True, style={"width": "120px"})]),
            html.Label([" or URL ", dcc.Input(id="ck-url", type="url", value=url, placeholder="https://...", style={"width": "380px"})]),
            html.Button("Check", id="ck-go", n_clicks=1 if (text or url) else 0),
        ], style={"display": "flex", "gap": "12px", "margin": "8px 0", "flexWrap": "wrap"}),
        html.Div([html.Button("Download CSV", id="ck-csv"), html.Button("Download JSON", id="ck-json"),
                  html.Button("Download ClaimReview JSON-LD", id="ck-cr")], style={"display": "flex", "gap": "8px"}),
        dcc.Download(id="ck-download"), dcc.Store(id="ck-store"),
        dcc.Loading(html.Div(id="ck-results")),
    ])


def _verdicts(text, date, url):
    st = state()
    if url and not text:
        from ...reconcile.fetch import article
        fetched = article(url)
        text, date = fetched.text, date or (fetched.published or "")[:10]
    return run_check(text or "", st.store.cited, published=date or None), text, date


@callback(Output("ck-results", "children"), Output("ck-store", "data"), Output("url", "search", allow_duplicate=True),
          Input("ck-go", "n_clicks"), State("ck-text", "value"), State("ck-date", "value"), State("ck-url", "value"),
          prevent_initial_call="initial_duplicate")
def run(clicks, text, date, url):
    if not clicks or not (text or url):
        return html.P("Nothing checked yet."), None, no_update
    try:
        verdicts, text, date = _verdicts(text, date, url)
    except Exception as problem:  # a refused URL, a bad date: say so on the page
        return html.P(f"Could not check: {problem}", className="error"), None, no_update
    query = "?" + urlencode({k: v for k, v in {"text": text if not url else "", "date": date, "url": url}.items() if v})
    if verdicts.empty:
        return html.P("No figure about a camp or a detention site found in this text."), None, query
    cards = [verdict_card(row) for row in verdicts.itertuples(index=False)]
    return [html.P(f"{len(verdicts)} figure(s) checked.")] + cards, export.to_json(verdicts), query


@callback(Output("ck-download", "data"), Input("ck-csv", "n_clicks"), Input("ck-json", "n_clicks"), Input("ck-cr", "n_clicks"),
          State("ck-store", "data"), State("ck-date", "value"), State("ck-url", "value"), prevent_initial_call=True)
def download(_csv, _json, _cr, checked, date, url):
    """The results on the page, as files: from the stored check, not a second check (nor a second fetch)."""
    if not checked:
        return no_update
    which = dash.ctx.triggered_id
    if which == "ck-json":
        return {"content": checked, "filename": "headcount-check.json"}
    verdicts = pd.DataFrame(json.loads(checked))
    if which == "ck-csv":
        return {"content": export.to_csv(verdicts), "filename": "headcount-check.csv"}
    reviews = export.claim_review(verdicts, "Headcount user", url or None, date or None)
    return {"content": json.dumps(reviews, ensure_ascii=False, indent=1), "filename": "headcount-claimreview.jsonld"}

