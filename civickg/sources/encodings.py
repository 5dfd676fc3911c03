"""Text encodings of source files: UTF-8 is read as is; GB18030/GBK is detected and converted on request."""

from __future__ import annotations

from pathlib import Path

from civickg.errors import SourceError


def decode_text(path: Path, *, convert: bool = False) -> str:
    """Read a UTF-8 source; detect GB18030/GBK and refuse it unless asked to convert."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        try:
            text = data.decode("gb18030")
        except UnicodeDecodeError:
            raise SourceError(f"not UTF-8 (byte {exc.start}) and not GB18030/GBK either",
                              file=path, line=line,
                              hint="save the file as UTF-8 and build again") from None
        if not convert:
            raise SourceError("the file is GB18030/GBK-encoded, not UTF-8", file=path, line=line,
                              hint="convert it with `civickg build --convert-encoding` "
                                   "(keeps a .orig copy) or save it as UTF-8") from None
        path.with_suffix(path.suffix + ".orig").write_bytes(data)
        path.write_text(text, encoding="utf-8")
        return text
