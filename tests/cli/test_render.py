"""`python -m atlas render`: pages to a new folder, or a whole project for any engine."""

from atlas.cli import main
from atlas.cli.render import without_settings


def test_settings_are_removed_with_their_lines():
    """Top-level settings go with everything indented under them; tags such as !ENV stay."""
    config = "a: 1\nhooks:\n  - x.py\n\nwatch:\n  - data\nb: !ENV [B, null]\n"
    assert without_settings(config, ("hooks", "watch")) == "a: 1\nb: !ENV [B, null]\n"


def test_render_refuses_an_existing_folder(minimal_data, tmp_path, capsys):
    """The output folder must be new: nothing is written half-way into an old one."""
    (tmp_path / "out").mkdir()
    assert main(["--data", str(minimal_data), "render", "--out", str(tmp_path / "out")]) == 2
    assert "already exists" in capsys.readouterr().err
