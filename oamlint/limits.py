"""Named limits on what oamlint reads, so that hostile input ends in a finding or exit 2, never in exhaustion.

Every limit has a camelCase name, a default and a unit. A run's limits are the defaults, overridden by
`limits:` in `.oamlint.yaml`, overridden in turn by `--limit NAME=VALUE` (so CI can pin them whatever the
pull request's config says). The command line sets them with `applied(flags)`, a command that reads the
config file adds its `limits:` with `configure(...)`, and code anywhere reads them with `current()`.

A value is a positive integer; a byte limit may also be written with a binary suffix (`16MiB`, `512KiB`,
`1GiB`). Each message about a limit names it and says how to raise it (`raise_hint`).

Files and streams are read only through `read_regular` and `read_stream`, which never read more than the
limit + 1 bytes and never open anything but a regular file (a FIFO would block, a device never ends).
"""

from __future__ import annotations

import contextlib
import contextvars
import dataclasses
import json
import os
import re
import stat
from collections.abc import Iterator, Mapping, Sequence
from typing import IO, Any

from oamlint.errors import FatalError
from oamlint.files import kind_of
from oamlint.words import did_you_mean

KiB, MiB, GiB = 1 << 10, 1 << 20, 1 << 30
SIZE = re.compile(r"^\s*([0-9][0-9_]*)\s*(KiB|MiB|GiB)?\s*$")
MULTIPLIER = {None: 1, "KiB": KiB, "MiB": MiB, "GiB": GiB}


@dataclasses.dataclass(frozen=True)
class Limit:
    """One limit's name (as in `.oamlint.yaml` and `--limit`), default, unit, what it bounds, and the highest value
    it may be raised to (None: any): a higher one would let one file crash oamlint or take more than about 1 GiB."""

    name: str
    default: int
    unit: str  # "bytes", "documents", "levels", "nodes", "rows" or "times"
    bounds: str
    ceiling: int | None = None


CATALOGUE: tuple[Limit, ...] = (
    Limit("fileBytes", 8 * MiB, "bytes", "the size of one spec file (and of `.oamlint.yaml` and a `--baseline`)"),
    Limit("streamBytes", 8 * MiB, "bytes", "the size of the YAML stream read by `oamlint check -`"),
    # The ceilings: a pull request's .oamlint.yaml sets `limits:`, so no value may let one file crash the run or
    # take more than about 1 GiB. Measured (SECURITY.md, Limits): 2,000,000 empty documents took 951 MB; a role of
    # 120,000 users (a finding each) 1.4 GiB, so 50,000 nodes stay near 600 MB; an alias bomb with both node limits
    # at 10⁹ ran out of memory. Loading, schema checks and encoding walk a document recursively: near 500 levels
    # Python's recursion limit ended the run with an internal error, near 25,000 libyaml's composer crashed.
    Limit("documentsPerFile", 2_000, "documents", "the YAML documents in one spec file or stream", ceiling=20_000),
    Limit("nestingDepth", 100, "levels", "how deeply mappings and lists nest in one document", ceiling=250),
    Limit("nodesPerFile", 25_000, "nodes", "the mappings, lists and scalars in one file, aliases expanded",
          ceiling=50_000),
    Limit("aliasNodes", 10_000, "nodes", "the nodes that aliases (`*name`) expand to, in one file", ceiling=50_000),
    # Each environment of an Application is the whole document with its overrides applied: N deploy steps with inline
    # overrides over N components cost N² nodes from a file within nodesPerFile (400 × 400, 65 KB: 21 s, 3.3 GB), one
    # nameless patch is merged into every component (200 components × 2,000 properties, 52 KB: 2.9 GB), and each
    # Application of a file has its own. So it is a budget for the file: every environment counted as OPA reads it,
    # every merge of a patch into a component, and RE2's work on patch names: each compiled, and each search of a
    # component name, by the characters read times the pattern's program size (400 patterns over a 1 MB name took
    # 129 s, 3,000 over 3,000 short names 46 s, a 40-way alternation over 250 KB 384 s) (environments.py `_Budget`,
    # `_compiled`). The worst case, where every node is a finding (one role of many users in 20 environments): 39,620
    # nodes 5.6 s and 753 MiB; 49,620 8.1 s and 974 MiB.
    Limit("environmentNodes", 40_000, "nodes", "the nodes of one file's environments together (each is a whole "
          "Application with its overrides applied)", ceiling=40_000),
    Limit("pureParserBytes", 1 * MiB, "bytes", "a file that libyaml rejects is read again by the slower YAML 1.2 parser"),
    Limit("backupEntryBytes", 256 * MiB, "bytes", "one file inside a `gogs backup` archive, uncompressed"),
    Limit("backupExpansionRatio", 200, "times", "how much larger a backup entry is uncompressed than compressed"),
    Limit("tableRows", 1_000_000, "rows", "the rows read from one table of a Gogs backup or database"),
    Limit("exportBytes", 128 * MiB, "bytes", "the size of a Gogs export read by `check --export`"),
)
BY_NAME = {limit.name: limit for limit in CATALOGUE}
FIX = "raise it with `--limit {name}={value}` or `limits: {{{name}: {value}}}` in .oamlint.yaml"


