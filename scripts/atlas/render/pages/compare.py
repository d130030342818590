"""The United States and China side by side: a summary page, and its pages of labs, areas, years.

The summary stays the same size however large the atlas grows: counts, the labs with the most
models, and tables of areas and years whose rows link to the pages that list everything.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from ...graph import TimelineEntry
from ...graph.areas import Area
from ...graph.compare import SIDES, Lab, by_country, counts, labs, policies_by_area
from ...graph.compare import timeline as side_timeline
from ...schema import KINDS, Organization, Policy, fact_values
from ...schema.labels import label
from ...schema.organization import FundingRound
from ...schema.policy import DATE_LABELS
from ..context import PageContext, first
from ..front import collection_front
from ..markdown import cell, escape
from ..numbers import money
from ..svg import charts
from .blocks import Page, Section, Table, Text
from .entry import PageList, Site, cite, references
from .indexes import SITE_NAME
from .paging import Part, Parts, part_links, year
from .timeline import lanes

US_CHINA_TITLE = "The United States and China, side by side"
US_CHINA = "compare/us-china.md"
FOLDER = "compare/us-china"
US_CHINA_INTRO = (
    "Like is compared with like: AI labs with AI labs, export controls with export controls, and "
    "each side's rules for AI with the other's. Everything here is drawn from the entries of the "
    "atlas, so the comparison grows as entries are added; each entry's page has the sources. "
    "This page sums each part up and links to pages that list everything."
)
LABS_INTRO = (
    "Each side's AI developers: when they were founded, the funding the atlas records, their "
    "latest model and whether any of their models has downloadable weights."
)
AREAS_INTRO = (
    "Export controls beside export controls, investment rules beside investment rules, and each "
    "side's rules for AI services beside the other's. Each area links to its policies side by "
    "side; the figures are how many each side has."
)
THE_SIDES = tuple((code, "the " + name if code == "US" else name) for code, name in SIDES)
"""The sides as a sentence names them ('the United States')."""
TOP_LABS = 10
"""How many labs of each side the summary lists: those with the most models."""
SHOWN = 20
"""How many entries of another kind the summary lists on each side before linking its index."""
COMPARED_KINDS = ("organizations", "models", "policies")
"""Kinds the US-and-China page compares in their own sections; others are listed by country."""


def kind_plural(kind: str) -> str:
    """A kind's section name ('Hardware'), from its class when it names one."""
    return str(getattr(KINDS[kind], "plural", kind.replace("-", " ").capitalize()))


def _sides_table(first_column: str, rows: Sequence[tuple[str, Mapping[str, object]]]) -> Table:
    header = (first_column, *(name for _, name in SIDES))
    return Table(
        header, [(name, *(str(values[code]) for code, _ in SIDES)) for name, values in rows]
    )


def round_summary(
    page: PageContext, organization: Organization, funding: FundingRound | None
) -> str:
    """'2023-10-20, Series B: 2.5 billion yuan' for a lab's latest round, with citations."""
    if funding is None:
        return ""
    text = f"{funding.date}, {escape(funding.name or 'funding round')}"
    options = fact_values(funding.amount)
    amounts = list(dict.fromkeys(_money_markdown(option.value) for option in options))
    if amounts:
        text += ": " + " or ".join(escape(amount) for amount in amounts)
        if len(amounts) > 1:
            text += " (sources differ)"
    sources = [s for option in options for s in option.sources] or list(funding.sources)
    return text + page.cite_for(organization, dict.fromkeys(sources))


def _money_markdown(value: Any) -> str:
    plain = money(value)
    return escape(plain) if value.amount is None else plain


def open_weights(lab: Lab) -> str:
    """'yes (1 of 2 models)', 'no (0 of 3 models)', or '' when it has no model here."""
    if not lab.models:
        return ""
    answer = "yes" if lab.open_models else "no"
    noun = "model" if len(lab.models) == 1 else "models"
    return f"{answer} ({len(lab.open_models)} of {len(lab.models)} {noun})"


def policy_date(policy: Policy) -> str:
    """The first date in a policy's life the atlas records ('signed 2023-08-09')."""
    for field, name in DATE_LABELS.items():
        values = fact_values(getattr(policy.dates, field))
        if values:
            return f"{name.lower()} {values[0].value}"
    return ""


def _columns(by_side: Mapping[str, Sequence[Any]], line: Callable[[Any], str]) -> Text:
    """Each side's entries as a list in a column of its own."""
    parts = ['<div class="atlas-sides" markdown="1">']
    for code, name in SIDES:
        lines = [f"- {line(item)}" for item in by_side[code]] or ["- None in the atlas yet."]
        heading = f'<div class="atlas-side" markdown="1">\n\n**{name}**\n\n'
        parts.append(heading + "\n".join(lines) + "\n\n</div>")
    parts.append("</div>")
    return Text("\n".join(parts))


