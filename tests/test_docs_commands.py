"""Every shell command the documentation shows runs as shown, in a copy of the built project.

Commands come from the ```sh / ```bash / ```console blocks and the `$ ` lines of the documents in
``tests/doc_commands.DOCUMENTS``; each must exit 0 (or the `→ exit N` its comment states), and where a
document shows the output (a `$ ` line followed by lines) the output must be that. Every count the
documents claim for the seed ("212 entities", "17,716 triples", "two articles") must be what
`civickg stats --json` says.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.doc_commands import DOCUMENTS, ROOT, Command, read_document
from tests.query_support import free_port

pytestmark = pytest.mark.slow

#: The only commands not run here, each with the reason; the test fails if the documents show a command
#: that would start a server and is not listed, or if a listed one is no longer shown.
SKIPPED = {
    "make run": "installs everything and runs the whole flow on the real checkout; this test runs each step "
                "(build, validate, stats, export, explore, ontology docs, query) as the documents show it",
    "make test": "is the suite this test belongs to",
    "make notebook": "starts JupyterLab, a server that runs until stopped (tests/test_notebook.py runs the notebook)",
    "civickg serve": "starts the SPARQL endpoint, which runs until stopped (tests/test_server.py); the curl "
                     "command below it runs here, against an endpoint this test starts",
    "civickg serve --port 8080 --store memory --timeout 20 --max-rows 50000":
        "starts the SPARQL endpoint (tests/test_server.py covers --store, --timeout and --max-rows)",
    "civickg serve --max-body 200000 --max-query-length 20000 --cache-size 1024":
        "starts the SPARQL endpoint (tests/test_server.py covers the body, query-length and cache limits)",
    "civickg serve --host 0.0.0.0 --cors-origin https://example.org":
        "starts the SPARQL endpoint on every interface (tests/test_server.py covers --cors-origin)",
    "civickg review": "starts the review server, which runs until stopped (tests/test_review.py and "
                      "tests/test_review_browser.py run it on a drafted article)",
    'civickg review --host 0.0.0.0 --port 8011 --token "$CIVICKG_REVIEW_TOKEN"':
        "starts the review server on every interface (tests/test_review.py covers the token)",
    "civickg serve --store http://localhost:7878/query":
        "starts a read-only front over a SPARQL server (tests/test_remote_front.py runs it over the Oxigraph "
        "server and Virtuoso)",
}
#: Commands that need what this test does not have (a SPARQL server, an article of the reader's, an editor,
#: a git checkout): each is run by the test named, so every command the documents show is still run.
RUN_ELSEWHERE = {
    "civickg ingest PATH...": "tests/test_ingest.py",
    "civickg ingest article.html": "tests/test_ingest.py",
    "civickg ingest devset/wild --meta devset/wild/sources.tsv": "tests/test_wild.py",
    "make corpus": "tests/test_corpus_graph.py",     # its steps on three of the dev set's articles (all: six minutes)
    "$EDITOR graph/annotations/<article-id>.yaml": "tests/test_drafts.py",
    "civickg push http://127.0.0.1:7878/query": "tests/test_push.py",
    "civickg query awards --store http://127.0.0.1:7878/query": "tests/test_push.py",
    ".venv/bin/python scripts/compare_build.py HEAD": "tests/test_compare_build.py",
    ".venv/bin/python scripts/bench_endpoint.py": "tests/test_bench_endpoint.py",
    ".venv/bin/python scripts/bench_endpoint.py --engines oxigraph --seconds 10 --cache-size 0":
        "tests/test_bench_endpoint.py",
    "civickg push http://localhost:7878/query": "tests/test_push.py",
    "civickg query awards --store http://localhost:7878/query": "tests/test_push.py",
    "civickg stats --store http://localhost:7878/query": "tests/test_remote_front.py",
    "civickg explore --store http://localhost:7878/query": "tests/test_remote_front.py",
    ".venv/bin/python scripts/bench_explorer.py --sizes --lighthouse-runs 3": "tests/test_explorer_audit.py",
}
#: Benchmarks take up to an hour as shown: tests/test_bench.py runs each documented one with --plan (what it
#: would measure), `--quick` in full, and the start-up benchmark with one run.
BENCHMARKS = ("make bench", ".venv/bin/python scripts/bench.py ", ".venv/bin/python scripts/bench_start.py ")
#: Documents whose numbers are benchmark figures and dev-set sizes, not counts of the seed graph.
NOT_SEED_DOCUMENTS = ("docs/scale.md", "docs/extraction.md")
STARTS_A_SERVER = re.compile(r"^(civickg serve|civickg review|make (run|test|notebook))\b")
#: Numbers the documents give that are not counts of the seed: the explorer's limits and benchmarks.
NOT_SEED_COUNTS = {
    ("docs/explorer.md", "2,500 entities"): "the explorer's default cap on drawn entities",
    ("docs/explorer.md", "400 entities"): "components above this size are split into communities",
    ("docs/explorer.md", "10,000 entities"): "the largest synthetic benchmark graph",
    ("docs/explorer.md", "2,000 entities"): "betweenness is exact up to this size",
}
CLAIM = re.compile(r"(?<![\w.,-])(\d[\d,]*)\s+(articles|entities|facts|observations|statements"
                   r"|evidence\s+records|triples)\b|(?<![\w-])(two|three)\s+(articles)\b")
STATS_KEY = {"articles": "articles", "entities": "entities", "facts": "facts", "observations": "observations",
             "statements": "statements", "evidence records": "evidence_records", "triples": "triples"}
WORDS = {"two": 2, "three": 3}
ENDPOINT = "127.0.0.1:8000"


def all_commands() -> list[Command]:
    return [c for name in DOCUMENTS for c in read_document(name).commands]


def civickg_env(root: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CIVICKG_", "PYTEST_"))}
    env.update(PATH=f"{Path(sys.executable).parent}:/usr/bin:/bin", COLUMNS="200", CIVICKG_ROOT=str(root))
    return env


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the whole checkout (no .venv, build or .git), built once."""
    root = tmp_path_factory.mktemp("docs") / "civickg"
    shutil.copytree(ROOT, root, ignore=shutil.ignore_patterns(".venv", "build", ".git", "__pycache__", "*.egg-info",
                                                               ".pytest_cache", ".ruff_cache"))
    done = subprocess.run(["civickg", "build"], cwd=root, env=civickg_env(root), capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return root


@pytest.fixture(scope="module")
def endpoint(project: Path) -> Iterator[str]:
    """A running `civickg serve` in the copy, for the commands that talk to the endpoint."""
    port = free_port()
    server = subprocess.Popen(["civickg", "serve", "--port", str(port), "--workers", "1"], cwd=project,
                              env=civickg_env(project), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 600  # far beyond a real start; only so that a broken server cannot hang the run
    while True:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/sparql?query=ASK%7B%7D", timeout=5):
                break
        except OSError:
            assert server.poll() is None, server.stderr.read().decode() if server.stderr else "server exited"
            assert time.monotonic() < deadline, "the endpoint did not start"
            time.sleep(0.5)
    yield f"127.0.0.1:{port}"
    server.terminate()
    server.wait(timeout=60)


def matches(expected: list[str], actual: list[str]) -> bool:
    """Whether the output is the one shown; `…` in a shown line stands for any text."""
    if len(expected) != len(actual):
        return False
    return all(re.fullmatch(".*".join(re.escape(part) for part in want.split("…")), got)
               for want, got in zip(expected, actual, strict=True))


def test_the_skipped_commands_are_exactly_the_servers_listed():
    shown = all_commands()
    starting = {c.text for c in shown if STARTS_A_SERVER.match(c.text)}
    assert starting == set(SKIPPED), "a command that starts a server must be listed in SKIPPED with the reason"
    assert all(STARTS_A_SERVER.match(command) for command in SKIPPED)
    assert len(shown) - sum(c.text in SKIPPED for c in shown) > 40


def test_the_commands_run_elsewhere_are_shown_and_their_tests_exist():
    shown = {c.text for c in all_commands()}
    for command, test in RUN_ELSEWHERE.items():
        assert command in shown, f"{command!r} is no longer in the documents: drop it from RUN_ELSEWHERE"
        assert (ROOT / test).exists(), test


@pytest.mark.parametrize("name", DOCUMENTS)
def test_every_command_runs_as_shown(name, project, request):
    document = read_document(name, project)
    for file, body in document.files.items():
        (project / file).write_text(body, encoding="utf-8")
    failures = []
    for command in document.commands:
        if command.text in SKIPPED or command.text in RUN_ELSEWHERE or command.text.startswith(BENCHMARKS):
            continue
        text = command.text
        if ENDPOINT in text:
            text = text.replace(ENDPOINT, request.getfixturevalue("endpoint"))
        # as a reader's shell runs it: a pipeline's exit is its last command's (`civickg stats | head -n 1`
        # ends civickg early, with a broken pipe, by design)
        done = subprocess.run(["bash", "-c", text], cwd=project, env=civickg_env(project),
                              capture_output=True, text=True, timeout=1800)
        if done.returncode != command.exit:
            failures.append(f"{command.where}: `{command.text}` exited {done.returncode}, not {command.exit}: "
                            f"{done.stderr.strip()[-400:]}")
        elif command.output is not None:
            actual = [line.rstrip() for line in done.stdout.replace("\r\n", "\n").splitlines()]
            expected = [line.rstrip() for line in command.output]
            while expected and not expected[-1]:
                expected.pop()
            if not matches(expected, actual):
                failures.append(f"{command.where}: `{command.text}` printed {actual}, the document shows {expected}")
    assert not failures, "\n".join(failures)


def claims(name: str) -> list[tuple[str, int, str]]:
    """The counts a document states: (phrase, number, stats key)."""
    if name in NOT_SEED_DOCUMENTS:
        return []
    text = (ROOT / name).read_text(encoding="utf-8")
    found = []
    for match in CLAIM.finditer(text):
        number, noun = match.group(1) or match.group(3), " ".join((match.group(2) or match.group(4)).split())
        phrase = f"{number} {noun}"
        if (name, phrase) in NOT_SEED_COUNTS:
            continue
        found.append((phrase, WORDS.get(number) or int(number.replace(",", "")), STATS_KEY[noun]))
    return found


def test_every_count_the_documents_claim_is_the_seed_s(project):
    done = subprocess.run(["civickg", "stats", "--json"], cwd=project, env=civickg_env(project),
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    stats = json.loads(done.stdout)
    wrong = [f"{name}: “{phrase}”, but civickg stats --json says {key} = {stats[key]}"
             for name in DOCUMENTS for phrase, number, key in claims(name) if stats[key] != number]
    assert not wrong, "\n".join(wrong)
    stated = {phrase for name in DOCUMENTS for phrase, _, _ in claims(name)}
    assert {"212 entities", "252 facts", "36 observations", "899 statements", "17,716 triples"} <= stated
    for (name, phrase) in NOT_SEED_COUNTS:
        assert phrase in " ".join((ROOT / name).read_text(encoding="utf-8").split()), (name, phrase)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    indicators = re.search(r"(\d+) of them indicators", readme)
    assert indicators and stats["by_class"]["civic:Indicator"] == int(indicators.group(1))
