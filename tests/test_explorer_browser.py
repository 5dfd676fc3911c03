"""The explorer in real headless Chromium (Debian's, through Playwright): it draws offline and works."""

from __future__ import annotations

import itertools
import shutil
from pathlib import Path

import pytest

from civickg.explore import View, build_explorer, write_explorer
from civickg.ontology.model import load_ontology
from tests.browser import chromium, node_point, open_explorer

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
SCREENSHOT = ROOT / "build" / "screenshots" / "explorer.png"
DOCS_SCREENSHOT = ROOT / "docs" / "explorer.png"


@pytest.fixture(scope="module")
def browser():
    with chromium() as b:
        yield b


@pytest.fixture(scope="module")
def ontology(built_project):
    return load_ontology([built_project.ontology]).graph


@pytest.fixture(scope="module")
def explorer_file(graph, ontology, tmp_path_factory) -> Path:
    return write_explorer(build_explorer(graph, ontology), tmp_path_factory.mktemp("explorer") / "explorer.html")


@pytest.fixture
def explorer(browser, explorer_file):
    watched = open_explorer(browser, explorer_file)
    yield watched
    assert watched.problems() == []
    watched.page.close()


def drawn_pixels(page, canvas: str = "#network canvas") -> int:
    return page.evaluate("""(selector) => {
        const canvas = document.querySelector(selector);
        const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
        let painted = 0;
        for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) painted++;
        return painted;
    }""", canvas)


def count(page, what: str) -> int:
    return page.evaluate(f"window.civickg.{what}.length")


def linked(page, group: str | None = None) -> list[str]:
    """Entities of the page (of one class) with at least one drawn link: the ones the picture shows."""
    return page.evaluate("""(group) => {
        const d = window.civickg.data;
        const ends = new Set(d.edges.flatMap(e => [e.from, e.to]));
        return d.nodes.filter(n => ends.has(n.id) && (!group || n.group === group)).map(n => n.id);
    }""", group)


def test_page_loads_offline_without_errors_draws_and_is_screenshotted(explorer):
    page = explorer.page
    assert explorer.failed_requests == [] and explorer.console_errors == []
    assert all(url.startswith(("file://", "data:", "blob:")) for url in explorer.requests)
    assert drawn_pixels(page) > 5_000
    assert count(page, "nodes") == len(linked(page)) > 150
    assert len(page.evaluate("window.civickg.data.nodes")) - len(linked(page)) == 41   # listed, not drawn
    assert page.locator("#page-title").text_content() == "civickg 市民生活知识图谱"
    assert "个实体" in page.locator("#status").text_content()
    drawn = page.evaluate("new Set(window.civickg.data.nodes.map(n => n.group)).size")
    assert page.locator("#legend .legend-class").count() == drawn
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOT))
    assert SCREENSHOT.stat().st_size > 20_000
    shutil.copyfile(SCREENSHOT, DOCS_SCREENSHOT)   # the README's picture never goes stale


def test_searching_anqing_selects_anqing_studio(explorer):
    page = explorer.page
    page.locator("#search").fill("安晴")
    first = page.locator("#search-results li").first
    assert first.locator(".result-name").text_content() == "安晴工作室"
    page.locator("#search").press("Enter")
    assert page.evaluate("window.civickg.network.getSelectedNodes()") == ["anqing-studio"]
    assert page.locator("#panel .entity-name").text_content() == "安晴工作室"


def test_search_finds_english_names_aliases_and_substrings(explorer):
    search = lambda q: explorer.page.evaluate("(q) => window.civickg.search(q)", q)  # noqa: E731
    assert search("anqing")[0] == "anqing-studio"
    assert search("Charity Award")[:1] and "china-charity-award" in search("charity award")
    assert "anqing-studio" in search("晴工作")                      # substring
    alias_owner = explorer.page.evaluate("""() => Object.entries(window.civickg.data.entities)
        .find(([id, e]) => e.aliases.length)""")
    assert alias_owner[0] in search(alias_owner[1]["aliases"][0])


def test_clicking_anqing_studio_shows_its_class_quote_and_article(explorer):
    page = explorer.page
    page.evaluate("window.civickg.network.focus('anqing-studio', {scale: 1.6, animation: false})")
    x, y = node_point(page, "anqing-studio")
    page.mouse.click(x, y)
    panel = page.locator("#panel")
    assert panel.is_visible()
    assert panel.locator(".entity-name").text_content() == "安晴工作室"
    assert panel.locator(".other-name").text_content() == "Anqing Studio"
    assert "工作室" in panel.locator(".badges").text_content()
    quotes = panel.locator("blockquote").all_text_contents()
    assert "闵子骞社区安晴工作室" in quotes
    assert "济南市历城区山大路街道" in panel.locator(".source").first.text_content()
    assert "位于" in panel.locator("ul.facts").first.text_content()