def _policy_line(page: PageContext, policy: Policy) -> str:
    date = policy_date(policy)
    status = label("status", first(policy.status))
    return (
        f"{page.link(policy)}: {label('instrument', policy.instrument)}"
        + (f", {date}" if date else "")
        + f"; {status}"
    )


def _side_events(page: PageContext, by_side: Mapping[str, list[TimelineEntry]]) -> list[str]:
    """One cell per side listing its events of a date, each with its entry and sources."""
    return [
        cell(
            "<br>".join(
                f"{escape(entry.event.text)}{page.cite(entry.sources)} ({page.link(entry.entity)})"
                for entry in by_side[code]
            )
        )
        for code, _ in SIDES
    ]


def _lab_rows(page: PageContext, side_labs: Sequence[Lab]) -> list[tuple[str, ...]]:
    rows = []
    for lab in side_labs:
        latest = lab.latest_model
        model = f"{page.link(latest)} ({first(latest.released)})" if latest else ""
        summary = round_summary(page, lab.organization, lab.latest_round)
        rows.append(
            (
                cell(page.link(lab.organization)),
                lab.founded,
                cell(summary),
                model,
                open_weights(lab),
            )
        )
    return rows


LAB_HEADER = ("Lab", "Founded", "Latest funding round", "Latest model", "Open weights")


def _lab_parts(site: Site) -> dict[str, Parts[Lab]]:
    """Each side's labs, by name, in pages of a bounded length."""
    return {
        code: Parts(labs(site.graph, code), lambda _, c=code, n=name: (f"labs-{c.lower()}", n))
        for code, name in THE_SIDES
    }


SideEvent = tuple[str, TimelineEntry]
"""An event and the side (country code) it belongs to."""


def _year_parts(site: Site) -> Parts[SideEvent]:
    """Both sides' events, newest first, by year, in parts of a bounded number of events."""
    events = [
        (code, entry)
        for _, by_side in side_timeline(site.graph)
        for code, entries in by_side.items()
        for entry in entries
    ]
    return Parts(events, lambda event: year(event[1].event.date))


def _by_date(events: Sequence[SideEvent]) -> list[tuple[str, dict[str, list[TimelineEntry]]]]:
    """Events grouped by date (in their order), each date with each side's events."""
    rows: dict[str, dict[str, list[TimelineEntry]]] = {}
    for code, entry in events:
        rows.setdefault(entry.event.date, {side: [] for side, _ in SIDES})[code].append(entry)
    return list(rows.items())


def _path(part: Part[Any]) -> str:
    return f"{FOLDER}/{part.slug}.md"


def us_china_pages(site: Site) -> PageList:
    """The summary and every page it links to, as (path, builder, arguments)."""
    pages: PageList = [(US_CHINA, us_china_page, ())]
    for parts in _lab_parts(site).values():
        pages += [(_path(part), labs_page, (part,)) for part in parts]
    for area, by_side in policies_by_area(site.graph):
        pages.append((f"{FOLDER}/area-{area.id}.md", area_page, (area, by_side)))
    pages += [(_path(part), side_year_page, (part,)) for part in _year_parts(site)]
    return pages


def _labs(page: PageContext, site: Site) -> list[Section]:
    sections = []
    by_side = _lab_parts(site)
    for (code, name), (_, the_name) in zip(SIDES, THE_SIDES, strict=True):
        parts = by_side[code]
        side_labs = [lab for part in parts for lab in part.items]
        if not side_labs:
            body: tuple[Table | Text, ...] = (
                Text(f"The atlas has no AI developer from {name} yet."),
            )
        else:
            top = sorted(side_labs, key=lambda lab: -len(lab.models))[:TOP_LABS]
            noun = "lab" if len(side_labs) == 1 else "labs"
            every = f"All {len(side_labs)} {noun} of {the_name}"
            if len(parts) == 1:
                more = f"[{every}]({page.url(_path(parts[0]))}), by name."
            else:
                links = ", ".join(f"[part {p.number}]({page.url(_path(p))})" for p in parts)
                more = f"{every}, by name: {links}."
            if len(top) < len(side_labs):
                more = f"The {len(top)} with the most models in the atlas. " + more
            body = (Table(LAB_HEADER, _lab_rows(page, top)), Text(more))
        sections.append(Section(name, f"labs-{code.lower()}", body, level=3))
    return sections


def _areas(page: PageContext, site: Site) -> Table:
    rows = [
        (
            f"[{escape(area.name)}]({page.url(f'{FOLDER}/area-{area.id}.md')})",
            *(str(len(by_side[code])) for code, _ in SIDES),
        )
        for area, by_side in policies_by_area(site.graph)
    ]
    return Table(("Area", *(name for _, name in SIDES)), rows)


