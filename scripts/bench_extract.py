"""Benchmark the extractor: start-up, 1,000 generated articles of about 1,000 characters, and
plain jieba.posseg over the same texts. Run: python scripts/bench_extract.py [--articles N]

The two are timed in turns, a chunk of articles at a time (extract a chunk, tag the same chunk, and the other
way round for the next), so that a shared machine slowing down for a while slows both alike and the ratio
holds still."""

from __future__ import annotations

import argparse
import random
import time

PLACES = ["山东省济南市历城区山大路街道", "济南市市中区七里山街道", "青岛市黄岛区辛安街道", "淄博市张店区马尚街道",
          "烟台市芝罘区向阳街道", "潍坊市奎文区东关街道"]
COMMUNITIES = ["百合", "金桥", "东湖", "青年", "新华", "幸福", "长青", "文化"]
ORGS = ["民政局", "人力资源和社会保障局", "卫生健康委员会", "住房和城乡建设局", "司法局"]
SENTENCES = [
    "{place}健全“{slogan}”工作体系，成立{c1}社区{name}工作室、{c2}社区{name2}工作室，全面推进基层治理。",
    "{city}{org}在全省率先制定《{doc}服务规范》，印发《{doc}工作指引》。",
    "{city}推荐的慈善楷模候选对象{person}获评第{ed}届“中华慈善奖”，全市{n}个单位获评“山东慈善奖”。",
    "街道财源建设完成{v1}亿元，同比增长{p1}%。固定资产投资{v2}亿元，同比增长{p2}%。",
    "引进注册资本金5000万元以上企业{n}家，新签约落地项目{n2}个，入驻科创城{n3}余家。",
    "{c1}社区以“{slogan}”品牌成立{n}支志愿服务队，开展楼道“亮灯行动”，关注独居老人。",
    "在{c1}社区开展主题为“{slogan}”{n}分钟全科网格服务圈，在{road}路{n2}号打造党建+全科网格站。",
    "{city}第二殡仪馆被推荐为全国殡葬先进集体，多项工作成绩位居全省前列。",
    "记者了解到，{city}{org}将实施“{slogan}”工程，规范提升{n2}处长者助餐站点，业务办结率100%。",
    "在第{ed}届{city}养老护理职业技能竞赛中，{city}所派选手包揽前三名。",
    "新建街道{n4}平米党群服务中心，引进{c2}物业服务有限公司，覆盖面积达{v1}万平方米。",
]
SLOGANS = ["党建引领", "邻里守望", "红色物业", "幸福家园", "百花邻聚力", "枝蔓关情"]
PERSONS = ["王勇", "李明", "张华", "刘洋", "陈静", "赵亮"]
DOCS = ["困境儿童关爱", "社区养老", "未成年人监护", "街道社工站"]
CHUNK = 50          # articles timed in one turn


def article(rng: random.Random) -> str:
    place = rng.choice(PLACES)
    city = place[3:6] if place.startswith("山东省") else place[:3]
    parts, length = [f"{place}：党建引领 凝心为民\n记者 {rng.choice(PERSONS)} 通讯员 {rng.choice(PERSONS)}\n"], 0
    while length < 1000:
        c1, c2 = rng.sample(COMMUNITIES, 2)
        sentence = rng.choice(SENTENCES).format(
            place=place, city=city, org=rng.choice(ORGS), slogan=rng.choice(SLOGANS), c1=c1, c2=c2,
            name=rng.choice("安晴小利小田明月"), name2=rng.choice("春风秋实冬阳"), doc=rng.choice(DOCS),
            person=rng.choice(PERSONS), ed=rng.choice(["十二", "六", "3", "二十"]), n=rng.randint(2, 50),
            n2=rng.randint(10, 300), n3=rng.randint(10, 90), n4=rng.randint(300, 3000),
            v1=round(rng.uniform(1, 90), 2), v2=round(rng.uniform(1, 90), 2), p1=round(rng.uniform(0, 20), 2),
            p2=round(rng.uniform(0, 20), 1), road=rng.choice(["山大北", "经十", "历山", "和平"]))
        parts.append(sentence)
        length += len(sentence)
        if rng.random() < 0.25:
            parts.append("\n")
    return "".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=1000)
    args = parser.parse_args()
    rng = random.Random(0)
    texts = [article(rng) for _ in range(args.articles)]

    t0, c0 = time.perf_counter(), time.process_time()
    from civickg.extract.draft import extractor
    ex = extractor()
    startup = (time.perf_counter() - t0, time.process_time() - c0)

    import jieba.posseg

    def run_extract(chunk: list[tuple[int, str]]) -> None:
        for i, text in chunk:
            ex.draft(f"bench-{i}", text, None, 2024)

    def run_posseg(chunk: list[tuple[int, str]]) -> None:
        for _, text in chunk:
            jieba.posseg.lcut(text)

    totals = {run_extract: [0.0, 0.0], run_posseg: [0.0, 0.0]}
    numbered = list(enumerate(texts))
    for n, at in enumerate(range(0, len(numbered), CHUNK)):
        chunk = numbered[at:at + CHUNK]
        for run in (run_extract, run_posseg) if n % 2 == 0 else (run_posseg, run_extract):
            t0, c0 = time.perf_counter(), time.process_time()
            run(chunk)
            totals[run][0] += time.perf_counter() - t0
            totals[run][1] += time.process_time() - c0
    extract, posseg = totals[run_extract], totals[run_posseg]

    chars = sum(len(t) for t in texts)
    # on a shared machine the CPU seconds are the fairer figure: wall time also counts other processes
    print(f"{'measure':<42} {'wall':>10} {'cpu':>8}")
    print(f"{'articles (characters)':<42} {len(texts):>6} ({chars})")
    print(f"{'start-up (import, rules, dictionaries) s':<42} {startup[0]:>10.2f} {startup[1]:>8.2f}")
    print(f"{'extract, all articles s':<42} {extract[0]:>10.2f} {extract[1]:>8.2f}")
    print(f"{'jieba.posseg.lcut, same texts s':<42} {posseg[0]:>10.2f} {posseg[1]:>8.2f}")
    print(f"{'speed ratio (posseg time / extract time)':<42} {posseg[0] / extract[0]:>10.2f} "
          f"{posseg[1] / extract[1]:>8.2f}   target >= 0.5")

if __name__ == "__main__":
    main()
