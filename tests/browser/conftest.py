"""Browser fixtures: the real site built once, served on localhost, and driven by Debian's Chromium.

Every page a test opens is watched: a request to any host other than the local server fails
the test (and is blocked), and so does an error in the browser console.
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = ROOT / "test-artifacts"
LOCAL_HOSTS = {"127.0.0.1", "localhost"}
REPO_URL = "https://github.com/example/ai-ecosystem-atlas"
"""A repository address for the build, so the header's repository link is present (and tested
for not calling the repository host)."""


def _require_chromium() -> None:
    if CHROMIUM.is_file() and os.access(CHROMIUM, os.X_OK):
        return
    message = (
        f"browser tests need Debian's Chromium at {CHROMIUM} "
        "(sudo apt-get install chromium fonts-noto-cjk)"
    )
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{message}; in CI it must be installed, so this is an error", pytrace=False)
    pytest.skip(message)


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real data built once with `mkdocs build --strict` into a temporary folder."""
    _require_chromium()
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    project = tmp_path_factory.mktemp("browser-project")
    ignore = shutil.ignore_patterns("__pycache__", "*.egg-info")
    for name in ("docs", "overrides", "scripts", "data"):
        shutil.copytree(ROOT / name, project / name, ignore=ignore)
    if (ROOT / "schemas").is_dir():
        shutil.copytree(ROOT / "schemas", project / "schemas")
    shutil.copy2(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    saved = {key: os.environ.get(key) for key in ("ATLAS_REPO_URL", "ATLAS_SITE_URL")}
    os.environ["ATLAS_REPO_URL"] = REPO_URL
    os.environ.pop("ATLAS_SITE_URL", None)
    try:
        config = load_config(
            config_file=str(project / "mkdocs.yml"), site_dir=str(project / "site"), strict=True
        )
        build(config)
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    return project / "site"


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="session")
def base_url(built_site: Path) -> Iterator[str]:
    """The built site served by http.server on a free port of 127.0.0.1."""
    handler = functools.partial(_QuietHandler, directory=str(built_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()
    thread.join()


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """Headless Debian Chromium, driven by Playwright (no browser download, ever)."""
    _require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            headless=True,
            args=["--no-sandbox", "--disable-background-networking", "--disable-component-update"],
        )
        yield chromium
        chromium.close()


class Watch:
    """What a page did that a test must not allow: requests elsewhere, console errors."""

    def __init__(self) -> None:
        self.external: list[str] = []
        self.errors: list[str] = []
        self.requests: list[str] = []


def _open_context(browser: object, color_scheme: str, watch: Watch):  # type: ignore[no-untyped-def]
    context = browser.new_context(  # type: ignore[attr-defined]
        viewport={"width": 1280, "height": 900}, color_scheme=color_scheme
    )

    def route(route, request) -> None:  # type: ignore[no-untyped-def]
        watch.requests.append(request.url)
        parts = urlsplit(request.url)
        if parts.scheme in ("http", "https", "ws", "wss") and parts.hostname not in LOCAL_HOSTS:
            watch.external.append(request.url)
            route.abort()
        else:
            route.continue_()

    context.route("**/*", route)
    return context


def _watch_page(page, watch: Watch) -> None:  # type: ignore[no-untyped-def]
    page.on(
        "console", lambda message: message.type == "error" and watch.errors.append(message.text)
    )
    page.on("pageerror", lambda error: watch.errors.append(str(error)))


@pytest.fixture
def watch() -> Watch:
    """The record of the current test's requests and console errors."""
    return Watch()


def _page_fixture(browser: object, watch: Watch, color_scheme: str) -> Iterator[object]:
    context = _open_context(browser, color_scheme, watch)
    page = context.new_page()
    _watch_page(page, watch)
    yield page
    context.close()
    assert watch.external == [], "requests left localhost"
    assert watch.errors == [], "the browser console reported errors"


@pytest.fixture
def page(browser: object, watch: Watch) -> Iterator[object]:
    """A fresh page in the light palette, checked for outside requests and console errors."""
    yield from _page_fixture(browser, watch, "light")


@pytest.fixture
def dark_page(browser: object, watch: Watch) -> Iterator[object]:
    """A fresh page whose system prefers the dark palette, checked like `page`."""
    yield from _page_fixture(browser, watch, "dark")


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """Where screenshots are kept after the run (git-ignored)."""
    folder = ARTIFACTS / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    return folder
