"""Text encodings of source files: which one a file is in, its text, and converting it to UTF-8.

A file is decoded by its byte-order mark (UTF-8 or UTF-16), else as UTF-8, else by charset-normalizer
among the Chinese legacy encodings (GB18030/GBK, Big5); what is none of these clearly is refused. The
build reads UTF-8 sources as they are; a source in another encoding is converted only on request, and
only after its text has been checked against the SHA-256 its metadata records.
"""

from __future__ import annotations

import codecs
import os
import re
from dataclasses import dataclass
from pathlib import Path

from civickg.errors import SourceError

#: Byte-order marks, longest first, with the codec and the name a user reads.
BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "", "UTF-32"),
    (codecs.BOM_UTF32_BE, "", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8 with BOM"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16 LE with BOM"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16 BE with BOM"),
)
#: Legacy encodings told apart by charset-normalizer, with the name a user reads.
LEGACY: dict[str, str] = {"gb18030": "GB18030/GBK", "big5": "Big5"}
#: What may be decoded at all (for hints).
SUPPORTED = "UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK or Big5"
#: Control characters that never occur in a text file (tab, newlines and form feed do).
CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class Decoded:
    """The text of a file and the encoding it was found in."""

    text: str
    encoding: str  # the name a user reads: "UTF-8", "GB18030/GBK", "Big5", …
    codec: str  # the Python codec

    @property
    def is_plain_utf8(self) -> bool:
        """True when the bytes are exactly the UTF-8 text (no BOM, nothing to convert)."""
        return self.codec == "utf-8"


def _line_of(data: bytes, offset: int) -> int:
    return data[:offset].count(b"\n") + 1


def _refuse_binary(text: str, where: Path | str, encoding: str) -> None:
    found = CONTROL.search(text)
    if found is not None:
        bad = found.start()
        raise SourceError(f"a binary file, not text ({encoding} decoding meets control character "
                          f"U+{ord(text[bad]):04X})", file=where, line=text.count("\n", 0, bad) + 1,
                          hint="give a text (.txt, .md) or a saved web page (.html)")


def _by_bom(data: bytes, where: Path | str) -> Decoded | None:
    for bom, codec, name in BOMS:
        if data.startswith(bom):
            if not codec:
                raise SourceError(f"{name} is not a supported encoding", file=where, line=1,
                                  hint=f"save the file as UTF-8; sources may be {SUPPORTED}")
            try:
                return Decoded(data.decode(codec).removeprefix("\ufeff"), name, codec)
            except UnicodeDecodeError as exc:
                raise SourceError(f"starts with a {name} byte-order mark but is not {name} (byte {exc.start})",
                                  file=where, hint="save the file again as UTF-8") from None
    return None


def _by_detection(data: bytes, where: Path | str, utf8_error: UnicodeDecodeError) -> Decoded:
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(LEGACY)).best()
    if best is None or best.encoding not in LEGACY:
        raise SourceError(f"undecidable encoding: not UTF-8 (byte {utf8_error.start}) and not clearly "
                          f"{' or '.join(LEGACY.values())} either", file=where,
                          line=_line_of(data, utf8_error.start),
                          hint=f"save the file as UTF-8; sources may be {SUPPORTED}")
    return Decoded(str(best), LEGACY[best.encoding], best.encoding)


def decode_bytes(data: bytes, where: Path | str) -> Decoded:
    """Decode a source file's bytes, naming the encoding; refuse binary or undecidable data in one line."""
    decoded = _by_bom(data, where)
    if decoded is None and b"\x00" in data:
        raise SourceError("a binary file, not text (it holds NUL bytes and no UTF-16 byte-order mark)",
                          file=where, line=_line_of(data, data.index(b"\x00")),
                          hint="give a text (.txt, .md) or a saved web page (.html); UTF-16 needs its BOM")
    if decoded is None:
        try:
            decoded = Decoded(data.decode("utf-8"), "UTF-8", "utf-8")
        except UnicodeDecodeError as exc:
            decoded = _by_detection(data, where, exc)
    _refuse_binary(decoded.text, where, decoded.encoding)
    return decoded


def decode_text(path: Path, *, convert: bool = False) -> str:
    """A source's text: UTF-8 as is; another encoding is named and refused unless ``convert``.

    Nothing is written here: the caller converts the file (``convert_to_utf8``) once the text has
    passed its checks.
    """
    return text_of_bytes(path.read_bytes(), path, convert=convert)


def text_of_bytes(data: bytes, path: Path, *, convert: bool = False) -> str:
    """``decode_text`` of the bytes a file at ``path`` holds (or will hold), without reading it."""
    decoded = decode_bytes(data, path)
    if decoded.is_plain_utf8 or convert:
        return decoded.text
    raise SourceError(f"the file is {decoded.encoding}-encoded, not UTF-8", file=path, line=1,
                      hint="convert it with `civickg build --convert-encoding` (keeps a .orig copy), "
                           "take it in with `civickg ingest`, or save it as UTF-8")


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path`` and move it into place."""
    temporary = path.with_name(f".{path.name}.partial")
    temporary.write_bytes(data)
    os.replace(temporary, path)


def convert_to_utf8(path: Path, text: str) -> bool:
    """Rewrite a non-UTF-8 source as UTF-8 ``text``, keeping the original bytes in ``<name>.orig``.

    Returns False (and writes nothing) when the file already holds exactly that UTF-8 text.
    """
    data = path.read_bytes()
    encoded = text.encode("utf-8")
    if data == encoded:
        return False
    keep = path.with_suffix(path.suffix + ".orig")
    if not keep.exists():
        write_bytes_atomic(keep, data)
    write_bytes_atomic(path, encoded)
    return True