def test_hovering_a_node_shows_a_plain_text_tooltip(explorer):
    page = explorer.page
    page.evaluate("window.civickg.network.focus('wang-yong', {scale: 1.6, animation: false})")
    x, y = node_point(page, "wang-yong")
    page.mouse.move(x - 30, y - 30)
    page.mouse.move(x, y)
    page.wait_for_selector("div.vis-tooltip", state="visible")
    assert "王勇" in page.locator("div.vis-tooltip").inner_text()


def test_observations_appear_as_a_table_in_the_panel(explorer):
    page = explorer.page
    page.evaluate("window.civickg.selectEntity('shandalu-subdistrict')")
    table = page.locator("#panel table.observations")
    text = table.text_content()
    assert "8.4" in text and "亿元" in text and "+6.92%" in text and "2023" in text
    assert "财源建设" in text
    assert "街道财源建设完成8.4亿元，同比增长6.92%" in table.locator("blockquote").all_text_contents()


def test_a_class_filter_hides_and_shows_nodes(explorer):
    page = explorer.page
    before = count(page, "nodes")
    communities = len(linked(page, "Community"))
    assert communities >= 5
    box = page.locator('#legend input[data-class="Community"]')
    box.uncheck()
    assert count(page, "nodes") == before - communities
    assert page.evaluate("window.civickg.nodes.get('minziqian-community')") is None
    box.check()
    assert count(page, "nodes") == before
    page.locator('#legend input[data-family="Organization"]').uncheck()
    assert page.evaluate("window.civickg.nodes.get('anqing-studio')") is None
    page.locator("#classes-none").click()
    assert count(page, "nodes") == 0 and count(page, "edges") == 0
    page.locator("#classes-all").click()
    assert count(page, "nodes") == before


def test_path_finder_links_wang_yong_to_the_china_charity_award(explorer):
    page = explorer.page
    for field, query, name in (("#path-from", "王勇", "王勇"), ("#path-to", "中华慈善", "中华慈善奖")):
        page.locator(field).fill(query)
        page.locator(f"{field}-results li", has_text=name).first.dispatch_event("mousedown")
    page.locator("#path-find").click()
    path = page.evaluate("window.civickg.state.path")
    assert path["nodes"][0] == "wang-yong" and path["nodes"][-1] == "china-charity-award"
    hops = page.locator("#path-result li")
    assert hops.count() == len(path["facts"]) >= 1
    assert "王勇" in hops.first.text_content() and "中华慈善奖" in hops.last.text_content()
    assert "王勇获评第十二届“中华慈善奖”" in " ".join(hops.locator("blockquote").all_text_contents())
    assert "王勇" in page.locator("#path-summary").text_content()
    edge = page.evaluate("(id) => window.civickg.edges.get(id)", path["facts"][0])
    assert edge["width"] == 4                                          # highlighted
    page.locator("#path-clear").click()
    assert page.evaluate("window.civickg.state.path") is None
    assert page.evaluate("(id) => window.civickg.edges.get(id).width", path["facts"][0]) < 4


def test_focus_shows_the_neighbourhood_and_show_whole_restores(explorer):
    page = explorer.page
    total = count(page, "nodes")
    page.evaluate("window.civickg.selectEntity('anqing-studio')")
    page.locator('#panel button[data-action="focus1"]').click()
    assert sorted(page.evaluate("window.civickg.nodes.getIds()")) == [
        "anqing-studio", "minziqian-community", "shandalu-subdistrict"]
    assert "安晴工作室" in page.locator("#banner").text_content()
    page.locator('#panel button[data-action="focus2"]').click()
    assert 3 < count(page, "nodes") < total
    page.locator("#show-whole").click()
    assert count(page, "nodes") == total


def test_english_switch_changes_labels_legend_and_panel(explorer):
    page = explorer.page
    page.evaluate("window.civickg.selectEntity('anqing-studio')")
    page.locator("#lang-en").click()
    assert page.evaluate("window.civickg.nodes.get('anqing-studio').label") == "Anqing Studio"
    fact = page.evaluate("""() => window.civickg.data.facts
        .find(f => f.s === 'anqing-studio' && f.p === 'civic:locatedIn').id""")
    assert page.evaluate("(id) => window.civickg.edges.get(id).label", fact) == "located in"
    assert page.locator("#panel .entity-name").text_content() == "Anqing Studio"
    assert "Studio" in page.locator("#legend").text_content()
    assert page.locator("#search").get_attribute("placeholder") == "Chinese or English name, or alias"
    assert page.evaluate("document.documentElement.lang") == "en"
    page.locator("#lang-zh").click()
    assert page.evaluate("window.civickg.nodes.get('anqing-studio').label") == "安晴工作室"