def _others(page: PageContext, site: Site, kind: str) -> Section:
    """Another kind's entries of each side, the first few listed, all of them in its index."""
    sides = by_country(site.graph, kind)
    shown = {code: sides[code][:SHOWN] for code, _ in SIDES}
    blocks: list[Text] = [_columns(shown, page.link)]
    if any(len(sides[code]) > SHOWN for code, _ in SIDES):
        counts_text = ", ".join(f"{len(sides[code])} of {name}" for code, name in SIDES)
        index = page.url(f"{kind}/index.md")
        blocks.append(
            Text(
                f"The first {SHOWN} of each side; all of them ({counts_text}) are in the "
                f"[index]({index})."
            )
        )
    return Section(kind_plural(kind), kind, tuple(blocks))


def _years(page: PageContext, site: Site) -> Table:
    rows = []
    for _, parts in _year_parts(site).groups():
        sides = [code for part in parts for code, _ in part.items]
        link = part_links(parts, lambda part: page.url(_path(part)))
        events = [sides.count(code) for code, _ in SIDES]
        rows.append((cell(link), *(str(count) for count in events)))
    return Table(("Year", *(name for _, name in SIDES)), rows)


US_CHINA_WORDS = ("Comparison", "United States and China", "Funding", "融资", "中美")
"""Search words for the comparison: its kind, and the subjects it answers, in both languages."""


def us_china_page(site: Site, page: PageContext) -> Page:
    """The US and Chinese ecosystems side by side: counts, top labs, areas, other kinds, years."""
    graph = site.graph
    description = (
        f"The US and Chinese AI ecosystems side by side in the {SITE_NAME}: labs, funding, "
        "models, policies and a shared timeline."
    )
    entity_kinds = tuple(kind for kind in KINDS if kind != "sources")
    front = collection_front(page, US_CHINA_TITLE, description, site.site_url, US_CHINA_WORDS)
    view = Page(front, US_CHINA_TITLE)
    view.blocks.append(Text(US_CHINA_INTRO))
    sections = [
        Section("In numbers", "numbers", (_sides_table("Entries", counts(graph, entity_kinds)),)),
        Section("AI labs", "labs", (Text(LABS_INTRO),)),
        *_labs(page, site),
        Section(
            "Policies by area",
            "policies",
            (Text(AREAS_INTRO), _areas(page, site)),
        ),
    ]
    sections += [_others(page, site, kind) for kind in entity_kinds if kind not in COMPARED_KINDS]
    sections.append(
        Section(
            "Timeline",
            "timeline",
            (
                Text("Each side's events year by year, newest first; each year links to them."),
                _years(page, site),
            ),
        )
    )
    view.sections = [
        *sections,
        references(page),
        cite(site, page, US_CHINA_TITLE, "comparison page"),
    ]
    return view


def _sub_page(site: Site, page: PageContext, title: str, what: str, intro: str) -> Page:
    description = f"{title}, from the comparison of the United States and China in the {SITE_NAME}."
    view = Page(collection_front(page, title, description, site.site_url), escape(title))
    back = f"[the United States and China, side by side]({page.url(US_CHINA)})"
    view.blocks.append(Text(f"{intro} Part of {back}."))
    view.sections = [cite(site, page, title, what)]
    return view


def labs_page(site: Site, page: PageContext, part: Part[Lab]) -> Page:
    """One page of a side's AI labs, by name."""
    title = f"AI labs of {part.title}"
    view = _sub_page(site, page, title, "list of AI labs", "AI developers by name.")
    table = Table(LAB_HEADER, _lab_rows(page, part.items))
    view.sections[:0] = [Section("Labs", "labs", (table,)), references(page)]
    return view


def area_page(
    site: Site, page: PageContext, area: Area, by_side: Mapping[str, Sequence[Policy]]
) -> Page:
    """One area's policies, the two sides in columns."""
    title = f"Policies by area: {area.name}"
    view = _sub_page(
        site, page, title, "comparison of policies", "Each side's policies of this area."
    )
    column = _columns(by_side, lambda policy: _policy_line(page, policy))
    view.sections[:0] = [Section("Policies", "policies", (column,))]
    return view


def side_year_page(site: Site, page: PageContext, part: Part[SideEvent]) -> Page:
    """One year of both sides' events: a chart, and a table with a column per side."""
    title = f"The United States and China in {part.title}"
    entries = sorted((entry for _, entry in part.items), key=lambda entry: entry.sort_key)
    chart = charts.timeline_figure(page.path, lanes(site, entries), "the table below")
    rows = [(date, *_side_events(page, by_side)) for date, by_side in _by_date(part.items)]
    header = ("Date", *(name for _, name in SIDES))
    view = _sub_page(
        site, page, title, "comparison timeline", "Both sides' events of the year, newest first."
    )
    blocks = ((Text(chart),) if chart else ()) + (Table(header, rows),)
    view.sections[:0] = [Section("Timeline", "timeline", blocks), references(page)]
    return view
