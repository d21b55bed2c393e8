"""Small layout pieces shared by the pages: the citation footer, the verdict card, the grid."""
from __future__ import annotations

import dash_ag_grid as dag
import pandas as pd
from dash import html

from ..reconcile.explain import number


def citation_footer(rows: pd.DataFrame, csv_url: str, json_url: str) -> html.Div:
    """Every document behind a chart or table, linked; and the data's CSV and JSON twins."""
    docs = rows.drop_duplicates("url")[["publisher", "title", "url"]].dropna(subset=["url"])
    return html.Div([
        html.Div([html.Strong("Data: "), html.A("CSV", href=csv_url), " · ", html.A("JSON", href=json_url)]),
        html.Details([html.Summary(f"Sources ({len(docs)} documents)"),
                      html.Ol([html.Li([f"{d.publisher}: ", html.A(d.title, href=d.url, target="_blank", rel="noopener noreferrer")])
                               for d in docs.itertuples(index=False)])]),
    ], className="citations", style={"fontSize": "0.85em", "color": "#444", "margin": "6px 0 18px"})


def grid(frame: pd.DataFrame, grid_id: str, link_columns: tuple[str, ...] = ("url",), height: str = "380px") -> dag.AgGrid:
    columns = []
    for column in frame.columns:
        spec = {"field": column, "filter": True, "sortable": True, "resizable": True, "cellDataType": False}  # show as written: "2018-03" is not a date to AG Grid
        if column in link_columns:
            spec["cellRenderer"] = "markdown"
            spec["linkTarget"] = "_blank"
        columns.append(spec)
    data = frame.copy()
    for column in link_columns:
        if column in data:
            data[column] = data[column].map(lambda u: f"[{u}]({u})" if isinstance(u, str) else "")
    return dag.AgGrid(id=grid_id, rowData=data.astype(object).where(data.notna(), None).to_dict("records"),
                      columnDefs=columns, style={"height": height}, dashGridOptions={"pagination": True, "paginationPageSize": 50},
                      csvExportParams={"fileName": f"{grid_id}.csv"})


def highlighted(quote: str, raw: str) -> list:
    """The quote as text, with the figure marked (never parsed as HTML)."""
    at = quote.find(raw) if raw else -1
    if at < 0:
        return [quote]
    return [quote[:at], html.Mark(raw, className="figure"), quote[at + len(raw):]]


VERDICT_STYLE = {"consistent": "#e6f4ea", "contested": "#fff4e0", "overstated": "#fde8e8", "understated": "#efe8fb",
                 "no_official_data": "#f1f1f1"}


def verdict_card(row) -> html.Div:
    sources = [html.Li([f"{o['publisher']}: {number(o['value'], row.unit)} as of {o['as_of']} ({o['when']}) — ",
                        html.A(o["title"], href=o["url"], target="_blank", rel="noopener noreferrer")]) for o in row.official[:8]]
    extra = []
    if isinstance(row.self_contradiction, str):
        extra.append(html.P(["Contradicts, in the same text: ", html.Q(row.self_contradiction)], className="contradiction"))
    return html.Div([
        html.Blockquote(highlighted(row.quote, row.raw)),
        html.P([html.Strong(row.verdict.replace("_", " ").upper(), className="verdict"),
                html.Span(" · STALE", className="stale") if row.stale else "",
                f" · {row.metric}, {row.site or 'no site'}, date {row.ref_date if isinstance(row.ref_date, str) else 'not given (undated past)'}"]),
        html.P(row.explanation, className="explanation"),
        html.P(f"Last true on {pd.Timestamp(row.last_true_on).date()}" if pd.notna(row.last_true_on) else "", className="last-true"),
        html.Ul(sources, className="official"), *extra,
    ], className="claim-card", style={"background": VERDICT_STYLE.get(row.verdict, "#fff"), "padding": "10px 14px",
                                      "margin": "10px 0", "borderRadius": "6px"})
