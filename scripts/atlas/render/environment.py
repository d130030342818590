"""The Jinja environment: autoescape for HTML, SVG and XML; explicit escaping for Markdown.

Markdown templates (`*.md.j2`) print views whose text was escaped for Markdown in Python (see
`markdown.escape`): HTML escaping would be wrong there. Every other template escapes whatever it
prints unless it is marked safe, so forgetting a filter cannot let data through as markup.
"""

from __future__ import annotations

import html
from functools import cache
from typing import Any

import jinja2
from markupsafe import Markup

from .markdown import cell, mark_chinese

AUTOESCAPED = ("html.j2", "svg.j2", "xml.j2")


def text(value: Any) -> Markup:
    """Data text for HTML: whitespace collapsed, `& < > " '` escaped (as drawings write them)."""
    return Markup(html.escape(" ".join(str(value).split()), quote=True))


def chinese(value: Any) -> Markup:
    """Data text for HTML, escaped, with each run of Chinese marked `lang="zh"`.

    The marks add no characters to copied text.
    """
    return Markup(mark_chinese(html.escape(str(value))))


@cache
def environment() -> jinja2.Environment:
    """The one environment every template of the atlas renders in."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("atlas.render", "templates"),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=jinja2.select_autoescape(enabled_extensions=AUTOESCAPED, default=False),
        # Compiled templates are kept between builds, as Python keeps .pyc files: compiling
        # them was a twentieth of the generator's time for 1,000 entities. Entries are keyed by
        # the template's path and checked against its source, so an edit is always seen.
        bytecode_cache=jinja2.FileSystemBytecodeCache(),
    )
    env.filters.update(cell=cell, text=text, zh=chinese)
    return env


@cache
def template(name: str) -> jinja2.Template:
    """A template, loaded once per build (`fresh_templates` starts a new build).

    Why: Jinja checks a template's file for edits each time it is asked for one, and the
    figures and citation blocks of a large atlas ask tens of thousands of times.
    """
    return environment().get_template(name)


def fresh_templates() -> None:
    """Forget the templates loaded so far, so that edits made since are seen."""
    template.cache_clear()


def render(name: str, **context: Any) -> str:
    """Render one template of the package."""
    return template(name).render(**context)


def render_fragment(template: str, **context: Any) -> Markup:
    """An HTML fragment from an autoescaped template, without its trailing newline."""
    return Markup(render(template, **context).rstrip("\n"))
