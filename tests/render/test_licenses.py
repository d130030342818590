"""A licence expression in words and as links."""

from atlas.render.licenses import license_markup, license_names, license_urls


def test_names_and_links_follow_the_expression():
    """Operators read as words, parentheses stay, each id becomes its licence's name."""
    assert license_names("(MIT OR Apache-2.0) AND LicenseRef-Llama-3") == (
        "(MIT License or Apache License 2.0) and Meta Llama 3 Community License Agreement"
    )
    assert license_markup("MIT") == "[MIT License](https://spdx.org/licenses/MIT.html)"
    assert license_markup("LicenseRef-Proprietary") == "proprietary, no public licence"
    assert license_urls("MIT AND LicenseRef-Proprietary") == ["https://spdx.org/licenses/MIT.html"]
