import os

import pytest

from atlas.render.output import Files, sync_pages, write_tree


def test_sync_rewrites_only_changed_files_and_removes_stale_ones(tmp_path):
    """Unchanged pages keep their file (and time); changed ones are rewritten; stale ones go."""
    folder = tmp_path / "pages"
    assert sync_pages({"a.md": "A", "sub/b.md": "B", "old/c.md": "C"}, folder) == (3, 0)
    os.utime(folder / "a.md", (1, 1))
    assert sync_pages({"a.md": "A", "sub/b.md": "B2"}, folder) == (1, 1)
    assert (folder / "a.md").stat().st_mtime == 1
    assert (folder / "sub" / "b.md").read_text() == "B2"
    assert not (folder / "old").exists()


def test_write_tree_refuses_an_existing_folder(tmp_path):
    """Writing pages never mixes with an existing folder."""
    (tmp_path / "out").mkdir()
    with pytest.raises(FileExistsError):
        write_tree({"a.md": "A"}, tmp_path / "out")


def test_write_tree_is_all_or_nothing(tmp_path):
    """If writing fails part-way, no output folder and no staging folder are left."""
    pages = {"a.md": "A", "b/\0bad.md": "B"}
    with pytest.raises(ValueError, match="null"):
        write_tree(pages, tmp_path / "out")
    assert list(tmp_path.iterdir()) == []


def test_write_tree_writes_every_page(tmp_path):
    """A successful write holds every page."""
    write_tree({"a.md": "A", "b/c.md": "C"}, tmp_path / "out")
    assert sorted(
        p.relative_to(tmp_path / "out").as_posix() for p in (tmp_path / "out").rglob("*.md")
    ) == ["a.md", "b/c.md"]


def test_files_hold_utf8_and_read_back_as_text():
    """Generated files are kept encoded, read back unchanged, and written byte for byte."""
    files = Files({"b.md": "Zhipu AI (智谱) – ok", "a.json": "{}"})
    assert files.data("b.md") == "Zhipu AI (智谱) – ok".encode()
    assert files["b.md"] == "Zhipu AI (智谱) – ok"
    assert dict(files) == {"b.md": "Zhipu AI (智谱) – ok", "a.json": "{}"}
    assert list(files.by_path()) == ["a.json", "b.md"]


def test_files_merged_are_sorted_and_refuse_clashes(tmp_path):
    """Merging keeps both sets sorted by path; a path made twice is an error."""
    merged = Files({"z.md": "Z"}).merged(Files({"a.md": "A"}))
    assert list(merged) == ["a.md", "z.md"]
    with pytest.raises(ValueError, match=r"clash: a\.md"):
        merged.merged(Files({"a.md": "again"}))
    write_tree(merged, tmp_path / "out")
    assert (tmp_path / "out" / "a.md").read_bytes() == b"A"
