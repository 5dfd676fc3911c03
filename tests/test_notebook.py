"""The researcher's walkthrough runs from top to bottom and shows the answers it promises."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOK = Path(__file__).resolve().parent.parent / "notebooks" / "walkthrough.ipynb"


def texts(cell) -> str:
    """Everything a code cell printed or displayed, as text (plain and HTML)."""
    parts = []
    for output in cell.get("outputs", []):
        if output.output_type == "stream":
            parts.append(output.text)
        for kind in ("text/plain", "text/html"):
            parts.append(str(output.get("data", {}).get(kind, "")))
    return "\n".join(parts)


def test_the_notebook_is_committed_without_outputs():
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    for cell in notebook.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None


@pytest.fixture(scope="module")
def executed(built_project, tmp_path_factory):
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CIVICKG_ROOT", str(built_project.root))
        patch.setenv("MPLCONFIGDIR", str(tmp_path_factory.mktemp("matplotlib")))
        NotebookClient(notebook, timeout=180, kernel_name="python3",
                       resources={"metadata": {"path": str(built_project.root)}}).execute()
    return [cell for cell in notebook.cells if cell.cell_type == "code"]


def cell_showing(cells, needle: str):
    return next(cell for cell in cells if needle in cell.source)


def test_it_loads_the_built_graph_through_the_library(executed, built_project):
    out = texts(executed[0])
    assert "Oxigraph on disk" in out and "quads from" in out and built_project.root.name in out


def test_competency_questions_become_dataframes(executed):
    listing = texts(cell_showing(executed, "questions_library.load(project)"))
    assert "awards" in listing and "谁获得或被推荐了哪些奖项和荣誉？原文怎么说？" in listing
    awards = texts(cell_showing(executed, 'run("awards", store)'))
    assert "王勇" in awards and "中华慈善奖" in awards and "王勇获评第十二届“中华慈善奖”" in awards
    indicators = texts(cell_showing(executed, 'run("indicators", store'))
    assert "财源建设" in indicators and "8.4" in indicators and "6.92" in indicators and "<table" in indicators


def test_it_plots_the_indicators_with_a_chinese_font(executed):
    plot = cell_showing(executed, "plt.show()")
    images = [o for o in plot.outputs if "image/png" in o.get("data", {})]
    assert len(images) == 1 and len(images[0]["data"]["image/png"]) > 5_000
    assert "font: WenQuanYi Zen Hei" in texts(plot)  # fonts-wqy-zenhei, from scripts/install-system-deps.sh


def test_it_traces_a_fact_to_its_quote_and_article(executed):
    trace = texts(cell_showing(executed, '"fact-evidence"'))
    assert "《济南市历城区山大路街道：党建引领风帆劲 凝心为民启新篇》" in trace
    assert "【街道财源建设完成8.4亿元，同比增长6.92%】" in trace
    assert "https://civickg.org/graph/shandalu-subdistrict-2023" in trace
    entity = texts(cell_showing(executed, 'run("entity", store'))
    assert "济南市推荐的慈善楷模候选对象王勇" in entity
