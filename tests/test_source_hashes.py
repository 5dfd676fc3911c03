"""`civickg sources`: each text's SHA-256 against its metadata, and recording a new one after an edit."""

from __future__ import annotations

import hashlib
import subprocess
import sys

SOURCE = "000_914b0a86cd06571a.txt"
META = "000_914b0a86cd06571a.yaml"
RECORDED = "8926f2465d4d106dc798758e421c2d4158fe87581cb45e162818283fcaa7665b"


def civickg(project, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "civickg", "--root", str(project.root), *args],
                          capture_output=True, text=True, env={"COLUMNS": "300", "PATH": "/usr/bin:/bin"})


def test_the_seed_is_as_recorded(project_copy):
    done = civickg(project_copy, "sources")
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["ok", f"graph/sources/{SOURCE}", RECORDED]


def test_an_edited_text_is_reported_and_its_new_digest_recorded(project_copy):
    text = project_copy.sources / SOURCE
    text.write_text(text.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    new = hashlib.sha256(text.read_text(encoding="utf-8").encode("utf-8")).hexdigest()
    meta = project_copy.sources / META
    before = meta.read_text(encoding="utf-8")

    check = civickg(project_copy, "sources", "--check")
    assert check.returncode == 1
    assert check.stdout.strip() == (f"changed  graph/sources/{SOURCE}  is {new}, {META} records {RECORDED} — fix: "
                                    f"restore the text, or run `civickg sources --update-hash {SOURCE}` if the "
                                    "change is intended")
    build = civickg(project_copy, "build")
    assert build.returncode == 2 and f"civickg sources --update-hash {SOURCE}" in build.stderr

    update = civickg(project_copy, "sources", "--update-hash", SOURCE)
    assert update.returncode == 0, update.stderr
    assert update.stdout.strip() == f"graph/sources/{META}: sha256 {RECORDED} -> {new}"
    assert meta.read_text(encoding="utf-8") == before.replace(f"sha256: {RECORDED}", f"sha256: {new}")
    assert civickg(project_copy, "sources").returncode == 0


def test_an_unknown_file_is_one_line(project_copy):
    done = civickg(project_copy, "sources", "--update-hash", "nowhere.txt")
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and "names the source 'nowhere.txt'" in done.stderr
