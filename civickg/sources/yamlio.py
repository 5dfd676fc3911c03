"""YAML loading that remembers line numbers, so errors can say file:line."""

from __future__ import annotations

import errno
import re
from pathlib import Path
from typing import Any

import yaml

from civickg.errors import AnnotationError, CivicError


class LineDict(dict):
    """A mapping that remembers the line (1-based) it started on."""

    line: int | None = None


class LineList(list):
    """A sequence that remembers the line (1-based) it started on."""

    line: int | None = None


#: How deep mappings and lists may nest; annotation and metadata files need four or five levels.
MAX_DEPTH = 64


class _Refused(yaml.composer.ComposerError):
    """Well-formed YAML that civickg does not read, with what to do instead."""

    def __init__(self, problem: str, mark: yaml.Mark, hint: str) -> None:
        super().__init__(None, None, problem, mark)
        self.hint = hint


class _Loader(yaml.SafeLoader):
    """Safe loader that builds LineDict/LineList, refuses aliases and bounds the nesting depth."""

    depth = 0

    def compose_node(self, parent: yaml.Node | None, index: object) -> yaml.Node | None:
        # Aliases would let a small file expand into a huge tree; deep nesting would exhaust the stack.
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent):
            raise _Refused(f"an alias (*{event.anchor}) refers to another node", event.start_mark,
                           "write the value out in full: anchors and aliases are not read")
        if self.depth >= MAX_DEPTH:
            raise _Refused(f"mappings and lists nest more than {MAX_DEPTH} levels deep", event.start_mark,
                           "flatten the structure (see the README of this folder for the expected shape)")
        self.depth += 1
        try:
            return super().compose_node(parent, index)  # type: ignore[misc]
        finally:
            self.depth -= 1


class _Deeper:
    """Counts how deep the constructor is, for the libyaml loader (whose composer has no depth check)."""

    def __init__(self, loader: Any, node: yaml.Node) -> None:
        self.loader, self.node = loader, node

    def __enter__(self) -> None:
        self.loader.constructing = getattr(self.loader, "constructing", 0) + 1
        if self.loader.constructing > MAX_DEPTH:
            raise _Refused(f"mappings and lists nest more than {MAX_DEPTH} levels deep", self.node.start_mark,
                           "flatten the structure (see the README of this folder for the expected shape)")

    def __exit__(self, *exc: object) -> None:
        self.loader.constructing -= 1


def _mapping(loader: _Loader, node: yaml.MappingNode) -> LineDict:
    if getattr(loader, "counts_depth", False):
        with _Deeper(loader, node):
            return _mapping_of(loader, node)
    return _mapping_of(loader, node)


def _mapping_of(loader: _Loader, node: yaml.MappingNode) -> LineDict:
    loader.flatten_mapping(node)
    result = LineDict()
    result.line = node.start_mark.line + 1
    keys: dict[Any, int] = {}
    for key_node, value_node in node.value:
        if not isinstance(key_node, yaml.ScalarNode):
            raise _Refused("a key is a list or a mapping", key_node.start_mark, "write each key as a plain word")
        key = loader.construct_object(key_node, deep=True)
        if key in keys:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key '{key}' (first on line {keys[key]})",
                key_node.start_mark)
        keys[key] = key_node.start_mark.line + 1
        result[key] = loader.construct_object(value_node, deep=True)
    return result


def _sequence(loader: _Loader, node: yaml.SequenceNode) -> LineList:
    if getattr(loader, "counts_depth", False):
        with _Deeper(loader, node):
            return _sequence_of(loader, node)
    return _sequence_of(loader, node)


def _sequence_of(loader: _Loader, node: yaml.SequenceNode) -> LineList:
    result = LineList(loader.construct_object(child, deep=True) for child in node.value)
    result.line = node.start_mark.line + 1
    return result


def _timestamp(loader: _Loader, node: yaml.ScalarNode) -> Any:
    """A date or time; one that cannot be (2024-13-45) is refused at its line, not raised as a ValueError."""
    try:
        return yaml.constructor.SafeConstructor.construct_yaml_timestamp(loader, node)
    except (ValueError, OverflowError) as exc:
        raise _Refused(f"{node.value} is not a real date ({exc})", node.start_mark,
                       "write a date that exists, as YYYY-MM-DD, or quote the value to keep it as text") from None


TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _sequence)
_Loader.add_constructor(TIMESTAMP_TAG, _timestamp)

_CLineLoader: type | None = None
if hasattr(yaml, "CSafeLoader"):
    class _CLineLoader(yaml.CSafeLoader):  # type: ignore[no-redef]
        """libyaml's parser and composer with ``_Loader``'s mappings and lists (they remember their lines),
        several times faster. Its composer checks neither aliases nor depth: ``parse_yaml`` gives it only text
        that can hold no alias and no deep nesting (``_plain_enough``), and its constructor counts the depth."""

        counts_depth = True

    _CLineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)
    _CLineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _sequence)
    _CLineLoader.add_constructor(TIMESTAMP_TAG, _timestamp)

