"""The benchmark command: its projects, its measurements and its report (never timed here)."""

from __future__ import annotations

import gzip
import json
import random
import sys

import pytest

from atlas.bench import __main__ as bench
from atlas.bench import project, search
from atlas.bench.measure import Spread, run
from atlas.bench.report import SizeResult, table, targets
from atlas.bench.sizes import PageSize, largest_markdown, measure_site, transfer_size


def test_plain_baseline_is_the_same_configuration_without_the_hook():
    """The baseline keeps every setting of mkdocs.yml except the generator's own."""
    config = project.plain_config()
    assert "hooks" not in config
    assert "watch" not in config
    assert config["theme"]["name"] == "material"
    assert config["plugins"][0]["search"]["lang"] == ["en", "zh"]


def test_measured_runs_report_time_and_output(tmp_path):
    """A child's wall and CPU time are read from the operating system, with what it printed."""
    measured = run(["python3", "-c", "sum(range(3_000_000)); print('done')"], cwd=tmp_path)
    assert measured.stdout.strip() == "done"
    assert measured.wall > 0
    assert measured.cpu > 0


def test_peak_memory_is_the_process_own(tmp_path):
    """The peak memory grows with what the measuring process itself holds, not its parent."""
    code = (
        "from atlas.bench.measure import peak_memory_mb\n"
        "before = peak_memory_mb()\n"
        "block = bytearray(60_000_000)\n"
        "block[::4096] = b'x' * len(block[::4096])\n"
        "print(before, peak_memory_mb())\n"
    )
    before, after = map(float, run([sys.executable, "-c", code], cwd=tmp_path).stdout.split())
    assert before < 100
    assert after > before + 50


def test_transfer_size_counts_compressed_files_as_they_are(tmp_path):
    """Text is counted gzip-compressed; Pagefind's gzip files as stored."""
    text = tmp_path / "a.json"
    text.write_text("word " * 1000, encoding="utf-8")
    packed = tmp_path / "b.pf_fragment"
    packed.write_bytes(gzip.compress(b"x" * 1000))
    assert transfer_size(text) < 200
    assert transfer_size(packed) == packed.stat().st_size


def test_site_sizes_count_entity_pages(tmp_path):
    """Entity pages are <kind>/<id>/index.html; listings and other pages are not."""
    for relative, size in {
        "organizations/a/index.html": 100,
        "organizations/b/index.html": 300,
        "organizations/index.html": 5000,
        "about/index.html": 50,
    }.items():
        path = tmp_path / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x" * size)
    measured = measure_site(tmp_path)
    assert (measured.entity_pages, measured.entity_page_bytes) == (2, 200)
    assert measured.total_bytes == 5450


def test_site_sizes_find_the_largest_page_plain_and_gzipped(tmp_path):
    """The largest page by HTML and the largest once gzipped, named by their address."""
    pages = {
        "timeline/2023/index.html": b"<p>" + b"a" * 9000,  # large, but compresses well
        "map/index.html": random.Random(1).randbytes(5000),  # smaller, but does not compress
        "index.html": b"home",
    }
    for relative, data in pages.items():
        (tmp_path / relative).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / relative).write_bytes(data)
    measured = measure_site(tmp_path)
    assert measured.largest.path == "timeline/2023/"
    assert measured.largest.html_bytes == 9003
    assert measured.largest.gzip_bytes < 200
    assert measured.largest_gzip.path == "map/"
    assert measured.largest_gzip.gzip_bytes > 4000
    assert measured.html_pages == 3


def test_largest_markdown_page_is_found_before_the_build():
    """The largest generated Markdown page (data files are not pages)."""
    found = largest_markdown({"a.md": "x" * 10, "b.md": "y" * 30, "c.json": "z" * 99})
    assert (found.path, found.html_bytes) == ("b.md", 30)


