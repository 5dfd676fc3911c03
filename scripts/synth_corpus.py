"""Generate a synthetic civic corpus (texts, metadata and annotations) that goes through the real build.

    .venv/bin/python scripts/synth_corpus.py --articles 100 --out /tmp/synth100
    .venv/bin/civickg --root /tmp/synth100 build

Each article reads like the genre: a title naming a subdistrict, a byline, a nested place chain
(province ▸ city ▸ district ▸ subdistrict ▸ community), a government body and a party committee, a person
who received an award, an event the body took part in, a project a community carries out, and two
indicators with value, unit and year-on-year change. Every entity, fact and figure has a verbatim quote
at a real offset of the generated text. Provinces, cities, districts, awards, events and indicators are
shared between articles (declared once, in the first article that names them), so the graph is connected
as a real corpus is. The same --seed gives byte-identical files.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SYLLABLES = list("安宁和平康乐泰兴华明德善仁义礼智信丰顺昌盛源清远春晖阳光新城东西南北山河湖海林泉石桥")
SURNAMES = ("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜"
            "戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文")
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲芬燕彬鹏辉建国志远"
PROJECT_KINDS = ("暖心食堂", "邻里驿站", "红色物业", "幸福课堂", "银龄互助", "文明实践", "便民服务", "阳光助残")
INDICATORS = (("fiscal-revenue", "财源建设", "fiscal revenue", "亿元"),
              ("investment", "固定资产投资", "fixed-asset investment", "亿元"),
              ("retail-sales", "社会消费品零售额", "retail sales", "亿元"),
              ("new-jobs", "城镇新增就业", "new urban jobs", "人"))
EVENT_KINDS = (("volunteer-forum", "志愿服务论坛", "Volunteer Service Forum", "Forum"),
               ("charity-fair", "慈善公益博览会", "Charity Fair", "Exhibition"),
               ("care-contest", "养老护理职业技能竞赛", "Elderly Care Skills Contest", "Contest"))


def pinyinish(text: str, salt: str) -> str:
    """A readable, stable ASCII id part for a generated name (a short hash: the names are synthetic)."""
    return hashlib.sha1(f"{salt}:{text}".encode()).hexdigest()[:8]


@dataclass
class Article:
    """One generated article: its text, built sentence by sentence, and its annotation."""

    id: str
    year: int
    paragraphs: list[str] = field(default_factory=list)
    entities: list[dict] = field(default_factory=list)
    mentions: list[dict] = field(default_factory=list)
    facts: list[dict] = field(default_factory=list)
    observations: list[dict] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs) + "\n"


class Corpus:
    """Pools of shared entities, and the set of ids already declared."""

    def __init__(self, seed: int, articles: int) -> None:
        self.rng = random.Random(seed)
        self.declared: set[str] = set()
        scale = max(1, articles)
        self.provinces = [self.name(2, "省") for _ in range(min(30, 2 + scale // 50))]
        self.cities = [(self.rng.randrange(len(self.provinces)), self.name(2, "市"))
                       for _ in range(min(300, 3 + scale // 10))]
        self.districts = [(self.rng.randrange(len(self.cities)), self.name(2, "区"))
                          for _ in range(min(3000, 5 + scale // 3))]
        self.awards = [f"“{self.name(2, '')}{kind}”" for kind in ("慈善奖", "志愿服务奖", "文明家庭奖", "敬老模范")
                       for _ in range(2)]

    def name(self, length: int, suffix: str) -> str:
        return "".join(self.rng.choice(SYLLABLES) for _ in range(length)) + suffix

    def person(self) -> str:
        return self.rng.choice(SURNAMES) + "".join(self.rng.choice(GIVEN) for _ in range(self.rng.randint(1, 2)))

    def entity(self, art: Article, eid: str, cls: str, zh: str, en: str, mention: str) -> str:
        """Declare ``eid`` in this article, or mention it when an earlier article declared it."""
        if eid in self.declared:
            if not any(m["id"] == eid for m in art.mentions):
                art.mentions.append({"id": eid, "quote": mention})
        else:
            self.declared.add(eid)
            art.entities.append({"id": eid, "class": cls, "zh": zh, "en": en, "mention": mention})
        return eid


def place_chain(corpus: Corpus, art: Article) -> tuple[list[str], list[str]]:
    """The nested place names of the article's first sentence, declared with partOf facts."""
    rng = corpus.rng
    d_index = rng.randrange(len(corpus.districts))
    c_index, district = corpus.districts[d_index]
    p_index, city = corpus.cities[c_index]
    province = corpus.provinces[p_index]
    subdistrict = corpus.name(2, "街道")
    community = corpus.name(2, "社区")
    chain = [province, city, district, subdistrict, community]
    sentence = "".join(chain) + "以党建引领基层治理，持续增进民生福祉。"
    art.paragraphs.append(sentence)
    keys = [f"p{p_index}", f"c{c_index}", f"d{d_index}", f"s-{art.id}", f"m-{art.id}"]
    classes = ["Province", "City", "District", "Subdistrict", "Community"]
    ids = []
    for key, cls, zh in zip(keys, classes, chain, strict=True):
        eid = f"synth-{cls.lower()}-{key}"
        ids.append(corpus.entity(art, eid, cls, zh, f"{cls} {key}", zh))
    for child, parent, a, b in zip(ids[1:], ids, chain[1:], chain, strict=False):
        art.facts.append({"s": child, "p": "partOf", "o": parent, "quote": b + a})
    return ids, chain


