import pytest

from atlas.load.yamlio import MAX_DEPTH, MAX_DIGITS, MAX_FILE_BYTES, YamlProblem, parse_yaml
from atlas.schema.common import MAX_TEXT
from conftest import ROOT


def test_lines_are_recorded_for_every_value():
    """Each key and list item must keep the line it starts on."""
    document = parse_yaml(
        "id: x\nfunding_rounds:\n  - date: 2023\n    investors:\n      - a\n      - b\n"
    )
    assert document.lines[("id",)] == 1
    assert document.lines[("funding_rounds", 0, "date")] == 3
    assert document.lines[("funding_rounds", 0, "investors", 1)] == 6


def test_missing_paths_fall_back_to_nearest_parent():
    """A path that is not in the file must point at its nearest existing parent."""
    document = parse_yaml("a:\n  b: 1\n")
    assert document.line_of(("a", "c", 0)) == 1


def test_dates_stay_as_written():
    """Dates must stay strings so partial precision is kept; no YAML timestamps."""
    document = parse_yaml("a: 2023-10-17\nb: 2023-10\nc: 2019\n")
    assert document.data == {"a": "2023-10-17", "b": "2023-10", "c": 2019}


def test_yes_no_are_strings():
    """YAML 1.1 booleans like NO (Norway) must stay text; only true/false are booleans."""
    assert parse_yaml("a: NO\nb: yes\nc: true\n").data == {"a": "NO", "b": "yes", "c": True}


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        (
            "a: 1\na: 2\n",
            2,
            "must appear only once in a mapping (it is also on line 1); delete one of the two",
        ),
        (
            "a: 1\n\tb: 2\n",
            2,
            "must not contain tab characters (found one at column 1); use spaces",
        ),
        (
            "a: &x 1\nb: *x\n",
            2,
            "must not use YAML aliases such as '*x' or anchors ('&'); write the value out in full",
        ),
        (
            "a: !!python/object:os.system x\n",
            1,
            "must not use YAML tags such as '!!python/object:os.system'; write a plain value",
        ),
        ("a: [1, 2\n", 1, "is not valid YAML: a list opened with '[' must be closed with ']'"),
        (
            "a: [1, , 2]\n",
            1,
            "is not valid YAML: a value must stand before ','; remove the extra ',' or put the "
            "value in quotes",
        ),
        ("a: 1\n---\nb: 2\n", 2, "must hold one YAML document; remove the '---' line"),
    ],
)
def test_rejected_yaml(text, line, message):
    """Files that are not plain, single YAML documents must be rejected with a located reason."""
    with pytest.raises(YamlProblem) as raised:
        parse_yaml(text)
    assert (raised.value.line, raised.value.message) == (line, message)


def test_nesting_depth_is_bounded():
    """Documents nested deeper than MAX_DEPTH must be rejected."""
    text = (
        "".join("  " * level + f"k{level}:\n" for level in range(MAX_DEPTH + 2))
        + "  " * (MAX_DEPTH + 2)
        + "v: 1\n"
    )
    with pytest.raises(YamlProblem, match="nested more than"):
        parse_yaml(text)


def test_readme_states_the_limits_the_code_enforces():
    """The limits a contributor reads are the ones the loader applies."""
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    assert f"at most {MAX_FILE_BYTES // 1024} KB, nested at most {MAX_DEPTH} levels" in readme
    assert f"at most {MAX_TEXT:,} characters" in readme
    assert f"at most {MAX_DIGITS} digits" in readme


def test_fast_and_pure_python_parsers_agree(minimal_data):
    """The C-parser path must give the same values and lines as the pure-Python parser."""
    from atlas.load import yamlio
    from conftest import ROOT

    paths = sorted(minimal_data.rglob("*.yaml")) + sorted((ROOT / "data").rglob("*.yaml"))
    for path in paths:
        text = path.read_text(encoding="utf-8-sig")
        fast = parse_yaml(text)
        slow = yamlio._parse(text)
        assert (fast.data, fast.lines) == (slow.data, slow.lines), path


def test_aliases_of_lists_are_rejected_at_their_line():
    """An alias of a collection is rejected at the line where it is used."""
    with pytest.raises(YamlProblem) as raised:
        parse_yaml("a: &x [1, 2]\nb:\n  - *x\n")
    assert raised.value.line == 3
