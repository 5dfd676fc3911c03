"""civickg review in real headless Chromium (Debian's, through Playwright): a reviewer turns a draft into a
curated file with the mouse and the keyboard, and the graph built from it holds exactly those changes."""

from __future__ import annotations

import datetime
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from playwright.sync_api import Page

from tests.browser import VIEWPORT, Watched, chromium
from tests.draft_support import DRAFTED, draft_project
from tests.review_support import REVIEWER, reviewing

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
SCREENSHOT = ROOT / "build" / "screenshots" / "review.png"
DOCS_SCREENSHOT = ROOT / "docs" / "review.png"
COMMENT = "# the canteen's opening date is not printed"
HOSTILE = '<img src=x onerror="window.pwned=1">'
#: Far above the time one check takes (a build of the project): only a hang fails.
WAIT_MS = 300_000


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    project = draft_project(tmp_path_factory.mktemp("review-browser"))
    path = project.annotations / f"{DRAFTED}.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("entities:\n", f"{COMMENT}\nentities:\n", 1),
                    encoding="utf-8")
    return project


@pytest.fixture(scope="module")
def base(project):
    with reviewing(project.root, "--reviewer", REVIEWER) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    with chromium() as b:
        yield b


def open_page(browser, url: str) -> Watched:
    page = browser.new_page(viewport=VIEWPORT)
    watched = Watched(page)
    page.on("console", lambda m: watched.console_errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda error: watched.console_errors.append(f"page error: {error}"))
    page.on("requestfailed", lambda r: watched.failed_requests.append(r.url))
    page.on("request", lambda r: watched.requests.append(r.url))
    page.on("dialog", lambda d: (watched.dialogs.append(d.message), d.dismiss()))
    page.goto(url)
    page.wait_for_function("() => document.documentElement.dataset.ready === 'true'", timeout=WAIT_MS)
    page.set_default_timeout(WAIT_MS)
    return watched


def key(page: Page, **fields: str) -> str:
    return page.evaluate("""(fields) => window.civickgReview.items.find((i) =>
        Object.entries(fields).every(([k, v]) => i.fields[k] === v)).key""", fields)


def settled(page: Page) -> None:
    page.wait_for_function("() => document.documentElement.dataset.busy === 'false'", timeout=WAIT_MS)


def select_words(page: Page, words: str) -> None:
    """Select ``words`` in the article text as a reader would, by a range over the text's nodes."""
    page.evaluate("""(words) => {
        const at = window.civickgReview.text.indexOf(words);
        const parts = [...document.querySelectorAll('#text [data-start]')];
        const find = (offset) => parts.find((p) => +p.dataset.start <= offset && offset < +p.dataset.end)
                                 || parts[parts.length - 1];
        const range = document.createRange();
        const first = find(at), last = find(at + words.length - 1);
        range.setStart(first.firstChild, at - first.dataset.start);
        range.setEnd(last.firstChild, at + words.length - last.dataset.start);
        document.getSelection().removeAllRanges();
        document.getSelection().addRange(range);
    }""", words)
    page.wait_for_function("(w) => document.querySelector('#selection').textContent.includes(w)", arg=words)


def test_the_list_shows_progress_and_opens_the_draft(browser, base):
    watched = open_page(browser, base + "/")
    page = watched.page
    row = page.locator(f"tr[data-article='{DRAFTED}']")
    assert row.locator("td").nth(2).text_content() == "draft"
    assert row.locator("td").nth(3).text_content().startswith("0 / ")
    row.locator("a").click()
    page.wait_for_function("() => document.documentElement.dataset.ready === 'true'")
    assert page.locator("#text mark[data-keys]").first.text_content() == "东丽区"
    assert watched.problems() == []
    page.close()


def test_a_reviewer_curates_the_draft_in_the_browser(browser, base, project):
    watched = open_page(browser, f"{base}/?article={DRAFTED}")
    other = open_page(browser, f"{base}/?article={DRAFTED}")      # a second tab on the same file
    page = watched.page
    _marks_and_quotes(page)
    _accept_reject_link(page)
    _refused_edit(page)
    _add_from_selection(page)
    page.screenshot(path=str(SCREENSHOT))
    page.locator("#save").click()
    settled(page)
    assert page.locator("#status").text_content().startswith("saved")
    assert page.locator("#pending").text_content() == ""
    _stale_tab(other.page)
    assert watched.problems() == []
    assert other.problems() == ["Failed to load resource: the server responded with a status of 409 (Conflict)"]
    assert all(url.startswith(base) or url.startswith("data:") for url in watched.requests)
    _the_file_and_the_graph(project)
    shutil.copyfile(SCREENSHOT, DOCS_SCREENSHOT)   # the guide's picture never goes stale


def _marks_and_quotes(page: Page) -> None:
    dongli = page.locator("#text mark", has_text="东丽区").first
    assert "draft" in dongli.get_attribute("class").split()
    fact = key(page, s="huaming-jiedao", p="partOf")
    page.locator(f".item[data-key='{fact}']").click()
    quoted = "".join(page.locator("#text .quoted").all_text_contents())
    assert quoted == "东丽区华明街道"


