"""What a reader downloads before the first search result, measured in headless Chromium.

A page is opened, a query is typed into the theme's search box, and every request made for
search (index, worker, language scripts, Pagefind chunks) is recorded until the first result
shows. Bytes are what a server that compresses text with gzip would send.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import json
import subprocess
import sys
import threading
import urllib.parse
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from .sizes import transfer_size

CHROMIUM = Path("/usr/bin/chromium")
SEARCH_PREFIXES = (
    "search/",
    "assets/javascripts/workers/",
    "assets/javascripts/lunr/",
    "assets/javascripts/atlas-search",
    "pagefind/",
)
"""Site paths that only search loads; the page itself (HTML, CSS, theme script) is not counted."""

_READY = """() => {
  const meta = document.querySelector('.md-search-result__meta');
  return meta !== null && !/Initializ/.test(meta.textContent);
}"""


@dataclass(frozen=True)
class SearchPayload:
    """The bytes fetched for one query before its first result, and how many results showed."""

    query: str
    transfer_bytes: int
    requests: int
    results: int


def available() -> bool:
    """Whether the browser measurement can run here."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return False
    return CHROMIUM.exists()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *_: Any) -> None:
        pass


@contextlib.contextmanager
def _serving(site: Path) -> Iterator[str]:
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def first_search(site: Path, queries: Sequence[str]) -> list[SearchPayload]:
    """Measure each query on a fresh browser profile, from opening the home page to its result.

    Why a child process: Playwright's synchronous API refuses to start inside another running
    Playwright session (as in a test run that also drives the browser elsewhere).
    """
    command = [sys.executable, "-m", "atlas.bench.search", str(site), *queries]
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    return [SearchPayload(**one) for one in json.loads(done.stdout)]


def _first_search_here(site: Path, queries: Sequence[str], page: str = "") -> list[SearchPayload]:
    from playwright.sync_api import sync_playwright

    payloads = []
    with _serving(site) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--no-sandbox", "--disable-background-networking", "--disable-component-update"],
        )
        try:
            for query in queries:
                payloads.append(_measure(browser, base, page, query, site))
        finally:
            browser.close()
    return payloads


def _measure(browser: Any, base: str, page_path: str, query: str, site: Path) -> SearchPayload:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        page = context.new_page()
        urls: list[str] = []
        page.on("request", lambda request: urls.append(request.url))
        page.goto(base + page_path, wait_until="load")
        box = page.locator("input.md-search__input")
        box.click()
        page.wait_for_function(_READY, timeout=120_000)
        box.fill(query)
        box.press("End")
        page.wait_for_selector(".md-search-result__item", timeout=120_000)
        results = page.locator(".md-search-result__item").count()
        files = {_site_file(site, base, url) for url in urls}
        counted = [path for path in files if path is not None]
        return SearchPayload(query, sum(map(transfer_size, counted)), len(counted), results)
    finally:
        context.close()


def _site_file(site: Path, base: str, url: str) -> Path | None:
    if not url.startswith(base):
        return None
    relative = urllib.parse.unquote(urllib.parse.urlsplit(url).path).lstrip("/")
    if not relative.startswith(SEARCH_PREFIXES):
        return None
    path = site / relative
    if relative.endswith("/") or path.is_dir():
        path = path / "index.html"
    return path if path.is_file() else None


def main() -> None:
    """`python -m atlas.bench.search SITE QUERY...`: print the measurements as JSON."""
    site, *queries = sys.argv[1:]
    print(json.dumps([asdict(one) for one in _first_search_here(Path(site), queries)]))


if __name__ == "__main__":
    main()
