"""civickg review's JSON API on a copy of the project with a drafted article, served by the real command.

One reviewer's session runs in order: accept, reject, link, add from a selection, add a fact, save; then
``civickg build`` and ``civickg validate`` pass and the graph holds exactly those changes with the reviewer's
name and date. Also: a stale save gets 409, an invalid edit is refused with its reason, comments survive.
"""

from __future__ import annotations

import datetime
import subprocess
import sys

import httpx
import pytest
from rdflib import Dataset, Literal
from rdflib.namespace import RDF, RDFS

from civickg.namespaces import ARTICLE, CID, CIVIC, SDO
from tests.draft_support import DRAFTED, draft_project
from tests.review_support import REVIEWER, reviewing

COMMENT = "# checked against the printed page: the canteen opens next month"
http = httpx.Client(timeout=300)


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    project = draft_project(tmp_path_factory.mktemp("review"))
    path = project.annotations / f"{DRAFTED}.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("entities:\n", f"{COMMENT}\nentities:\n", 1), encoding="utf-8")
    return project


@pytest.fixture(scope="module")
def base(project):
    with reviewing(project.root, "--reviewer", REVIEWER) as url:
        yield url


def article(base: str) -> dict:
    answer = http.get(f"{base}/api/articles/{DRAFTED}")
    assert answer.status_code == 200, answer.text
    return answer.json()


def key_of(data: dict, section: str, **fields: str) -> str:
    return next(i["key"] for i in data["items"] if i["section"] == section
                and all(i["fields"].get(k) == v for k, v in fields.items()))


def post(base: str, route: str, body: dict) -> httpx.Response:
    return http.post(f"{base}/api/articles/{DRAFTED}/{route}", json=body)


def test_the_list_shows_each_article_with_its_progress(base):
    rows = {r["id"]: r for r in http.get(f"{base}/api/articles").json()}
    assert rows[DRAFTED]["progress"]["status"] == "draft"
    assert rows[DRAFTED]["progress"]["reviewed"] == 0 < rows[DRAFTED]["progress"]["items"]
    assert rows["jinan-civil-affairs-2024"]["progress"]["status"] == "curated"
    assert rows["jinan-civil-affairs-2024"]["title"] == "济南民政开启“加速度”，多项工作走在前"


def test_an_article_comes_with_its_text_and_where_each_item_is(base):
    data = article(base)
    dongli = next(i for i in data["items"] if i["fields"].get("id") == "dongli-qu")
    assert (dongli["section"], dongli["status"], dongli["confidence"]) == ("entities", "draft", 0.9)
    assert data["text"][dongli["start"]:dongli["end"]] == "东丽区"
    fact = next(i for i in data["items"] if i["section"] == "facts" and i["fields"]["s"] == "huaming-jiedao")
    assert data["text"][fact["start"]:fact["end"]] == fact["fields"]["quote"] == "东丽区华明街道"
    assert {"name": "PersonGroup", "zh": "人群", "en": "person group"} in data["classes"] or \
        any(c["name"] == "PersonGroup" for c in data["classes"])


def test_search_finds_known_entities_by_chinese_or_english_name_with_class_and_articles(base):
    hits = http.get(f"{base}/api/entities", params={"q": "社区大党委", "article": DRAFTED}).json()
    assert hits[0]["id"] == "community-grand-party-committees"
    assert hits[0]["classes"] == ["PartyOrganization"]
    assert "shandalu-subdistrict-2023" in hits[0]["elsewhere"]
    english = http.get(f"{base}/api/entities", params={"q": "elderly people"}).json()
    assert english[0]["id"] == "elderly-people" and english[0]["zh"] == "老年群体"
    own = http.get(f"{base}/api/entities", params={"q": "东丽区", "article": DRAFTED}).json()
    assert all(h["id"] != "dongli-qu" for h in own)   # the article's own drafts are merged, not linked


def test_predicates_follow_the_ontology_domain_and_range(base):
    place = http.get(f"{base}/api/predicates", params={"s": "Facility", "o": "BusinessDistrict"}).json()
    assert "locatedIn" in place
    assert "recipient" not in place   # an award conferral's
    values = http.get(f"{base}/api/predicates", params={"s": "VolunteerTeam"}).json()
    assert "numberOfTeams" in values


