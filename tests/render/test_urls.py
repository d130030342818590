"""Published URLs: every generated page is served at a directory URL; other files keep their path."""

import pytest

from atlas.render.urls import href, page_url


@pytest.mark.parametrize(
    ("path", "url"),
    [
        ("index.md", ""),
        ("timeline.md", "timeline/"),
        ("organizations/index.md", "organizations/"),
        ("organizations/zhipu-ai.md", "organizations/zhipu-ai/"),
        ("organizations/zhipu-ai.json", "organizations/zhipu-ai.json"),
        ("downloads/atlas.json", "downloads/atlas.json"),
    ],
)
def test_page_url(path, url):
    """A Markdown page is served at a directory URL; any other file at its own path."""
    assert page_url(path) == url


@pytest.mark.parametrize(
    ("source", "target", "link"),
    [
        ("organizations/zhipu-ai.md", "models/chatglm-6b.md", "../../models/chatglm-6b/"),
        ("organizations/zhipu-ai.md", "organizations/hongshan.md", "../hongshan/"),
        ("organizations/zhipu-ai.md", "organizations/zhipu-ai.md", "./"),
        ("organizations/zhipu-ai.md", "index.md", "../../"),
        ("organizations/zhipu-ai.md", "organizations/zhipu-ai.json", "../zhipu-ai.json"),
        ("index.md", "organizations/zhipu-ai.md", "organizations/zhipu-ai/"),
        ("index.md", "index.md", "./"),
        ("organizations/index.md", "organizations/zhipu-ai.md", "zhipu-ai/"),
        ("timeline.md", "organizations/index.md", "../organizations/"),
    ],
)
def test_href_is_relative_to_the_published_page(source, target, link):
    """Links in raw HTML work from the page's own directory URL, at any depth."""
    assert href(source, target) == link
