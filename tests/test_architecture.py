"""The package's shape: evidence has one owner, imports point down the flow, functions stay short."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "civickg"
#: The order of the flow: a package may import those before it (and the ground floor), never after it.
FLOW = ["sources", "ontology", "annotations", "extract", "builder", "validate", "sparql", "stores", "server",
        "explore", "review", "cli"]
#: Imports against the flow that are deliberate: the ontology's lint and docs read the current graph.
ALLOWED_UPWARD = {("ontology", "builder"), ("ontology", "annotations")}


def modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def test_only_evidence_py_writes_evidence_records():
    writers = []
    for path in modules():
        text = path.read_text(encoding="utf-8")
        if path.name != "evidence.py" and re.search(r"add\(\(\w+, RDF\.type, CIVIC\.Evidence\)", text):
            writers.append(str(path.relative_to(ROOT)))
        if path.name != "evidence.py" and re.search(r"RDF\.subject", text):
            writers.append(str(path.relative_to(ROOT)))
    assert not writers, f"evidence records are written or read outside civickg/evidence.py: {writers}"


def test_no_function_is_longer_than_sixty_lines():
    """The CLI's ``register`` functions are argument tables and may be longer."""
    long = []
    for path in modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if path.parent.name == "cli" and getattr(node, "name", "") == "register":
                continue
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                length = node.end_lineno - node.lineno + 1
                if length > 60:
                    long.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.name} ({length} lines)")
    assert not long, long


def test_imports_point_down_the_flow():
    upward = []
    for path in modules():
        parts = path.relative_to(PACKAGE).parts
        if len(parts) < 2 or parts[0] not in FLOW:
            continue
        here = parts[0]
        tree = ast.parse(path.read_text(encoding="utf-8"))
        typing_only = {id(n) for block in ast.walk(tree) if isinstance(block, ast.If)
                       and "TYPE_CHECKING" in ast.unparse(block.test) for n in ast.walk(block)}
        for node in ast.walk(tree):
            if id(node) in typing_only:
                continue
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("civickg."):
                there = node.module.split(".")[1]
                if there in FLOW and FLOW.index(there) > FLOW.index(here) and (here, there) not in ALLOWED_UPWARD:
                    upward.append(f"{path.relative_to(ROOT)}: {node.module}")
    assert not upward, f"imports against the flow: {upward}"
