"""Turns benchmark results into the printed table and the list of targets met or missed."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from .measure import Spread
from .sizes import PAGE_BOUND, PAGE_BOUND_GZIP, PageSize


@dataclass
class SizeResult:
    """Everything measured for one size N."""

    n: int
    pages: int = 0
    generate: Spread | None = None
    generate_cpu: Spread | None = None
    generate_peak_mb: float = 0.0
    atlas_build: Spread | None = None
    plain_build: Spread | None = None
    atlas_build_cpu: Spread | None = None
    plain_build_cpu: Spread | None = None
    entity_page_bytes: float = 0.0
    site_bytes: int = 0
    largest_page: PageSize | None = None
    """The page with the most HTML."""
    largest_gzip_page: PageSize | None = None
    """The page with the most gzipped HTML."""
    search: dict[str, dict[str, int]] = field(default_factory=dict)
    """backend -> query -> bytes before the first result."""
    pagefind_build: Spread | None = None
    serve_edit: Spread | None = None

    @property
    def ratio(self) -> float | None:
        """Atlas build over plain MkDocs build, medians of wall time."""
        if self.atlas_build and self.plain_build:
            return self.atlas_build.median / self.plain_build.median
        return None

    @property
    def cpu_ratio(self) -> float | None:
        """The same ratio in CPU time, which a busy machine disturbs less."""
        if self.atlas_build_cpu and self.plain_build_cpu:
            return self.atlas_build_cpu.median / self.plain_build_cpu.median
        return None


def _spread(value: Spread | None, digits: int = 2) -> str:
    if value is None:
        return "–"
    if value.low == value.high:
        return f"{value.median:.{digits}f}"
    return f"{value.median:.{digits}f} ({value.low:.{digits}f}–{value.high:.{digits}f})"


def _kb(value: float) -> str:
    return f"{value / 1000:.1f}"


def _row(cells: Sequence[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _search(result: SizeResult, backend: str) -> str:
    queries = result.search.get(backend)
    return " / ".join(_kb(size) for size in queries.values()) if queries else "–"


def _largest(page: PageSize | None) -> tuple[str, str, str]:
    if page is None:
        return ("–", "–", "–")
    return (page.path, _kb(page.html_bytes), _kb(page.gzip_bytes))


def _largest_cells(result: SizeResult) -> tuple[str, str, str]:
    """The largest page, and the largest gzipped when that is another page."""
    path, html, zipped = _largest(result.largest_page)
    other = result.largest_gzip_page
    if other is not None and result.largest_page is not None and other != result.largest_page:
        zipped += f" (most gzipped: {other.path}, {_kb(other.gzip_bytes)})"
    return (path, html, zipped)


def table(results: Sequence[SizeResult]) -> str:
    """The results as two Markdown tables: medians, with min–max of the runs in brackets."""
    build = [
        _row(
            (
                "N", "pages", "load+validate+link+render s", "peak MB", "atlas build s",
                "plain MkDocs s", "ratio (CPU ratio)", "ms per entity", "serve shows an edit s",
            )
        ),
        _row(["---"] * 9),
    ]  # fmt: skip
    output = [
        _row(
            (
                "N", "HTML KB per entity page", "largest page", "its HTML KB", "its gzip KB",
                "site MB", "first search KB, Material (en / zh)",
                "first search KB, Pagefind (en / zh)", "build with Pagefind s",
            )
        ),
        _row(["---"] * 9),
    ]  # fmt: skip
    for result in results:
        ratio = f"{result.ratio:.3f}" if result.ratio else "–"
        if result.cpu_ratio:
            ratio += f" ({result.cpu_ratio:.3f})"
        per_entity = (
            f"{result.atlas_build.median / result.n * 1000:.1f}" if result.atlas_build else "–"
        )
        build.append(
            _row(
                (
                    f"{result.n:,}", f"{result.pages:,}", _spread(result.generate),
                    f"{result.generate_peak_mb:.0f}", _spread(result.atlas_build, 1),
                    _spread(result.plain_build, 1), ratio, per_entity, _spread(result.serve_edit),
                )
            )
        )  # fmt: skip
        output.append(
            _row(
                (
                    f"{result.n:,}", _kb(result.entity_page_bytes), *_largest_cells(result),
                    f"{result.site_bytes / 1e6:.1f}", _search(result, "material"),
                    _search(result, "pagefind"), _spread(result.pagefind_build, 1),
                )
            )
        )  # fmt: skip
    return "\n".join(build) + "\n\n" + "\n".join(output)


@dataclass(frozen=True)
class Target:
    """One of the issue's targets, with what the run measured."""

    name: str
    met: bool | None
    measured: str


