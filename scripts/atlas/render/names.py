"""Every name an entry goes by, for search: the names a reader may type to find it.

An organization's English and Chinese names, its short name, former names, brands, products,
registered legal names and the names of its people (a reader looking for a lab often types its
founder's name); a model's names and its variants'; a policy's titles in both languages,
its short title and its official citation (order and announcement numbers, Federal Register
citations, document numbers); a chip's names. Search indexes them above body text (see
render/front.py), so the thing named ranks above the pages that mention it.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import singledispatch

from ..schema import AIModel, Entity, Hardware, Organization, Policy
from ..schema.common import Name, fact_values


def names_of(entity: Entity) -> tuple[str, ...]:
    """The entry's names, its display name first, without repeats (sources have none)."""
    if _names.dispatch(type(entity)) is _names.registry[object]:
        return ()
    names = (entity.display_name, *_names(entity))
    return tuple(dict.fromkeys(name.strip() for name in names if name and name.strip()))


@singledispatch
def _names(entity: Entity) -> Iterator[str | None]:
    """A kind without names of its own (a source is found by its title) has none."""
    return iter(())


@_names.register
def _organization(entity: Organization) -> Iterator[str | None]:
    yield from _both(entity.name)
    yield entity.short_name
    for former in entity.former_names:
        yield from _both(former.name)
    for fact in (*entity.brands, *entity.legal_names):
        yield from (value.value for value in fact_values(fact))
    for product in entity.products:
        yield from _both(product.name)
    for person in entity.people:
        yield from _both(person.name)


@_names.register
def _model(entity: AIModel) -> Iterator[str | None]:
    yield from _both(entity.name)
    yield from (variant.name for variant in entity.variants)


@_names.register
def _policy(entity: Policy) -> Iterator[str | None]:
    yield from _both(entity.title)
    yield entity.short_title
    yield from (value.value for value in fact_values(entity.citation))


@_names.register
def _chip(entity: Hardware) -> Iterator[str | None]:
    yield from _both(entity.name)


def _both(name: Name) -> Iterator[str | None]:
    yield name.en
    yield name.zh
