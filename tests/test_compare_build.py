"""scripts/compare_build.py, as the README shows it: the working tree builds the same files as HEAD."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.skipif(not (ROOT / ".git").exists(), reason="needs the git checkout the script compares with")
def test_compare_build_with_head_reports_every_output_the_same():
    done = subprocess.run([sys.executable, "scripts/compare_build.py", "HEAD"], cwd=ROOT, capture_output=True,
                          text=True, encoding="utf-8", timeout=1800)
    changed = subprocess.run(["git", "status", "--porcelain", "--", "civickg", "graph", "ontology"], cwd=ROOT,
                             capture_output=True, text=True).stdout.strip()
    if changed:  # a developer's uncommitted change may rightly alter the build: only the report's form is checked
        assert "same" in done.stdout
        return
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 different" in done.stdout
    assert "same  civickg.ttl" in " ".join(done.stdout.split()) or "civickg.ttl" in done.stdout
