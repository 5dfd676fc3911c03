"""The files the explorer page is made from: vis-network (shipped with pyvis), our script, style and settings."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from importlib import resources
from pathlib import Path
from typing import Any

import pyvis

VIS_DIR = Path(pyvis.__file__).parent / "lib" / "vis-9.1.2"


def sha256_base64(text: str) -> str:
    return base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def text_resource(folder: str, name: str) -> str:
    return resources.files("civickg.explore").joinpath(folder, name).read_text(encoding="utf-8")


def json_resource(name: str) -> dict[str, Any]:
    return json.loads(text_resource("static", name))



#: The vis-network style rules the page uses (the tooltip and the overlay); the rest of its style sheet is
#: for navigation buttons, the editor and the configurator the page turns off (200 KB of inlined icons).
VIS_RULES = ("div.vis-tooltip", ".vis-overlay", ".vis-active")


def vis_css() -> str:
    """vis-network's style rules for :data:`VIS_RULES`, in the order of its style sheet."""
    text = re.sub(r"/\*.*?\*/", "", (VIS_DIR / "vis-network.css").read_text(encoding="utf-8"), flags=re.S)
    rules = re.findall(r"([^{}]+)\{([^{}]*)\}", text)
    return "\n".join(f"{sel.strip()}{{{body.strip()}}}" for sel, body in rules if sel.strip() in VIS_RULES)
