"""Dashboard speed, measured as a person meets it.

Prints: server start to ready (/health answers); time until the site explorer's chart is drawn in
headless Chromium, cold (fresh browser profile) and warm (same profile, reloaded); the same for a
static HTML file of the same plotly figure (the floor: mostly parsing plotly.js); server-side latency
p50/p95 of the site/metric switch callback over 200 switches; the server's resident memory.
Targets: ready < 3 s; chart within 1.5x of the floor; callback p95 < 100 ms; RSS < 400 MB.
"""
from __future__ import annotations

import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
DRAWN = "() => { const t = document.querySelector('.js-plotly-plot .gtitle'); return t && t.textContent.length > 0 }"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS"):
            return int(line.split()[1]) / 1024
    return float("nan")


def time_to_chart(context, url: str) -> float:
    page = context.new_page()
    start = time.perf_counter()
    page.goto(url)
    page.wait_for_function(DRAWN, timeout=60_000)
    elapsed = time.perf_counter() - start
    page.close()
    return elapsed


def static_floor(path: Path) -> None:
    import plotly.io as pio

    from dashboard.app.pages.explorer import update
    figure = update("al-hol", "population", None, None)[0]
    pio.write_html(figure, path, include_plotlyjs=True, full_html=True)


def main() -> None:
    from playwright.sync_api import sync_playwright
    port = free_port()
    env = {**os.environ, "HEADCOUNT_CACHE_DIR": tempfile.mkdtemp()}
    start = time.perf_counter()
    server = subprocess.Popen([sys.executable, "-m", "dashboard.cli", "serve", "--port", str(port)], cwd=ROOT, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    while True:
        try:
            if httpx.get(base + "/health", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.05)
    ready = time.perf_counter() - start
    try:
        from dashboard.store import load
        from dashboard.app import create_app
        create_app(load())  # so the explorer module is importable for the static floor
        html_file = Path(tempfile.mkdtemp()) / "figure.html"
        static_floor(html_file)
        with sync_playwright() as p:
            cold_profile = tempfile.mkdtemp()
            context = p.chromium.launch_persistent_context(cold_profile, executable_path=CHROMIUM, args=FLAGS, headless=True)
            cold = time_to_chart(context, base + "/")
            warm = statistics.median(time_to_chart(context, base + "/") for _ in range(3))
            context.close()
            floor_context = p.chromium.launch_persistent_context(tempfile.mkdtemp(), executable_path=CHROMIUM, args=FLAGS, headless=True)
            floor_cold = time_to_chart(floor_context, html_file.as_uri())
            floor_warm = statistics.median(time_to_chart(floor_context, html_file.as_uri()) for _ in range(3))
            floor_context.close()
        sites = ["al-hol", "roj", "sdf-detention", "ghuwayran", "al-hol-roj", "nes-camps"]
        metrics = ["population", "households", "detainees", "repatriated", "population_iraqi"]
        latencies = []
        with httpx.Client(base_url=base, timeout=30) as client:
            dependencies = client.get("/_dash-dependencies").json()
            output = next(d["output"] for d in dependencies if d["output"].startswith("..ex-chart.figure"))
            for i in range(200):
                body = {"output": output,
                        "outputs": [{"id": k, "property": v} for k, v in (("ex-chart", "figure"), ("ex-footer", "children"),
                                                                           ("ex-table", "children"), ("ex-split", "figure"), ("url", "search"))],
                        "inputs": [{"id": "ex-site", "property": "value", "value": random.choice(sites)},
                                   {"id": "ex-metric", "property": "value", "value": random.choice(metrics)},
                                   {"id": "ex-dates", "property": "start_date", "value": None},
                                   {"id": "ex-dates", "property": "end_date", "value": None}],
                        "changedPropIds": ["ex-site.value"], "state": []}
                t0 = time.perf_counter()
                response = client.post("/_dash-update-component", content=json.dumps(body),
                                       headers={"Content-Type": "application/json"})
                latencies.append(time.perf_counter() - t0)
                assert response.status_code == 200, response.text[:300]
        latencies.sort()
        p50, p95 = latencies[len(latencies) // 2] * 1000, latencies[int(len(latencies) * 0.95)] * 1000
        rss = rss_mb(server.pid)
    finally:
        server.terminate()
        server.wait(timeout=10)
    print(f"server start to ready        {ready:6.2f} s   (target < 3 s)")
    print(f"explorer chart drawn, cold    {cold:6.2f} s   floor {floor_cold:5.2f} s   ratio {cold / floor_cold:4.2f}x (target <= 1.5x)")
    print(f"explorer chart drawn, warm    {warm:6.2f} s   floor {floor_warm:5.2f} s   ratio {warm / floor_warm:4.2f}x (target <= 1.5x)")
    print(f"site/metric switch callback   p50 {p50:6.1f} ms   p95 {p95:6.1f} ms over 200 (target p95 < 100 ms)")
    print(f"server resident memory        {rss:6.0f} MB  (target < 400 MB)")


if __name__ == "__main__":
    main()
