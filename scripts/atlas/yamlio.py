"""Safe YAML reading: keeps the line of every value, rejects what data files must not hold."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.composer import Composer
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.parser import Parser
from yaml.reader import Reader
from yaml.resolver import Resolver
from yaml.scanner import Scanner

MAX_FILE_BYTES = 256 * 1024
"""Largest data file accepted. The biggest real entry is a few kilobytes."""
MAX_DEPTH = 12
"""Deepest nesting of mappings and lists accepted."""

Path = tuple[str | int, ...]


class YamlProblem(Exception):
    """A file that cannot be read as a data document; `line` is 1-based."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


class _Resolver(Resolver):
    """YAML 1.2-like scalars: no timestamps, no yes/no/on/off booleans, no sexagesimal numbers.

    Why: dates must stay as written ('2023-10' vs '2023-10-01'), and a country code like NO
    must not turn into False.
    """


_Resolver.yaml_implicit_resolvers = {}
_Resolver.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)
_Resolver.add_implicit_resolver(
    "tag:yaml.org,2002:int", re.compile(r"^[-+]?[0-9]+$"), list("-+0123456789")
)
_Resolver.add_implicit_resolver(
    "tag:yaml.org,2002:float",
    re.compile(
        r"^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]+(?:[eE][-+]?[0-9]+)?$|^[-+]?[0-9]+[eE][-+]?[0-9]+$"
    ),
    list("-+0123456789."),
)
_Resolver.add_implicit_resolver(
    "tag:yaml.org,2002:null", re.compile(r"^(?:~|null|Null|NULL|)$"), ["~", "n", "N", ""]
)

_ALLOWED_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:map",
    "tag:yaml.org,2002:seq",
}


class _Loader(Reader, Scanner, Parser, Composer, SafeConstructor, _Resolver):
    def __init__(self, stream: str) -> None:
        Reader.__init__(self, stream)
        Scanner.__init__(self)
        Parser.__init__(self)
        Composer.__init__(self)
        SafeConstructor.__init__(self)
        _Resolver.__init__(self)

    def compose_node(self, parent: Node | None, index: Any) -> Node | None:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise YamlProblem(
                event.start_mark.line + 1,
                "anchors and aliases (& and *) are not allowed in data files; write the value out",
            )
        return super().compose_node(parent, index)  # type: ignore[no-any-return]


@dataclass
class Document:
    """A parsed data file: plain Python values plus the line where each value starts."""

    data: Any
    lines: dict[Path, int] = field(default_factory=dict)

    def line_of(self, path: Path) -> int:
        """The line of `path`, or of its nearest ancestor that exists in the file."""
        while path not in self.lines and path:
            path = path[:-1]
        return self.lines.get(path, 1)

    def has(self, path: Path) -> bool:
        """Whether the file itself contains this path."""
        return path in self.lines


def parse_yaml(text: str) -> Document:
    """Parse one YAML document, keeping lines.

    Raises:
        YamlProblem: for syntax errors, duplicate keys, aliases, tags, or too deep nesting.
    """
    if "\t" in text:
        line = text[: text.index("\t")].count("\n") + 1
        raise YamlProblem(line, "tab characters are not allowed; indent with spaces")
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
    except YamlProblem:
        raise
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else 1
        if error.context == "expected a single document in the stream":
            raise YamlProblem(line, "must hold one YAML document; remove the '---' line") from None
        raise YamlProblem(line, f"is not valid YAML: {error.problem or error.context}") from None
    except yaml.YAMLError as error:
        raise YamlProblem(1, f"is not valid YAML: {error}") from None
    finally:
        loader.dispose()
    document = Document(data=None)
    if node is not None:
        document.data = _construct(node, (), document.lines, loader, 0)
    return document


def _construct(node: Node, path: Path, lines: dict[Path, int], loader: _Loader, depth: int) -> Any:
    lines[path] = node.start_mark.line + 1
    if depth > MAX_DEPTH:
        raise YamlProblem(node.start_mark.line + 1, f"is nested more than {MAX_DEPTH} levels deep")
    if node.tag not in _ALLOWED_TAGS:
        raise YamlProblem(
            node.start_mark.line + 1,
            f"uses the YAML tag {node.tag!r}; data files may only hold plain values, lists "
            "and mappings",
        )
    if isinstance(node, MappingNode):
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode) or key_node.tag not in _ALLOWED_TAGS:
                raise YamlProblem(key_node.start_mark.line + 1, "mapping keys must be plain words")
            key = str(loader.construct_scalar(key_node))
            if key in result:
                raise YamlProblem(
                    key_node.start_mark.line + 1,
                    f"duplicate key {key!r} (first at line {lines[(*path, key)]}); keep one",
                )
            lines[(*path, key)] = key_node.start_mark.line + 1
            result[key] = _construct(value_node, (*path, key), lines, loader, depth + 1)
            lines[(*path, key)] = key_node.start_mark.line + 1
        return result
    if isinstance(node, SequenceNode):
        return [
            _construct(item, (*path, index), lines, loader, depth + 1)
            for index, item in enumerate(node.value)
        ]
    return loader.construct_object(node, deep=True)
