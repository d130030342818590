"""Licences: SPDX ids from the SPDX list, LicenseRef- ids from the atlas's vocabulary."""

import re

import pytest
import yaml
from pydantic import TypeAdapter, ValidationError

from atlas.schema.licenses import LicenseExpression, license_keys, license_of, license_refs
from conftest import ROOT


def test_spdx_ids_refs_and_expressions_pass():
    """SPDX ids, defined LicenseRefs and expressions of them are accepted as written."""
    adapter = TypeAdapter(LicenseExpression)
    for text in (
        "MIT",
        "Apache-2.0",
        "GPL-3.0-only",
        "LicenseRef-Llama-3.1",
        "Apache-2.0 AND LicenseRef-Baichuan-2",
        "MIT OR Apache-2.0",
    ):
        assert adapter.validate_python(text) == text
    assert license_keys("Apache-2.0 AND LicenseRef-Baichuan-2") == [
        "Apache-2.0",
        "LicenseRef-Baichuan-2",
    ]


@pytest.mark.parametrize(
    "text",
    ["Apache 2.0", "mit", "GPL-3.0", "LicenseRef-Unknown", "MIT AND", "MIT (with terms)", ""],
)
def test_free_text_deprecated_and_undefined_ids_fail(text):
    """Names, other spellings, deprecated SPDX ids and undefined LicenseRefs are refused."""
    with pytest.raises(ValidationError):
        TypeAdapter(LicenseExpression).validate_python(text)


def test_every_licenseref_has_a_name_and_an_address():
    """Each LicenseRef is defined once, with a name and (but for 'proprietary') a web address;
    one that points at an atlas source's page names that source, which must exist."""
    refs = license_refs()
    assert len(refs) >= 20
    sources = {path.stem for path in (ROOT / "data" / "sources").glob("*.yaml")}
    for ref in refs.values():
        assert re.fullmatch(r"LicenseRef-[A-Za-z0-9.-]+", ref.id)
        assert ref.name.strip()
        if ref.id != "LicenseRef-Proprietary":
            assert re.fullmatch(r"https://[^\s()<>]+", ref.url or ""), ref.id
        if ref.source is not None:
            assert ref.source in sources, ref.id
            source = yaml.safe_load((ROOT / "data" / "sources" / f"{ref.source}.yaml").read_text())
            assert source["url"] == ref.url, ref.id


def test_spdx_licences_are_named_and_linked_from_the_list():
    """An SPDX id's name comes from the SPDX list, its address is its page there."""
    assert license_of("Apache-2.0").name == "Apache License 2.0"
    assert license_of("MIT").url == "https://spdx.org/licenses/MIT.html"
