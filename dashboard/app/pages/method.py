"""Method: how verdicts, tolerances and staleness are computed; caveats; how to cite."""
import dash
from dash import dcc

dash.register_page(__name__, path="/method", name="Method", order=4)

TEXT = """
### What Headcount shows
**Official figures** are observations: a number a named publisher stated, with the date it refers to (*as of*),
recorded as printed, with the document's publisher, title and URL. Nothing is estimated or interpolated; a missing
point stays missing, and lines are never drawn across gaps of more than about a year.
**Press figures** are claims: what an article printed, never a fact.

### How a claim is checked
1. The claim's reference date is the article's date unless its sentence dates the figure ("in 2019", "as of March").
2. The **official figure in force** is the latest observation of the same site, metric and unit on or before that date.
   A figure for al-Hol is never checked against all camps together, nor a camp's part against its whole.
3. The claim's words give bounds: "about N" ±5% (configurable), "more than N" above N, "up to N" below it, a range by
   overlap, a vague amount ("tens of thousands") by its order of magnitude.
4. **Verdict**: *consistent* if the official figure lies within those bounds (or did at some date within the claim's
   period); *overstated* / *understated* if not; *contested* if the sources' latest figures (within 180 days) disagree and the
   claim sits between them; *no official data* otherwise. Flows (repatriations, killings ...) are compared only with an
   official count for the same period.
5. **Last true on**: the latest date at which an official figure of the series lay within the claim's bounds. A claim that
   is off now but was true earlier is **stale**.
6. An official figure older than 180 days at the claim's date is flagged as old evidence.

### Caveats
After 2020 most official figures are seen only as quoted in the press (marked *press-quoted official*). Sources disagree;
Headcount shows each as its own line. Extraction is rule-based (English and Arabic) and can miss or misread a figure.

### How to cite
Cite the original document for any figure, and "Headcount (2026), cited datasets and press-claim checks" for the compilation.
"""


def layout(**_):
    return dcc.Markdown(TEXT, style={"maxWidth": "900px"})
