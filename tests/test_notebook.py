"""The notebook example runs, cell by cell, in a real Jupyter kernel (nbclient),
so it can never rot: the analysis shows, a finding changes, the outcome moves."""

from __future__ import annotations

from typing import Any

import nbformat
from nbclient import NotebookClient

from .conftest import ROOT

NOTEBOOK = ROOT / "examples" / "parler_what_if.ipynb"


def _outputs(cell: Any) -> str:
    parts = []
    for output in cell.get("outputs", []):
        parts.append(output.get("text", ""))
        data = output.get("data", {})
        parts.append(data.get("text/html", "") or data.get("text/plain", ""))
    return "".join(parts)


def test_the_parler_notebook_runs_and_the_outcome_moves() -> None:
    read: Any = nbformat.read  # nbformat has no type hints
    notebook = read(NOTEBOOK, as_version=4)
    client = NotebookClient(notebook, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOK.parent)}})
    client.execute()
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    analysis = _outputs(code[0])
    assert '<article class="injunction">' in analysis  # the decision's _repr_html_
    assert '<strong class="denied">DENIED</strong>' in analysis
    assert _outputs(code[1]).startswith("denied\n")
    assert _outputs(code[2]).startswith("denied ()\n")  # the public interest, at most neutral, is not in its favor
    assert _outputs(code[3]).startswith("undetermined ('public_interest',)\n")  # relief to the parties alone
    assert "'finding': 'neutral', 'disposition': 'granted'" in _outputs(code[3])
