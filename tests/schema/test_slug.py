"""One slug function serves ids, tags and the guesses in error messages."""

import pytest

from atlas.schema.slug import slugify


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Zhipu AI (智谱)", "zhipu-ai"),
        ("Société Générale", "societe-generale"),
        ("  Acme -- AI!  ", "acme-ai"),
        ("智谱", ""),
    ],
)
def test_slugify(text, slug):
    """A slug is lowercase ASCII words joined by single hyphens; nothing Latin gives nothing."""
    assert slugify(text) == slug


def test_limit_never_ends_in_a_hyphen():
    """A cut slug stays within the limit and does not end in a hyphen."""
    assert slugify("abc def ghi", 4) == "abc"
    assert slugify("a" * 100, 80) == "a" * 80