def bodies(corpus: Corpus, art: Article, ids: list[str], subdistrict: str) -> tuple[str, str]:
    """A government body and a party committee of the subdistrict."""
    office, committee = f"{subdistrict}办事处", f"{subdistrict}党工委"
    sentence = f"{committee}统筹全局，{office}抓好落实，推动各项工作走在前列。"
    art.paragraphs.append(sentence)
    body = corpus.entity(art, f"synth-office-{art.id}", "GovernmentBody", office, "Subdistrict office", office)
    party = corpus.entity(art, f"synth-committee-{art.id}", "PartyOrganization", committee,
                          "Subdistrict party working committee", committee)
    art.facts.append({"s": body, "p": "governs", "o": ids[3], "quote": office})
    return body, party


def award(corpus: Corpus, art: Article, community_id: str, community: str) -> None:
    """A resident who received an award."""
    rng = corpus.rng
    person, prize = corpus.person(), rng.choice(corpus.awards)
    edition = rng.randint(2, 15)
    sentence = f"{community}居民{person}获评第{edition}届{prize}，带动更多居民参与志愿服务。"
    art.paragraphs.append(sentence)
    pid = corpus.entity(art, f"synth-person-{art.id}", "Person", person, f"Resident {art.id}", person)
    aid = corpus.entity(art, f"synth-award-{pinyinish(prize, 'award')}", "Award", prize.strip("“”"),
                        f"Award {pinyinish(prize, 'award')}", prize)
    art.facts.append({"s": pid, "p": "received", "o": aid, "quote": f"{person}获评第{edition}届{prize}"})
    art.facts.append({"s": pid, "p": "locatedIn", "o": community_id, "quote": f"{community}居民{person}"})


def event(corpus: Corpus, art: Article, body: str, office: str) -> None:
    """The body took part in a shared event."""
    key, zh, en, cls = corpus.rng.choice(EVENT_KINDS)
    edition = corpus.rng.randint(1, 9)
    name = f"第{edition}届{zh}"
    sentence = f"{office}参加{name}并作交流发言。"
    art.paragraphs.append(sentence)
    eid = corpus.entity(art, f"synth-event-{key}-{edition}", cls, name, f"{en} {edition}", name)
    art.facts.append({"s": body, "p": "participatedIn", "o": eid, "quote": f"{office}参加{name}"})


def project(corpus: Corpus, art: Article, community_id: str, community: str) -> None:
    """A project the community carries out."""
    name = f"“{corpus.name(2, '')}{corpus.rng.choice(PROJECT_KINDS)}”项目"
    sentence = f"{community}推进{name}，服务辖区老年人和困难群众。"
    art.paragraphs.append(sentence)
    pid = corpus.entity(art, f"synth-project-{art.id}", "Project", name, f"Project {art.id}", name)
    art.facts.append({"s": community_id, "p": "implements", "o": pid, "quote": f"{community}推进{name}"})
    art.facts.append({"s": pid, "p": "locatedIn", "o": community_id, "quote": f"{community}推进{name}"})


