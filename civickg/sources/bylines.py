"""Reporters and correspondents named on byline lines (记者 宗兆洋 通讯员 赵亮), and dates printed near the top."""

from __future__ import annotations

import re

#: Words that introduce reporters and correspondents on a byline line, by the metadata field they fill.
ROLE_WORDS: dict[str, tuple[str, ...]] = {
    "reporters": ("记者", "記者"),
    "correspondents": ("通讯员", "通訊員"),
}
#: The longest line read as a byline.
MAX_BYLINE = 40
#: A person's name on a byline: two to four Chinese characters (a middle dot for transliterated names).
NAME = re.compile(r"^[\u4e00-\u9fff][\u4e00-\u9fff·]{1,5}$")
#: How the name of a paper, a station or a site ends, and a dateline: on a byline line they are no person
#: (通讯员 李慧  扬子晚报/紫牛新闻记者  周晓青: the paper 周晓青 reports for;
#: 記者黃秋儒／新北報導: where she reports from; 记者 林玉樹 攝影: the word of a photo credit).
NOT_NAME_ENDINGS = ("报", "報", "报社", "報社", "新闻", "新聞", "网", "網", "台", "臺", "社", "融媒", "中心",
                    "频道", "頻道", "杂志", "雜誌", "传媒", "傳媒", "在线", "在線", "客户端", "客戶端",
                    "报道", "報導", "报导", "報道", "讯", "訊", "电", "電", "摄影", "攝影")
#: Punctuation of running text: a line holding it is a sentence, not a byline.
SENTENCE = frozenset("，。；！？")
SEPARATORS = re.compile(r"[\s、，,:：;；|/／（）()【】\[\]]+")
DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})(?!\d)")
YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年")
#: The word after a name that credits its photographs (本版图片除署名外均由记者张莎摄: 张莎 took them).
PHOTO_CREDIT = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:摄影|攝影|摄|攝)$")


def _role_of(token: str) -> tuple[str | None, str]:
    """The field a token's role word fills, and what follows the role word in the token."""
    for field, words in ROLE_WORDS.items():
        for word in words:
            at = token.find(word)
            if at >= 0:
                return field, token[at + len(word):]
    return None, token


def bylines(paragraphs: list[str]) -> dict[str, list[str]]:
    """Names after 记者/通讯员 on short lines, in order, each once, by field (reporters, correspondents)."""
    found: dict[str, list[str]] = {field: [] for field in ROLE_WORDS}
    for text in paragraphs:
        if len(text) > MAX_BYLINE or SENTENCE & set(text) or not any(
                w in text for words in ROLE_WORDS.values() for w in words):
            continue
        role: str | None = None
        for token in filter(None, SEPARATORS.split(text)):
            field, rest = _role_of(token)
            if field is not None:
                role, token = field, PHOTO_CREDIT.sub("", rest)
            if role is not None and token and NAME.match(token) and not token.endswith(NOT_NAME_ENDINGS) \
                    and token not in found[role]:
                found[role].append(token)
    return found


def printed_date(paragraphs: list[str], lines: int = 6) -> str | None:
    """A date printed in the first lines (2025-01-07, 2025年1月7日), as YYYY-MM-DD."""
    for text in paragraphs[:lines]:
        match = DATE.search(text)
        if match and 1 <= int(match[2]) <= 12 and 1 <= int(match[3]) <= 31:
            return f"{match[1]}-{int(match[2]):02d}-{int(match[3]):02d}"
    return None


def latest_year(text: str) -> int | None:
    """The latest year the text names (2023年), or None."""
    years = [int(y) for y in YEAR.findall(text)]
    return max(years) if years else None
