"""`python -m atlas.bench`: time the atlas build against plain MkDocs at several sizes.

For each size N it generates a synthetic data set, then measures (several runs; medians with
min–max): load + validate + link + render and its peak memory; `mkdocs build` of the atlas
from YAML; `mkdocs build` of the same Markdown as a plain MkDocs site (the baseline); the HTML
of an entity page; the largest page, plain and gzipped; the whole site; what a reader
downloads before a first search result; and how long `mkdocs serve` takes to show an edit of
one data file.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path

import yaml

from ..graph import load_graph
from ..render.site import read_schemas, render_site
from ..source_date import build_date
from . import machine, project, search, serve, synth
from .measure import Run, Spread, run
from .report import SizeResult, table, targets, targets_text
from .sizes import iter_sizes, measure_site

DEFAULT_SIZES = "100,500,1000,5000,10000"


def _mkdocs_build(config: Path, env: dict[str, str] | None = None) -> Run:
    return run(
        [sys.executable, "-m", "mkdocs", "build", "-f", str(config), "-d", "site"],
        cwd=config.parent,
        env={"NO_MKDOCS_2_WARNING": "true", **(env or {})},
    )


def _queries(files: dict[str, str]) -> dict[str, str]:
    """An English and a Chinese query a reader might type: an organization's names."""
    for path, text in files.items():
        if path.startswith("organizations/"):
            name = yaml.safe_load(text)["name"]
            if name.get("zh"):
                return {"en": name["en"].split()[0], "zh": name["zh"]}
    raise ValueError("the data set has no organization with a Chinese name")


def bench_size(n: int, runs: int, work: Path, options: argparse.Namespace) -> SizeResult:
    """Every measurement for one size."""
    result = SizeResult(n)
    files = synth.generate(n)
    atlas_config = project.make_atlas_project(work / "atlas", files)
    data = atlas_config.parent / "data"
    child = [sys.executable, "-m", "atlas.bench.child", str(data)]
    generated = [run(child, cwd=work) for _ in range(runs)]
    timings = [json.loads(one.stdout) for one in generated]
    result.pages = timings[0]["pages"]
    result.generate = Spread.of([t["load"] + t["render"] for t in timings])
    result.generate_cpu = Spread.of([one.cpu for one in generated])
    result.generate_peak_mb = max(t["peak_mb"] for t in timings)
    _say(
        f"N={n:,}: load+validate+link+render {result.generate.median:.2f} s, "
        f"{result.generate_peak_mb:.0f} MB"
    )

    pages = render_site(
        load_graph(data), None, read_schemas(data.parent / "schemas"), today=build_date()
    )
    plain_config = project.make_plain_project(work / "plain", pages)
    del pages
    atlas_runs: list[Run] = []
    plain_runs: list[Run] = []
    for _ in range(runs):  # alternate, so a busy spell on the machine hits both alike
        atlas_runs.append(_mkdocs_build(atlas_config, {"ATLAS_SEARCH": "material"}))
        plain_runs.append(_mkdocs_build(plain_config))
    result.atlas_build = Spread.of([one.wall for one in atlas_runs])
    result.plain_build = Spread.of([one.wall for one in plain_runs])
    result.atlas_build_cpu = Spread.of([one.cpu for one in atlas_runs])
    result.plain_build_cpu = Spread.of([one.cpu for one in plain_runs])
    _say(
        f"N={n:,}: atlas {result.atlas_build.median:.1f} s, plain {result.plain_build.median:.1f} s"
    )
    _measure_sizes(result, atlas_config.parent / "site")
    queries = list(_queries(files).values())
    site = atlas_config.parent / "site"
    if options.search and search.available():
        measured = search.first_search(site, queries)
        result.search["material"] = {one.query: one.transfer_bytes for one in measured}
    if options.search:
        pagefind_run = _mkdocs_build(atlas_config, {"ATLAS_SEARCH": "pagefind"})
        result.pagefind_build = Spread.of([pagefind_run.wall])
        if search.available():
            measured = search.first_search(site, queries)
            result.search["pagefind"] = {one.query: one.transfer_bytes for one in measured}
        _say(f"N={n:,}: search {result.search}")
    if options.serve and n <= options.serve_max:
        organization = next(
            path.split("/")[1][:-5] for path in files if path.startswith("organizations/")
        )
        latencies = serve.edit_latencies(atlas_config, organization, edits=runs)
        result.serve_edit = Spread.of(latencies)
        _say(f"N={n:,}: serve shows an edit after {result.serve_edit.median:.2f} s")
    return result


def _measure_sizes(result: SizeResult, site: Path) -> None:
    """The built site's size, its entity pages' and its largest page's."""
    size = measure_site(site)
    result.entity_page_bytes = size.entity_page_bytes
    result.site_bytes = size.total_bytes
    result.largest_page, result.largest_gzip_page = size.largest, size.largest_gzip
    if size.largest:
        _say(
            f"N={result.n:,}: largest page {size.largest.path}, "
            f"{size.largest.html_bytes / 1000:.1f} KB of HTML, "
            f"{size.largest.gzip_bytes / 1000:.1f} KB gzipped"
        )


def _sizes(text: str) -> list[int]:
    try:
        sizes = list(iter_sizes(text))
    except ValueError:
        message = f"sizes must be numbers such as 100,1k (got {text!r})"
        raise argparse.ArgumentTypeError(message) from None
    if not sizes or min(sizes) < 30:
        raise argparse.ArgumentTypeError("each size must be at least 30")
    return sizes


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and print the table, the targets and the machine."""
    parser = argparse.ArgumentParser(prog="python -m atlas.bench", description=__doc__)
    parser.add_argument(
        "--sizes",
        type=_sizes,
        default=DEFAULT_SIZES,
        help=f"comma-separated N, e.g. 100,1k (default {DEFAULT_SIZES})",
    )
    parser.add_argument("--runs", type=int, default=3, help="runs per measurement (default 3)")
    parser.add_argument("--no-search", dest="search", action="store_false")
    parser.add_argument("--no-serve", dest="serve", action="store_false")
    parser.add_argument(
        "--serve-max", type=int, default=1000, help="largest N to time `mkdocs serve` at"
    )
    parser.add_argument("--json", type=Path, help="also write the results as JSON here")
    parser.add_argument("--keep", type=Path, help="keep the generated projects in this folder")
    options = parser.parse_args(argv)
    sizes = options.sizes
    described = machine.describe()
    results = []
    work_root = Path(tempfile.mkdtemp(prefix="atlas-bench-"))
    try:
        for n in sizes:
            work = (options.keep or work_root) / f"n{n}"
            if work.exists():
                shutil.rmtree(work)
            results.append(bench_size(n, options.runs, work, options))
            if not options.keep:
                shutil.rmtree(work)
    finally:
        shutil.rmtree(work_root, ignore_errors=True)
    print(table(results))
    print()
    print(targets_text(targets(results)))
    print()
    print("; ".join(f"{key}: {value}" for key, value in described.items()))
    if options.json:
        payload = {
            "machine": described,
            "runs": options.runs,
            "results": [asdict(r) for r in results],
        }
        options.json.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
