"""The `headcount` command line: browse the cited datasets, validate files, serve the dashboard."""
from __future__ import annotations

import json
import sys
from datetime import date
from enum import Enum
from pathlib import Path

import pandas as pd
import typer
from rich.console import Console
from rich.table import Table

from . import store as store_mod
from .model import METRICS

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Headcount: cited official figures for camps and detention sites, and the press figures that quote them.")
out = Console(soft_wrap=True, width=None if sys.stdout.isatty() else 200)
err = Console(stderr=True)


class Format(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


def _store(extra: list[Path] | None = None) -> store_mod.Store:
    try:
        return store_mod.load(extra=extra or [])
    except store_mod.ValidationFailed as failure:
        err.print(f"[red]{failure}[/red]")
        raise typer.Exit(1)


def tidy(frame: pd.DataFrame) -> pd.DataFrame:
    """Whole-number float columns as integers, so 73477.0 prints as 73477 (missing stays missing)."""
    frame = frame.copy()
    for column in frame.columns:
        values = frame[column]
        if values.dtype.kind == "f" and values.dropna().apply(float.is_integer).all():
            frame[column] = values.astype("Int64")
    return frame



def _cell(value) -> str:
    """A table cell: counts with thousands separators, whole or not; shares and confidences as written."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    if isinstance(value, bool) or isinstance(value, str):
        return str(value)
    if pd.api.types.is_integer(value) or (pd.api.types.is_float(value) and float(value).is_integer()):
        return f"{int(value):,}"
    return f"{value:g}" if pd.api.types.is_float(value) else str(value)


def emit(frame: pd.DataFrame, fmt: Format, title: str = "") -> None:
    """Print a frame as a rich table, CSV or JSON (records, ISO dates)."""
    frame = tidy(frame)
    if fmt is Format.csv:
        frame.to_csv(sys.stdout, index=False, lineterminator="\n")
    elif fmt is Format.json:
        sys.stdout.write(frame.to_json(orient="records", date_format="iso", force_ascii=False, indent=1) + "\n")
    else:
        table = Table(title=title or None, show_lines=False)
        for column in frame.columns:
            table.add_column(str(column), overflow="fold")
        for row in frame.itertuples(index=False):
            table.add_row(*[_cell(v) for v in row])
        out.print(table)


@app.command()
def sites(fmt: Format = typer.Option(Format.table, "--format")) -> None:
    """List the sites, with their kind, parent, governorate and how many official points each has."""
    st = _store()
    counts = st.observations.groupby("site").size().rename("observations")
    frame = st.sites[["site_id", "name", "kind", "parent", "governorate"]].merge(
        counts, left_on="site_id", right_index=True, how="left").fillna({"observations": 0})
    frame["observations"] = frame["observations"].astype(int)
    emit(frame, fmt, "Sites")


@app.command()
def series(site: str = typer.Argument(..., help="site id or any name of it (al-hol, al-Hawl, الهول)"),
           metric: str = typer.Option("population", help="metric id: " + ", ".join(METRICS)),
           unit: str = typer.Option("count", help="count or percent"),
           fmt: Format = typer.Option(Format.table, "--format")) -> None:
    """The official series of one site and metric, every row with its document's citation."""
    st = _store()
    site_id = st.gazetteer.resolve(site)
    if site_id is None:
        err.print(f"[red]unknown site {site!r}[/red]; try `headcount sites`")
        raise typer.Exit(2)
    try:
        rows = st.series(site_id, metric, unit)
    except KeyError as missing:
        err.print(f"[red]{missing.args[0]}[/red]")
        raise typer.Exit(2)
    columns = ["as_of_text", "value", "low", "high", "qualifier", "publisher", "title", "url", "doc_type", "note"]
    frame = rows[columns].rename(columns={"as_of_text": "as_of"})
    if fmt is Format.table:
        frame = frame.drop(columns=["note", "doc_type"])
    emit(frame, fmt, f"{st.gazetteer.by_id[site_id].name}: {METRICS[metric].label} ({unit})")


@app.command()
def documents(fmt: Format = typer.Option(Format.table, "--format")) -> None:
    """List every cited document: publisher, title, URL, type and date."""
    st = _store()
    used = st.observations.groupby("document_id").size().rename("observations")
    frame = st.documents.merge(used, left_on="document_id", right_index=True, how="left").fillna({"observations": 0})
    frame["observations"] = frame["observations"].astype(int)
    columns = ["document_id", "publisher", "title", "date_published", "doc_type", "observations", "url"]
    emit(frame[columns].sort_values(["date_published", "document_id"]), fmt, "Documents")


@app.command()
def validate(files: list[Path] = typer.Argument(None, help="your own CSVs (Headcount columns or HXL-tagged)")) -> None:
    """Validate the shipped datasets, plus your own files beside them. Exit 1 with every problem."""
    try:
        frames = store_mod.load_frames(extra=files or [], use_cache=False)
    except store_mod.ValidationFailed as failure:
        for problem in failure.problems:
            out.print(str(problem), markup=False)
        err.print(f"[red]{len(failure.problems)} problem(s)[/red]")
        raise typer.Exit(1)
    counts = ", ".join(f"{len(frames[t]):,} {t}" for t in store_mod.TABLES)
    out.print(f"valid: {counts}")


@app.command()
def serve(host: str = typer.Option("127.0.0.1"), port: int = typer.Option(8050),
          workers: int = typer.Option(4, help="server threads"),
          debug: bool = typer.Option(False, help="Dash's development server with reloading"),
          claims: Path = typer.Option(None, "--claims", help="a `headcount corpus scan` output to chart instead of the shipped press figures")) -> None:
    """Serve the dashboard on the embedded datasets (offline; open http://HOST:PORT)."""
    from .app import create_app
    dash_app = create_app(_store(), str(claims) if claims else None)
    if debug:
        dash_app.run(host=host, port=port, debug=True)
        return
    import waitress
    err.print(f"Headcount on http://{host}:{port}  (Ctrl-C to stop)")
    waitress.serve(dash_app.server, host=host, port=port, threads=workers, ident="headcount")


def read_input(source: str) -> str:
    """A file path or "-" for standard input, as UTF-8 text; exits 2 with a clear line otherwise."""
    try:
        data = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
    except OSError as problem:
        err.print(f"[red]cannot read {source}: {problem.strerror}[/red]")
        raise typer.Exit(2)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as problem:
        err.print(f"[red]{source} is not UTF-8 text (bad byte at offset {problem.start}); save it as UTF-8 and retry[/red]")
        raise typer.Exit(2)
    if "\x00" in text[:4096]:
        err.print(f"[red]{source} looks like a binary file, not text[/red]")
        raise typer.Exit(2)
    return text


def parse_date(value: str | None):
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        err.print(f"[red]--date must be YYYY-MM-DD, got {value!r}[/red]")
        raise typer.Exit(2)


class OutFormat(str, Enum):
    table = "table"
    json = "json"


@app.command()
def extract(source: str = typer.Argument(..., help="a text file, or - to read standard input"),
            published: str = typer.Option(None, "--date", help="the article's date, YYYY-MM-DD"),
            fmt: OutFormat = typer.Option(OutFormat.table, "--format")) -> None:
    """Every figure the text quotes about a camp or detention site, with metric, site, bounds and date."""
    from .claims import InputTooLarge
    from .claims import extract as run
    text = read_input(source)
    try:
        claims = run(text, published=parse_date(published))
    except InputTooLarge as problem:
        err.print(f"[red]{problem}[/red]")
        raise typer.Exit(2)
    if fmt is OutFormat.json:
        sys.stdout.write(json.dumps([c.to_dict() for c in claims], ensure_ascii=False, indent=1) + "\n")
        return
    rows = pd.DataFrame([c.to_dict() for c in claims], columns=["raw", "value", "low", "high", "qualifier", "unit",
                                                              "metric", "site", "ref_date", "attribution", "confidence"])
    emit(rows, Format.table, f"{len(claims)} claim(s)")


class CheckFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"
    claimreview = "claimreview"


@app.command()
def check(text: str = typer.Argument(None, help="the sentence or article to check, or - for standard input (or use --file / --url)"),
          file: str = typer.Option(None, "--file", help="a text file, or - for standard input"),
          url: str = typer.Option(None, "--url", help="an article to fetch (public http(s) addresses only)"),
          published: str = typer.Option(None, "--date", help="the article's date, YYYY-MM-DD"),
          tolerance: float = typer.Option(0.05, help="how far 'about N' may be from the official figure (0.05 = 5%)"),
          window: int = typer.Option(180, help="days after which an official figure counts as old evidence"),
          organisation: str = typer.Option(None, "--org", envvar="HEADCOUNT_ORG", help="your organisation, for ClaimReview"),
          fmt: CheckFormat = typer.Option(CheckFormat.table, "--format")) -> None:
    """Verdicts for every figure a text quotes: the official figures, how far off, stale or not, with citations."""
    from .reconcile import check as run
    from .reconcile import export
    from .reconcile.explain import number
    if text == "-":  # as `headcount extract -` does: standard input
        text, file = None, "-"
    sources = [s for s in (text, file, url) if s]
    if len(sources) != 1:
        err.print("[red]give exactly one of TEXT, --file or --url[/red]")
        raise typer.Exit(2)
    article_url = None
    if url:
        from .reconcile.fetch import FetchRefused, article
        try:
            fetched = article(url)
        except FetchRefused as refused:
            err.print(f"[red]{refused}[/red]")
            raise typer.Exit(2)
        except Exception as failure:  # network errors: say which and stop
            err.print(f"[red]could not fetch {url}: {failure}[/red]")
            raise typer.Exit(2)
        text, article_url = fetched.text, fetched.url
        published = published or (fetched.published[:10] if fetched.published else None)
    elif file:
        text = read_input(file)
    verdicts = run(text, _store().cited, parse_date(published), tolerance, window)
    if verdicts.empty:
        err.print("no figure about a camp or detention site found in the text")
        if fmt in (CheckFormat.json, CheckFormat.claimreview):
            sys.stdout.write("[]\n")
        return
    if fmt is CheckFormat.json:
        sys.stdout.write(export.to_json(verdicts) + "\n")
    elif fmt is CheckFormat.csv:
        sys.stdout.write(export.to_csv(verdicts))
    elif fmt is CheckFormat.claimreview:
        reviews = export.claim_review(verdicts, organisation or "Headcount user", article_url, published)
        sys.stdout.write(json.dumps(reviews, ensure_ascii=False, indent=1) + "\n")
    else:
        for row in verdicts.itertuples(index=False):
            colour = {"consistent": "green", "contested": "yellow", "no_official_data": "white"}.get(row.verdict, "red")
            stale = " [bold red]STALE[/bold red]" if row.stale else ""
            out.print(f"[bold]{row.raw}[/bold] ({row.metric}, {row.site or 'no site'}, {row.ref_date if isinstance(row.ref_date, str) else 'undated'}): "
                      f"[{colour}]{row.verdict}[/{colour}]{stale}")
            out.print(f"  {row.explanation}", markup=False, highlight=False)
            for source in row.official[:6]:
                out.print(f"  - {source['publisher']}: {number(source['value'], row.unit)} as of {source['as_of']} ({source['when']}) "
                          f"{source['url']}", markup=False, highlight=False)
            if isinstance(row.self_contradiction, str):
                out.print(f"  [red]contradicts, in the same text:[/red] {row.self_contradiction}")


@app.command()
def ingest(source: str = typer.Argument(..., help="reliefweb, hdx, unhcr or all"),
           since: str = typer.Option(None, help="only material published since YYYY-MM-DD"),
           site: list[str] = typer.Option(None, "--site", help="site id(s) to search for (default al-hol and roj)"),
           strict: bool = typer.Option(False, help="exit non-zero when a source fails or is unreachable")) -> None:
    """Pull what the live sources published since; figures become candidates for `headcount review`."""
    from .sources.ingest import run
    names = ["reliefweb", "hdx", "unhcr"] if source == "all" else [source]
    if not set(names) <= {"reliefweb", "hdx", "unhcr"}:
        err.print(f"[red]unknown source {source!r}: reliefweb, hdx, unhcr or all[/red]")
        raise typer.Exit(2)
    failed = False
    for summary in run(names, _store(), parse_date(since), site or None):
        if summary.unreachable:
            out.print(f"{summary.source}: offline, {summary.error}; the shipped datasets remain in use")
            failed = True
        elif summary.error:
            out.print(f"[red]{summary.source}: failed: {summary.error}; nothing was changed[/red]")
            failed = True
        else:
            out.print(f"{summary.source}: {summary.new} new, {summary.unchanged} unchanged, {len(summary.rejected)} rejected")
            for reason in summary.rejected[:20]:
                out.print(f"  rejected: {reason}", markup=False)
    if failed and strict:
        raise typer.Exit(1)


@app.command()
def review(accept: list[str] = typer.Option(None, "--accept", help="candidate id(s) to accept into your curated set"),
           reject: list[str] = typer.Option(None, "--reject", help="candidate id(s) to reject"),
           reason: str = typer.Option("", help="why (kept with the candidate)"),
           fmt: Format = typer.Option(Format.table, "--format")) -> None:
    """List machine-extracted candidates awaiting review, or accept / reject them."""
    from .sources import pending
    if accept or reject:
        done = pending.review(accept or [], True, reason) if accept else 0
        done += pending.review(reject or [], False, reason) if reject else 0
        out.print(f"{done} candidate(s) reviewed")
        return
    frame = pending.load()
    frame = frame[frame["status"] == "pending"]
    emit(frame[["candidate_id", "source", "site", "metric", "value", "qualifier", "as_of", "publisher", "title", "url"]],
         fmt, f"{len(frame)} candidate(s) awaiting review")


corpus_app = typer.Typer(help="Scan a news archive on Dask and trace where stale figures came from.", no_args_is_help=True)
app.add_typer(corpus_app, name="corpus")


@corpus_app.command("scan")
def corpus_scan(inputs: list[str] = typer.Argument(..., help="files, globs or folders: JSONL(.gz), CSV, Parquet, WARC(.gz)"),
                out: Path = typer.Option(..., "--out", help="output folder (resumable: re-run to continue)"),
                scheduler: str = typer.Option(None, help="a Dask cluster address, e.g. tcp://10.0.0.5:8786 (default: local)"),
                workers: int = typer.Option(None, help="local worker processes (default: one per core)"),
                since: str = typer.Option(None), until: str = typer.Option(None),
                sites: str = typer.Option(None, help="comma-separated site ids to keep, e.g. al-hol,roj"),
                column: list[str] = typer.Option(None, "--map", help="FIELD=COLUMN, e.g. text=body")) -> None:
    """Extract and reconcile every figure of a news archive; write claims, articles and summary.json."""
    from .corpus import Options, finish, scan
    mapping = tuple(tuple(item.split("=", 1)) for item in column or [])
    options = Options(parse_date(since), parse_date(until), tuple(sites.split(",")) if sites else (), mapping)
    partitions = scan(inputs, str(out), options, scheduler, workers)
    summary = finish(out, partitions)
    emit(pd.DataFrame([{k: summary.get(k) for k in ("partitions", "articles_read", "articles_matched", "claims", "stories",
                                                      "syndicated_copies", "stale_share")}]), Format.table, f"scan of {len(partitions)} file(s) -> {out}")


@corpus_app.command("trace")
def corpus_trace(folder: Path = typer.Argument(..., help="a `corpus scan` output folder"),
                 site: str = typer.Option(..., help="site id"), value: float = typer.Option(..., help="the figure, e.g. 70000"),
                 metric: str = typer.Option("population"), fmt: OutFormat = typer.Option(OutFormat.table, "--format")) -> None:
    """The genealogy of a stale figure: first quoted where and when, last true when, repeated by whom."""
    from .corpus import trace
    chain = trace(folder, site, value, metric)
    if fmt is OutFormat.json:
        sys.stdout.write(json.dumps(chain, ensure_ascii=False, indent=1, default=str) + "\n")
        return
    if not chain["first"]:
        out.print(f"no claim of {value:,.0f} ({metric}, {site}) in {folder}")
        return
    first = chain["first"]
    out.print(f"{value:,.0f} {metric} at {site}: first quoted {first['published']} by {first['outlet']} <{first['url']}>", markup=False)
    out.print(f"official series last supported it on {chain['last_true_on']}; repeated {chain['stale_repeats']} time(s) "
              f"after, in {len(chain['stories'])} stor(ies):")
    for story in chain["stories"]:
        out.print(f"  {story['first_published']}  {story['outlet']}  {story['url']}", markup=False)
        for copy in story["copies"]:
            out.print(f"      copy: {copy['published']}  {copy['outlet']}  {copy['url']}", markup=False)


def main() -> None:  # console script entry point
    app()


if __name__ == "__main__":
    main()
