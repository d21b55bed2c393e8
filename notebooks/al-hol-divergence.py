# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Al-Hol: what official sources said, what the press quoted, and how far apart they were
#
# A walk-through using only Headcount's package API. Every official figure below carries its
# document; every press figure is a claim, checked against the official series at its own date.

# %%
import pandas as pd

from dashboard.reconcile import reconcile
from dashboard.reconcile.explain import explain
from dashboard.store import load

store = load()
population = store.series("al-hol", "population")
print(f"{len(population)} official population figures for al-Hol from {population['publisher'].nunique()} publishers, "
      f"{population['as_of'].min()} to {population['as_of'].max()}")

# %% [markdown]
# ## The official series, by source
# One row per publisher and year: how many figures, and the range they gave.

# %%
by_source = (population.assign(year=pd.to_datetime(population["as_of"]).dt.year)
             .groupby(["year", "publisher"])["value"].agg(["count", "min", "max"]).reset_index())
by_source.tail(15)

# %% [markdown]
# ## The press figures, checked
# The shipped claims dataset holds figures quoted by the press; each gets a verdict at its own date.

# %%
press = store.claims[(store.claims["site"] == "al-hol") & (store.claims["metric"] == "population")]
verdicts = reconcile(press, store.cited)
summary = verdicts.groupby("verdict").size().rename("claims")
summary

# %% [markdown]
# ## Divergence over time
# Claim ÷ official figure in force at the claim's date, by year of the claim.

# %%
checked = verdicts[verdicts["verdict"] != "no_official_data"].copy()
checked["ratio"] = checked["mid"] / checked["official_value"]
checked["year"] = checked["ref_end"].dt.year
checked.groupby("year")["ratio"].describe()[["count", "50%", "max"]]

# %% [markdown]
# ## Stale figures: quoted after they stopped being true
# For each stale claim: when the official series last supported it, and how many months before the claim.

# %%
stale = explain(verdicts[verdicts["stale"]], store.cited)
stale[["outlet", "published_text", "raw", "qualifier", "official_value", "last_true_on", "months_since_true"]] \
    .sort_values("months_since_true", ascending=False).head(10)

# %%
print(stale.sort_values("months_since_true", ascending=False)["explanation"].iloc[0])
assert len(stale) > 0 and stale["last_true_on"].notna().all()
