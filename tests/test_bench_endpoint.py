"""scripts/bench_endpoint.py as docs/querying.md shows it, with short phases: the table it prints is real."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from tests.doc_commands import read_document

pytestmark = [pytest.mark.server, pytest.mark.slow]

ROOT = Path(__file__).resolve().parent.parent
#: Appended to each documented command: phases of 3 s with 5 clients, and a 1 s time limit so the runaway
#: query is stopped within a phase (the documented defaults are 30 s, 50 clients and 10 s).
SHORT = ["--seconds", "3", "--clients", "5", "--timeout", "1"]
ROW = re.compile(r"^\| (?P<engine>\w+) \| (?P<phase>[^|]+) \| (?P<answers>[\d,]+) \| [\d,]+ \| .* "
                 r"\| (?P<errors>\d+) \|")


def documented() -> list[str]:
    commands = [c.text for c in read_document("docs/querying.md").commands]
    shown = [c for c in commands if "scripts/bench_endpoint.py" in c]
    assert len(shown) == 2, shown
    return shown


@pytest.mark.parametrize("command", documented())
def test_the_benchmark_prints_a_row_per_engine_and_phase(command, built_project):
    words = shlex.split(command.split("#")[0])
    assert words[:2] == [".venv/bin/python", "scripts/bench_endpoint.py"]
    done = subprocess.run([sys.executable, str(ROOT / words[1]), *words[2:], *SHORT, "--root", str(built_project.root)],
                          capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr
    rows = [m.groupdict() for line in done.stdout.splitlines() if (m := ROW.match(line))]
    engines = ["oxigraph"] if "--engines oxigraph" in command else ["memory", "oxigraph"]
    assert [r["engine"] for r in rows] == [e for e in engines for _ in range(2)]
    for steady, runaway in zip(rows[::2], rows[1::2], strict=True):
        assert steady["phase"].strip() == "5 clients"
        assert int(steady["answers"].replace(",", "")) > 0 and steady["errors"] == "0"
        stopped = re.fullmatch(r"\+ 1 runaway \((\d+) stopped\)", runaway["phase"].strip())
        assert stopped and int(stopped.group(1)) >= 1, runaway
