"""The review command: check a drafted article in the browser and save the curated annotation file."""

from __future__ import annotations

import argparse
import os
from urllib.parse import quote

from civickg.cli.common import literal, project_of, stderr
from civickg.errors import CivicError


def register(sub: argparse._SubParsersAction) -> None:
    """Add review."""
    p = sub.add_parser("review", help="review drafted annotations in the browser (accept, fix, add, save)",
                       description="Serve a local page that lists the articles with their review progress and "
                                   "shows one article's text with every drafted mention highlighted: accept, "
                                   "reject, edit, link to a known entity, merge, add entities, facts and figures "
                                   "from a selection. Every change is checked as the build checks it; saving "
                                   "writes graph/annotations/<article>.yaml in place (comments kept, the previous "
                                   "version as .yaml.bak) with the reviewer's name and date on each checked item.",
                       epilog="then: civickg build && civickg validate   (see docs/review.md)")
    p.add_argument("article", nargs="?", metavar="ARTICLE", help="open this article (default: the list of articles)")
    p.add_argument("--port", type=int, default=8010, help="port (default 8010)")
    p.add_argument("--host", default="127.0.0.1",
                   help="address to bind (default 127.0.0.1: this machine only; any other needs --token)")
    p.add_argument("--token", default=os.environ.get("CIVICKG_REVIEW_TOKEN", ""),
                   help="a secret every request must carry (default $CIVICKG_REVIEW_TOKEN); needed off 127.0.0.1")
    p.add_argument("--reviewer", default=os.environ.get("CIVICKG_REVIEWER", ""),
                   help="the reviewer's name written on checked items (default $CIVICKG_REVIEWER; the page asks)")
    p.set_defaults(handler=cmd_review)


def cmd_review(args: argparse.Namespace) -> int:
    from civickg.review.app import ReviewSettings, serve
    from civickg.review.service import NotFound, Review

    project = project_of(args)
    if args.article:
        try:
            Review(project).path(args.article)
        except NotFound as exc:
            raise CivicError(str(exc), hint="civickg ingest the article first, or pick one from the list") from None
    host = args.host if ":" not in args.host else f"[{args.host}]"
    query = [f"article={quote(args.article)}"] if args.article else []
    query += [f"token={quote(args.token)}"] if args.token else []
    url = f"http://{host}:{args.port}/" + (f"?{'&'.join(query)}" if query else "")
    stderr.print(f"civickg review: open [bold]{literal(url)}[/] (Ctrl+C to stop)", highlight=False, soft_wrap=True)
    try:
        serve(ReviewSettings(root=project, reviewer=args.reviewer, token=args.token), host=args.host, port=args.port)
    except OSError as exc:
        raise CivicError(f"cannot serve on {args.host}:{args.port}: {exc.strerror or exc}",
                         hint="choose another --port") from None
    return 0


__all__ = ["register"]
