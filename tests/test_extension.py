"""A correct extension keeps the suite green: the guide's steps for a new class, and a third article.

The third article (``tests/data/extension/``) is a short item without a byline that uses the terms added
in 0.3.0: a county, who hosted a meeting, who conferred an honour, a person's post and ``org:headOf``.
The extension is the one ``ontology/README.md`` describes ("What a change touches"): a class
(``civic:CommunityCanteen`` under ``civic:Facility``) with its shape, its use in an annotation, a
competency question with its row and its test, a changelog section, a version bump and the release record.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Literal

from civickg.builder import library
from civickg.errors import SourceError
from civickg.namespaces import CID, CIVIC, ORG
from civickg.sources.corpus import load_corpus, update_hash
from civickg.validate.checks import validate
from tests.conftest import ROOT, next_minor, ontology_version

pytestmark = pytest.mark.slow

DATA = ROOT / "tests" / "data" / "extension"
ARTICLE = "pingyin-volunteer-exchange-2024"
QUESTION = "community-canteens"
#: The tests whose assertions used to pin the version, the number of terms or the seed's articles (and the
#: new question's test); run in the extended copy, they must pass.
PINNED = ("tests/test_lint.py::test_lint_passes_on_the_repository",
          "tests/test_lint.py::test_version_iri_changelog_and_release_record",
          "tests/test_versioning.py",
          "tests/test_volunteer_teams.py",
          "tests/test_ontodocs.py::test_every_civic_term_has_a_page_with_labels_and_definitions",
          "tests/test_ontodocs.py::test_index_has_the_version_the_class_tree_and_the_alignments",
          "tests/test_ontodocs.py::test_cli_writes_the_docs",
          "tests/test_graph_content.py::test_counts_of_the_seed",
          "tests/test_graph_content.py::test_every_fact_has_evidence_at_its_offsets",
          "tests/test_queries_library.py::test_growth",
          "tests/test_queries_library.py::test_community_canteens",
          "tests/test_queries_library.py::test_every_question_has_a_test")


def add_article(root: Path) -> list[Path]:
    """Add the third article: its text, its metadata (with the digest recorded), its annotation file."""
    sources = root / "graph" / "sources"
    text = shutil.copy(DATA / f"{ARTICLE}.txt", sources)
    meta = shutil.copy(DATA / f"{ARTICLE}.yaml", sources)
    with pytest.raises(SourceError, match=r"run `civickg sources --update-hash pingyin-volunteer-exchange-2024.txt`"):
        load_corpus(sources)
    assert not update_hash(sources, f"{ARTICLE}.txt").ok
    annotations = shutil.copy(DATA / f"{ARTICLE}.annotations.yaml", root / "graph" / "annotations" / f"{ARTICLE}.yaml")
    return [Path(text), Path(meta), Path(annotations)]


def insert_after_block(path: Path, opening: str, addition: str) -> None:
    """Insert ``addition`` after the block (up to its blank line) that starts with ``opening``."""
    text = path.read_text(encoding="utf-8")
    start = text.index(opening)
    end = text.index("\n\n", start)
    path.write_text(text[:end] + "\n" + addition.rstrip("\n") + text[end:], encoding="utf-8")


def add_canteen_class(root: Path) -> str:
    """The guide's steps for a new class; returns the new version."""
    onto = root / "ontology" / "civic.ttl"
    insert_after_block(onto, "civic:Facility a owl:Class", (DATA / "canteen.civic.ttl").read_text(encoding="utf-8"))
    insert_after_block(root / "ontology" / "shapes.ttl", "cs:FacilityShape\n",
                       (DATA / "canteen.shapes.ttl").read_text(encoding="utf-8"))
    annotations = root / "graph" / "annotations" / f"{ARTICLE}.yaml"
    canteen = "\n    zh: 锦水社区长者食堂"
    text = annotations.read_text(encoding="utf-8")
    annotations.write_text(text.replace("class: Facility" + canteen, "class: CommunityCanteen" + canteen),
                           encoding="utf-8")
    shutil.copy(DATA / f"{QUESTION}.rq", root / "graph" / "queries")
    readme = root / "graph" / "queries" / "README.md"
    row = "| `volunteer-teams.rq` |"
    new_row = "| `community-canteens.rq` | Which community canteens are there, where, and whom do they serve? |\n"
    readme.write_text(readme.read_text(encoding="utf-8").replace(row, new_row + row), encoding="utf-8")
    with (root / "tests" / "test_queries_library.py").open("a", encoding="utf-8") as handle:
        handle.write((DATA / "test_community_canteens.py.txt").read_text(encoding="utf-8"))
    old = ontology_version(root)
    new = next_minor(old)
    text = onto.read_text(encoding="utf-8")
    text = re.sub(r'owl:versionInfo "[0-9.]+"', f'owl:versionInfo "{new}"', text)
    text = re.sub(r"owl:versionIRI <[^>]+>", f"owl:versionIRI <https://civickg.org/ontology/{new}>", text)
    text = re.sub(r"owl:priorVersion <[^>]+>", f"owl:priorVersion <https://civickg.org/ontology/{old}>", text)
    onto.write_text(text, encoding="utf-8")
    changelog = root / "ontology" / "CHANGELOG.md"
    text = changelog.read_text(encoding="utf-8")
    first = text.index("\n## ")
    changelog.write_text(text[:first] + f"\n## {new}\n\nAdded: `civic:CommunityCanteen` (社区食堂), a kind of "
                         "`civic:Facility`, with `cs:CommunityCanteenShape`; question `community-canteens.rq`.\n"
                         + text[first:], encoding="utf-8")
    return new