@dataclasses.dataclass(frozen=True)
class Limits:
    """A run's limit values by name, and which of them the command line set (config may not override those)."""

    values: Mapping[str, int] = dataclasses.field(default_factory=lambda: {l.name: l.default for l in CATALOGUE})
    pinned: frozenset[str] = frozenset()

    def __getitem__(self, name: str) -> int:
        return self.values[name]

    def with_config(self, settings: Mapping[str, Any] | None) -> Limits:
        """These limits with `settings` (the `limits:` mapping of `.oamlint.yaml`) applied, except pinned ones.

        Raises FatalError for an unknown name or a value that is not a positive size.
        """
        parsed = {name: parse_value(name, value, "limits") for name, value in (settings or {}).items()}
        values = {**self.values, **{k: v for k, v in parsed.items() if k not in self.pinned}}
        return dataclasses.replace(self, values=values)


DEFAULTS = Limits()
_current: contextvars.ContextVar[Limits] = contextvars.ContextVar("oamlint_limits", default=DEFAULTS)


def current() -> Limits:
    """The limits in force: defaults, unless a command applied others."""
    return _current.get()


@contextlib.contextmanager
def applied(flags: Sequence[str] = (), base: Limits = DEFAULTS) -> Iterator[Limits]:
    """Within the block, `current()` is `base` with the `--limit NAME=VALUE` flags applied and pinned.

    Raises FatalError for a flag that is not NAME=VALUE, an unknown name or a bad value.
    """
    parsed = dict(parse_flag(flag) for flag in flags)
    limits = Limits({**base.values, **parsed}, base.pinned | frozenset(parsed))
    token = _current.set(limits)
    try:
        yield limits
    finally:
        _current.reset(token)


def configure(settings: Mapping[str, Any] | None) -> Limits:
    """Apply `.oamlint.yaml`'s `limits:` to the current limits (flags still win) and return the result."""
    limits = current().with_config(settings)
    _current.set(limits)
    return limits


def parse_flag(flag: str) -> tuple[str, int]:
    name, sep, value = flag.partition("=")
    if not sep:
        raise FatalError(f"--limit `{flag}`: expected NAME=VALUE", f"for example `--limit fileBytes=16MiB`; {names()}")
    return name.strip(), parse_value(name.strip(), value, "--limit")


def parse_value(name: str, value: Any, where: str) -> int:
    """`value` as a positive integer, at most the limit's ceiling; raises FatalError naming `where` (`--limit` or
    `limits`)."""
    if name not in BY_NAME:
        raise FatalError(f"{where}: unknown limit `{name}`{did_you_mean(name, BY_NAME)}", names())
    match = SIZE.match(value) if isinstance(value, str) else None
    number = value if isinstance(value, int) and not isinstance(value, bool) else None
    if match is not None and (match.group(2) is None or BY_NAME[name].unit == "bytes"):
        number = int(match.group(1).replace("_", "")) * MULTIPLIER[match.group(2)]
    if number is None or number < 1:
        suffix = " (or a size such as `16MiB`)" if BY_NAME[name].unit == "bytes" else ""
        shown = value if isinstance(value, str) else json.dumps(value)  # as YAML and JSON write it: `true`, `null`
        raise FatalError(f"{where}: limit `{name}` must be a positive whole number{suffix}, got `{shown}`", names())
    ceiling = BY_NAME[name].ceiling
    if ceiling is not None and number > ceiling:
        raise FatalError(f"{where}: limit `{name}` may be at most {describe(name, ceiling)} (more would let one file "
                         f"crash oamlint or take more than about 1 GiB), got `{value}`", f"set it to {ceiling} or less")
    return number


def names() -> str:
    return "limits: " + ", ".join(f"`{limit.name}` ({describe(limit.name, limit.default)})" for limit in CATALOGUE)


