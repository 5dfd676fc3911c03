"""Headless Debian Chromium for the browser tests and the explorer benchmark, driven by Playwright.

Playwright's own browser downloads are never used: the Debian binary is launched through
``executable_path``. A watched page records what must stay empty: console errors, page errors,
failed requests and dialogs.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from playwright.sync_api import Browser, ConsoleMessage, Page, Request, sync_playwright

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
VIEWPORT = {"width": 1400, "height": 900}


@contextmanager
def chromium() -> Iterator[Browser]:
    """The system Chromium, headless."""
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        try:
            yield browser
        finally:
            browser.close()


@dataclass
class Watched:
    """A page and everything that went wrong on it."""

    page: Page
    console_errors: list[str] = field(default_factory=list)
    failed_requests: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def problems(self) -> list[str]:
        return self.console_errors + [f"failed request {u}" for u in self.failed_requests] + \
            [f"dialog {d}" for d in self.dialogs]


def open_explorer(browser: Browser, path: Path, *, timeout_ms: float = 60_000, fragment: str = "",
                  viewport: dict[str, int] | None = None, network: bool = True) -> Watched:
    """Open an explorer file from file:// (with a URL ``fragment``) and wait for its first picture; with
    ``network``, also load vis-network (as a visitor's first touch of the graph would) and wait until it has
    taken over."""
    page = browser.new_page(viewport=viewport or VIEWPORT)
    watched = Watched(page)

    def console(message: ConsoleMessage) -> None:
        if message.type == "error":
            watched.console_errors.append(message.text)

    def failed(request: Request) -> None:
        watched.failed_requests.append(request.url)

    page.on("console", console)
    page.on("pageerror", lambda error: watched.console_errors.append(f"page error: {error}"))
    page.on("requestfailed", failed)
    page.on("request", lambda request: watched.requests.append(request.url))

    def dialog(d) -> None:  # a dialog means a script from the data ran: record it and close it
        watched.dialogs.append(f"{d.type}: {d.message}")
        d.dismiss()

    page.on("dialog", dialog)
    page.goto(path.resolve().as_uri() + (f"#{fragment}" if fragment else ""))
    page.wait_for_selector("html[data-drawn='true']", state="attached", timeout=timeout_ms)
    if network:
        page.evaluate("window.civickg.loadNetwork()")
        page.wait_for_selector("html[data-network='ready']", state="attached", timeout=timeout_ms)
    page.set_default_timeout(10_000)
    return watched


def node_point(page: Page, node: str) -> tuple[float, float]:
    """Where a drawn node is on the page, in CSS pixels (on the first picture or on vis-network's canvas)."""
    point = page.evaluate("(id) => window.civickg.pagePoint(id)", node)
    return float(point[0]), float(point[1])
