"""A saved news page: its article body (trafilatura), its headline and metadata (selectolax, trafilatura).

Chinese government sites name an article's title, date, address and site in <meta> tags (SiteName,
ArticleTitle, PubDate, Url: the 政府网站发展指引 of 2017); the title is taken from ArticleTitle, and the
others when trafilatura finds none.

trafilatura's precision mode drops a body that sits in a layout table (devset/meta/
zhongshan-financial-street-inspection-2019.yaml), so the balanced default is tried first and more
permissive settings after it; the first that yields a body wins. The balanced mode also leaves out the tables and
lists inside a body (a roster of honourees); they are read back between the body's first and last lines.
"""

from __future__ import annotations

import re
from pathlib import Path

from civickg.errors import SourceError
from civickg.sources.bylines import printed_date
from civickg.sources.readers import Reading

#: trafilatura.extract options, tried in order until one returns a body.
EXTRACTIONS: tuple[dict[str, bool], ...] = (
    {"include_comments": False, "include_tables": False},
    {"include_comments": False, "include_tables": True},
    {"include_comments": False, "include_tables": True, "favor_recall": True},
)
#: Elements that hold a page's headline, most specific first.
HEADLINE_SELECTORS = ("h1", ".title", ".article-title", ".headline", "h2")
#: What separates a headline from the site name in a page's <title>.
TITLE_SEPARATORS = re.compile(r"\s*(?:[_|｜]|\s[-–—]\s)\s*")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
#: The <meta> names the government website norm (政府网站发展指引, 2017) asks every article page to carry.
SITE_META = ("SiteName", "ArticleTitle", "PubDate", "Url")
#: The fewest characters (not counting spaces) a body must have: less is a menu or a caption, not an article.
MIN_BODY = 30


#: trafilatura.extract options that keep a body's tables and lists (see :func:`with_inner_tables`).
FULLER = {"include_comments": False, "include_tables": True, "favor_recall": True}
#: A table row as trafilatura prints it (| 罗小双 | 温州市…志愿服务队 |), and a list item (- 温州技师学院…).
TABLE_ROW = re.compile(r"^\|(.*)\|\s*$")
LIST_ITEM = re.compile(r"^- (?=\S)")


def article_body(html: str) -> str | None:
    """The article body of a page, as trafilatura extracts it, or None."""
    import trafilatura

    for options in EXTRACTIONS:
        body = trafilatura.extract(html, **options)
        if body and len("".join(body.split())) >= MIN_BODY:
            return with_inner_tables(html, body.strip())
    return None


def with_inner_tables(html: str, body: str) -> str:
    """The body with the tables and lists printed between its first and its last line, which trafilatura's balanced
    mode leaves out (a roster of honourees in a table or a list: 最美志愿者 / 罗小双 温州市…志愿服务队). Read with
    tables and lists kept, the page must hold every line of the body in order between those two; else (a body in a
    layout table, whose navigation the fuller reading brings in) the body stays as it is. Each table row becomes a
    line of its cells parted by a space, each list item a line of its own."""
    import trafilatura

    fuller = trafilatura.extract(html, **FULLER)
    lines = body.split("\n")
    start = fuller.find(lines[0]) if fuller else -1
    end = fuller.rfind(lines[-1]) + len(lines[-1]) if start >= 0 else -1
    if start < 0 or end < start + len(lines[0]):
        return body
    inner = fuller[start:end].split("\n")
    pos = 0
    for line in lines:      # the body's lines, in order, among the fuller reading's
        pos = next((i + 1 for i in range(pos, len(inner)) if inner[i] == line), -1)
        if pos < 0:
            return body
    return "\n".join(_plain_line(line) for line in inner)


def _plain_line(line: str) -> str:
    """A table row's cells parted by a space, a list item without its mark; any other line as it is."""
    row = TABLE_ROW.match(line)
    if row:
        return " ".join(cell.strip() for cell in row.group(1).split("|") if cell.strip())
    return LIST_ITEM.sub("", line)


def site_meta(html: str) -> dict[str, str]:
    """The government-site <meta> tags of a page (``SITE_META``) that have a value, by name."""
    from selectolax.lexbor import LexborHTMLParser

    found: dict[str, str] = {}
    for node in LexborHTMLParser(html).css("meta[name][content]"):
        name, value = node.attributes.get("name") or "", (node.attributes.get("content") or "").strip()
        wanted = next((m for m in SITE_META if m.lower() == name.strip().lower()), None)
        if wanted and value and wanted not in found:
            found[wanted] = value
    return found


def headline(html: str, page_title: str | None) -> str | None:
    """The page's headline: the longest headline element inside <title>, else <title> before the site name."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    node = tree.css_first("title")
    title = (node.text(strip=True) if node else None) or page_title or ""
    candidates = [n.text(strip=True) for sel in HEADLINE_SELECTORS for n in tree.css(sel)]
    inside = sorted((c for c in candidates if c and c in title), key=len, reverse=True)
    if inside:
        return inside[0]
    if title:
        return TITLE_SEPARATORS.split(title)[0].strip() or title
    return next((c for c in candidates if c), None)


def page_reading(html: str, encoding: str, where: Path | str) -> Reading:
    """The reading of a page: headline on the first line, a blank line, the body; and its metadata."""
    import trafilatura

    body = article_body(html)
    if body is None:
        raise SourceError("the page has no article body that trafilatura can find", file=where,
                          hint="save the article's page itself (not an index or a login page), "
                               "or copy its text into a .txt file")
    meta, site = trafilatura.extract_metadata(html), site_meta(html)
    title = site.get("ArticleTitle") or headline(html, meta.title if meta else None)
    text = f"{title}\n\n{body}\n" if title and not body.startswith(title) else f"{body}\n"
    date = meta.date if meta and meta.date and DATE.match(meta.date) else printed_date([site.get("PubDate", "")])
    authors = tuple(a.strip() for a in re.split(r"[;,，、]", meta.author or "") if a.strip()) if meta else ()
    return Reading(text=text, encoding=encoding, reader="html", title=title, date=date, authors=authors,
                   url=(meta.url if meta else None) or site.get("Url"),
                   publisher=(meta.sitename if meta else None) or site.get("SiteName"))