def targets(results: Sequence[SizeResult]) -> list[Target]:
    """Each target the benchmark can judge from these results (None: sizes not run)."""
    by_n: Mapping[int, SizeResult] = {result.n: result for result in results}
    found: list[Target] = []
    for n in (1000, 5000):
        result = by_n.get(n)
        if result and result.ratio:
            found.append(
                Target(
                    f"build from YAML <= 1.10x plain MkDocs at N = {n:,}",
                    result.ratio <= 1.10,
                    f"{result.ratio:.3f}x (CPU {result.cpu_ratio or 0:.3f}x)",
                )
            )
    small, large = by_n.get(500), by_n.get(5000)
    if small and large and small.atlas_build and large.atlas_build:
        growth = (large.atlas_build.median / large.n) / (small.atlas_build.median / small.n)
        found.append(
            Target("time per entity at 5,000 within 1.25x of 500", growth <= 1.25, f"{growth:.2f}x")
        )
    sized = [result for result in results if result.entity_page_bytes]
    if len(sized) > 1:
        pages = [result.entity_page_bytes for result in sized]
        spread = max(pages) / min(pages)
        found.append(
            Target("HTML bytes per entity page flat within 1.2x", spread <= 1.2, f"{spread:.2f}x")
        )
    found += _page_bound(results)
    largest = by_n.get(10000)
    if largest and largest.generate:
        ok = largest.generate.median < 5 and largest.generate_peak_mb < 500
        found.append(
            Target(
                "load+validate+link+render of 10,000 under 5 s and 500 MB",
                ok,
                f"{largest.generate.median:.2f} s, {largest.generate_peak_mb:.0f} MB",
            )
        )
    if largest:
        for backend, queries in largest.search.items():
            worst = max(queries.values())
            found.append(
                Target(
                    f"first search at N = 10,000 downloads <= 300 KB ({backend})",
                    worst <= 300_000,
                    ", ".join(f"{query}: {_kb(size)} KB" for query, size in queries.items()),
                )
            )
    thousand = by_n.get(1000)
    if thousand and thousand.serve_edit and thousand.atlas_build:
        share = thousand.serve_edit.median / thousand.atlas_build.median
        found.append(
            Target(
                "mkdocs serve shows an edit at N = 1,000 in under 1/3 of a full build",
                share < 1 / 3,
                f"{thousand.serve_edit.median:.2f} s = {share:.2f} of a "
                f"{thousand.atlas_build.median:.1f} s build",
            )
        )
    return found


def _page_bound(results: Sequence[SizeResult]) -> list[Target]:
    """No page over the bound, at each size measured; and the largest page flat from 1,000 on."""
    found = []
    for result in results:
        page, zipped = result.largest_page, result.largest_gzip_page
        if page is None or zipped is None:
            continue
        found.append(
            Target(
                f"no page over {PAGE_BOUND // 1000} KB of HTML ({PAGE_BOUND_GZIP // 1000} KB "
                f"gzipped) at N = {result.n:,}",
                page.within_bound and zipped.within_bound,
                f"{page.path} {_kb(page.html_bytes)} KB; most gzipped {zipped.path} "
                f"{_kb(zipped.gzip_bytes)} KB",
            )
        )
    return found


def targets_text(found: Sequence[Target]) -> str:
    """The targets as a Markdown list."""
    marks = {True: "met", False: "MISSED", None: "not measured"}
    return "\n".join(f"- {marks[t.met]}: {t.name} — {t.measured}" for t in found)
