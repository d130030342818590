"""Two builds of the same commit give a byte-identical site/.

The two builds run as separate `mkdocs build --strict` processes with different hash seeds,
from different working directories, in projects at different paths, and one of them sees every
directory listed in reverse order; SOURCE_DATE_EPOCH comes from the commit, as the deploy sets
it. Every file of the two sites is compared.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from atlas.source_date import commit_time, pin_source_date
from conftest import ROOT, copy_site_project

pytestmark = pytest.mark.slow

REVERSED_LISTINGS = textwrap.dedent(
    '''
    """Loaded at start-up through PYTHONPATH: every directory is listed in reverse order."""
    import os

    _listdir, _scandir = os.listdir, os.scandir


    class _Reversed:
        def __init__(self, entries):
            self.entries = iter(sorted(entries, key=lambda entry: entry.name, reverse=True))

        def __iter__(self):
            return self

        def __next__(self):
            return next(self.entries)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

        def close(self):
            pass


    def listdir(path="."):
        return sorted(_listdir(path), reverse=True)


    def scandir(path="."):
        with _scandir(path) as entries:
            return _Reversed(list(entries))


    os.listdir, os.scandir = listdir, scandir
    '''
)


def build(base: Path, *, seed: str, from_inside: bool, reverse: bool, epoch: str) -> Path:
    """Copy the project under `base` and build it in a new process; returns the site folder."""
    project = base / "a project folder"
    config = copy_site_project(project)
    env = {
        **os.environ,
        "NO_MKDOCS_2_WARNING": "true",
        "PYTHONHASHSEED": seed,
        "SOURCE_DATE_EPOCH": epoch,
    }
    if reverse:
        (base / "reversed").mkdir()
        (base / "reversed" / "sitecustomize.py").write_text(REVERSED_LISTINGS, encoding="utf-8")
        env["PYTHONPATH"] = os.pathsep.join(
            filter(None, [str(base / "reversed"), env.get("PYTHONPATH")])
        )
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file", str(config)],
        cwd=project if from_inside else base,
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return project / "site"


def files_of(site: Path) -> dict[str, bytes]:
    return {
        path.relative_to(site).as_posix(): path.read_bytes()
        for path in sorted(site.rglob("*"))
        if path.is_file()
    }


def test_two_builds_of_one_commit_are_byte_identical(tmp_path):
    """Every file of two builds is the same, byte for byte, whatever the seed, cwd and order."""
    epoch = commit_time(ROOT) or "1767225600"
    first, second = tmp_path / "first", tmp_path / "second build"
    first.mkdir()
    second.mkdir()
    with ThreadPoolExecutor(max_workers=2) as pool:
        one = pool.submit(build, first, seed="1", from_inside=True, reverse=False, epoch=epoch)
        two = pool.submit(build, second, seed="4242", from_inside=False, reverse=True, epoch=epoch)
        sites = files_of(one.result()), files_of(two.result())
    assert len(sites[0]) > 50
    assert sorted(sites[0]) == sorted(sites[1])
    assert [name for name in sites[0] if sites[0][name] != sites[1][name]] == []


def test_source_date_comes_from_the_last_commit(tmp_path):
    """Without SOURCE_DATE_EPOCH, the build takes the last commit's time; a set value wins."""
    repo = tmp_path / "repo"
    repo.mkdir()
    env = {
        **os.environ,
        "GIT_AUTHOR_DATE": "@1767225600 +0000",
        "GIT_COMMITTER_DATE": "@1767225600 +0000",
        "GIT_AUTHOR_NAME": "A",
        "GIT_AUTHOR_EMAIL": "a@example.org",
        "GIT_COMMITTER_NAME": "A",
        "GIT_COMMITTER_EMAIL": "a@example.org",
    }
    for command in (["init", "-q"], ["commit", "-q", "--allow-empty", "-m", "x"]):
        subprocess.run(["git", "-C", str(repo), *command], env=env, check=True)
    environ: dict[str, str] = {}
    assert pin_source_date(repo, environ) == "1767225600"
    assert environ == {"SOURCE_DATE_EPOCH": "1767225600"}
    assert pin_source_date(repo, {"SOURCE_DATE_EPOCH": "5"}) == "5"
    assert pin_source_date(tmp_path / "not a repository", {}) is None
