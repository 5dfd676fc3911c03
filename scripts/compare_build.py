"""Build the graph at another git revision and in the working tree, and compare the outputs byte for byte.

    .venv/bin/python scripts/compare_build.py a172389     # the revision before the package restructure

Both builds run in fresh processes with the same Python, each with its own checkout's code and inputs.
Prints one line per output file (same / differs / only on one side) and exits 1 when any differs.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def build_at(checkout: Path) -> dict[str, str]:
    """Run ``civickg build`` with the code and inputs of ``checkout``; SHA-256 of each output file."""
    env = {**os.environ, "PYTHONPATH": str(checkout), "CIVICKG_ROOT": str(checkout), "PYTHONHASHSEED": "0"}
    subprocess.run([sys.executable, "-m", "civickg", "build"], cwd=checkout, env=env, check=True,
                   stdout=subprocess.DEVNULL)
    build = checkout / "build"
    return {str(p.relative_to(build)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in _outputs(build) if p.is_file()}


def _outputs(build: Path) -> list[Path]:
    """The files at build/'s stable paths (links into build/current followed), not the generations."""
    found = []
    for top in sorted(build.iterdir()):
        if not re.match(r"gen-\d+|current$|\.", top.name):
            found.extend(sorted(top.rglob("*")) if top.is_dir() else [top])
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("revision", help="a git revision to compare with the working tree (e.g. a172389)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="civickg-compare-") as tmp:
        other = Path(tmp) / "other"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(other), args.revision],
                       check=True, capture_output=True)
        try:
            before = build_at(other)
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(other)], check=False,
                           capture_output=True)
        here = Path(tmp) / "here"
        listed = subprocess.run(["git", "-C", str(ROOT), "ls-files", "--cached", "--others", "--exclude-standard"],
                                check=True, capture_output=True, text=True).stdout.splitlines()
        for name in listed:
            source = ROOT / name
            if source.is_file():
                (here / name).parent.mkdir(parents=True, exist_ok=True)
                (here / name).write_bytes(source.read_bytes())
        after = build_at(here)
    differ = 0
    for name in sorted(set(before) | set(after)):
        if name not in before or name not in after:
            state = f"only {'here' if name in after else args.revision}"
            differ += 1
        elif before[name] != after[name]:
            state = "differs"
            differ += 1
        else:
            state = "same"
        print(f"{state:>12}  {name}  {after.get(name, before.get(name, ''))[:16]}")
    print(f"{len(set(before) | set(after)) - differ} same, {differ} different")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
