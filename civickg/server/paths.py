"""Where the server's templates and static files are."""

from pathlib import Path

PACKAGE = Path(__file__).parent
TEMPLATES = PACKAGE / "templates"
STATIC = PACKAGE / "static"