def test_pages_are_offline_escaped_and_send_a_content_security_policy(base):
    page = http.get(f"{base}/")
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert page.headers["x-frame-options"] == "DENY"
    assert "/static/review/review.js" in page.text
    for asset in ("review.html", "review.js", "review.css"):
        text = http.get(f"{base}/static/review/{asset}").text
        assert "http://" not in text and "https://" not in text and "innerHTML" not in text
    assert http.get(f"{base}/api/articles").headers["content-security-policy"]
    form = http.post(f"{base}/api/articles/{DRAFTED}/save", data={"version": "x"})
    assert form.status_code == 415
    rebound = http.get(f"{base}/api/articles", headers={"host": "review.example.org"})
    assert rebound.status_code == 403 and "only to 127.0.0.1 and localhost" in rebound.json()["error"]


def test_an_invalid_edit_is_refused_with_its_reason_and_nothing_is_written(base, project):
    path = project.annotations / f"{DRAFTED}.yaml"
    before = path.read_bytes()
    data = article(base)
    key = key_of(data, "entities", id="dongli-qu")
    answer = post(base, "save", {"version": data["version"], "reviewer": REVIEWER,
                                 "actions": [{"op": "edit", "key": key, "fields": {"id": "Dongli District"}}]})
    assert answer.status_code == 422
    problem = answer.json()["problems"][0]
    assert problem["key"] == key and "'Dongli District' does not match" in problem["message"]
    assert path.read_bytes() == before
    quote = post(base, "check", {"version": data["version"], "actions": [
        {"op": "add-entity", "id": "x", "class": "Place", "zh": "x", "en": "x", "start": 5, "end": 5000}]})
    assert "is not inside the article's text" in quote.json()["problems"][0]["message"]
    # Only the SHACL shapes see this one: 华明街道 is part of 东丽区, so 东丽区 is a place and cannot be an award.
    clash = [{"op": "edit", "key": key, "fields": {"class": "Award"}}]
    for route in ("check", "save"):
        answer = post(base, route, {"version": data["version"], "reviewer": REVIEWER, "actions": clash})
        problems = answer.json()["problems"]
        assert [(p["check"], p["key"]) for p in problems] == [("shacl", key)], problems
        assert "https://civickg.org/id/dongli-qu is both a https://civickg.org/ontology/Place and a " \
               "https://civickg.org/ontology/Award" in problems[0]["message"]
    assert path.read_bytes() == before


def test_a_review_session_reaches_the_graph_with_the_reviewer(base, project):
    data = article(base)
    text = data["text"]
    path = project.annotations / f"{DRAFTED}.yaml"
    before = path.read_bytes()
    start = text.index("新就业形态劳动者")
    quote = "更针对外卖骑手、快递员等新就业形态劳动者推出高性价比优惠餐食"
    actions = [
        {"op": "accept", "key": key_of(data, "entities", id="dongli-qu")},
        {"op": "reject", "key": key_of(data, "entities", id="renyuanpeixun")},
        {"op": "link", "key": key_of(data, "entities", id="shequ-dangwei"),
         "target": "community-grand-party-committees"},
        {"op": "add-entity", "id": "new-employment-workers", "class": "PersonGroup", "zh": "新就业形态劳动者",
         "en": "Workers in new forms of employment", "start": start, "end": start + len("新就业形态劳动者")},
        {"op": "add-fact", "s": "diyi-shequ-huimin-shitang", "p": "serves",
         "o": "xin-jiuye-xingtai-laodongzhe", "start": text.index(quote), "end": text.index(quote) + len(quote)},
    ]
    checked = post(base, "check", {"version": data["version"], "actions": actions})
    assert checked.status_code == 200 and checked.json()["problems"] == []
    assert path.read_bytes() == before   # a check writes nothing
    first_day = datetime.date.today().isoformat()
    saved = post(base, "save", {"version": data["version"], "reviewer": REVIEWER, "actions": actions})
    last_day = datetime.date.today().isoformat()
    assert saved.status_code == 200, saved.text
    assert saved.json()["version"] != data["version"]
    written = path.read_text(encoding="utf-8")
    day = first_day if f'reviewed_on: "{first_day}"' in written else last_day   # a save at midnight
    assert COMMENT in written and written.startswith("# yaml-language-server: $schema=./annotation.schema.json\n")
    assert path.with_name(path.name + ".bak").read_bytes() == before
    assert "renyuanpeixun" not in written and "id: shequ-dangwei" not in written
    assert f"    reviewed_by: {REVIEWER}\n    reviewed_on: \"{day}\"\n" in written
    assert "  - id: new-employment-workers\n    class: PersonGroup\n    zh: 新就业形态劳动者\n" in written
    _built_and_valid(project)
    _in_the_graph(project, day)


