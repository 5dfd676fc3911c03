"""Bring gold annotations up to ontology 0.3.0: two mechanical mappings, applied to every gold file alike.

**Posts.**
Before 0.3.0 the ontology had no property for a person's post, so the gold files say it in the person's
``note`` (``Deputy director (副局长) of …``) and print it in the ``mention`` (``市金融局副局长刘东升``).
0.3.0 declares ``org:headOf`` and ``org:memberOf``. For every ``Person`` entity this script finds

- a post: a Chinese word in parentheses in the note that the mention contains, right before or right after
  the person's name;
- a body: a gold entity (not a person or group of people) whose label or an alias is what the mention
  prints before the post and name, in full;

and adds one fact ``person org:headOf body`` (the person leads it) or, for a deputy or a member (a post
that starts with 副, or ends with 委员, 成员, 代表, 队员 or 理事), ``person org:memberOf body``, quoting the
mention.

**Hosts.** Before 0.3.0 there was no property for who hosts an event, so a body that convened one (召开,
主办, 举办, 承办, 合办) was annotated as taking part in it (``participatedIn``) with a quote that prints the
verb right before the event's name. 0.3.0 declares ``civic:hosted``: each such fact gets a ``hosted`` fact
beside it (same subject, object and quote; the host still takes part).

Nothing else is read or changed; a file whose facts already hold a triple is not given it again, so a second
run changes nothing. Run: python scripts/gold_ontology_030.py [FOLDER...] (default devset/gold).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
POST = re.compile(r"\(([\u4e00-\u9fff]{1,8})\)")
MEMBER_ENDINGS = ("委员", "成员", "代表", "队员", "理事")
HOST_VERBS = ("召开", "主办", "举办", "承办", "合办")
NOT_BODIES = {"Person", "PersonGroup", "Reporter", "Correspondent", "AwardCandidate"}


def _classes(entity: dict) -> set[str]:
    cls = entity.get("class")
    return {str(c).removeprefix("civic:") for c in ([cls] if isinstance(cls, str) else cls or [])}


def _bodies(entities: list[dict]) -> dict[str, str]:
    """Every label and alias of a gold entity that is not a person, → its id."""
    out: dict[str, str] = {}
    for ent in entities:
        if _classes(ent) & NOT_BODIES:
            continue
        for label in [ent.get("zh"), *(ent.get("aliases") or [])]:
            if label:
                out.setdefault(str(label), str(ent["id"]))
    return out


def post_facts(annotation: dict) -> list[dict]:
    """The org:headOf / org:memberOf facts the mapping reads from the gold's people."""
    entities = annotation.get("entities") or []
    bodies, found = _bodies(entities), []
    have = {(f.get("s"), f.get("p"), f.get("o")) for f in annotation.get("facts") or []}
    for ent in entities:
        name, mention = str(ent.get("zh", "")), str(ent.get("mention", ""))
        if "Person" not in _classes(ent) or not name or name not in mention:
            continue
        for post in POST.findall(str(ent.get("note", ""))):
            for printed in (post + name, name + post):
                body = bodies.get(mention.removesuffix(printed)) if mention.endswith(printed) else None
                if body is None:
                    continue
                member = post.startswith("副") or post.endswith(MEMBER_ENDINGS)
                triple = (str(ent["id"]), "org:memberOf" if member else "org:headOf", body)
                if triple not in have:
                    have.add(triple)
                    found.append({"s": triple[0], "p": triple[1], "o": triple[2], "quote": mention})
    return found


def host_facts(annotation: dict) -> list[dict]:
    """The civic:hosted facts beside the participatedIn facts whose quote prints a host verb before the event."""
    labels: dict[str, list[str]] = {}
    for ent in annotation.get("entities") or []:
        labels[str(ent["id"])] = [str(x) for x in [ent.get("zh"), *(ent.get("aliases") or [])] if x]
    facts = annotation.get("facts") or []
    have = {(f.get("s"), str(f.get("p", "")).removeprefix("civic:"), f.get("o")) for f in facts}
    found = []
    for fact in facts:
        if str(fact.get("p", "")).removeprefix("civic:") != "participatedIn" or "o" not in fact:
            continue
        quote = str(fact.get("quote", ""))
        if not any(verb + label in quote for verb in HOST_VERBS for label in labels.get(str(fact["o"]), [])):
            continue
        if (fact["s"], "hosted", fact["o"]) not in have:
            have.add((fact["s"], "hosted", fact["o"]))
            found.append({"s": fact["s"], "p": "hosted", "o": fact["o"], "quote": quote})
    return found


def _yaml_block(facts: list[dict]) -> str:
    lines = ["  # ---------------------------------------------------------------- posts and hosts (ontology 0.3.0, "
             "scripts/gold_ontology_030.py)"]
    for fact in facts:
        lines += [f"  - s: {fact['s']}", f"    p: {fact['p']}", f"    o: {fact['o']}", f"    quote: {fact['quote']}"]
    return "\n".join(lines) + "\n"


def migrate(path: Path) -> int:
    """Add the post and host facts to one gold file (text appended to its ``facts:`` list); how many were added."""
    text = path.read_text(encoding="utf-8")
    annotation = yaml.safe_load(text) or {}
    facts = [*post_facts(annotation), *host_facts(annotation)]
    if not facts:
        return 0
    block = _yaml_block(facts)
    after = re.search(r"^(?!facts:)[a-z_]+:", text[text.index("\nfacts:") + 1:], flags=re.M)
    if after is None:
        text = text.rstrip("\n") + "\n" + block
    else:
        cut = text.index("\nfacts:") + 1 + after.start()
        head = text[:cut].rstrip("\n") + "\n"
        text = head + block + "\n" + text[cut:]
    path.write_text(text, encoding="utf-8")
    return len(facts)


def main(argv: list[str]) -> int:
    folders = [Path(a) for a in argv] or [ROOT / "devset" / "gold"]
    for folder in folders:
        for path in sorted(folder.glob("*.yaml")):
            print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: {migrate(path)} facts added")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
