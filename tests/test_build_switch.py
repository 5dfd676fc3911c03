"""build/ switches as a whole: a reader or a kill at any point sees the old build or the new one, never a mix."""

from __future__ import annotations

import fcntl
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from civickg.builder.output import LOCK, PAUSE_AT, PAUSE_DIR, write_files
from civickg.errors import CivicError
from tests.conftest import ROOT, copy_project, edit

OLD = {"civickg.ttl": b"old ttl\n", "civickg.nt": b"old nt\n", "civickg.jsonld": b"old jsonld\n",
       "civickg.trig": b"old trig\n", "text/a.txt": b"old a\n", "text/repairs.json": b"{}\n"}
NEW = {"civickg.ttl": b"new ttl\n", "civickg.nt": b"new nt\n", "civickg.jsonld": b"new jsonld\n",
       "civickg.trig": b"new trig\n", "text/a.txt": b"new a\n", "text/b.txt": b"new b\n",
       "text/repairs.json": b"{\"x\": 1}\n"}
#: Files other commands write into build/; a build must leave them alone.
OTHERS = {"explorer.html": b"<html>explorer</html>", "civickg.graphml": b"<graphml/>",
          "ontology/index.html": b"<html>docs</html>", "oxigraph/store.db": b"store"}
WRITER = "import sys, json; from pathlib import Path; from civickg.builder.output import write_files; " \
         "write_files({k: v.encode() for k, v in json.load(sys.stdin).items()}, Path(sys.argv[1]))"


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every build output as a reader sees it, through the stable paths build/<name>."""
    seen = {}
    for name in ("civickg.ttl", "civickg.nt", "civickg.jsonld", "civickg.trig"):
        if (folder / name).exists():
            seen[name] = (folder / name).read_bytes()
    if (folder / "text").is_dir():
        for path in sorted((folder / "text").iterdir()):
            seen[f"text/{path.name}"] = path.read_bytes()
    return seen


def others(folder: Path) -> dict[str, bytes]:
    return {name: (folder / name).read_bytes() for name in OTHERS if (folder / name).exists()}


def leftovers(folder: Path) -> list[str]:
    """Temporary files and folders a build may leave: none once a build has finished."""
    names = [p.name for p in folder.iterdir() if p.name.endswith((".tmp", ".partial"))]
    names += [p.name for p in (folder / "text").iterdir() if p.name.endswith(".tmp")]
    return sorted(names)


def old_build(folder: Path) -> Path:
    write_files(OLD, folder)
    for name, data in OTHERS.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    return folder


def start_paused(args: list[str], point: str, meeting: Path, **kwargs) -> subprocess.Popen:
    """Start a writer that stops at ``point``; return once it is there (no clock involved, only files)."""
    meeting.mkdir(exist_ok=True)
    env = {**os.environ, PAUSE_AT: point, PAUSE_DIR: str(meeting), "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(args, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            **kwargs)


def wait_paused(proc: subprocess.Popen, meeting: Path) -> str:
    """Block until the writer announces its pause (or fails: then show why)."""
    while not (meeting / "paused").exists():
        if proc.poll() is not None:
            pytest.fail(f"the writer ended before pausing: {proc.stderr.read().decode()}")
        time.sleep(0.05)
    return (meeting / "paused").read_text(encoding="utf-8")


def writer(folder: Path, files: dict[str, bytes], point: str, meeting: Path) -> subprocess.Popen:
    import json

    proc = start_paused([sys.executable, "-c", WRITER, str(folder)], point, meeting)
    assert proc.stdin is not None
    proc.stdin.write(json.dumps({k: v.decode() for k, v in files.items()}).encode())
    proc.stdin.close()
    return proc


@pytest.mark.parametrize(("point", "expected"), [
    ("after:civickg.jsonld", OLD),   # the first file written
    ("after:civickg.trig", OLD),
    ("after:text/b.txt", OLD),
    ("before:switch", OLD),          # every file written, the generation complete, not yet switched
    ("after:switch", NEW),           # switched, the replaced generation not yet set aside
])
def test_a_kill_leaves_the_whole_old_build_or_the_whole_new_one(tmp_path, point, expected):
    folder = old_build(tmp_path / "build")
    proc = writer(folder, NEW, point, tmp_path / "meeting")
    assert wait_paused(proc, tmp_path / "meeting") == point
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert snapshot(folder) == expected
    assert others(folder) == OTHERS
    write_files(NEW, folder)  # the next build cleans up after the killed one
    assert snapshot(folder) == NEW
    assert others(folder) == OTHERS
    assert leftovers(folder) == []
    generations = sorted(p.name for p in folder.iterdir() if p.name.startswith("gen-"))
    assert len(generations) <= 2 and os.readlink(folder / "current") in generations


def test_a_reader_sees_the_old_build_until_the_switch_then_the_new_one(tmp_path):
    folder = old_build(tmp_path / "build")
    meeting = tmp_path / "meeting"
    proc = writer(folder, NEW, "before:switch", meeting)
    wait_paused(proc, meeting)
    assert snapshot(folder) == OLD
    (meeting / "resume").touch()
    assert proc.wait() == 0, proc.stderr.read().decode()
    assert snapshot(folder) == NEW
    assert others(folder) == OTHERS and leftovers(folder) == []


def test_stable_paths_are_links_into_the_current_generation(tmp_path):
    folder = old_build(tmp_path / "build")
    written = write_files(NEW, folder)
    assert folder / "civickg.ttl" in written and folder / "text" / "b.txt" in written
    assert os.readlink(folder / "civickg.ttl") == "current/civickg.ttl"
    assert os.readlink(folder / "text") == "current/text"
    current = os.readlink(folder / "current")
    assert (folder / current / "civickg.ttl").read_bytes() == b"new ttl\n"
    write_files(OLD, folder)  # a name the new build lacks (text/b.txt) is gone with it
    assert snapshot(folder) == OLD


def test_a_build_written_as_plain_files_is_taken_over_without_a_mix(tmp_path):
    folder = tmp_path / "build"
    for name, data in {**OLD, **OTHERS}.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    (folder / ".civickg.jsonld.k2j4_x.tmp").write_bytes(b"half a file from a killed build")
    (folder / "text" / ".a.txt.0a9f.tmp").write_bytes(b"half")
    write_files(NEW, folder)
    assert snapshot(folder) == NEW and others(folder) == OTHERS
    assert leftovers(folder) == []
    assert (folder / "civickg.ttl").is_symlink() and (folder / "text").is_symlink()


def test_two_builds_at_once_the_second_is_refused(tmp_path):
    folder = old_build(tmp_path / "build")
    with open(folder / LOCK, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        with pytest.raises(CivicError) as info:
            write_files(NEW, folder)
    assert "another `civickg build` is writing" in info.value.render() and str(folder) in info.value.render()
    assert snapshot(folder) == OLD


def test_build_is_a_file_not_a_folder(tmp_path):
    folder = tmp_path / "build"
    folder.write_text("not a folder", encoding="utf-8")
    with pytest.raises(CivicError) as info:
        write_files(NEW, folder)
    assert "cannot write the build" in info.value.render() and str(folder) in info.value.render()


def test_killing_civickg_build_after_the_jsonld_keeps_the_old_build(built_project, tmp_path):
    """The tester's case: change one label, kill ``civickg build`` right after civickg.jsonld is written."""
    project = copy_project(tmp_path / "p")
    shutil.copytree(built_project.build, project.build, symlinks=True)
    (project.build / "explorer.html").write_text("<html/>", encoding="utf-8")
    before = snapshot(project.build)
    assert "王勇" in before["civickg.ttl"].decode()
    edit(project.root / "graph/annotations/jinan-civil-affairs-2024.yaml", "zh: 王勇", "zh: 王勇同志")
    meeting = tmp_path / "meeting"
    proc = start_paused([sys.executable, "-m", "civickg", "--root", str(project.root), "build"],
                        "after:civickg.jsonld", meeting)
    wait_paused(proc, meeting)
    assert "王勇同志" in next((project.build).glob("gen-*.partial/civickg.jsonld")).read_text(encoding="utf-8")
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert snapshot(project.build) == before
    assert (project.build / "explorer.html").read_text(encoding="utf-8") == "<html/>"