def civickg(root: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "civickg", "--root", str(root), *args], capture_output=True,
                          text=True, cwd=root, env={"PATH": f"{Path(sys.executable).parent}:/usr/bin:/bin",
                                                    "COLUMNS": "200", "HOME": str(root.parent)})


def guide_files(article: str, question: str, version: str) -> set[str]:
    """The files ontology/README.md says a new class touches, with its placeholders filled in."""
    guide = (ROOT / "ontology" / "README.md").read_text(encoding="utf-8")
    section = guide[guide.index("## What a change touches"):guide.index("## Changing or removing terms")]
    named = re.findall(r"^\| `([^`]+)` \|", section, re.M)
    return {n.replace("<article-id>", article).replace("<name>", question).replace("<version>", version)
            for n in named}


def changed_files(root: Path, before: dict[str, bytes]) -> set[str]:
    now = {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}
    return {name for name in now.keys() | before.keys() if now.get(name) != before.get(name)}


def snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_a_third_article_without_a_byline_uses_the_0_3_0_terms(project_copy):
    add_article(project_copy.root)
    built = library.build(project_copy)
    assert built.unannotated() == []
    library.write(built, project_copy)
    graph = library.load_graph(project_copy)
    assert (CID["li-ming"], ORG.headOf, CID["pingyin-civil-affairs-bureau"]) in graph
    assert graph.value(CID["li-ming"], CIVIC.position) == Literal("局长", lang="zh")
    assert (CID["pingyin-civil-affairs-bureau"], CIVIC.hosted, CID["pingyin-volunteer-exchange-meeting"]) in graph
    assert (CID["pingyin-outstanding-volunteer-team-title"], CIVIC.conferredBy,
            CID["pingyin-civil-affairs-bureau"]) in graph
    assert (CID["pingyin-county"], CIVIC.partOf, CID["jinan"]) in graph
    report = validate(graph, built.ontology, project_copy.shapes)
    assert report.ok, report.problems()
    assert any("pingyin-volunteer-exchange-2024" in w and "credits no civic:reporter" in w for w in report.warnings())


def test_an_article_without_annotations_builds_with_one_warning_line(project_copy):
    add_article(project_copy.root)
    (project_copy.annotations / f"{ARTICLE}.yaml").unlink()
    done = civickg(project_copy.root, "build")
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip().splitlines() == [
        f"warning: article '{ARTICLE}' has no annotation file: write graph/annotations/{ARTICLE}.yaml "
        "(graph/annotations/README.md)"]


def test_the_guide_s_extension_and_a_third_article_keep_the_suite_green(tmp_path):
    root = tmp_path / "civickg"
    shutil.copytree(ROOT, root, ignore=shutil.ignore_patterns(".venv", "build", ".git", "__pycache__",
                                                               "*.egg-info", ".pytest_cache", ".ruff_cache"))
    before = snapshot(root)
    add_article(root)
    new = add_canteen_class(root)
    release = civickg(root, "ontology", "release")
    assert release.returncode == 0 and f"releases/{new}.txt" in release.stdout, release.stderr
    article_files = {f"graph/sources/{ARTICLE}.txt", f"graph/sources/{ARTICLE}.yaml"}
    assert changed_files(root, before) == guide_files(ARTICLE, QUESTION, new) | article_files

    build = civickg(root, "build")
    assert build.returncode == 0 and "built 3 articles" in build.stdout, build.stderr
    valid = civickg(root, "validate")
    assert valid.returncode == 0 and "valid" in valid.stdout, valid.stdout
    assert "credits no civic:reporter" in valid.stdout
    lint = civickg(root, "ontology", "lint")
    assert lint.returncode == 0 and "no problems" in lint.stdout, lint.stdout
    answer = civickg(root, "query", QUESTION, "--format", "csv")
    assert "锦水社区长者食堂" in answer.stdout and "锦水社区" in answer.stdout, answer.stderr
    suite = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-x", *PINNED],
                           cwd=root, capture_output=True, text=True)
    assert suite.returncode == 0, suite.stdout[-3000:]
