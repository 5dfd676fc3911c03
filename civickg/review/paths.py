"""Where the review page and its script and style are."""

from pathlib import Path

PACKAGE = Path(__file__).parent
STATIC = PACKAGE / "static"
PAGE = STATIC / "review.html"
