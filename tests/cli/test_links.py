"""Every internal link and anchor of the built site resolves; every web address is well-formed.

Checking the web addresses themselves needs the network, so it is a separate command
(`python -m atlas links`) that no build and no test runs against the internet; here it is
tried against a server on this machine.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from html.parser import HTMLParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from atlas.cli.links import ascii_address, check_links, web_addresses
from atlas.load.loader import load_dataset
from conftest import ROOT, copy_site_project
from sitecheck import mkdocs_build


class _Targets(HTMLParser):
    """Collects every link target and every element id of one page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.targets: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        for name in ("id", "name") if tag != "meta" else ():
            if values.get(name):
                self.ids.add(str(values[name]))
        for name in ("href", "src"):
            if values.get(name) is not None:
                self.targets.append(str(values[name]))


def _read(page: Path) -> _Targets:
    parser = _Targets()
    parser.feed(page.read_text(encoding="utf-8"))
    parser.close()
    return parser


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    """The real data and pages, built once."""
    project = tmp_path_factory.mktemp("links")
    copy_site_project(project)
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    return project / "site"


def broken_links(site: Path) -> Iterator[str]:
    """`page: target` for every internal link whose file or anchor does not exist."""
    pages = {page: _read(page) for page in sorted(site.rglob("*.html"))}
    for page, parsed in pages.items():
        base = "file://" + page.as_posix()
        for target in parsed.targets:
            if re.match(r"^[a-z][a-z0-9+.-]*:|^//", target, re.I) and not target.startswith(
                "file:"
            ):
                continue  # another site: `python -m atlas links` checks those on request
            resolved = urlsplit(urljoin(base, target))
            path = Path(unquote(resolved.path))
            if target.startswith("/"):  # the 404 page links from the site's root
                path = site / unquote(urlsplit(target).path).lstrip("/")
            if path.is_dir():
                path = path / "index.html"
            where = f"{page.relative_to(site)}: {target}"
            if not path.is_file():
                yield where
            elif resolved.fragment and path.suffix == ".html":
                ids = pages[path].ids if path in pages else _read(path).ids
                if unquote(resolved.fragment) not in ids:
                    yield where


def test_every_internal_link_and_anchor_resolves(site):
    """No page links to a file that is not in the site or to an anchor that is not on its page."""
    assert len(list(site.rglob("*.html"))) > 100
    assert list(broken_links(site)) == []


def test_the_link_walker_sees_a_broken_link(tmp_path):
    """The walker itself reports a missing page and a missing anchor."""
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text(
        '<h2 id="here">x</h2><a href="#here">ok</a><a href="#nowhere">x</a>'
        '<a href="../b/">x</a><a href="https://example.org/">other site</a>',
        encoding="utf-8",
    )
    assert list(broken_links(tmp_path)) == ["a/index.html: #nowhere", "a/index.html: ../b/"]


def test_every_web_address_in_the_data_is_well_formed():
    """Each web address has http(s), a host with a dot, a valid port, and can go on the wire."""
    for url, places in web_addresses(load_dataset(ROOT / "data")).items():
        parts = urlsplit(url)
        assert parts.scheme in {"https", "http"}, places[0]
        assert parts.hostname, places[0]
        assert "." in parts.hostname, places[0]
        assert parts.port is None or 0 < parts.port < 65536, places[0]
        assert ascii_address(url).isascii(), places[0]


class _Handler(BaseHTTPRequestHandler):
    """/ok answers, /gone is gone, /blocked refuses robots, /get-only refuses HEAD."""

    def do_HEAD(self) -> None:
        codes = {"/ok": 200, "/gone": 404, "/blocked": 403, "/get-only": 405}
        self.send_response(codes.get(self.path, 404))
        self.end_headers()

    def do_GET(self) -> None:
        codes = {"/ok": 200, "/gone": 404, "/blocked": 403, "/get-only": 200}
        self.send_response(codes.get(self.path, 404))
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server(monkeypatch) -> Iterator[str]:
    """A web server on this machine; proxies are bypassed."""
    for name in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_link_command_reports_broken_and_unverifiable_addresses(server, write_data):
    """`links` names each dead address where the data gives it, and counts what it checked."""
    # A local server is no publisher, so its pages are recorded as the copies read.
    source = "id: {id}\ntitle: {id}\npublisher: P\ntype: news\nread_at: {{url: {url}}}\n"
    files = {
        f"sources/{name}.yaml": source.format(id=name, url=f"{server}/{name}")
        for name in ("ok", "gone", "blocked", "get-only")
    }
    files["organizations/a.yaml"] = (
        "id: a\nname: {en: A}\ntypes: [ai-developer]\ncountry: CN\n"
        "sources: [ok, gone, blocked, get-only]\nlast_checked: 2024-06-01\n"
    )
    lines = check_links(load_dataset(write_data(files)), timeout=5, workers=2)
    assert lines == [
        f"data/sources/blocked.yaml:5: read_at.url: could not be checked: {server}/blocked "
        "answered 403 Forbidden",
        f"data/sources/gone.yaml:5: read_at.url: must still answer: {server}/gone answered "
        "404 Not Found",
        "links: 4 web addresses, 1 broken, 1 could not be checked",
    ]
