"""The researcher's notebook runs end to end on the shipped data, so it can never rot."""
from pathlib import Path

import jupytext
import nbformat
from nbclient import NotebookClient

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "al-hol-divergence.py"


def test_notebook_executes_and_finds_stale_figures(tmp_path):
    notebook = jupytext.read(NOTEBOOK)
    NotebookClient(notebook, timeout=180, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    outputs = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    text = "".join(o.get("text", "") for o in outputs)
    assert "official population figures for al-Hol" in text and "stale" in text.lower()
    nbformat.write(notebook, tmp_path / "executed.ipynb")


def test_paired_ipynb_matches_the_py_source():
    paired = jupytext.read(NOTEBOOK.with_suffix(".ipynb"))
    source = jupytext.read(NOTEBOOK)
    assert [c.source for c in paired.cells] == [c.source for c in source.cells]