def figures(corpus: Corpus, art: Article, area_id: str, subdistrict: str) -> None:
    """Two indicators of the subdistrict for the article's year, with value, unit and change."""
    rng = corpus.rng
    for key, zh, en, unit in rng.sample(INDICATORS, 2):
        value = rng.randint(2, 9000) if unit == "人" else round(rng.uniform(0.5, 99.5), 1)
        change = round(rng.uniform(0.5, 15.0), 2)
        sentence = f"{art.year}年，{subdistrict}{zh}完成{value}{unit}，同比增长{change}%。"
        art.paragraphs.append(sentence)
        iid = corpus.entity(art, f"synth-indicator-{key}", "Indicator", zh, en, zh)
        art.observations.append({"id": f"synth-obs-{art.id}-{key}", "indicator": iid, "about": area_id,
                                 "period": art.year, "value": value, "unit": unit, "change": change,
                                 "quote": f"{subdistrict}{zh}完成{value}{unit}，同比增长{change}%"})


def generate(corpus: Corpus, number: int) -> tuple[Article, dict]:
    """One article and its metadata entry."""
    art = Article(f"synth-{number:05d}", 2020 + corpus.rng.randrange(5))
    reporter = corpus.person()
    art.paragraphs.append("")  # the title, filled in once the subdistrict is known
    art.paragraphs.append(f"记者 {reporter}")
    ids, chain = place_chain(corpus, art)
    subdistrict, community = chain[3], chain[4]
    title_line = f"{subdistrict}：党建引领聚合力 为民服务暖人心"
    art.paragraphs[0] = title_line
    corpus.entity(art, f"synth-reporter-{art.id}", "Reporter", reporter, f"Reporter {art.id}", f"记者 {reporter}")
    body, _party = bodies(corpus, art, ids, subdistrict)
    award(corpus, art, ids[4], community)
    event(corpus, art, body, f"{subdistrict}办事处")
    project(corpus, art, ids[4], community)
    figures(corpus, art, ids[3], subdistrict)
    meta = {"id": art.id, "begins": title_line, "section": "合成市民生活报", "title": title_line,
            "title_en": f"Synthetic article {number}", "reporters": [reporter], "correspondents": [],
            "year": art.year}
    return art, meta


def write_project(out: Path, articles: int, seed: int) -> int:
    """Write a complete civickg project with ``articles`` generated articles; returns the number written."""
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(ROOT / "ontology", out / "ontology")
    shutil.copytree(ROOT / "graph" / "queries", out / "graph" / "queries")
    sources, annotations = out / "graph" / "sources", out / "graph" / "annotations"
    sources.mkdir(parents=True)
    annotations.mkdir(parents=True)
    shutil.copy(ROOT / "graph" / "annotations" / "annotation.schema.json", annotations)
    corpus = Corpus(seed, articles)
    for number in range(1, articles + 1):
        art, meta = generate(corpus, number)
        text = art.text
        (sources / f"{art.id}.txt").write_text(text, encoding="utf-8")
        source = {"source": f"{art.id}.txt", "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
                  "publication": {"zh": "合成市民生活报", "en": "Synthetic Civic Daily"}, "year": art.year,
                  "articles": [meta]}
        (sources / f"{art.id}.yaml").write_text(yaml.safe_dump(source, allow_unicode=True, sort_keys=False),
                                                encoding="utf-8")
        doc = {"article": art.id, "entities": art.entities, "facts": art.facts, "observations": art.observations}
        if art.mentions:
            doc["mentions"] = art.mentions
        body = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=1000)
        (annotations / f"{art.id}.yaml").write_text("# yaml-language-server: $schema=./annotation.schema.json\n"
                                                    + body, encoding="utf-8")
    return articles


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100, help="how many articles (default 100)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0): same seed, same bytes")
    parser.add_argument("--out", type=Path, required=True, help="the project folder to write (replaced)")
    args = parser.parse_args()
    if args.articles < 1:
        parser.error("--articles must be at least 1")
    written = write_project(args.out, args.articles, args.seed)
    print(f"wrote {written} articles to {args.out} (seed {args.seed}); build it with "
          f"`civickg --root {args.out} build`")
    return 0


if __name__ == "__main__":
    sys.exit(main())