def _built_and_valid(project) -> None:
    for command in (["build"], ["validate"]):
        run = subprocess.run([sys.executable, "-m", "civickg", "--root", str(project.root), *command],
                             capture_output=True, text=True)
        assert run.returncode == 0, run.stdout + run.stderr


REVIEWED = f"""
PREFIX civic: <{CIVIC}>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
SELECT DISTINCT ?s ?p ?o ?quote ?who ?when WHERE {{ GRAPH ?g {{
  ?ev a civic:Evidence ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; civic:quote ?quote ;
      civic:reviewStatus civic:reviewed ; prov:wasAttributedTo ?agent ; dcterms:date ?when .
  ?agent rdfs:label ?who }} }}
"""


def _in_the_graph(project, day: str) -> None:
    """Exactly the statements the reviewer checked or added are reviewed, by Li Hua on the day of the save; the
    rest is gone."""
    dataset = Dataset()
    dataset.parse(project.build / "civickg.trig", format="trig")
    rows = {(r.s, r.p, r.o, str(r.quote), str(r.who), str(r.when)) for r in dataset.query(REVIEWED)}
    article = ARTICLE[DRAFTED]
    assert rows == {(s, p, o, quote, REVIEWER, day) for s, p, o, quote in [
        (CID["dongli-qu"], RDF.type, CIVIC.District, "东丽区"),
        (article, SDO.mentions, CID["dongli-qu"], "东丽区"),
        (CID["new-employment-workers"], RDF.type, CIVIC.PersonGroup, "新就业形态劳动者"),
        (article, SDO.mentions, CID["new-employment-workers"], "新就业形态劳动者"),
        (article, SDO.mentions, CID["community-grand-party-committees"], "社区党委"),
        (CID["diyi-shequ-huimin-shitang"], CIVIC.serves, CID["xin-jiuye-xingtai-laodongzhe"],
         "更针对外卖骑手、快递员等新就业形态劳动者推出高性价比优惠餐食")]}
    subjects = set(dataset.subjects())
    assert CID["renyuanpeixun"] not in subjects and CID["shequ-dangwei"] not in subjects
    english = Literal("Workers in new forms of employment", lang="en")
    assert any(dataset.quads((CID["new-employment-workers"], RDFS.label, english, None)))


def test_a_stale_save_gets_409_and_changes_nothing(base, project):
    path = project.annotations / f"{DRAFTED}.yaml"
    data = article(base)
    key = key_of(data, "entities", id="huaming-jiedao")
    first = post(base, "save", {"version": data["version"], "reviewer": REVIEWER,
                                "actions": [{"op": "accept", "key": key}]})
    assert first.status_code == 200
    after = path.read_bytes()
    stale = post(base, "save", {"version": data["version"], "reviewer": "Wang Fang",
                                "actions": [{"op": "reject", "key": key}]})
    assert stale.status_code == 409 and stale.json()["conflict"] is True
    assert "the file changed since this page read it" in stale.json()["error"]
    assert path.read_bytes() == after and b"Wang Fang" not in after


