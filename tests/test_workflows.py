"""The GitHub workflows, issue forms, pull-request template and pre-commit configuration.

They are valid for the services that read them, pin what they use, and run the same commands as
the README and .ci/run, so what CI says about a pull request is what a contributor sees locally.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from pre_commit.clientlib import load_config

from atlas.cli import build_parser
from conftest import ROOT

GITHUB = ROOT / ".github"
WORKFLOWS = sorted((GITHUB / "workflows").glob("*.yml"))
ISSUE_FORMS = sorted((GITHUB / "ISSUE_TEMPLATE").glob("*.yml"))
README = (ROOT / "README.md").read_text(encoding="utf-8")
CI_RUN = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
MAKE_TARGETS = set(re.findall(r"(?m)^([a-z]+):", (ROOT / "Makefile").read_text(encoding="utf-8")))


def load(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def triggers(workflow: dict) -> dict:
    """PyYAML reads the key `on` as True (YAML 1.1)."""
    return workflow.get("on") or workflow[True]


def steps(workflow: dict) -> list[dict]:
    return [step for job in workflow["jobs"].values() for step in job.get("steps", [])]


def run_commands(workflow: dict) -> list[str]:
    return [step["run"].strip() for step in steps(workflow) if "run" in step]


def validate(schema: str, files: list[Path]) -> subprocess.CompletedProcess[str]:
    """Validate with check-jsonschema's copy of the schema, as the pre-commit hook does."""
    return subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--builtin-schema", schema, *map(str, files)],
        capture_output=True,
        text=True,
        check=False,
    )


def test_workflows_and_issue_forms_are_valid():
    """Each file passes the schema GitHub's own format is published with (offline copy)."""
    assert [path.name for path in WORKFLOWS] == ["deploy.yml", "pull-request.yml"]
    result = validate("vendor.github-workflows", WORKFLOWS)
    assert result.returncode == 0, result.stdout + result.stderr
    assert [path.name for path in ISSUE_FORMS] == ["correct-a-fact.yml", "suggest-an-entry.yml"]
    result = validate("vendor.github-issue-forms", ISSUE_FORMS)
    assert result.returncode == 0, result.stdout + result.stderr
    assert [load(path)["name"] for path in ISSUE_FORMS] == ["Correct a fact", "Suggest an entry"]


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda path: path.name)
def test_actions_and_images_are_pinned(path):
    """Every action is pinned to a full commit with its version in a comment; images by version."""
    text = path.read_text(encoding="utf-8")
    uses = re.findall(r"uses: (\S+)(.*)", text)
    assert uses
    for action, comment in uses:
        assert re.fullmatch(r"[\w-]+/[\w-]+@[0-9a-f]{40}", action), action
        assert re.fullmatch(r" # v\d+\.\d+\.\d+", comment), (action, comment)
    for job in load(path)["jobs"].values():
        if "container" in job:
            assert re.fullmatch(r"python:\d+\.\d+\.\d+-\w+", job["container"]), job["container"]


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda path: path.name)
def test_workflows_run_the_readme_commands(path):
    """Each command a workflow runs is a README command (make target) or .ci/run itself."""
    for command in run_commands(load(path)):
        if command == ".ci/run":
            continue
        assert re.fullmatch(r"make [a-z]+", command), command
        assert f"`{command}`" in README or f"{command} " in README, command
        assert command.split()[1] in MAKE_TARGETS, command


def test_ci_run_is_the_readme_test_command():
    """.ci/run ends with the README's test command."""
    assert CI_RUN.rstrip().splitlines()[-1] == "make test"
    assert "make test" in README


def test_pull_requests_are_validated_tested_built_and_uploaded():
    """On every pull request: validate, run the tests, build strictly, upload screenshots and site."""
    workflow = load(GITHUB / "workflows" / "pull-request.yml")
    assert "pull_request" in triggers(workflow)
    assert run_commands(workflow) == ["make check", ".ci/run", "make site"]
    uploads = [step for step in steps(workflow) if "upload-artifact" in step.get("uses", "")]
    assert [upload["with"]["path"] for upload in uploads] == ["test-artifacts/", "site/"]
    assert uploads[0]["if"] == "always()", "screenshots are kept when a browser test fails"
    assert "--strict" in (ROOT / "Makefile").read_text(encoding="utf-8").split("\nsite:")[1]
    assert workflow["permissions"] == {"contents": "read"}


def test_main_is_built_with_its_address_and_deployed_to_pages():
    """On main: build with the site and repository addresses from GitHub, then deploy."""
    workflow = load(GITHUB / "workflows" / "deploy.yml")
    assert triggers(workflow)["push"] == {"branches": ["main"]}
    build = next(step for step in steps(workflow) if step.get("run") == "make site")
    env = build["env"]
    assert env["ATLAS_SITE_URL"] == "${{ steps.pages.outputs.base_url }}/"
    assert env["ATLAS_REPO_URL"] == "${{ github.server_url }}/${{ github.repository }}"
    uses = [step.get("uses", "").split("@")[0] for step in steps(workflow)]
    assert uses == [
        "actions/checkout",
        "actions/configure-pages",
        "",
        "actions/upload-pages-artifact",
        "actions/deploy-pages",
    ]
    deploy = workflow["jobs"]["deploy"]
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["environment"]["name"] == "github-pages"


def test_pull_request_template_has_the_checklist():
    """The template asks for cited sources, claims and conflicts marked, and the check run."""
    template = (GITHUB / "pull_request_template.md").read_text(encoding="utf-8")
    items = re.findall(r"(?m)^- \[ \] (.+)$", template)
    assert len(items) >= 5
    text = " ".join(items)
    for needed in ("cites a source", "claim: true", "disputed:", "make check", "last_checked"):
        assert needed in text, needed


def test_pre_commit_configuration():
    """pre-commit runs ruff (lint and format), YAML checks and the validator on data changes,
    with the same ruff as the lock file and commands that exist."""
    config = load_config(str(ROOT / ".pre-commit-config.yaml"))
    hooks = {hook["id"]: (repo, hook) for repo in config["repos"] for hook in repo["hooks"]}
    for needed in ("ruff-check", "ruff-format", "check-yaml", "atlas-check", "atlas-headers"):
        assert needed in hooks, needed
    ruff_repo, _ = hooks["ruff-check"]
    locked = re.search(r"(?m)^ruff==(\S+)$", (ROOT / "requirements.lock").read_text("utf-8"))
    assert ruff_repo["rev"] == f"v{locked[1]}"
    _, check = hooks["atlas-check"]
    assert check["entry"] == "make check"
    assert check["files"] == "^data/"
    assert "check" in MAKE_TARGETS
    commands = build_parser()._subparsers._group_actions[0].choices
    for hook_id in ("atlas-headers", "atlas-schemas"):
        _, hook = hooks[hook_id]
        assert hook["entry"].startswith(".venv/bin/python -m atlas ")
        assert hook["entry"].split()[3] in commands
    assert all(
        re.fullmatch(r"v?\d+\.\d+\.\d+", repo["rev"])
        for repo in config["repos"]
        if repo["repo"] != "local"
    )
