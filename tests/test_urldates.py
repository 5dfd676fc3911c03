"""The date a news page's address holds, in the forms sites use (addresses from devset/wild/sources.tsv)."""

from __future__ import annotations

import pytest

from civickg.sources.urldates import url_date


@pytest.mark.parametrize(("url", "date"), [
    ("http://cnxcl.cncn.gov.cn/art/2024/5/16/art_1328795_58870043.html", "2024-05-16"),     # htmldate's form
    ("http://news.cnchu.com/jzrb/html/2022-01/30/content_197633.htm?div=-1", "2022-01-30"),
    ("https://news.sohu.com/20070124/n247816916.shtml", "2007-01-24"),                      # compact
    ("http://bz.wenming.cn/wmcz/201711/t20171114_4870799.html", "2017-11-14"),
    ("http://esb.sxdaily.com.cn/pc/content/202104/29/content_754475.html", "2021-04-29"),   # an e-paper's folders
    ("http://525822.com/zxck/2023/0523/12244.html", "2023-05-23"),
    ("http://x.org/list?d=2021-03-04", "2021-03-04"),                                      # in the query
])
def test_an_address_gives_the_date_it_holds(url, date):
    assert url_date(url) == date


@pytest.mark.parametrize("url", [
    "https://udn.com/news/story/7327/9229791",                  # ids only
    "http://paper.people.com.cn/html/content_25950731.htm",     # 2595: no year
    "http://x.com/20230231/a",                                  # no 31 February
    "http://a.com/2023/02/31/x.html",
    "http://2019-05-06.com/a",                                  # the host is never read
    "https://penghudaily.blogspot.com/2025/06/blog-post_696.html",   # a month, no day
    "http://x.com/19850101/a",                                  # before the first year a page is dated to
    "",
    None,
])
def test_an_address_without_a_whole_date_gives_none(url):
    assert url_date(url) is None