#: Below this many brackets and this much indentation, libyaml's composer (which recurses) nests safely.
_SHALLOW = 1_000


#: An & where a node may begin (an anchor, ``&name``); an & inside a value (a URL's query) is none.
_ANCHOR = re.compile(r"(?:^|[\s\[\]{},:!])&", re.MULTILINE)


def _plain_enough(text: str) -> bool:
    """Whether libyaml may compose ``text``: no & where an anchor could stand (so no alias), and too few brackets
    and too little indentation to nest deeper than its composer's recursion can go."""
    if _ANCHOR.search(text) or text.count("[") + text.count("{") >= _SHALLOW:
        return False
    return all(len(line) - len(line.lstrip(" -?:")) < _SHALLOW for line in text.splitlines())


def read_text(path: Path, error: type[CivicError] = AnnotationError) -> str:
    """The UTF-8 text of ``path``; a folder, a symbolic link loop or an unreadable file raises ``error``."""
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise error("not UTF-8", file=path, hint="save the file as UTF-8") from None
    except IsADirectoryError:
        raise error("is a folder, not a file", file=path,
                    hint="rename or move it: every file with this suffix here is read") from None
    except OSError as exc:
        problem = exc.strerror or str(exc)
        if exc.errno == errno.ELOOP:
            hint = "the symbolic link points (through others) back to itself: point it at a file or remove it"
        elif exc.errno == errno.ENOENT:
            hint = "the symbolic link points at a file that does not exist: fix or remove it"
        else:
            hint = "make the file readable (check its permissions)"
        raise error(f"cannot read the file: {problem}", file=path, hint=hint) from None


def _mark_of(exc: yaml.MarkedYAMLError) -> tuple[yaml.Mark | None, str]:
    """Where to point a YAML error, and what to say: the line an unclosed quote or bracket opens on."""
    problem = exc.problem or "malformed YAML"
    context = exc.context or ""
    if exc.context_mark is not None and context.startswith(("while scanning", "while parsing a flow")):
        at = f" (line {exc.problem_mark.line + 1})" if exc.problem_mark is not None else ""
        return exc.context_mark, f"{problem}{at} {context} that starts on this line"
    return exc.problem_mark or exc.context_mark, f"{problem} {context}".strip()


def _open_quote(text: str, problem: yaml.Mark) -> int | None:
    """The line (0-based) a quoted value opens on when it runs on over lines up to the error: an unclosed quote."""
    last = None
    try:
        for token in yaml.scan(text, Loader=yaml.SafeLoader):
            if token.start_mark.index >= problem.index:
                break
            last = token
    except yaml.YAMLError:
        pass
    if isinstance(last, yaml.ScalarToken) and last.style in ("'", '"') and \
            last.start_mark.line < last.end_mark.line:
        return last.start_mark.line
    return None


def load_yaml(path: Path, error: type[CivicError] = AnnotationError) -> Any:
    """Parse a YAML file; unreadable or malformed YAML raises ``error`` with file:line."""
    return parse_yaml(read_text(path, error), path, error)


def parse_yaml(text: str, path: Path, error: type[CivicError] = AnnotationError) -> Any:
    """Parse the text of the YAML file ``path`` (read or about to be written) as ``load_yaml`` does: with
    libyaml when the text allows it (the same values and lines), else, and for any error, with PyYAML's own
    parser, whose messages say where and what."""
    if _CLineLoader is not None and _plain_enough(text):
        try:
            return yaml.load(text, Loader=_CLineLoader)
        except yaml.YAMLError:
            pass
    try:
        return yaml.load(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        opened = _open_quote(text, exc.problem_mark) if exc.problem_mark is not None else None
        if opened is not None:
            raise error(f"malformed YAML: the quote opened here is closed only on line {exc.problem_mark.line + 1}"
                        f", where YAML then finds {exc.problem or 'an error'}", file=path, line=opened + 1,
                        hint="close the quote on this line (or drop it)") from None
        mark, problem = _mark_of(exc)
        hint = exc.hint if isinstance(exc, _Refused) else "fix the syntax at that line (indentation, quotes, colons)"
        raise error(f"malformed YAML: {problem}", file=path, line=mark.line + 1 if mark else None,
                    hint=hint) from None
    except yaml.reader.ReaderError as exc:
        line = text.count("\n", 0, exc.position) + 1
        raise error(f"a character YAML does not allow: U+{exc.character:04X}" if isinstance(exc.character, int)
                    else "a character YAML does not allow", file=path, line=line,
                    hint="remove the control character at that line") from None
    except yaml.YAMLError as exc:
        raise error(f"malformed YAML: {exc}", file=path, hint="fix the file's syntax") from None
