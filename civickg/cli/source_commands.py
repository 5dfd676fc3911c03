"""The sources command: check the SHA-256 each metadata file records, or record a text's new one."""

from __future__ import annotations

import argparse

from civickg.cli.common import console, project_of
from civickg.sources.corpus import source_hashes, update_hash


def register(sub: argparse._SubParsersAction) -> None:
    """Add sources."""
    p = sub.add_parser("sources", help="check the SHA-256 of every source text, or record a new one",
                       description="Sources are kept as received, and the build refuses a text whose SHA-256 is "
                                   "not the one its metadata file records. `civickg sources` (or --check) lists "
                                   "each text with ok or the digest it has now; --update-hash FILE writes the "
                                   "current digest into FILE's metadata (only the sha256: line changes).")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--check", action="store_true", help="check every source (the default); exit 1 on a mismatch")
    group.add_argument("--update-hash", metavar="FILE",
                       help="record the current SHA-256 of the source text FILE (or of FILE's metadata file)")
    p.set_defaults(handler=cmd_sources)


def cmd_sources(args: argparse.Namespace) -> int:
    project = project_of(args)
    if args.update_hash:
        found = update_hash(project.sources, args.update_hash)
        rel = found.metadata.relative_to(project.root)
        if found.ok:
            console.print(f"{rel}: sha256 already {found.actual}", soft_wrap=True)
        else:
            console.print(f"{rel}: sha256 {found.recorded or '(none)'} -> {found.actual}", soft_wrap=True)
        return 0
    hashes = source_hashes(project.sources)
    for found in hashes:
        text = found.text.relative_to(project.root)
        if found.ok:
            console.print(f"ok       {text}  {found.actual}", soft_wrap=True)
        else:
            console.print(f"changed  {text}  is {found.actual}, {found.metadata.name} records "
                          f"{found.recorded or '(none)'} — fix: restore the text, or run "
                          f"`civickg sources --update-hash {found.text.name}` if the change is intended",
                          soft_wrap=True)
    return 0 if all(f.ok for f in hashes) else 1


__all__ = ["register"]
