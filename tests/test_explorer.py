"""The explorer page as a file: structure, content, safety of the embedded data, views, determinism."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from civickg.cli import main
from civickg.errors import CivicError
from civickg.explore.page import View, build_explorer, script_json
from civickg.ontology.model import load_ontology

DATA_RE = re.compile(r'<script type="application/json" id="civickg-data">(.*?)</script>', re.S)


def embedded(html: str) -> dict:
    """The JSON data inside the page, parsed the way the page parses it."""
    [text] = DATA_RE.findall(html)
    return json.loads(text)


@pytest.fixture(scope="module")
def ontology(built_project):
    return load_ontology([built_project.ontology]).graph


@pytest.fixture(scope="module")
def page(graph, ontology):
    return build_explorer(graph, ontology)


def test_page_is_one_html_document_with_inlined_vis_network_and_our_script(page):
    html = page.html
    assert html.startswith("<!DOCTYPE html>")
    assert '<meta charset="utf-8">' in html
    assert "vis-network" in html and "@version 9.1.2" in html      # the copy pyvis ships, inlined
    assert "window.civickg" in html                                 # our script, inlined
    assert len(re.findall(r"^<script\b", html, re.M)) == 3         # data, vis-network, ours
    assert len(re.findall(r"^<style\b", html, re.M)) == 2
    assert "Content-Security-Policy" in html and "default-src 'none'" in html


def test_page_references_nothing_outside_itself(page):
    html = page.html
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", html, re.I)
    assert not re.search(r"url\(\s*[\"']?\s*(?:https?:)?//", html, re.I)
    assert "@import" not in html
    for trap in ("cdn.jsdelivr", "cdnjs", "bootstrap", "unpkg", "googleapis", "tom-select"):
        assert trap not in html


def test_data_holds_entities_facts_quotes_and_article_titles(page):
    data = embedded(page.html)
    node = next(n for n in data["nodes"] if n["id"] == "anqing-studio")
    assert node["label"] == "安晴工作室" and node["group"] == "Studio"
    assert {"x", "y", "size", "shape"} <= set(node)
    entity = data["entities"]["anqing-studio"]
    assert (entity["zh"], entity["en"], entity["class"]) == ("安晴工作室", "Anqing Studio", "Studio")
    located = next(f for f in data["facts"] if f["s"] == "anqing-studio" and f["p"] == "civic:locatedIn")
    assert located["o"] == "minziqian-community"
    assert ["闵子骞社区安晴工作室", "shandalu-subdistrict-2023"] in located["ev"]
    assert data["predicates"]["civic:locatedIn"] == {"zh": "位于", "en": "located in"}
    assert data["articles"]["shandalu-subdistrict-2023"]["zh"].startswith("济南市历城区山大路街道")
    edge = next(e for e in data["edges"] if e["id"] == located["id"])
    assert (edge["from"], edge["to"], edge["label"], edge["arrows"]) == (
        "anqing-studio", "minziqian-community", "位于", "to")


def test_observations_are_details_of_their_entity_not_nodes(page):
    data = embedded(page.html)
    node_ids = {n["id"] for n in data["nodes"]}
    assert "shandalu-2023-fiscal-revenue" not in node_ids
    assert not any(e.startswith("https://civickg.org/evidence/") for e in node_ids)
    fiscal = next(o for o in data["observations"] if o["id"] == "shandalu-2023-fiscal-revenue")
    assert (fiscal["area"], fiscal["ind"], fiscal["value"], fiscal["unit"], fiscal["change"], fiscal["period"]) == (
        "shandalu-subdistrict", "fiscal-revenue-construction", "8.4", "亿元", "6.92", "2023")
    assert fiscal["ev"][0][0] == "街道财源建设完成8.4亿元，同比增长6.92%"


def test_classes_have_colour_shape_and_legend_family(page):
    data = embedded(page.html)
    studio = data["classes"]["Studio"]
    assert studio["zh"] == "工作室" and studio["family"] == "Organization" and studio["shape"] == "dot"
    assert re.fullmatch(r"#[0-9a-f]{6}", studio["color"])
    assert data["classes"]["AwardCandidate"]["shape"] == "star" != studio["shape"]
    assert data["options"]["groups"]["Studio"]["shape"] == "dot"
    families = {f["key"]: f["classes"] for f in data["families"]}
    assert "Studio" in families["Organization"] and "AwardCandidate" in families["Person"]
    assert data["options"]["physics"]["enabled"] is False


def test_node_size_follows_degree_centrality(page):
    data = embedded(page.html)
    size = {n["id"]: n["size"] for n in data["nodes"]}
    assert size["shandalu-subdistrict"] > size["anqing-studio"] > min(size.values()) - 0.01
    assert max(size, key=size.get) in {"shandalu-subdistrict", "jinan-civil-affairs-bureau"}


def test_two_builds_are_byte_identical(graph, ontology, page):
    again = build_explorer(graph, ontology)
    assert again.html == page.html


def test_cli_writes_the_library_page_as_utf8(built_project, tmp_path, page):
    target = tmp_path / "a.html"
    assert main(["--root", str(built_project.root), "explore", "-o", str(target)]) == 0
    assert target.read_bytes() == page.html.encode("utf-8")


def test_focus_view_is_the_neighbourhood_and_smaller(graph, ontology, page):
    focused = build_explorer(graph, ontology, View(focus="安晴工作室", depth=1))
    ids = {n["id"] for n in embedded(focused.html)["nodes"]}
    assert ids == {"anqing-studio", "minziqian-community", "shandalu-subdistrict"}
    assert len(focused.html) < len(page.html)
    data = embedded(focused.html)
    assert data["meta"]["view"] == {"focus": "anqing-studio", "depth": 1, "classes": []}
    # facts leaving the view stay in the side panel (their far end as a stub) but are not drawn
    assert all(e["from"] in ids and e["to"] in ids for e in data["edges"])
    assert all(f[end] in data["entities"] or f[end] in data["stubs"] for f in data["facts"] for end in "so")
    whole = embedded(page.html)
    hub_facts = [f for f in whole["facts"] if "shandalu-subdistrict" in (f["s"], f["o"])]
    assert len([f for f in data["facts"] if "shandalu-subdistrict" in (f["s"], f["o"])]) == len(hub_facts)
    assert len(data["edges"]) < len(hub_facts)
    deeper = build_explorer(graph, ontology, View(focus="anqing-studio", depth=2))
    assert len(ids) < deeper.entity_count < page.entity_count


def test_class_view_keeps_the_classes_and_their_subclasses(graph, ontology, page):
    people = build_explorer(graph, ontology, View(classes=("Person",)))
    data = embedded(people.html)
    assert {n["id"] for n in data["nodes"]} >= {"wang-yong"}
    assert {n["group"] for n in data["nodes"]} <= {"Person", "Reporter", "Correspondent", "AwardCandidate"}
    assert len(people.html) < len(page.html) and people.entity_count < page.entity_count
    by_label = build_explorer(graph, ontology, View(classes=("工作室",)))
    assert {n["group"] for n in embedded(by_label.html)["nodes"]} == {"Studio"}


def test_english_page_opens_with_english_labels(graph, ontology):
    english = build_explorer(graph, ontology, View(lang="en"))
    data = embedded(english.html)
    assert next(n for n in data["nodes"] if n["id"] == "anqing-studio")["label"] == "Anqing Studio"
    assert '<html lang="en">' in english.html
    assert data["meta"]["lang"] == "en"


@pytest.mark.parametrize(("view", "message"), [
    (View(focus="no-such-entity"), "no entity"),
    (View(classes=("Persn",)), "did you mean Person"),
    (View(lang="fr"), "unknown language"),
])
def test_bad_views_are_refused_with_a_hint(graph, ontology, view, message):
    with pytest.raises(CivicError, match=message):
        build_explorer(graph, ontology, view)


def test_cli_reports_a_bad_focus_in_one_line(built_project, tmp_path, capsys):
    code = main(["--root", str(built_project.root), "explore", "--focus", "nobody", "-o", str(tmp_path / "x.html")])
    assert code == 2
    assert "no entity 'nobody'" in capsys.readouterr().err
    assert not (tmp_path / "x.html").exists()


def test_embedded_json_cannot_close_the_script_element():
    hostile = {"label": "</script><script>alert(1)</script>", "quote": "<!-- <img src=x onerror=alert(2)> & \u2028"}
    text = script_json(hostile)
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == hostile


def test_another_process_in_the_c_locale_writes_the_same_utf8_bytes(built_project, tmp_path, page):
    target = tmp_path / "c.html"
    env = {"PATH": "/usr/bin:/bin", "LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONIOENCODING": "ascii",
           "PYTHONHASHSEED": "12345"}
    subprocess.run([sys.executable, "-m", "civickg", "--root", str(built_project.root), "explore", "-o", str(target)],
                   check=True, env=env, capture_output=True, cwd=Path(built_project.root))
    assert "闵子骞社区安晴工作室" in target.read_bytes().decode("utf-8")
    assert target.read_bytes() == page.html.encode("utf-8")


def test_the_label_plan_never_puts_a_label_over_a_node_or_another_label(page):
    from civickg.explore.layout import LABEL_SCALES, boxes_meet, label_box, node_box
    from civickg.explore.vis import label_px
    data = embedded(page.html)
    where = {n["id"]: n for n in data["nodes"]}
    ends = {e["from"] for e in data["edges"]} | {e["to"] for e in data["edges"]}
    for lang in ("zh", "en"):
        plan = data["labels"][lang]
        assert set(plan) <= ends and "jinan-civil-affairs-bureau" in plan
        for scale in LABEL_SCALES:
            shown = [i for i in plan if plan[i] <= scale]
            boxes = {i: label_box(where[i]["x"], where[i]["y"], where[i]["size"],
                                  label_px(data["entities"][i][lang], data["meta"]["labels"]["font"]), scale)
                     for i in shown}
            for a in shown:
                assert not [b for b in shown if b != a and boxes_meet(boxes[a], boxes[b])], (lang, scale, a)
                assert not [n for n in ends if n != a and boxes_meet(boxes[a], node_box(where[n]["x"],
                            where[n]["y"], where[n]["size"]))], (lang, scale, a)


def test_articles_carry_their_text_and_mention_offsets(page):
    data = embedded(page.html)
    art = data["articles"]["jinan-civil-affairs-2024"]
    assert art["zh"] == "济南民政开启“加速度”，多项工作走在前" and art["year"] == "2024"
    assert art["publisher"]["zh"] == "济南底气 · 2024济南市两会特别策划"
    spans = {(art["text"][s:e], ent) for s, e, ent in art["mentions"]}
    assert ("“中华慈善奖”", "china-charity-award") in spans
    assert any("王勇" in text for text, ent in spans if ent == "wang-yong")


def test_the_header_has_its_words_before_any_script_runs(graph, ontology, page):
    header = page.html[page.html.index('<header id="topbar">'):page.html.index("</header>")]
    assert '<h1 id="page-title">civickg 市民生活知识图谱</h1>' in header
    assert '<span id="counts">212 个实体 · 207 条事实</span>' in header
    assert 'data-i18n="fit">适应窗口</button>' in header and 'data-i18n="menu">菜单</button>' in header
    english = build_explorer(graph, ontology, View(lang="en")).html
    assert 'data-i18n="fit">Fit</button>' in english and 'data-i18n="reset">Reset view</button>' in english
    assert embedded(page.html)["ui"]["en"]["welcome2"].startswith("Try: search for “China Charity Award”")


def test_the_policy_runs_our_script_by_hash_and_vis_network_only_from_a_blob(page):
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', page.html).group(1)
    assert re.fullmatch(r"default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
                        r"script-src 'sha256-[A-Za-z0-9+/=]{44}' blob:", policy)
    assert re.search(r'<script type="text/plain" id="vis-network-src">/\*\*', page.html)
    styles = "".join(re.findall(r"<style>(.*?)</style>", page.html, re.S))
    assert "div.vis-tooltip{" in styles and "vis-navigation" not in styles   # only the rules the page uses
