"""The reviewer's actions on a Session: accept, reject, edit, link, merge, add, accept all above a confidence.

Each action is a mapping ``{"op": NAME, ...}`` as the page sends it; :func:`apply` replays a list of them.
Quotes of added items come from the selected offsets, so they are always the article's own words.
"""

from __future__ import annotations

from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import DoubleQuotedScalarString

from civickg.review.document import EDITABLE, Action, Refused, Session, placed, quote_at


def accept(session: Session, action: dict[str, Any]) -> None:
    session.mark(session.item(str(action.get("key"))))


def reject(session: Session, action: dict[str, Any]) -> None:
    """Remove an item; rejecting an entity also removes the facts and figures that need it."""
    key = str(action.get("key"))
    item = session.item(key)
    if session.section_of(key) == "entities":
        for other in session.keys_referring(str(item.get("id"))):
            if other in session.items:
                session.remove(other)
    session.remove(key)


def _value(name: str, value: Any) -> Any:
    if name == "class" and isinstance(value, list):
        seq = CommentedSeq(str(v) for v in value)
        seq.fa.set_flow_style()
        return seq
    if name == "period" and isinstance(value, str) and value.strip().isdigit():
        return int(value)
    if name in ("value", "change") and isinstance(value, str):
        try:
            number = float(value)
        except ValueError:
            return value
        return int(number) if number.is_integer() and "." not in value else number
    return value


def edit(session: Session, action: dict[str, Any]) -> None:
    """Change some fields of an item (an entity's id, class and labels; a fact's predicate ...)."""
    key = str(action.get("key"))
    item = session.item(key)
    fields = action.get("fields") or {}
    allowed = EDITABLE[session.section_of(key)]
    for name, value in fields.items():
        if name not in allowed:
            raise Refused(f"'{name}' cannot be edited here (editable: {', '.join(allowed) or 'nothing'})", key)
        if value in (None, "", []):
            raise Refused(f"'{name}' may not be empty", key)
        if name == "id" and value != item.get("id"):
            session.rename(str(item.get("id")), str(value))
        item[name] = _value(name, value)
    session.mark(item)


def link(session: Session, action: dict[str, Any]) -> None:
    """A drafted entity is one the graph already has: keep its words as a mention of that entity."""
    key, target = str(action.get("key")), str(action.get("target") or "")
    item = session.item(key)
    if session.section_of(key) != "entities" or not target:
        raise Refused("link a drafted entity to the id of an existing one", key)
    mention = CommentedMap()
    mention["id"] = target
    mention["quote"] = item.get("mention")
    if item.get("occurrence"):
        mention["occurrence"] = item["occurrence"]
    session.rename(str(item.get("id")), target)
    session.remove(key)
    session.add("mentions", mention)


def merge(session: Session, action: dict[str, Any]) -> None:
    """Two drafted entities are one: keep ``into``, add the other's name as an alias, move its references."""
    key, into = str(action.get("key")), str(action.get("into"))
    item, kept = session.item(key), session.item(into)
    if key == into or session.section_of(key) != "entities" or session.section_of(into) != "entities":
        raise Refused("merge one drafted entity into another", key)
    name = item.get("zh")
    if name and name != kept.get("zh") and name not in (kept.get("aliases") or []):
        if not isinstance(kept.get("aliases"), CommentedSeq):
            kept["aliases"] = CommentedSeq()
            kept["aliases"].fa.set_flow_style()
        kept["aliases"].append(name)
    session.rename(str(item.get("id")), str(kept.get("id")))
    session.remove(key)
    session.mark(kept)


def _required(action: dict[str, Any], *names: str) -> None:
    missing = [n for n in names if action.get(n) in (None, "")]
    if missing:
        raise Refused(f"give {', '.join(missing)}")


def add_entity(session: Session, action: dict[str, Any]) -> None:
    """A new entity named by the selected words."""
    _required(action, "id", "class", "zh", "en")
    words, occurrence = quote_at(session.text, action.get("start"), action.get("end"))
    item = CommentedMap()
    for name in ("id", "class", "zh", "en"):
        item[name] = _value(name, action[name])
    placed(item, words, occurrence, "mention")
    session.add("entities", item)


def add_fact(session: Session, action: dict[str, Any]) -> None:
    """A new fact between two entities (or with a value), supported by the selected words."""
    _required(action, "s", "p")
    if (action.get("o") in (None, "")) == (action.get("value") in (None, "")):
        raise Refused("a fact needs either an object entity or a value")
    words, occurrence = quote_at(session.text, action.get("start"), action.get("end"))
    item = CommentedMap()
    item["s"], item["p"] = action["s"], action["p"]
    if action.get("o") not in (None, ""):
        item["o"] = action["o"]
    else:
        item["value"] = _value("value", action["value"])
    placed(item, words, occurrence, "quote")
    session.add("facts", item)


def add_observation(session: Session, action: dict[str, Any]) -> None:
    """A new figure: the selected number is its value, the selection its quote unless one is given."""
    _required(action, "id", "indicator", "about", "period")
    words, occurrence = quote_at(session.text, action.get("start"), action.get("end"))
    item = CommentedMap()
    item["id"], item["indicator"], item["about"] = action["id"], action["indicator"], action["about"]
    item["period"] = _value("period", action["period"])
    item["value"] = _value("value", action.get("value") or words)
    if action.get("unit"):
        item["unit"] = action["unit"]
    placed(item, words, occurrence, "quote")
    session.add("observations", item)


def accept_above(session: Session, action: dict[str, Any]) -> None:
    """Accept every drafted item whose confidence is at least ``threshold``."""
    try:
        threshold = float(action.get("threshold"))
    except (TypeError, ValueError):
        raise Refused("give a confidence between 0 and 1") from None
    for item in list(session.items.values()):
        confidence = item.get("confidence")
        if item.get("status") != "reviewed" and isinstance(confidence, (int, float)) and confidence >= threshold:
            session.mark(item)


ACTIONS: dict[str, Action] = {
    "accept": accept, "reject": reject, "edit": edit, "link": link, "merge": merge, "add-entity": add_entity,
    "add-fact": add_fact, "add-observation": add_observation, "accept-above": accept_above,
}


def apply(session: Session, actions: list[dict[str, Any]]) -> None:
    """Replay the actions in order; an action that cannot apply raises Refused with its position."""
    for number, action in enumerate(actions, 1):
        name = action.get("op") if isinstance(action, dict) else None
        if name not in ACTIONS:
            raise Refused(f"action {number}: unknown action {name!r} (known: {', '.join(ACTIONS)})")
        try:
            ACTIONS[str(name)](session, action)
        except Refused as refused:
            raise Refused(f"action {number} ({name}): {refused.reason}", refused.key) from None
    finish(session)


def finish(session: Session) -> None:
    """When a person has checked every item, the file itself is reviewed (by whom and when, after its status)."""
    doc = session.doc
    if doc.get("status") != "draft" or not session.items:
        return
    if all(item.get("status") == "reviewed" for item in session.items.values()):
        doc["status"] = "reviewed"
        at = list(doc).index("status") + 1
        for name, value in (("reviewed_by", session.reviewer), ("reviewed_on", DoubleQuotedScalarString(session.date))):
            if name in doc:
                doc[name] = value
            else:
                doc.insert(at, name, value)
            at += 1
