"""Stable CSV/JSON twins of every chart and table, and the downloads: plain Flask routes."""
from __future__ import annotations

import io

import pandas as pd
from flask import Response, request

from ..model import METRICS
from ..reconcile import export
from .state import State

HXL_OBSERVATIONS = {"site": "#loc+code", "metric": "#indicator+code", "unit": "#indicator+unit", "as_of_text": "#date+asof",
                    "value": "#indicator+value+num", "low": "#indicator+value+low", "high": "#indicator+value+high",
                    "qualifier": "#indicator+qualifier", "publisher": "#org+publisher", "title": "#meta+title", "url": "#meta+url",
                    "doc_type": "#meta+type"}


def _csv(frame: pd.DataFrame, name: str) -> Response:
    return Response(frame.to_csv(index=False, lineterminator="\n"), mimetype="text/csv",
                    headers={"Content-Disposition": f"attachment; filename={name}", "Cache-Control": "public, max-age=300"})


def _json(frame: pd.DataFrame) -> Response:
    return Response(frame.to_json(orient="records", date_format="iso", force_ascii=False), mimetype="application/json")


def register(server, st: State) -> None:
    def series_rows():
        site, metric = request.args.get("site", "al-hol"), request.args.get("metric", "population")
        if site not in st.store.gazetteer.by_id or metric not in METRICS:
            return None
        start, end = request.args.get("start"), request.args.get("end")
        rows = st.store.series(site, metric, start=pd.Timestamp(start).date() if start else None,
                               end=pd.Timestamp(end).date() if end else None)
        return rows[["site", "metric", "unit", "as_of_text", "value", "low", "high", "qualifier", "publisher", "title", "url",
                     "doc_type", "note"]].rename(columns={"as_of_text": "as_of"})

    @server.route("/api/series.csv")
    def series_csv():
        rows = series_rows()
        return _csv(rows, "series.csv") if rows is not None else Response("unknown site or metric", status=404)

    @server.route("/api/series.json")
    def series_json():
        rows = series_rows()
        return _json(rows) if rows is not None else Response("unknown site or metric", status=404)

    @server.route("/api/observations.csv")
    def observations_csv():
        return _csv(st.store.cited, "observations.csv")

    @server.route("/api/observations.hxl.csv")
    def observations_hxl():
        frame = st.store.cited[list(HXL_OBSERVATIONS)]
        tags = pd.DataFrame([HXL_OBSERVATIONS])
        return _csv(pd.concat([tags, frame.astype(object)], ignore_index=True), "observations-hxl.csv")

    @server.route("/api/observations.parquet")
    def observations_parquet():
        buffer = io.BytesIO()
        st.store.cited.to_parquet(buffer, index=False)
        return Response(buffer.getvalue(), mimetype="application/vnd.apache.parquet",
                        headers={"Content-Disposition": "attachment; filename=observations.parquet"})

    @server.route("/api/documents.csv")
    def documents_csv():
        return _csv(st.store.documents, "documents.csv")

    @server.route("/api/claims.csv")
    def claims_csv():
        return _csv(st.store.claims, "claims.csv")

    def verdict_rows():
        site = request.args.get("site")
        rows = st.verdicts if not site else st.verdicts[st.verdicts["site"] == site]
        return rows.drop(columns=["flow"], errors="ignore")

    @server.route("/api/verdicts.csv")
    def verdicts_csv():
        return _csv(verdict_rows(), "verdicts.csv")

    @server.route("/api/verdicts.json")
    def verdicts_json():
        return Response(export.to_json(verdict_rows().assign(official=None, explanation=None)), mimetype="application/json")

    @server.route("/health")
    def health():
        return {"status": "ok", "observations": int(len(st.store.observations)), "claims": int(len(st.store.claims))}