def test_physics_switch_turns_the_simulation_on_and_off(explorer):
    page = explorer.page
    assert page.evaluate("window.civickg.network.physics.physicsEnabled") is False
    page.locator("#physics").check()
    assert page.evaluate("window.civickg.network.physics.physicsEnabled") is True
    page.locator("#physics").uncheck()
    assert page.evaluate("window.civickg.network.physics.physicsEnabled") is False


def test_a_capped_page_says_so_and_still_reaches_every_entity(browser, graph, ontology, tmp_path):
    path = write_explorer(build_explorer(graph, ontology, View(max_nodes=40)), tmp_path / "capped.html")
    watched = open_explorer(browser, path)
    page = watched.page
    assert count(page, "nodes") == 40
    assert "40" in page.locator("#banner").text_content()
    # the least central entity with a fact is not drawn at first; selecting it draws its neighbourhood
    hidden, label = page.evaluate("""() => {
        const d = window.civickg.data;
        const linked = new Set(d.facts.flatMap(f => [f.s, f.o]));
        const [id, e] = Object.entries(d.entities).filter(([id]) => linked.has(id))
            .sort((a, b) => b[1].rank - a[1].rank)[0];
        return [id, e.zh];
    }""")
    assert page.evaluate("(id) => window.civickg.nodes.get(id)", hidden) is None
    page.locator("#search").fill(label)
    page.locator("#search").press("Enter")
    assert page.evaluate("(id) => window.civickg.nodes.get(id)", hidden) is not None
    assert page.locator("#panel .entity-name").text_content() == label
    assert 1 < count(page, "nodes") < 40
    page.locator("#show-whole").click()
    assert count(page, "nodes") == 40
    page.locator("#draw-all").click()
    assert count(page, "nodes") == len(linked(page))
    assert watched.problems() == []
    page.close()


