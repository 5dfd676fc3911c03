"""Every error path of the command line ends with one line naming the file and what to do, never a traceback;
user text in a message is printed as written; a closed output pipe ends a command quietly."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from civickg.builder import library
from civickg.errors import CivicError, SourceError
from civickg.ontology.model import read_turtle
from civickg.ontology.terms import civic_terms
from tests.conftest import copy_project, edit

ART1 = "graph/annotations/jinan-civil-affairs-2024.yaml"


def civickg(root, *args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "civickg", "--root", str(root), *args], capture_output=True,
                          text=True, encoding="utf-8", **kwargs)


def one_error_line(run: subprocess.CompletedProcess) -> str:
    """The single ``error:`` line of a failed command (and proof there is nothing else)."""
    assert run.returncode == 2, run.stderr
    lines = [line for line in run.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: "), run.stderr
    assert "Traceback" not in run.stderr
    return lines[0]


@pytest.fixture
def built_copy(built_project, tmp_path):
    """A copy of the project with its build, that a test may change."""
    project = copy_project(tmp_path / "p")
    shutil.copytree(built_project.build, project.build, symlinks=True)
    return project


# -- user text is printed literally ------------------------------------------------------------------------------

@pytest.mark.parametrize("quote", ["济南[/x]市王勇", "[bold]王勇[/bold]获评", "王勇:fire:获评\\"])
def test_a_quote_with_markup_is_printed_as_written(project_copy, quote):
    edit(project_copy.root / ART1, "quote: 王勇获评第十二届“中华慈善奖”", f"quote: '{quote}'")
    line = one_error_line(civickg(project_copy.root, "build"))
    assert f"quote “{quote}” is not in article 'jinan-civil-affairs-2024'" in line


def test_the_id_pattern_of_a_schema_error_is_printed_in_full(project_copy):
    edit(project_copy.root / ART1, "  - id: wang-yong\n", "  - id: Wang Yong\n")
    line = one_error_line(civickg(project_copy.root, "build"))
    assert "'Wang Yong' does not match '^[a-z0-9]+(-[a-z0-9]+)*$'" in line


def test_query_results_and_paths_with_markup_are_printed_as_written(built_project, tmp_path):
    out = tmp_path / "[bold]a[/bold] :fire:.csv"
    query = 'SELECT ?x WHERE { BIND("济南[/x]市 [bold]王勇[/bold] :fire:" AS ?x) }'
    shown = civickg(built_project.root, "query", query)
    assert shown.returncode == 0, shown.stderr
    assert "济南[/x]市 [bold]王勇[/bold] :fire:" in shown.stdout
    saved = civickg(built_project.root, "query", query, "-f", "csv", "-o", str(out))
    assert saved.returncode == 0, saved.stderr
    assert f"wrote {out} (" in saved.stderr


# -- symbolic link loops and folders where files belong ----------------------------------------------------------

@pytest.mark.parametrize("folder", ["graph/annotations", "graph/sources"])
def test_a_symbolic_link_loop_named_yaml(project_copy, folder):
    loop = project_copy.root / folder / "loop.yaml"
    os.symlink(loop.name, loop)
    line = one_error_line(civickg(project_copy.root, "build"))
    assert f"{loop}: cannot read the file" in line and "points (through others) back to itself" in line


@pytest.mark.parametrize("folder", ["graph/annotations", "graph/sources"])
def test_a_folder_named_yaml(project_copy, folder):
    (project_copy.root / folder / "x.yaml").mkdir()
    line = one_error_line(civickg(project_copy.root, "build"))
    assert f"{project_copy.root / folder / 'x.yaml'}: is a folder, not a file" in line and "rename or move" in line


def test_a_source_text_that_is_a_folder(project_copy):
    text = project_copy.root / "graph/sources/000_914b0a86cd06571a.txt"
    text.unlink()
    text.mkdir()
    with pytest.raises(SourceError) as info:
        library.build(project_copy)
    assert "the source text '000_914b0a86cd06571a.txt' is a folder" in info.value.render()


# -- YAML errors point at the line to fix --------------------------------------------------------------------------

@pytest.mark.parametrize("quote", ['"', "'"])
def test_an_unclosed_quote_is_reported_where_it_opens(project_copy, quote):
    path = project_copy.root / ART1
    lines = path.read_text(encoding="utf-8").splitlines()
    opened = lines.index("    zh: 史安琪") + 1
    lines[opened - 1] = f"    zh: {quote}史安琪"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(CivicError) as info:
        library.build(project_copy)
    assert info.value.line == opened and info.value.file == str(path)
    assert "the quote opened here is closed only on line" in info.value.render()


# -- a closed output pipe, and output that is not a terminal --------------------------------------------------------

@pytest.mark.parametrize("args", [("stats",), ("stats", "--json"), ("export", "-f", "nt"), ("ontology", "terms"),
                                  ("query", "awards"), ("queries",)])
def test_a_closed_pipe_ends_the_command_quietly(built_project, args):
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before the command writes anything, as with `| head -n 1`
    run = subprocess.run([sys.executable, "-m", "civickg", "--root", str(built_project.root), *args],
                         stdout=write_end, stderr=subprocess.PIPE, text=True)
    os.close(write_end)
    assert run.returncode == 0 and run.stderr == ""


def test_stats_piped_to_head_passes_pipefail(built_project):
    run = subprocess.run(["bash", "-o", "pipefail", "-c",
                          f"{sys.executable} -m civickg --root {built_project.root} stats | head -n 1"],
                         capture_output=True, text=True)
    assert run.returncode == 0 and run.stderr == ""
    assert "articles:" in run.stdout


def test_piped_tables_are_not_cut(built_project):
    run = civickg(built_project.root, "ontology", "terms", env={**os.environ, "COLUMNS": "80"})
    assert run.returncode == 0, run.stderr
    for term in civic_terms(read_turtle(built_project.ontology)):
        assert term.label("en") in run.stdout and term.curie in run.stdout
    assert "…" not in run.stdout
    assert max(len(line) for line in run.stdout.splitlines()) > 80


# -- every command: missing build, a folder where a file belongs, a damaged build, paths that cannot be written ------

@pytest.mark.parametrize("args", [("validate",), ("export",), ("stats",), ("query", "awards"), ("explore",),
                                  ("analyze",), ("serve", "--port", "0"), ("ontology", "docs", "--from-build")])
def test_commands_before_build(project_copy, args):
    line = one_error_line(civickg(project_copy.root, *args))
    assert "does not exist — run `civickg build` first" in line and str(project_copy.root / "build") in line


def test_a_folder_where_a_build_file_belongs(built_copy):
    (built_copy.build / "civickg.trig").unlink()  # validate reads the dataset, one named graph per article
    (built_copy.build / "civickg.trig").mkdir()
    line = one_error_line(civickg(built_copy.root, "validate"))
    assert f"{built_copy.build / 'civickg.trig'} is not a file — remove it and run `civickg build` again" in line


def test_a_damaged_build_file(built_copy):
    (built_copy.build / "civickg.nt").unlink()
    (built_copy.build / "civickg.nt").write_text("<https://civickg.org/id/x> <broken\n", encoding="utf-8")
    line = one_error_line(civickg(built_copy.root, "analyze"))
    assert f"{built_copy.build / 'civickg.nt'}: the build is damaged" in line and "run `civickg build` again" in line


def test_build_when_build_is_a_file(project_copy):
    project_copy.build.write_text("not a folder", encoding="utf-8")
    line = one_error_line(civickg(project_copy.root, "build"))
    assert f"{project_copy.build}: cannot write the build" in line and "writable folder" in line


@pytest.mark.parametrize("args", [("export", "-f", "nt", "-o"), ("explore", "-o"), ("analyze", "--write"),
                                  ("query", "awards", "-f", "csv", "-o")])
def test_an_output_path_that_cannot_be_written(built_project, args):
    line = one_error_line(civickg(built_project.root, *args, "/dev/null/out.txt"))
    assert "/dev/null/out.txt: cannot write the file: a part of its path is not a folder" in line


@pytest.mark.parametrize("args", [("ontology", "docs", "--no-data", "-o", "/dev/null/docs"),
                                  ("query", "awards", "--store", "oxigraph", "--store-path", "/dev/null/store")])
def test_an_output_folder_that_cannot_be_made(built_project, args):
    line = one_error_line(civickg(built_project.root, *args))
    assert "/dev/null/" in line and "Not a directory" in line


@pytest.mark.parametrize("args", [("ontology", "terms", "--ontology"), ("ontology", "release", "--ontology")])
def test_an_ontology_path_that_is_a_folder(tmp_path, args):
    line = one_error_line(civickg(tmp_path, *args, str(tmp_path)))
    assert f"{tmp_path}: cannot read the ontology: Is a directory" in line


def test_a_query_file_that_is_missing(built_project, tmp_path):
    line = one_error_line(civickg(built_project.root, "query", str(tmp_path / "none.rq")))
    assert f"{tmp_path / 'none.rq'} does not exist" in line
