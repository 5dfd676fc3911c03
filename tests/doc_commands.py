"""The shell commands the documentation shows, read from its code blocks (for tests/test_docs_commands.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: The documents whose commands must run as shown.
DOCUMENTS = ("README.md", "docs/explorer.md", "docs/extraction.md", "docs/ontology.md", "docs/querying.md",
             "docs/remote.md", "docs/review.md", "docs/scale.md", "ontology/README.md",
             "graph/queries/README.md", "graph/annotations/README.md", "graph/sources/README.md")
SHELL_BLOCKS = ("sh", "bash", "shell", "console")
FENCE = re.compile(r"^([ \t]*)```(\w*)[^\n]*\n(.*?)^[ \t]*```", re.S | re.M)
#: A trailing comment: a space, '#', and a space or the end of the line.
COMMENT = re.compile(r"\s+#(?:\s(.*)|$)")
#: A command whose comment says `→ exit N` is expected to end with that exit code.
EXIT = re.compile(r"→ exit (\d+)")
SAVE_AS = re.compile(r"^# save as ([\w./-]+):")


@dataclass
class Command:
    """One command of a document: where it is, what it runs, what exit and output the document expects."""

    doc: str
    line: int
    text: str
    comment: str = ""
    exit: int = 0
    output: list[str] | None = None

    @property
    def where(self) -> str:
        return f"{self.doc}:{self.line}"


@dataclass
class Document:
    """A document's commands in order, and the files it asks the reader to save (``# save as NAME:``)."""

    name: str
    commands: list[Command] = field(default_factory=list)
    files: dict[str, str] = field(default_factory=dict)


def _split(line: str) -> tuple[str, str]:
    match = COMMENT.search(line)
    if match is None:
        return line.strip(), ""
    return line[:match.start()].strip(), (match.group(1) or "").strip()


def _command(doc: str, line: int, text: str) -> Command:
    command, comment = _split(text)
    exit_code = EXIT.search(comment)
    return Command(doc, line, command, comment, int(exit_code.group(1)) if exit_code else 0)


def _block(doc: str, first_line: int, lang: str, body: str) -> list[Command]:
    found: list[Command] = []
    pending: list[str] = []
    pending_line = 0
    prompt = lang == "console" or any(line.startswith("$ ") for line in body.splitlines())
    for offset, line in enumerate(body.splitlines()):
        number = first_line + offset
        if prompt:
            if line.startswith("$ "):
                found.append(_command(doc, number, line[2:]))
                found[-1].output = []
            elif found and found[-1].output is not None:
                found[-1].output.append(line)
        elif lang in SHELL_BLOCKS and pending:  # the rest of a command continued with a trailing backslash
            pending.append(line)
            if not _split(line)[0].endswith("\\"):
                found.append(_command(doc, pending_line, _joined(pending)))
                pending = []
        elif lang in SHELL_BLOCKS and line.strip() and not line.lstrip().startswith("#"):
            if _split(line)[0].endswith("\\"):
                pending, pending_line = [line], number
            else:
                found.append(_command(doc, number, line))
    return found


def _joined(lines: list[str]) -> str:
    """One command from lines continued with a trailing backslash (each line's own comment dropped but the last)."""
    parts = [_split(line)[0].removesuffix("\\").strip() for line in lines[:-1]]
    return " ".join([*parts, lines[-1].strip()])


def read_document(name: str, root: Path = ROOT) -> Document:
    """Every command shown in ``name``'s shell blocks (```sh, ```bash, ```console) and ``$ `` lines."""
    text = (root / name).read_text(encoding="utf-8")
    document = Document(name)
    for match in FENCE.finditer(text):
        indent, lang = match.group(1), match.group(2)
        body = "".join(line[len(indent):] if line.startswith(indent) else line
                       for line in match.group(3).splitlines(keepends=True))
        first_line = text.count("\n", 0, match.start(3)) + 1
        saved = SAVE_AS.match(body)
        if saved:
            document.files[saved.group(1)] = body
        if lang in SHELL_BLOCKS or "\n$ " in "\n" + body:
            document.commands.extend(_block(name, first_line, lang, body))
    return document
