"""UNHCR refugee statistics API: refugees by country of origin and asylum (e.g. Iraqis in Syria), a
context series for the camps' nationality split. Kept beside the observations, not mixed with them."""
from __future__ import annotations

import pandas as pd

from .http import Fetcher, SourceError


def population(fetcher: Fetcher, config: dict, year_from: int = 2014) -> pd.DataFrame:
    url = f"{config['base']}/population/"
    rows = []
    for origin, asylum in config["pairs"]:
        data = fetcher.json("GET", url, params={"coo": origin, "coa": asylum, "yearFrom": year_from, "limit": 100})
        if "items" not in data:
            raise SourceError("unhcr", f"GET {url}", "answer has no 'items'")
        for item in data["items"]:
            if "year" not in item or "refugees" not in item:
                raise SourceError("unhcr", f"GET {url}", "an item lacks year or refugees")
            rows.append({"origin": origin, "asylum": asylum, "year": int(item["year"]), "refugees": item["refugees"],
                         "url": url, "publisher": "UNHCR"})
    return pd.DataFrame(rows)
