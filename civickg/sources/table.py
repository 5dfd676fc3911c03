"""A table of what a folder's articles are: one row per file (its id, title, date, url, publisher).

A researcher's corpus comes with a spreadsheet of where and when each article was published; ``civickg ingest
FOLDER --meta TABLE`` reads it so that every file gets its own date and url. The table is CSV, or TSV when its name
ends in ``.tsv``, UTF-8 (a byte-order mark, as spreadsheets write it, is fine), with a header row naming its columns.
"""

from __future__ import annotations

import csv
import datetime
import re
from pathlib import Path

from civickg.errors import SourceError

#: The columns a table may have: ``file`` names the article's file (relative to the table's folder, or absolute);
#: the others give what the options of the same name give, for that file alone.
COLUMNS = ("file", "id", "title", "date", "url", "publisher")
#: An article id: lowercase ASCII words joined by '-'.
ARTICLE_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def _date(value: str, table: Path, line: int) -> str:
    """``value`` if it is a date that exists, written YYYY-MM-DD."""
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return datetime.date.fromisoformat(value).isoformat()
    except ValueError:
        pass
    raise SourceError(f"'{value}' is not a date", file=table, line=line, hint="write a date that exists, as YYYY-MM-DD")


def read_table(table: Path) -> dict[Path, dict[str, str]]:
    """The table's rows by the resolved path of the file each names: its non-empty cells, by column."""
    if not table.is_file():
        raise SourceError("no such table", file=table, hint="give the path of a CSV or TSV file with a header row")
    try:
        text = table.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = table.read_bytes()[:exc.start].count(b"\n") + 1
        raise SourceError("the table is not UTF-8", file=table, line=line,
                          hint="save it as UTF-8 (CSV UTF-8 in a spreadsheet)") from None
    reader = csv.reader(text.splitlines(), delimiter="\t" if table.suffix.lower() == ".tsv" else ",")
    header = [cell.strip().lower() for cell in next(reader, [])]
    if "file" not in header:
        raise SourceError("the table has no 'file' column", file=table, line=1,
                          hint=f"begin it with a header row naming its columns: {', '.join(COLUMNS)}")
    for name in header:
        if name not in COLUMNS:
            raise SourceError(f"unknown column '{name}'", file=table, line=1,
                              hint=f"the columns are {', '.join(COLUMNS)}; rename or remove it")
    if len(set(header)) != len(header):
        raise SourceError("a column is named twice", file=table, line=1, hint="name each column once")
    rows: dict[Path, dict[str, str]] = {}
    for cells in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) > len(header):
            raise SourceError(f"the row has {len(cells)} cells, the header {len(header)}", file=table, line=line,
                              hint="quote a cell that holds the separator")
        row = {name: cell.strip() for name, cell in zip(header, cells, strict=False) if cell.strip()}
        if "file" not in row:
            raise SourceError("the row names no file", file=table, line=line, hint="fill in its 'file' cell")
        path = Path(row.pop("file"))
        path = (path if path.is_absolute() else table.parent / path).resolve()
        if not path.is_file():
            raise SourceError(f"the row names {path.name}, which does not exist", file=table, line=line,
                              hint="write the file's name as it is, relative to the table's folder")
        if path in rows:
            raise SourceError(f"a second row for {path.name}", file=table, line=line, hint="keep one row per file")
        if "id" in row and not ARTICLE_ID.match(row["id"]):
            raise SourceError(f"'{row['id']}' is not an article id", file=table, line=line,
                              hint="use lowercase ASCII words joined by '-', such as tianjin-canteen-2026")
        if "date" in row:
            row["date"] = _date(row["date"], table, line)
        rows[path] = row
    ids = [row["id"] for row in rows.values() if "id" in row]
    twice = next((i for i in ids if ids.count(i) > 1), None)
    if twice is not None:
        raise SourceError(f"the table gives the id '{twice}' to two files", file=table,
                          hint="give each file its own id")
    return rows

