"""The files the explorer page is made from: vis-network (shipped with pyvis), our script, style and settings."""

from __future__ import annotations

import base64
import hashlib
import json
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

