"""The review server: one page (its own HTML, JS and CSS, nothing from elsewhere) and a JSON API.

    GET  /                                  the page (the article list; ``?article=ID`` opens one)
    GET  /api/articles                      every article with its review progress
    GET  /api/articles/{id}                 the article's text, items, file version and the ontology's classes
    POST /api/articles/{id}/check           {version, actions, reviewer}: the items and problems, nothing written
    POST /api/articles/{id}/save            the same, then written in place: 200, 409 (stale version), 422
    GET  /api/entities?q=…&article=…        entities of the other articles by name or alias (zh or en), where they occur
    GET  /api/predicates?s=C1,C2&o=C3       the predicates the ontology allows between those classes (no o: values)

Every response carries the server's security headers (CSP: only this server's script and style). POSTs must be
JSON (a form on another site cannot send one). Without a token, only requests for 127.0.0.1 or localhost are
answered (a site that rebinds its name to this machine is refused). With a token, every request must carry it:
the page's first request as ``?token=…``, which sets a cookie for the rest.
"""

from __future__ import annotations

import functools
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool

from civickg.errors import CivicError
from civickg.project import Project
from civickg.review.document import Refused
from civickg.review.paths import PAGE, STATIC
from civickg.review.service import Conflict, NotFound, Review
from civickg.server.security import SecurityHeaders

COOKIE = "civickg_review"
MAX_BODY = 2_000_000
LOOPBACK = ("127.0.0.1", "localhost", "::1")


@dataclass(frozen=True)
class ReviewSettings:
    """What to review, as whom, and who may reach the server."""

    root: Project
    reviewer: str = ""
    token: str = ""
    today: str | None = None


def _authorised(request: Request, token: str) -> bool:
    given = request.query_params.get("token") or request.headers.get("x-review-token") or \
        request.cookies.get(COOKIE) or ""
    return secrets.compare_digest(given.encode(), token.encode())


def _host(request: Request) -> str:
    """The name the client asked for (the Host header without its port)."""
    host = request.headers.get("host", "")
    if host.startswith("["):
        return host[1:].split("]", 1)[0]
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def _guard(token: str) -> Callable[[Request, Callable[[Request], Awaitable[Response]]], Awaitable[Response]]:
    async def guard(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        if not token and _host(request) not in LOOPBACK:   # a page of another site reached by DNS rebinding
            return JSONResponse({"error": "this review server answers only to 127.0.0.1 and localhost"},
                                status_code=403)
        if token and not _authorised(request, token):
            return JSONResponse({"error": "this review server needs its token: open the address it printed"},
                                status_code=401)
        if request.method == "POST":
            if request.headers.get("content-type", "").split(";")[0].strip() != "application/json":
                return JSONResponse({"error": "send JSON (Content-Type: application/json)"}, status_code=415)
            if int(request.headers.get("content-length") or 0) > MAX_BODY:
                return JSONResponse({"error": f"the request is over {MAX_BODY:,} bytes"}, status_code=413)
        response = await call_next(request)
        if token and request.query_params.get("token"):
            response.set_cookie(COOKIE, token, httponly=True, samesite="strict")
        return response
    return guard


async def _body(request: Request) -> tuple[str, list[dict[str, Any]], str]:
    data = await request.json()
    if not isinstance(data, dict) or not isinstance(data.get("actions", []), list):
        raise Refused("send {version, actions: [...], reviewer}")
    return str(data.get("version") or ""), list(data.get("actions") or []), str(data.get("reviewer") or "")


def _errors(handler: Callable[..., Awaitable[Response]]) -> Callable[..., Awaitable[Response]]:
    """Known failures as JSON with their status: 404, 409, 400 (a refused request), 422 (bad input files)."""
    @functools.wraps(handler)
    async def wrapped(*args: Any, **kwargs: Any) -> Response:
        try:
            return await handler(*args, **kwargs)
        except NotFound as exc:
            return JSONResponse({"error": str(exc)}, status_code=404)
        except Conflict as exc:
            return JSONResponse({"error": str(exc), "conflict": True}, status_code=409)
        except Refused as exc:
            return JSONResponse({"error": exc.reason}, status_code=400)
        except CivicError as exc:
            return JSONResponse({"error": exc.render()}, status_code=422)
        except ValueError:
            return JSONResponse({"error": "the request body is not JSON"}, status_code=400)
    return wrapped


def create_app(settings: ReviewSettings) -> FastAPI:
    """The review application over ``settings.root``."""
    review = Review(settings.root, settings.reviewer, settings.today)
    app = FastAPI(title="civickg review", docs_url=None, redoc_url=None, openapi_url=None)
    app.middleware("http")(_guard(settings.token))
    app.add_middleware(SecurityHeaders)
    app.mount("/static/review", StaticFiles(directory=STATIC), name="static")

    @app.get("/", response_class=HTMLResponse)
    async def page() -> Response:
        return HTMLResponse(PAGE.read_text(encoding="utf-8"))

    @app.get("/api/articles")
    @_errors
    async def articles() -> Response:
        return JSONResponse(await run_in_threadpool(review.articles))

    @app.get("/api/articles/{article}")
    @_errors
    async def article(article: str) -> Response:
        return JSONResponse(await run_in_threadpool(review.article, article))

    @app.post("/api/articles/{article}/check")
    @_errors
    async def check(article: str, request: Request) -> Response:
        version, actions, reviewer = await _body(request)
        answer = await run_in_threadpool(review.check, article, version, actions, reviewer)
        return JSONResponse(answer.as_dict())

    @app.post("/api/articles/{article}/save")
    @_errors
    async def save(article: str, request: Request) -> Response:
        version, actions, reviewer = await _body(request)
        answer = await run_in_threadpool(review.save, article, version, actions, reviewer)
        return JSONResponse({**answer.as_dict(), "saved": not answer.problems},
                            status_code=422 if answer.problems else 200)

    _lookups(app, review)
    return app


def _lookups(app: FastAPI, review: Review) -> None:
    """The routes that look things up: entities to link to, predicates the ontology allows."""
    from civickg.review import catalog

    @app.get("/api/entities")
    @_errors
    async def entities(q: str = "", article: str = "") -> Response:
        known = await run_in_threadpool(review.known)
        return JSONResponse(known.search(q, besides=article))

    @app.get("/api/predicates")
    @_errors
    async def predicates(s: str = "", o: str | None = None) -> Response:
        subject = tuple(c for c in s.split(",") if c)
        obj = None if o is None else tuple(c for c in o.split(",") if c)
        return JSONResponse(catalog.predicates(review.ontology, subject, obj))


def serve(settings: ReviewSettings, host: str = "127.0.0.1", port: int = 8010) -> None:
    """Run the review server until interrupted; another address than this machine's needs a token."""
    import uvicorn

    if host not in LOOPBACK and not settings.token:
        raise CivicError(f"binding {host} lets other machines edit the annotation files",
                         hint="give --token SECRET (or set CIVICKG_REVIEW_TOKEN), or keep the default 127.0.0.1")
    uvicorn.run(create_app(settings), host=host, port=port, log_level="info", access_log=True)