def test_binding_another_address_needs_a_token(project):
    run = subprocess.run([sys.executable, "-m", "civickg", "--root", str(project.root), "review", "--host", "0.0.0.0"],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 2
    assert "error: binding 0.0.0.0 lets other machines edit the annotation files" in run.stderr
    with reviewing(project.root, "--token", "s3cret-words") as url:
        assert http.get(f"{url}/api/articles").status_code == 401
        page = http.get(f"{url}/", params={"token": "s3cret-words"})
        assert page.status_code == 200 and "civickg_review" in page.headers["set-cookie"]
        assert http.get(f"{url}/api/articles", headers={"x-review-token": "s3cret-words"}).status_code == 200


def test_accept_above_merge_and_a_figure_from_a_selected_number_are_checked_without_writing(base, project):
    path = project.annotations / f"{DRAFTED}.yaml"
    before = path.read_bytes()
    data = article(base)
    text = data["text"]
    number = text.index("300平方米")
    actions = [
        {"op": "accept-above", "threshold": 0.85},
        {"op": "merge", "key": key_of(data, "entities", id="xin-jiuye-qunti"),
         "into": key_of(data, "entities", id="xin-jiuye-xingtai-laodongzhe")},
        {"op": "add-observation", "id": "diyi-shequ-2026-canteen-floor-area", "indicator": "shitang-jianzhumianji",
         "about": "diyi-shequ", "period": "2026", "unit": "平方米", "start": number, "end": number + 3},
    ]
    answer = post(base, "check", {"version": data["version"], "actions": actions})
    assert answer.status_code == 200 and answer.json()["problems"] == []
    items = answer.json()["items"]
    by_id = {i["fields"].get("id"): i for i in items if i["section"] in ("entities", "observations")}
    facts = {(i["fields"]["s"], i["fields"]["p"]): i for i in items if i["section"] == "facts"}
    assert facts[("diyi-shequ", "partOf")]["status"] == "reviewed"            # confidence 0.9
    assert by_id["diyi-shequ"]["status"] == "draft"                           # 0.8
    assert "xin-jiuye-qunti" not in by_id
    assert by_id["xin-jiuye-xingtai-laodongzhe"]["fields"]["aliases"] == ["新就业群体"]
    figure = by_id["diyi-shequ-2026-canteen-floor-area"]["fields"]
    assert (figure["value"], figure["quote"], figure["period"], figure["reviewed_by"]) == (300, "300", 2026, REVIEWER)
    assert path.read_bytes() == before


def test_an_article_without_a_file_is_one_line(project):
    run = subprocess.run([sys.executable, "-m", "civickg", "--root", str(project.root), "review", "no-such-article"],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 2 and run.stdout == ""
    assert run.stderr.startswith("error: no article 'no-such-article' with an annotation file in ")
    assert "civickg ingest the article first" in run.stderr and len(run.stderr.strip().splitlines()) == 1


def test_a_project_given_by_a_relative_root_is_checked_and_its_list_follows_each_edit(tmp_path, monkeypatch):
    """Review(Project(".")) as a notebook makes it: the candidate's check links to the project's real folders (it
    used to link ``ontology`` to itself), and the list's progress, kept by each file's hash, follows an edit."""
    from civickg.project import Project
    from civickg.review.service import Review

    draft_project(tmp_path / "project")
    monkeypatch.chdir(tmp_path / "project")
    review = Review(Project("."), reviewer=REVIEWER)
    data = review.article(DRAFTED)
    assert review.check(DRAFTED, data["version"], []).problems == []
    assert {"dongli-qu", "shandalu-subdistrict"} <= set(review.known_classes())   # its own and the seed's
    before = {r["id"]: r["progress"] for r in review.articles()}[DRAFTED]
    assert before["status"] == "draft" and before["reviewed"] == 0
    assert len(list((tmp_path / "project" / "build" / "cache" / "progress").glob("*.json"))) >= 3
    path = tmp_path / "project" / "graph" / "annotations" / f"{DRAFTED}.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("    confidence: 0.9\n", "    confidence: 0.9\n    status: reviewed\n", 1),
                    encoding="utf-8")
    assert {r["id"]: r["progress"] for r in review.articles()}[DRAFTED] == {**before, "reviewed": 1}
    path.write_text(text.replace("entities:\n", "entities: [\n", 1), encoding="utf-8")   # malformed: no progress
    assert {r["id"]: r["progress"] for r in review.articles()}[DRAFTED] is None