def meets(a: list[float], b: list[float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def label_clashes(boxes: dict) -> list[tuple[str, str]]:
    """Labels over another label, or over a node other than their own."""
    found = [(a["id"], b["id"]) for a, b in itertools.combinations(boxes["labels"], 2) if meets(a["box"], b["box"])]
    found += [(a["id"], n["id"]) for a in boxes["labels"] for n in boxes["nodes"]
              if a["id"] != n["id"] and meets(a["box"], n["box"])]
    return found


def test_the_first_view_labels_the_central_entities_and_no_label_covers_another(explorer):
    page = explorer.page
    first = page.evaluate("window.civickg.labelBoxes()")
    names = {b["id"] for b in first["labels"]}
    assert "jinan-civil-affairs-bureau" in names and len(names) >= 10
    assert label_clashes(first) == []
    for box in first["labels"]:                     # drawn at the planned screen size, 14 px text
        assert box["box"][3] - box["box"][1] == pytest.approx(18, abs=0.5)
    page.evaluate("window.civickg.network.moveTo({scale: 1.0, animation: false})")
    closer = page.evaluate("window.civickg.labelBoxes()")
    assert names <= {b["id"] for b in closer["labels"]} and len(closer["labels"]) > len(names)
    assert label_clashes(closer) == []


def test_unlinked_entities_are_listed_per_article_and_filterable(explorer):
    page = explorer.page
    box = page.locator("#unlinked-box")
    assert "41" in box.locator("#unlinked-title").text_content()
    assert "济南市历城区山大路街道" in box.locator(".group-title").first.text_content()
    page.locator("#unlinked-filter").fill("财源")
    visible = [b.text_content() for b in box.locator("li:visible button").all()]
    assert visible == ["财源建设"]
    box.locator("li:visible button").click()
    assert page.locator("#panel .entity-name").text_content() == "财源建设"


def test_the_welcome_panel_appears_once(browser, explorer_file):
    watched = open_explorer(browser, explorer_file)
    page = watched.page
    welcome = page.locator("#welcome")
    assert welcome.is_visible() and "中华慈善奖" in welcome.text_content()
    page.locator("#lang-en").click()
    assert "China Charity Award" in welcome.text_content()
    page.locator("#welcome-dismiss").click()
    assert not welcome.is_visible()
    page.reload()
    page.wait_for_selector("html[data-drawn='true']", state="attached")
    assert not page.locator("#welcome").is_visible()
    assert watched.problems() == []
    page.close()


def test_a_shared_link_opens_the_same_view(browser, explorer_file, explorer):
    page = explorer.page
    page.evaluate("window.civickg.selectEntity('anqing-studio')")
    page.locator('#panel button[data-action="focus2"]').click()
    page.locator('#legend input[data-class="Indicator"]').uncheck()
    page.locator("#lang-en").click()
    page.locator('button[data-article="shandalu-subdistrict-2023"]').click()
    fragment = page.evaluate("location.hash.slice(1)")
    assert "entity=anqing-studio" in fragment and "article=shandalu-subdistrict-2023" in fragment
    before = page.evaluate("[window.civickg.nodes.getIds().sort(), window.civickg.state.lang]")
    shared = open_explorer(browser, explorer_file, fragment=fragment)
    other = shared.page
    assert other.evaluate("[window.civickg.nodes.getIds().sort(), window.civickg.state.lang]") == before
    assert other.evaluate("window.civickg.network.getSelectedNodes()") == ["anqing-studio"]
    assert other.evaluate("window.civickg.state.focus") == {"id": "anqing-studio", "depth": 2}
    assert not other.locator('#legend input[data-class="Indicator"]').is_checked()
    assert other.locator("#panel .entity-name").text_content() == "Anqing Studio"
    assert other.locator("#reader-title").text_content().startswith("Shandalu Subdistrict")
    assert shared.problems() == []
    other.close()


def test_an_article_highlights_its_mentions_and_a_mention_selects_its_entity(explorer):
    page = explorer.page
    item = page.locator('button[data-article="jinan-civil-affairs-2024"]')
    assert "济南民政开启“加速度”" in item.text_content() and "2024" in item.text_content()
    assert "已审核" in item.text_content() and "个实体" in item.text_content()
    item.click()
    reader = page.locator("#reader")
    assert reader.is_visible() and "济南民政开启" in reader.locator("#reader-title").text_content()
    mention = reader.locator('.mention[data-entity="wang-yong"]').first
    assert mention.text_content() == "王勇"
    mention.click()
    assert page.evaluate("window.civickg.network.getSelectedNodes()") == ["wang-yong"]
    assert "selected" in mention.get_attribute("class")
    seen = page.locator("#panel ul.mentions")
    assert "王勇获评第十二届“中华慈善奖”" in seen.text_content()
    assert "济南民政开启“加速度”" in seen.locator(".source").first.text_content()


def test_keyboard_alone_finds_who_received_the_china_charity_award(explorer):
    page = explorer.page
    page.locator("body").focus()
    for _ in range(12):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "search":
            break
    assert page.evaluate("document.activeElement.id") == "search"
    page.keyboard.type("中华慈善奖")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.className") == "entity-name"
    facts = page.locator("#panel ul.facts").first
    assert "王勇 —获得→ 中华慈善奖" in facts.text_content()
    assert "王勇获评第十二届“中华慈善奖”" in facts.locator("blockquote").all_text_contents()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('#panel') !== null")
    page.keyboard.press("Escape")
    assert not page.locator("#panel").is_visible()


def test_three_keys_reach_the_sentence_that_says_who_received_the_china_charity_award(explorer):
    """The issue's test of the first screen: "/" to search, the name, Enter; the quote is then on screen."""
    page = explorer.page
    page.locator("body").focus()
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.id") == "search"
    page.keyboard.type("中华慈善奖")
    page.keyboard.press("Enter")
    quote = page.locator("#panel ul.facts blockquote", has_text="王勇获评第十二届“中华慈善奖”").first
    assert quote.is_visible()
    page.locator("#search").focus()
    page.keyboard.press("/")  # in a text field "/" is a character, not the shortcut
    assert page.locator("#search").input_value() == "中华慈善奖/"


def test_a_phone_sized_screen_gets_a_drawer_and_large_targets(browser, explorer_file):
    watched = open_explorer(browser, explorer_file, viewport={"width": 390, "height": 844})
    page = watched.page
    assert not page.locator("#sidebar").is_visible()
    page.locator("#menu").click()
    assert page.locator("#sidebar").is_visible() and page.locator("#menu").get_attribute("aria-expanded") == "true"
    small = page.evaluate("""() => [...document.querySelectorAll('button, input, a, [role=option]')]
        .filter(e => e.offsetParent && !e.classList.contains('mention'))
        .map(e => [e.id || e.textContent, e.getBoundingClientRect()])
        .filter(([, r]) => r.width < 24 || r.height < 24).map(([n, r]) => n + ' ' + r.width + 'x' + r.height)""")
    assert small == []
    assert watched.problems() == []
    page.close()


def test_the_first_picture_comes_before_vis_network_and_a_click_on_it_hands_over(browser, explorer_file):
    watched = open_explorer(browser, explorer_file, network=False)
    page = watched.page
    assert page.evaluate("[typeof window.vis, window.civickg.network, document.documentElement.dataset.network]") == [
        "undefined", None, None]
    assert page.locator("script[src]").count() == 0                  # vis-network's text is still unparsed
    assert drawn_pixels(page, "#picture") > 5_000
    first = page.evaluate("window.civickg.labelBoxes()")
    assert "jinan-civil-affairs-bureau" in {b["id"] for b in first["labels"]} and label_clashes(first) == []
    assert "171 / 212" in page.locator("#status").text_content()
    before = page.evaluate("window.civickg.view()")
    page.locator("#welcome-dismiss").click()
    assert page.evaluate("document.documentElement.dataset.network") is None
    x, y = node_point(page, "wang-yong")
    # here the press, not the pointer passing over the picture, starts the load: vis-network is then made and
    # ready while the button is still down, the moment a visitor's click is most easily lost
    page.evaluate("window.addEventListener('pointermove', (e) => e.stopPropagation(), true)")
    page.mouse.move(x, y)
    assert page.evaluate("document.documentElement.dataset.network") is None
    page.mouse.down()
    page.evaluate("new Promise((r) => { const t = () => window.civickg.network ? r() : setTimeout(t, 10); t(); })")
    page.evaluate("new Promise((r) => { const n = window.civickg.network; n.once('afterDrawing', r); n.redraw(); })")
    assert page.evaluate("document.documentElement.dataset.network") == "loading"   # it waits for the release
    assert page.locator("#picture").is_visible()
    page.mouse.up()
    page.wait_for_selector("html[data-network='ready']", state="attached")
    assert page.evaluate("window.civickg.network.getSelectedNodes()") == ["wang-yong"]
    assert page.locator("#panel .entity-name").text_content() == "王勇"
    assert page.evaluate("window.civickg.view()") == pytest.approx(before)   # the same view, now vis-network's
    assert not page.locator("#picture").is_visible()
    assert drawn_pixels(page) > 5_000
    assert count(page, "nodes") == len(linked(page))
    assert watched.problems() == []
    page.close()


def test_a_panel_opening_or_a_window_resizing_keeps_the_view_of_vis_network(browser, explorer_file):
    watched = open_explorer(browser, explorer_file)
    page = watched.page
    page.locator("#welcome-dismiss").click()
    settle = "new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))"
    page.evaluate(settle)
    assert not page.locator("#panel").is_visible()
    before = page.evaluate("window.civickg.view()")
    width = page.evaluate("document.getElementById('network').clientWidth")
    x, y = node_point(page, "wang-yong")
    page.mouse.click(x, y)
    assert page.locator("#panel .entity-name").text_content() == "王勇"
    page.evaluate(settle)                                            # the canvas's resize has been seen
    assert page.evaluate("document.getElementById('network').clientWidth") < width - 100
    assert page.evaluate("window.civickg.view()") == pytest.approx(before)   # narrower, not rescaled
    page.set_viewport_size({"width": 1100, "height": 800})
    page.evaluate(settle)
    assert page.evaluate("window.civickg.view()") == pytest.approx(before)
    assert page.evaluate("window.civickg.network.canvas.frame.canvas.clientWidth") == page.evaluate(
        "document.getElementById('network').clientWidth")          # and it drew into the new size
    assert watched.problems() == []
    page.close()


def test_a_search_before_vis_network_is_loaded_hands_over_with_that_selection(browser, explorer_file):
    watched = open_explorer(browser, explorer_file, network=False)
    page = watched.page
    page.locator("#search").fill("中华慈善奖")
    assert page.evaluate("window.civickg.network") is None           # typing alone does not need the graph library
    page.locator("#search").press("Enter")
    assert page.locator("#panel .entity-name").text_content() == "中华慈善奖"
    page.wait_for_selector("html[data-network='ready']", state="attached")
    assert page.evaluate("window.civickg.network.getSelectedNodes()") == ["china-charity-award"]
    view = page.evaluate("window.civickg.view()")
    node = page.evaluate("window.civickg.network.getPositions(['china-charity-award'])['china-charity-award']")
    assert (view["x"], view["y"]) == pytest.approx((node["x"], node["y"]), abs=1)   # centred on it (vis rounds)
    assert view["scale"] >= 1.1
    assert watched.problems() == []
    page.close()
