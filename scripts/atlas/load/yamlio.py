"""Safe YAML reading: keeps the line of every value, rejects what data files must not hold."""

from __future__ import annotations

import re
from typing import Any

import yaml
import yaml.reader
from yaml.composer import Composer
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.parser import Parser
from yaml.reader import Reader
from yaml.resolver import Resolver
from yaml.scanner import Scanner

from ..schema.characters import FORBIDDEN, forbidden_character

try:
    from yaml.cyaml import CParser
except ImportError:  # PyYAML built without libyaml: every file takes the pure-Python path
    CParser = None

MAX_FILE_BYTES = 256 * 1024
"""Largest data file accepted. The biggest real entry is a few kilobytes."""
MAX_DEPTH = 12
"""Deepest nesting of mappings and lists accepted."""

Path = tuple[str | int, ...]


class YamlProblem(Exception):
    """A file that cannot be read as a data document.

    `line` is 1-based; `path` is the field where the problem is, when it is known.
    """

    def __init__(self, line: int, message: str, path: Path = ()) -> None:
        super().__init__(message)
        self.line = line
        self.message = message
        self.path = path


class _Resolver(Resolver):
    """YAML 1.2-like scalars: no timestamps, no yes/no/on/off booleans, no sexagesimal numbers.

    Why: dates must stay as written ('2023-10' vs '2023-10-01'), and a country code like NO
    must not turn into False. Digits with a leading zero ('0019') stay text, as in YAML 1.2's
    JSON schema, instead of becoming octal numbers.
    """