def test_page_bound_is_a_target_at_each_size():
    """Each size reports whether its largest page keeps within 500 KB (100 KB gzipped)."""
    small, large = _result(1000, 20.0, 20.0), _result(10000, 300.0, 280.0)
    small.largest_page = small.largest_gzip_page = PageSize("timeline/2023/", 240_000, 30_000)
    large.largest_page = PageSize("models/a-z/m/", 480_000, 60_000)
    large.largest_gzip_page = PageSize("map/", 300_000, 120_000)
    judged = {target.name: target for target in targets([small, large])}
    assert judged["no page over 500 KB of HTML (100 KB gzipped) at N = 1,000"].met is True
    missed = judged["no page over 500 KB of HTML (100 KB gzipped) at N = 10,000"]
    assert missed.met is False
    assert "most gzipped map/ 120.0 KB" in missed.measured
    printed = table([small, large])
    assert "| 1,000 | 25.0 | timeline/2023/ | 240.0 | 30.0 |" in printed
    assert "| models/a-z/m/ | 480.0 | 60.0 (most gzipped: map/, 120.0) |" in printed


def _result(n, build, plain, page=25_000.0, serve=None, generate=1.0, peak=100.0):
    return SizeResult(
        n,
        pages=n,
        generate=Spread.of([generate]),
        generate_peak_mb=peak,
        atlas_build=Spread.of([build]),
        plain_build=Spread.of([plain]),
        entity_page_bytes=page,
        serve_edit=Spread.of([serve]) if serve else None,
        search={"pagefind": {"en": 90_000, "zh": 120_000}},
    )


def test_targets_are_judged_from_medians():
    """Each target is met or missed from the measured medians, and says what was measured."""
    results = [
        _result(500, 10.0, 9.5, serve=None),
        _result(1000, 21.0, 20.0, serve=3.0),
        _result(5000, 120.0, 100.0, page=26_000),
        _result(10000, 300.0, 280.0, generate=4.2, peak=420),
    ]
    judged = {target.name: target.met for target in targets(results)}
    assert judged["build from YAML <= 1.10x plain MkDocs at N = 1,000"] is True
    assert judged["build from YAML <= 1.10x plain MkDocs at N = 5,000"] is False
    assert judged["time per entity at 5,000 within 1.25x of 500"] is True
    assert judged["HTML bytes per entity page flat within 1.2x"] is True
    assert judged["load+validate+link+render of 10,000 under 5 s and 500 MB"] is True
    assert judged["first search at N = 10,000 downloads <= 300 KB (pagefind)"] is True
    assert judged["mkdocs serve shows an edit at N = 1,000 in under 1/3 of a full build"] is True
    assert "1.050" in table(results)


def test_smoke_run_at_100_entities(tmp_path, capsys):
    """One command runs every measurement at N = 100 and prints the tables and targets."""
    out = tmp_path / "bench.json"
    assert bench.main(["--sizes", "100", "--runs", "1", "--json", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "| 100 |" in printed
    assert "plain MkDocs s" in printed
    result = json.loads(out.read_text(encoding="utf-8"))["results"][0]
    assert result["n"] == 100
    assert result["pages"] > 100
    assert result["atlas_build"]["median"] > 0
    assert result["plain_build"]["median"] > 0
    assert result["entity_page_bytes"] > 0
    assert result["largest_page"]["html_bytes"] >= result["entity_page_bytes"]
    assert result["largest_page"]["path"].endswith("/")
    assert result["serve_edit"]["median"] > 0
    assert result["pagefind_build"]["median"] > 0
    if search.available():
        assert set(result["search"]) == {"material", "pagefind"}


@pytest.mark.parametrize("bad", ["--sizes=abc", "--runs=x"])
def test_bad_arguments_exit_with_usage(bad):
    """Arguments that are not numbers stop with a usage message."""
    with pytest.raises(SystemExit):
        bench.main([bad])


def test_make_serve_runs_the_measured_server():
    """The benchmark times `mkdocs serve` with the options `make serve` uses."""
    from atlas.bench.serve import SERVE_OPTIONS
    from conftest import ROOT

    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert f"mkdocs serve {' '.join(SERVE_OPTIONS)}" in makefile
