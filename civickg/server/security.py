"""Security headers on every response: the pages run only the server's own script and style, cannot be
framed by another site, and no response is sniffed as another type than it declares."""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

#: The query page loads /static/query.js and /static/query.css and fetches /sparql and /queries: nothing
#: else, and no inline script or style. ``data:`` images are the page's empty favicon.
CONTENT_SECURITY_POLICY = "; ".join([
    "default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "connect-src 'self'",
    "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'",
])
HEADERS = {
    "content-security-policy": CONTENT_SECURITY_POLICY,
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
}


class SecurityHeaders:
    """ASGI middleware that adds HEADERS to every HTTP response (keeping any the route set itself)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.raw = [(name.encode("latin-1"), value.encode("latin-1")) for name, value in HEADERS.items()]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                extra = [(name, value) for name, value in self.raw if name not in present]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, send_with_headers)