_Resolver.yaml_implicit_resolvers = {}
_Resolver.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)
_Resolver.add_implicit_resolver(
    "tag:yaml.org,2002:int", re.compile(r"^[-+]?(?:0|[1-9][0-9]*)$"), list("-+0123456789")
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


MAX_DIGITS = 30
"""Longest whole number accepted, in digits (the largest amount allowed has 17)."""


class _Loader(Reader, Scanner, Parser, Composer, SafeConstructor, _Resolver):
    def __init__(self, stream: str) -> None:
        Reader.__init__(self, stream)
        Scanner.__init__(self)
        Parser.__init__(self)
        Composer.__init__(self)
        SafeConstructor.__init__(self)
        _Resolver.__init__(self)
        self.depth = 0

    def compose_node(self, parent: Node | None, index: Any) -> Node | None:
        """Refuse aliases, and nesting past MAX_DEPTH before PyYAML's recursion can overflow."""
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise YamlProblem(
                event.start_mark.line + 1,
                f"must not use YAML aliases such as '*{event.anchor}' or anchors ('&'); "
                "write the value out in full",
            )
        if self.depth >= MAX_DEPTH + 1:
            raise YamlProblem(
                self.peek_event().start_mark.line + 1,
                f"must not be nested more than {MAX_DEPTH} levels deep; flatten this part",
            )
        self.depth += 1
        try:
            return super().compose_node(parent, index)  # type: ignore[no-any-return]
        finally:
            self.depth -= 1


class Document:
    """A parsed data file: plain Python values, and the line where each value starts.

    Why lines are lazy: only a file with a problem needs them. A file read by the fast path keeps
    its text, and its lines are worked out from it (by the pure-Python parser) on first use;
    recording them for every file would cost a third of a load's memory.
    """

    def __init__(self, data: Any, lines: dict[Path, int] | None = None, text: str = "") -> None:
        self.data = data
        self._lines = lines
        self._text = text.encode("utf-8")  # half the memory of a text with Chinese in it

    @property
    def lines(self) -> dict[Path, int]:
        """The line of every key and list item, by its path in the document."""
        if self._lines is None:
            self._lines = _parse(self._text.decode("utf-8")).lines
        return self._lines

    def line_of(self, path: Path) -> int:
        """The line of `path`, or of its nearest ancestor that exists in the file."""
        lines = self.lines
        while path not in lines and path:
            path = path[:-1]
        return lines.get(path, 1)

    def has(self, path: Path) -> bool:
        """Whether the file itself contains this path."""
        return path in self.lines


class _FastLoader(CParser, SafeConstructor, _Resolver):  # type: ignore[misc]
    """The same scalars and tags over libyaml's C parser, for files that turn out to be clean."""

    def __init__(self, stream: str) -> None:
        CParser.__init__(self, stream)
        SafeConstructor.__init__(self)
        _Resolver.__init__(self)

    # No path-based resolvers are registered, so the per-node path bookkeeping can be skipped.
    def descend_resolver(self, current_node: Any, current_index: Any) -> None:
        return None

    def ascend_resolver(self) -> None:
        return None


class _Retry(Exception):
    """The fast path met something to reject; the pure-Python path reads the file again.

    An alias, for one: the C parser resolves it into a shared node, so only the pure-Python
    parser can point at the line where it was written.
    """


_UNUSUAL = re.compile(
    "|".join((FORBIDDEN.pattern, Reader.NON_PRINTABLE.pattern, r"[\\\x85\u2028\u2029]"))
)
"""Text the fast path leaves to the pure-Python parser: characters data must not hold, or that
the two parsers might read differently (escapes, which can spell such characters, and the
Unicode line breaks)."""


def parse_yaml(text: str) -> Document:
    """Parse one YAML document, keeping lines.

    Why two parsers: libyaml's C parser is about twenty times faster, so a file is read with it
    first; a file it cannot read, or that breaks a rule, is read again by the pure-Python parser,
    whose errors this module words (and which sees aliases as written).

    Raises:
        YamlProblem: for syntax errors, duplicate keys, aliases, tags, control characters,
            huge numbers, or too deep nesting.
    """
    if "\t" in text:
        before = text[: text.index("\t")]
        line, column = before.count("\n") + 1, len(before) - before.rfind("\n")
        raise YamlProblem(
            line, f"must not contain tab characters (found one at column {column}); use spaces"
        )
    if CParser is not None and not _UNUSUAL.search(text):
        try:
            return Document(_fast_values(text), text=text)
        except (_Retry, yaml.YAMLError):
            pass
    return _parse(text)


def _parse(text: str) -> Document:
    """Parse with the pure-Python parser, recording every line; words every problem."""
    try:
        loader = _Loader(text)
    except yaml.reader.ReaderError as error:
        line = text[: error.position].count("\n") + 1
        found = forbidden_character(chr(error.character)) or f"U+{error.character:04X}"
        raise YamlProblem(line, f"must not contain {found}; delete it") from None
    try:
        node = loader.get_single_node()
    except YamlProblem:
        raise
    except yaml.MarkedYAMLError as error:
        raise _syntax_problem(error) from None
    except yaml.YAMLError as error:
        raise YamlProblem(1, f"is not valid YAML: {error}") from None
    finally:
        loader.dispose()
    lines: dict[Path, int] = {}
    data = None if node is None else _construct(node, (), lines, loader)
    return Document(data, lines)


def _fast_values(text: str) -> Any:
    loader = _FastLoader(text)
    try:
        node = loader.get_single_node()
    finally:
        loader.dispose()
    return None if node is None else _plain(node, loader, 0, set())


def _plain(node: Node, loader: _FastLoader, depth: int, seen: set[int]) -> Any:
    """The values of a node tree, by the rules of `_construct` but without recording lines.

    The text has already been checked for characters data must not hold.

    Raises:
        _Retry: on anything `_construct` or the composer would reject.
    """
    if id(node) in seen or depth > MAX_DEPTH or node.tag not in _ALLOWED_TAGS:
        raise _Retry
    seen.add(id(node))
    if isinstance(node, MappingNode):
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode) or key_node.tag not in _ALLOWED_TAGS:
                raise _Retry
            key = str(key_node.value)
            if key in result:
                raise _Retry
            result[key] = _plain(value_node, loader, depth + 1, seen)
        return result
    if isinstance(node, SequenceNode):
        return [_plain(item, loader, depth + 1, seen) for item in node.value]
    if node.tag == "tag:yaml.org,2002:str":
        return node.value
    if node.tag == "tag:yaml.org,2002:int" and len(str(node.value).lstrip("+-")) > MAX_DIGITS:
        raise _Retry
    try:
        return loader.construct_object(node, deep=True)
    except Exception:
        raise _Retry from None