def describe(name: str, value: int) -> str:
    """`8 MiB`, `100 levels`: a value in the limit's unit, in words."""
    unit = BY_NAME[name].unit
    if unit == "bytes":
        for suffix, size in (("GiB", GiB), ("MiB", MiB), ("KiB", KiB)):
            if value >= size and value % size == 0:
                return f"{value // size} {suffix}"
        return f"{value:,} bytes"
    return f"{value:,} {unit}"


def raise_hint(name: str, needed: int | None = None) -> str:
    """How to raise limit `name`: to `needed` when known (bytes: rounded up to MiB), else to twice its value, at most
    to its ceiling; or that it is at its ceiling."""
    ceiling = BY_NAME[name].ceiling
    if ceiling is not None and current()[name] >= ceiling:
        return f"`{name}` is at its ceiling of {describe(name, ceiling)}: split the file instead"
    value = max(needed or 0, current()[name] * 2)
    if ceiling is not None:
        value = min(value, ceiling)
    if BY_NAME[name].unit == "bytes":
        value = -(-value // MiB) * MiB
    shown = f"{value // MiB}MiB" if BY_NAME[name].unit == "bytes" else str(value)
    return FIX.format(name=name, value=shown)


def over(name: str, subject: str, actual: str = "") -> str:
    """`subject exceeds the `name` limit of 8 MiB (actual)`: what, and which limit."""
    amount = f" ({actual})" if actual else ""
    return f"{subject} exceeds the `{name}` limit of {describe(name, current()[name])}{amount}"


def exceeded(name: str, subject: str, actual: str = "", needed: int | None = None) -> str:
    """One sentence for a finding: `over(…)` and how to raise the limit."""
    return f"{over(name, subject, actual)}; {raise_hint(name, needed)}"


def fatal(name: str, subject: str, actual: str = "", needed: int | None = None) -> FatalError:
    """The exit-2 error for a limit exceeded by an input that stops the run (a stream, an export, a backup)."""
    return FatalError(over(name, subject, actual), raise_hint(name, needed))


class NotRegular(OSError):
    """The path is a FIFO, device, socket or directory: `kind` says which, in words."""

    def __init__(self, kind: str) -> None:
        super().__init__(f"is {kind}, not a regular file")
        self.kind = kind


class TooLarge(Exception):
    """More bytes than the limit `name` allows; `size` is the file's size when known, else None."""

    def __init__(self, name: str, size: int | None) -> None:
        super().__init__(name)
        self.name = name
        self.size = size


def read_regular(path: str | os.PathLike[str], name: str) -> bytes:
    """The bytes of the regular file `path`, at most the limit `name` allows.

    Checked with stat before it is opened (with O_NONBLOCK, so a FIFO swapped in meanwhile cannot
    block) and with fstat before it is read, so a FIFO, device or socket (also behind a symlink) is
    never read. Raises NotRegular (an OSError) for those, OSError when the file cannot be opened or
    read, and TooLarge when it holds more than the limit.
    """
    mode = os.stat(path).st_mode  # before opening: opening some devices does something
    if not stat.S_ISREG(mode):
        raise NotRegular(kind_of(mode))
    handle = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0))
    with os.fdopen(handle, "rb") as stream:
        opened = os.fstat(handle)  # again: the path may have been replaced in between
        if not stat.S_ISREG(opened.st_mode):
            raise NotRegular(kind_of(opened.st_mode))
        if opened.st_size > current()[name]:
            raise TooLarge(name, opened.st_size)
        return read_stream(stream, name)


def read_stream(stream: IO[bytes], name: str) -> bytes:
    """At most limit `name` bytes of `stream` (standard input, an archive entry); raises TooLarge past it.

    Reads limit + 1 bytes at most, in chunks, so a stream that never ends (/dev/zero) costs only that.
    """
    limit = current()[name]
    chunks: list[bytes] = []
    total = 0
    while total <= limit:
        chunk = stream.read(min(MiB, limit + 1 - total))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        total += len(chunk)
    raise TooLarge(name, None)


def read_bounded(path: str | os.PathLike[str], name: str, subject: str) -> bytes:
    """read_regular for inputs that stop the run (exports, baselines): every failure is exit 2.

    `subject` names the input in messages (`` the export `gogs.json` ``). Raises FatalError.
    """
    try:
        return read_regular(path, name)
    except TooLarge as error:
        actual = f"it is {error.size:,} bytes" if error.size is not None else ""
        raise fatal(name, subject, actual, error.size) from None
    except NotRegular as error:
        raise FatalError(f"{subject} is {error.kind}, not a regular file", "pass a regular file") from None
    except OSError as error:
        raise FatalError(f"cannot read {subject}: {error.strerror}", "check the path and its permissions") from None