def _accept_reject_link(page: Page) -> None:
    dongli = key(page, id="dongli-qu")
    page.locator(f".item[data-key='{dongli}']").click()
    page.keyboard.press("a")                                   # accept, from the keyboard
    settled(page)
    assert page.locator(f".item[data-key='{dongli}'] .badge").text_content() == "reviewed 0.90"
    assert "reviewed" in page.locator("#text mark", has_text="东丽区").first.get_attribute("class").split()
    rejected = key(page, id="renyuanpeixun")
    page.locator(f".item[data-key='{rejected}'] button.reject").click()
    settled(page)
    assert page.locator(f".item[data-key='{rejected}']").count() == 0
    page.locator(f".item[data-key='{key(page, id='shequ-dangwei')}'] button.link").click()
    page.locator("#form [name=q]").fill("社区大党委")
    hit = page.locator("#form .results li", has_text="community-grand-party-committees")
    assert "PartyOrganization" in hit.text_content() and "shandalu-subdistrict-2023" in hit.text_content()
    hit.locator("button.choose").click()
    settled(page)
    assert page.locator("#mentions .item", has_text="community-grand-party-committees").count() == 1
    assert page.locator("#entities .item", has_text="shequ-dangwei").count() == 0


def _refused_edit(page: Page) -> None:
    huaming = key(page, id="huaming-jiedao")
    page.locator(f".item[data-key='{huaming}'] button.edit").click()
    page.locator("#form [name=id]").fill("Huaming Jiedao")
    page.locator("#form button[type=submit]").click()
    settled(page)
    assert page.locator("#status").text_content().startswith("refused: does not match the annotation schema")
    problem = page.locator(f".item[data-key='{huaming}'] .problem").text_content()
    assert "'Huaming Jiedao' does not match" in problem
    page.keyboard.press("Escape")
    assert page.evaluate("window.civickgReview.actions.length") == 3   # the refused edit is not kept


def _add_from_selection(page: Page) -> None:
    select_words(page, "新就业形态劳动者")
    page.keyboard.press("n")
    page.locator("#form [name=id]").fill("new-employment-workers")
    page.locator("#form [name=class]").select_option("PersonGroup")
    assert page.locator("#form [name=zh]").input_value() == "新就业形态劳动者"
    page.locator("#form [name=en]").fill(HOSTILE)
    page.locator("#form button[type=submit]").click()
    settled(page)
    row = page.locator("#entities .item", has_text="new-employment-workers")
    assert HOSTILE in row.text_content()                        # shown as text, never run
    assert page.locator("img").count() == 0 and page.evaluate("window.pwned") is None
    select_words(page, "更针对外卖骑手、快递员等新就业形态劳动者推出高性价比优惠餐食")
    page.locator("#add-fact").click()
    page.locator("#form [name=s]").select_option("diyi-shequ-huimin-shitang")
    page.locator("#form [name=o]").select_option("xin-jiuye-xingtai-laodongzhe")
    # the menu holds the answer for this subject and object (an earlier answer may come later and is dropped)
    page.wait_for_function("() => { const f = document.querySelector('#form');"
                           " return f.dataset.filled === f.dataset.asked"
                           " && [...f.querySelectorAll('[name=p] option')].some(o => o.value === 'serves'); }")
    page.locator("#form [name=p]").select_option("serves")
    # the menu asked again (the object chosen again) keeps the predicate chosen
    page.evaluate("() => { const f = document.querySelector('#form'); f.dataset.filled = '';"
                  " f.querySelector('[name=o]').dispatchEvent(new Event('change')); }")
    page.wait_for_function("() => document.querySelector('#form').dataset.filled"
                           " === document.querySelector('#form').dataset.asked")
    assert page.locator("#form [name=p]").input_value() == "serves"
    page.locator("#form button[type=submit]").click()
    settled(page)
    added = "diyi-shequ-huimin-shitang serves xin-jiuye-xingtai-laodongzhe"
    fact = page.locator("#facts .item", has_text=added)
    assert fact.locator(".badge").text_content() == "reviewed"


def _stale_tab(page: Page) -> None:
    page.locator(f".item[data-key='{key(page, id='huaming-jiedao')}'] button.accept").click()
    settled(page)
    assert "the file changed since this page read it" in page.locator("#status").text_content()


def _the_file_and_the_graph(project) -> None:
    written = (project.annotations / f"{DRAFTED}.yaml").read_text(encoding="utf-8")
    today = datetime.date.today()
    saved_on = [d.isoformat() for d in (today, today - datetime.timedelta(days=1))]   # the save may precede midnight
    assert COMMENT in written
    assert any(f"  - id: dongli-qu\n    class: District\n    zh: 东丽区\n    en: Dongli Qu\n    mention: 东丽区\n"
               f"    confidence: 0.9\n    method: place.gazetteer.district\n    status: reviewed\n"
               f"    reviewed_by: {REVIEWER}\n    reviewed_on: \"{day}\"\n" in written for day in saved_on)
    assert "  - id: community-grand-party-committees\n    quote: 社区党委\n" in written
    assert "renyuanpeixun" not in written and "Huaming Jiedao\n    mention" in written
    for command in ("build", "validate"):
        run = subprocess.run([sys.executable, "-m", "civickg", "--root", str(project.root), command],
                             capture_output=True, text=True)
        assert run.returncode == 0, run.stdout + run.stderr
    answer = subprocess.run([sys.executable, "-m", "civickg", "--root", str(project.root), "query", "--format", "csv",
                             "SELECT ?who WHERE { ?ev rdf:subject cid:new-employment-workers ; rdf:predicate rdf:type ;"
                             " civic:reviewStatus civic:reviewed ; prov:wasAttributedTo/rdfs:label ?who }"],
                            capture_output=True, text=True)
    assert answer.stdout.splitlines() == ["who", REVIEWER], answer.stderr