def _syntax_problem(error: yaml.MarkedYAMLError) -> YamlProblem:
    """PyYAML's complaint, reworded for the common mistakes and placed on the line to fix."""
    problem = error.problem or ""
    context = error.context or ""
    at = error.problem_mark.line + 1 if error.problem_mark else 1
    start = error.context_mark.line + 1 if error.context_mark else at
    if context == "expected a single document in the stream":
        return YamlProblem(at, "must hold one YAML document; remove the '---' line")
    if problem.startswith("expected ',' or ']'"):
        return YamlProblem(start, f"{_INVALID}a list opened with '[' must be closed with ']'")
    if problem.startswith("expected ',' or '}'"):
        return YamlProblem(start, f"{_INVALID}a mapping opened with '{{' must be closed with '}}'")
    if "<stream end>" in problem:
        return YamlProblem(at, f"{_INVALID}the file ends before a '[' or '{{' is closed")
    if context == "while scanning a quoted scalar":
        return YamlProblem(start, f"{_INVALID}a quoted value must end with the quote it began with")
    if problem == "mapping values are not allowed here":
        return YamlProblem(
            at,
            f"{_INVALID}a value with ': ' in it must be put in quotes (summary: \"A: B\"), "
            "or this line must be indented like the keys above it",
        )
    if problem == "could not find expected ':'":
        return YamlProblem(
            start,
            f"{_INVALID}each line must be 'key: value'; add the ':' or put a long value in quotes",
        )
    if problem.endswith("but found '<scalar>'"):
        return YamlProblem(
            at, f"{_INVALID}text must not follow a closing quote; put the whole value in quotes"
        )
    if problem.startswith("expected <block end>"):
        return YamlProblem(at, f"{_INVALID}this line must be indented like the lines around it")
    cannot_start = re.fullmatch(r"found character '(.)' that cannot start any token", problem)
    if cannot_start:
        return YamlProblem(
            at,
            f"{_INVALID}a value must not begin with '{cannot_start.group(1)}' unless it is in "
            "quotes",
        )
    unknown_escape = re.fullmatch(r"found unknown escape character '(.)'", problem)
    if unknown_escape:
        return YamlProblem(
            at,
            f"{_INVALID}a double-quoted value must not contain '\\{unknown_escape.group(1)}'; "
            "write '\\\\' for a backslash, or use single quotes",
        )
    no_value = re.fullmatch(r"expected the node content, but found '(.)'", problem)
    if no_value:
        return YamlProblem(
            at,
            f"{_INVALID}a value must stand before '{no_value.group(1)}'; remove the extra "
            f"'{no_value.group(1)}' or put the value in quotes",
        )
    return YamlProblem(at, f"{_INVALID}{problem or context} (each line must be 'key: value')")


_INVALID = "is not valid YAML: "


def _tag(tag: str) -> str:
    return tag.replace("tag:yaml.org,2002:", "!!")


def _construct(node: Node, path: Path, lines: dict[Path, int], loader: _Loader) -> Any:
    line = node.start_mark.line + 1
    lines[path] = line
    if node.tag not in _ALLOWED_TAGS:
        raise YamlProblem(
            line,
            f"must not use YAML tags such as {_tag(node.tag)!r}; write a plain value",
            path,
        )
    if isinstance(node, MappingNode):
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key_line = key_node.start_mark.line + 1
            if not isinstance(key_node, ScalarNode) or key_node.tag not in _ALLOWED_TAGS:
                raise YamlProblem(key_line, "must use plain words as keys, not lists or mappings")
            key = str(loader.construct_scalar(key_node))
            if (found := forbidden_character(key)) is not None:
                raise YamlProblem(key_line, f"keys must not contain {found}; delete it", path)
            if key in result:
                raise YamlProblem(
                    key_line,
                    f"must appear only once in a mapping (it is also on line "
                    f"{lines[(*path, key)]}); delete one of the two",
                    (*path, key),
                )
            lines[(*path, key)] = key_line
            result[key] = _construct(value_node, (*path, key), lines, loader)
            lines[(*path, key)] = key_line
        return result
    if isinstance(node, SequenceNode):
        return [
            _construct(item, (*path, index), lines, loader) for index, item in enumerate(node.value)
        ]
    if node.tag == "tag:yaml.org,2002:int":
        digits = len(str(node.value).lstrip("+-"))
        if digits > MAX_DIGITS:
            raise YamlProblem(
                line, f"must be a number of at most {MAX_DIGITS} digits (got {digits} digits)", path
            )
    try:
        value = loader.construct_object(node, deep=True)
    except (ValueError, KeyError, yaml.YAMLError):
        raise YamlProblem(
            line, f"must be a plain value; {node.value!r} is not a valid {_tag(node.tag)}", path
        ) from None
    if isinstance(value, str) and (found := forbidden_character(value)) is not None:
        raise YamlProblem(line, f"must not contain {found}; delete it", path)
    return value
