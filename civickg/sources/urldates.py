"""The publication date a news page's address holds (…/art/2024/5/16/…, …/html/2022-01/30/…, …/20070124/…).

Content systems file a story under the day it was published, and the address keeps it when the page's text
begins below its date line. htmldate reads the year, month and day parted by ``/``, ``-`` or ``_``; the compact
forms of China's newspaper and government sites it does not read are read here: ``20070124``,
``202104/29`` (an e-paper's month folder, then the day) and ``2023/0523``.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from urllib.parse import urlsplit

from htmldate.extractors import extract_url_date
from htmldate.utils import Extractor

#: The years a page's address may date it to: a number outside them is an id, not a year.
FIRST_YEAR, LAST_YEAR = 1990, 2039
_YEAR = r"(199\d|20[0-3]\d)"
_MONTH = r"(0[1-9]|1[0-2])"
_DAY = r"(0[1-9]|[12]\d|3[01])"
#: The compact forms, each a year, a month and a day, with no digit on either side.
COMPACT = tuple(re.compile(rf"(?<!\d){pattern}(?!\d)") for pattern in (
    _YEAR + _MONTH + _DAY,            # /20070124/, t20171114_4870799
    _YEAR + _MONTH + "/" + _DAY,      # /202104/29/content_754475
    _YEAR + "/" + _MONTH + _DAY,      # /2023/0523/12244
))
_HTMLDATE = Extractor(False, datetime(LAST_YEAR, 12, 31), datetime(FIRST_YEAR, 1, 1), True, "%Y-%m-%d")


def url_date(url: str | None) -> str | None:
    """The date (YYYY-MM-DD) the page's path and query hold, or None; the host name is never read."""
    if not url:
        return None
    parts = urlsplit(url)
    where = f"/{parts.path}?{parts.query}"
    found = extract_url_date(where, _HTMLDATE)
    if found:
        return found
    for pattern in COMPACT:
        for match in pattern.finditer(where):
            try:
                return date(int(match[1]), int(match[2]), int(match[3])).isoformat()
            except ValueError:   # 20230231: no such day
                continue
    return None
