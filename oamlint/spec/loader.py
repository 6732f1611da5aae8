"""Discover YAML files and load every document with a source map.

Parsing uses ruamel.yaml's C-backed parser (ruamel.yaml.clib) to build nodes with marks,
then converts nodes to plain JSON-able data here, recording each node's span on the way.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import os
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ruamel.yaml import YAML
from ruamel.yaml.cyaml import CSafeLoader
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from oamlint import limits
from oamlint.errors import FatalError
from oamlint.findings import Span, Violation
from oamlint.locations import STDIN_NAME
from oamlint.spec import template, unread
from oamlint.spec.prescan import Excess, prescan, pure_parser_allowed
from oamlint.spec.sourcemap import Entry, KeyPath, Place, SourceMap, dotted, place
from oamlint.ignores import InlineIgnore, inline_ignores

if TYPE_CHECKING:  # the pool's modules are imported when a run has enough files for it (~25 ms of imports)
    from multiprocessing.connection import Connection
    from multiprocessing.process import BaseProcess

SUFFIXES = (".yaml", ".yml")
STDIN = "-"
OAM_GROUP = "core.oam.dev/"


@dataclasses.dataclass(frozen=True)
class Document:
    file: str
    index: int
    data: Any
    source_map: SourceMap

    @property
    def id(self) -> str:
        """`<file>#<index>`, the file name percent-encoded (`id_part`): what names the document to OPA."""
        return f"{id_part(self.file)}#{self.index}"

    @property
    def kind(self) -> str:
        return str(self.data.get("kind", "")) if isinstance(self.data, dict) else ""


def check_stdin(paths: Sequence[str]) -> None:
    """Raises FatalError when `paths` name standard input (`-`) and oamlint was started with it closed (`<&-`)."""
    if STDIN in paths and sys.stdin is None:
        raise FatalError("standard input is closed, so `-` cannot be read",
                         "pipe the specs in (`helm template … | oamlint check -`), or name the files instead of `-`")


def id_part(text: str) -> str:
    """`text` as a part of a document id, percent-encoded (`/` kept), so it holds no `#`, `@` or `,`: ids join such
    parts with those characters, and a file or deploy step named to look like another document's id (`x.yaml#0@p`)
    must not become that id (its findings would be reported, and ignored, in the other document)."""
    return quote(text, safe="/", errors="surrogatepass")  # a file name that is not UTF-8, a `\ud800` escape


@dataclasses.dataclass
class LoadedFile:
    file: str
    documents: list[Document] = dataclasses.field(default_factory=list)
    violations: list[Violation] = dataclasses.field(default_factory=list)
    ignores: list[InlineIgnore] = dataclasses.field(default_factory=list)  # `# oamlint ignore[…]` comments


class _NodeError(Exception):
    def __init__(self, message: str, span: Span) -> None:
        super().__init__(message)
        self.message = message
        self.span = span


def display_path(path: str) -> str:
    """`path` relative to the working directory when it is below it."""
    relative = os.path.relpath(path)
    return path if relative.startswith("..") and os.path.isabs(path) else relative


def load_file(path: str, stdin_name: str | None = None) -> LoadedFile:
    """One file's documents and problems; `-` reads standard input (`helm template … | oamlint check -`),
    reported at `stdin_name` (--stdin-filename) or as `<stdin>`.

    A file is read only if it is a regular file of at most `fileBytes` (see `limits.read_regular`);
    anything else is a finding and the run goes on. Standard input past `streamBytes` cannot be
    linted in part, and closed standard input cannot be read: raises FatalError.
    """
    if path == STDIN:
        check_stdin((path,))
        try:
            return load_bytes(limits.read_stream(sys.stdin.buffer, "streamBytes"), display_path(stdin_name or STDIN_NAME))
        except limits.TooLarge:
            raise limits.fatal("streamBytes", "Standard input") from None
    shown = display_path(path)
    try:
        return load_bytes(limits.read_regular(path, "fileBytes"), shown)
    except limits.TooLarge as error:
        return too_large(shown, error.size)
    except limits.NotRegular as error:
        return LoadedFile(shown, violations=[Violation(
            "skipped-path", f"Path is {error.kind}, not a regular file; skipped, never opened", shown, Span(1, 1, 1, 1))])
    except OSError as error:
        return LoadedFile(shown, violations=[Violation(
            "unreadable-path", f"File cannot be read: {error.strerror}; it is not linted", shown, Span(1, 1, 1, 1))])


PARALLEL_FILES = 100  # a worker process per core for each this many files (up to the cores): fewer load faster here
CHUNKS_PER_WORKER = 8  # files go to the workers in this many batches each (a balance of idle time and messages)
QUEUED_CHUNKS = 2  # batches sent to a worker ahead of its results, so it never waits for the next one
POLL_SECONDS = 0.05  # how often the parent acts on a held Ctrl-C, SIGTERM or deadline while the workers load


def load_files(paths: Sequence[str], stdin_name: str | None = None) -> list[LoadedFile]:
    """`load_file` of each of `paths`, in order; spread over worker processes (one per core) when there are many.

    The workers are forked (Linux; elsewhere, and for standard input, the files are loaded here) and always
    stopped before this returns, also on an error, a deadline, Ctrl-C or SIGTERM.
    Raises FatalError as `load_file` does, and when a worker dies (killed by the out-of-memory killer, say).
    """
    workers = min(cores(), len(paths) // PARALLEL_FILES)
    with _collector_paused():
        loaded = None if workers < 2 or STDIN in paths or sys.platform != "linux" else _in_workers(paths, workers)
        return [load_file(path, stdin_name) for path in paths] if loaded is None else loaded


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector paused while files load (here and in the workers, forked inside): it went
    over the growing loaded data again and again, a third of loading 1,000 files. Loading a file makes no reference
    cycle (the C loader's are broken in `_compose_with_c`; the rare file read by the pure parser may leave some).
    What is loaded then lives for the whole run, so it is moved out of the collector's sight (`gc.freeze`): the
    collections after loading went over it too (expanding the override policies of 1,000 generated applications:
    0.22 s with it in sight, 0.10 s without). Cycles left by loading are frozen with it and stay until the process
    ends: a run loads once (twice with --base), so that is a few kilobytes; a process that loads again and again
    (a test session) keeps them all."""
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if paused:
            gc.enable()


def cores() -> int:
    """How many cores this process may run on (its CPU affinity where the system has one)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _in_workers(paths: Sequence[str], workers: int) -> list[LoadedFile] | None:
    """`load_file` of each of `paths` in `workers` forked processes, each sent batches of files one after another;
    None when not even one worker could be forked (a process limit), so that the caller loads them itself.

    No thread and no lock in this process: it waits on the workers' pipes and exit sentinels (so a worker's death
    is seen at once) with Ctrl-C, SIGTERM and the deadline's alarm held (`interrupts_deferred`) and acted on
    between waits, never inside library code. Workers ignore Ctrl-C and SIGTERM: this process stops them (SIGKILL)
    on the way out, however it leaves; they also end at its death (SIGKILL as their parent-death signal on Linux;
    else when their pipe reads end of file). A worker with no batch outstanding is not watched: its end loses nothing.
    """
    import collections
    import multiprocessing
    import multiprocessing.connection

    from oamlint.engine.process import dies_with_this_process, interrupts_deferred

    size = -(-len(paths) // (workers * CHUNKS_PER_WORKER))
    chunks = [(start, min(start + size, len(paths))) for start in range(0, len(paths), size)]
    loaded: list[list[LoadedFile]] = [[] for _ in chunks]
    context = multiprocessing.get_context("fork")
    bound = limits.current()
    started: list[tuple[BaseProcess, Connection]] = []
    dying = dies_with_this_process()
    with interrupts_deferred() as act:
        try:
            for _ in range(workers):
                ours, theirs = context.Pipe()
                inherited = [connection for _, connection in started] + [ours]  # closed in the worker
                worker = context.Process(target=_worker, args=(theirs, paths, bound, inherited, dying), daemon=True)
                try:
                    worker.start()
                except OSError:  # fork refused (a process limit): with the workers started so far, if any
                    ours.close()
                    break
                finally:
                    theirs.close()
                started.append((worker, ours))
            if not started:
                return None
            waiting = {connection: collections.deque[int]() for _, connection in started}  # its batches, in order
            unsent = collections.deque(range(len(chunks)))

            def send(process: BaseProcess, connection: Connection) -> None:
                if unsent:
                    try:
                        connection.send(chunks[unsent[0]])
                    except OSError:
                        raise _died(process) from None
                    waiting[connection].append(unsent.popleft())

            for _ in range(QUEUED_CHUNKS):
                for process, connection in started:
                    send(process, connection)
            while unsent or any(waiting.values()):
                busy = [(process, connection) for process, connection in started if waiting[connection]]
                ready = multiprocessing.connection.wait([w for pair in busy for w in (pair[1], pair[0].sentinel)],
                                                        POLL_SECONDS)
                act()  # a held Ctrl-C, SIGTERM or deadline first: a signal to the group must not read as a death
                for process, connection in busy:
                    if connection in ready:
                        loaded[waiting[connection].popleft()] = _received(connection, process)
                        send(process, connection)
                    elif process.sentinel in ready:
                        raise _died(process)
        finally:
            for process, connection in started:  # nothing outlives this call
                process.kill()
            for process, connection in started:
                process.join()
                connection.close()
    return [file for chunk in loaded for file in chunk]


def _received(connection: Connection, process: BaseProcess) -> list[LoadedFile]:
    """A batch's files from a worker; raises what the worker raised, or FatalError when it died."""
    try:
        kind, payload = connection.recv()
    except (EOFError, OSError):
        raise _died(process) from None
    if kind == "fatal":
        raise FatalError(*payload)
    if kind == "error":
        raise RuntimeError(f"a worker process failed while loading spec files:\n{payload}")
    return list(payload)


def _died(process: BaseProcess) -> FatalError:
    """The error for a worker that ended before its work was done, saying how it ended (its pipes close before
    its exit status is there: waited for, a second at most)."""
    process.join(1)
    code = process.exitcode
    if code is None or code >= 0:
        how = "ended" if code is None else f"ended with exit status {code}"
        return FatalError(f"a worker process loading the spec files {how} before it had loaded them",
                          "this is a bug in oamlint: run again, and report it if it happens again")
    name = signal.Signals(-code).name if -code in signal.valid_signals() else f"signal {-code}"
    message = f"a worker process loading the spec files was killed by {name} before it had loaded them"
    if -code == signal.SIGKILL:
        return FatalError(message, "SIGKILL most often comes from the kernel's out-of-memory killer (the kernel log "
                                   "says so, `dmesg`): give the job more memory, or lint fewer files per run")
    return FatalError(message, f"oamlint does not send {name} to its workers: if nothing else did, this is a bug in "
                               "oamlint or its YAML parser; run again, and report it if it happens again")


def _worker(connection: Connection, paths: Sequence[str], bound: limits.Limits, inherited: list[Connection],
            dying: Callable[[], None] | None) -> None:
    """A forked worker: loads the batches of `paths` it is sent (`(start, stop)`) within the parent's limits and
    sends back their files, until its pipe ends. Ctrl-C and SIGTERM are the parent's to act on; `dying` (engine/
    process.py `dies_with_this_process`) makes it die with the parent."""
    if dying is not None:
        dying()
    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, signal.SIG_IGN)
    for parents in inherited:  # only the parent holds its end, so the parent's death ends this loop
        parents.close()
    with limits.applied((), bound):
        while True:
            try:
                start, stop = connection.recv()
            except (EOFError, OSError):
                return
            try:
                answer: tuple[str, object] = ("files", [load_file(path) for path in paths[start:stop]])
            except FatalError as error:
                answer = ("fatal", (error.message, error.hint))
            except Exception:  # noqa: BLE001 - the parent reports it as the internal error it is
                import traceback

                answer = ("error", traceback.format_exc())
            try:
                connection.send(answer)
            except OSError:  # the parent is gone
                return


def too_large(file: str, size: int | None) -> LoadedFile:
    """The finding for a spec file larger than `fileBytes` (`size` in bytes, when known)."""
    actual = f"it is {size:,} bytes" if size is not None else ""
    message = f"{limits.over('fileBytes', 'File', actual)}; it is not linted. {_capital(limits.raise_hint('fileBytes', size))}"
    return LoadedFile(file, violations=[Violation("input-limit", message, file, Span(1, 1, 1, 1), {"limit": "fileBytes"})])


def load_bytes(raw: bytes, file: str) -> LoadedFile:
    """load_text of `raw` as UTF-8 (a byte-order mark is dropped); other bytes are a `yaml-syntax` finding."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        return _unreadable(file, error)
    return load_text(text, file)


def load_text(text: str, file: str) -> LoadedFile:
    """One file's documents and problems from its text.

    A file is a Go/Helm template (one `template-file` note, nothing else) only when it gives no
    OAM document *and* has template actions outside comments and strings (`template.first_action`):
    a `{{` in a comment or a string value never switches the check off for a valid spec.
    """
    text = unread.strip_document_boms(text)
    loaded = LoadedFile(file, ignores=inline_ignores(text))
    lines = text.splitlines()
    # libyaml only: ruamel's pure-Python parser (what _compose_all tries next) recurses in Python, so a file
    # libyaml rejects waits for prescan's verdict on its depth before that parser may read it.
    nodes, error = _collect(_compose_with_c(text)) if composable(text) else (None, None)
    if nodes is None or error is not None or not _build_counted(loaded, nodes, lines):
        excess = prescan(text)  # the exact verdict, and where: see prescan.py
        if excess is not None:
            loaded.violations.append(_excess_violation(file, excess))
            return loaded
        if nodes is None or error is not None:
            nodes, error = _compose_all(text)
        for index, node in enumerate(nodes):
            _add_document(loaded, index, node, lines)
    if isinstance(error, MarkedYAMLError):
        loaded.violations.append(_syntax_violation(file, error, lines, pure_parser_allowed(text)))
    elif error is not None:
        loaded.violations.append(Violation("yaml-syntax", f"not valid YAML: {error}", file, Span(1, 1, 1, 1)))
    if not loaded.documents:
        action = template.first_action(text)
        if action is not None:
            loaded.violations = [_template_note(file, *action)]
    return loaded


# Collections start with one of these characters (`-` a block list's item, `:` or `?` a block mapping's key, `[`,
# `{`), so a text with at most COMPOSE_DEPTH of them nests at most that deep: libyaml's composer, which recurses
# once per level in C (and crashes with no message near 25,000 levels on an 8 MiB stack), may read it at once.
INDICATORS = "-:?[{"
COMPOSE_DEPTH = 2_000
COMPOSE_BYTES_PER_NODE = 4  # composed at once only when the text is at most 4 bytes per `nodesPerFile`


def composable(text: str) -> bool:
    """Whether `text` may be composed before its limits are counted: it has no alias (no `*` at all), cannot nest
    deep enough to crash the composer, and is small enough (for `nodesPerFile`) that composing it is cheap.

    Counting then happens while the nodes are built (`_build_counted`), in one pass instead of a scan of the
    parser's events first (prescan.py) and a second parse to compose: most files are read once. Without aliases
    every node is built once, so what is built is what prescan counts.
    """
    if "*" in text or len(text) > COMPOSE_BYTES_PER_NODE * limits.current()["nodesPerFile"]:
        return False
    return sum(text.count(indicator) for indicator in INDICATORS) <= COMPOSE_DEPTH


class _Uncounted(Exception):
    """The counting builder met what only prescan counts exactly (a merge key, a key that is not a plain value),
    or a limit crossed: prescan says which limit, and where."""


class _Budget:
    """What prescan counts of a file without aliases, while its composed nodes are built: nodes (keys included)
    and how deeply collections nest. Counted per collection, for its items."""

    def __init__(self) -> None:
        bound = limits.current()
        self.nodes_left = bound["nodesPerFile"]
        self.depth = bound["nestingDepth"]

    def charge(self, nodes: int, depth: int = 0) -> None:
        """Count `nodes` more nodes, in a collection `depth` levels deep (1: a document's root); raises _Uncounted."""
        self.nodes_left -= nodes
        if self.nodes_left < 0 or depth > self.depth:
            raise _Uncounted


def _build_counted(loaded: LoadedFile, nodes: list[Node | None], lines: list[str]) -> bool:
    """Build every document into `loaded`, counting the limits prescan counts; False (and `loaded` untouched)
    when prescan must decide: a limit is crossed, or the file holds what only prescan counts exactly."""
    if len(nodes) > limits.current()["documentsPerFile"] or None in nodes:
        return False
    budget = _Budget()
    built = LoadedFile(loaded.file)
    try:
        for index, node in enumerate(nodes):
            budget.charge(1)  # the document's root
            _add_document(built, index, node, lines, budget)
    except _Uncounted:
        return False
    loaded.documents, loaded.violations = built.documents, built.violations
    return True


def _compose_all(text: str) -> tuple[list[Node | None], YAMLError | None]:
    """Node trees of every document, up to the first syntax error (returned with them).

    The C parser (ruamel.yaml.clib) is ten times faster, but its libyaml rejects some valid
    YAML 1.2, such as `{principal: user:alice}` (a colon inside a flow mapping's plain value).
    A file it rejects is parsed again by ruamel.yaml's pure-Python parser, whose error, if it
    also fails, is the one reported; unless the file is over `pureParserBytes` (that parser is slow).
    """
    nodes, error = _collect(_compose_with_c(text))
    if error is None or not pure_parser_allowed(text):
        return nodes, error
    return _collect(YAML(typ="safe", pure=True).compose_all(text))


def _collect(documents: Iterator[Node | None]) -> tuple[list[Node | None], YAMLError | None]:
    nodes: list[Node | None] = []
    try:
        for node in documents:
            nodes.append(node)
    except YAMLError as error:
        return nodes, error
    return nodes, None


RESOLVED_MAX = 20_000  # plain scalars whose tags are remembered (then forgotten all at once): a few MB at most
RESOLVED_TEXT = 64  # longer scalars are resolved each time (names and keys are shorter)
_resolved: dict[tuple[type[Node], str | None, object], Any] = {}


class _CLoader(CSafeLoader):
    """ruamel's C loader, remembering the tag of each short scalar: the libyaml composer asks `resolve` for every
    node (a Python call testing regular expressions, about a third of composing), and a spec's keys, kinds and
    roles repeat. With no path resolvers (oamlint adds none) and a fixed YAML 1.2 table, `resolve` is a function of
    its arguments alone, so what is remembered is exactly what it would answer."""

    def resolve(self, kind: type[Node], value: str | None, implicit: object) -> Any:
        key = (kind, value, implicit)
        tag = _resolved.get(key)
        if tag is None:
            tag = super().resolve(kind, value, implicit)
            if value is None or len(value) <= RESOLVED_TEXT:
                if len(_resolved) >= RESOLVED_MAX:
                    _resolved.clear()
                _resolved[key] = tag
        return tag


def _compose_with_c(text: str) -> Iterator[Node | None]:
    parser = _CLoader(text)
    try:
        while parser.check_node():
            yield parser.get_node()
    finally:
        parser.dispose()
        parser.__dict__.clear()  # ruamel's loader refers to itself (as parser, composer, constructor, resolver)


def load_mapping(path: str) -> tuple[dict[str, Any], SourceMap]:
    """A single-document YAML file that must hold a mapping (the config file)."""
    shown = display_path(path)
    try:
        text = limits.read_regular(path, "fileBytes").decode("utf-8-sig")
        excess = prescan(text)
        if excess is not None:
            raise FatalError(f"{shown}:{excess.line}:{excess.column}: {excess.message}", excess.hint)
        composed, failure = _compose_all(text)
        if failure is not None:
            raise failure
        nodes = [node for node in composed if node is not None]
    except limits.TooLarge as error:
        raise limits.fatal("fileBytes", f"`{shown}`", f"it is {error.size:,} bytes", error.size) from None
    except (OSError, UnicodeDecodeError, YAMLError) as error:
        raise FatalError(f"cannot read `{shown}`: {_reason(error)}", "fix the file, or pass another with --config") from None
    if not nodes:
        return {}, SourceMap()
    builder = _Builder(shown, text.splitlines())
    try:
        data = builder.build(nodes[0], ())
    except _NodeError as error:
        raise FatalError(f"{shown}:{error.span.line}:{error.span.column}: {error.message}") from None
    if not isinstance(data, dict):
        raise FatalError(f"{shown}:1:1: expected a mapping of settings, got {type(data).__name__}")
    return data, builder.source_map()


def _reason(error: Exception) -> str:
    if isinstance(error, MarkedYAMLError) and error.problem_mark is not None:
        return f"line {error.problem_mark.line + 1}, column {error.problem_mark.column + 1}: {error.problem}"
    return str(getattr(error, "strerror", None) or error)


def is_oam(data: Any) -> bool:
    return isinstance(data, dict) and str(data.get("apiVersion", "")).startswith(OAM_GROUP)


def _add_document(loaded: LoadedFile, index: int, node: Node | None, lines: list[str],
                  budget: _Budget | None = None) -> None:
    """`budget`: count the limits while building (raises _Uncounted)."""
    if node is None:
        return
    builder = _Builder(loaded.file, lines, budget)
    try:
        data = builder.build(node, ())
    except _NodeError as error:
        if budget is not None:  # the rest of the document was not counted
            raise _Uncounted from None
        loaded.violations.append(Violation("yaml-syntax", error.message, loaded.file, error.span))
        return
    loaded.violations.extend(builder.duplicates)
    source_map = builder.source_map()
    stray = unread.listed(data)  # kubectl applies its items instead (also of an OAM document)
    if is_oam(data):
        loaded.documents.append(Document(loaded.file, index, data, source_map))
    else:
        stray = stray or unread.lookalike(data)
    if stray is not None:  # never dropped silently
        key, message = stray
        span = source_map.key_span((key,)) if key != "apiVersion" else source_map.locate((key,))
        loaded.violations.append(Violation("unread-document", message, loaded.file, span or Span(1, 1, 1, 1),
                                           {"path": key}))


def _excess_violation(file: str, excess: Excess) -> Violation:
    span = Span(excess.line, excess.column, excess.line, excess.column)
    if excess.limit is None:
        return Violation("yaml-syntax", excess.message, file, span)
    message = f"{excess.message}; the file is not linted. {_capital(excess.hint)}"
    return Violation("input-limit", message, file, span, {"limit": excess.limit})


def _capital(sentence: str) -> str:
    return sentence[:1].upper() + sentence[1:]


def _template_note(file: str, line: int, column: int) -> Violation:
    return Violation(
        "template-file",
        "File is a Go/Helm template (`{{ … }}`); skipped. Lint the rendered output instead "
        "(`helm template … | oamlint check -`)",
        file,
        Span(line, column, line, column + 2),
    )


def _syntax_violation(file: str, error: MarkedYAMLError, lines: list[str], second_opinion: bool = True) -> Violation:
    """The parser's error at its place; `second_opinion` False: only libyaml read the file (see `_compose_all`)."""
    mark = error.problem_mark or error.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    line = min(line, max(len(lines), 1))
    problem = error.problem or "invalid YAML"
    context = f" ({error.context})" if error.context else ""
    message = f"YAML syntax error: {problem}{context}"
    if not second_opinion:
        message += (f". Only libyaml read this file: {limits.over('pureParserBytes', 'it', '')}, so the YAML 1.2 "
                    f"parser, which accepts some files libyaml rejects, did not; {limits.raise_hint('pureParserBytes')}")
    return Violation("yaml-syntax", message, file, Span(line, column, line, column))


def _unreadable(file: str, error: UnicodeDecodeError) -> LoadedFile:
    return LoadedFile(file, [], [Violation("yaml-syntax", "File is not UTF-8 text", file, Span(1, 1, 1, 1))])


class _Builder:
    """Turns a composed node tree into plain data and fills a SourceMap (`entries`, `quoted`).

    The hot loop of loading (~1 µs a node): places are worked out inline, and a string needs no call.
    """

    def __init__(self, file: str, lines: list[str], budget: _Budget | None = None) -> None:
        self.file = file
        self.lines = lines
        self.entries: dict[KeyPath, Entry] = {}
        self.quoted: set[KeyPath] = set()
        self.duplicates: list[Violation] = []
        self.budget = budget

    def source_map(self) -> SourceMap:
        return SourceMap(self.entries, self.quoted)

    def build(self, node: Node, path: KeyPath, key: Place | None = None) -> Any:
        """`node` as plain data; `key`: the place of the mapping key that holds it."""
        start, end = node.start_mark, node.end_mark
        if end.column == 0 and end.line > start.line:  # a block scalar or collection ends at the next line's start
            at = place(node, self.lines)
        else:
            at = (start.line + 1, start.column + 1, end.line + 1, end.column + 1)
        if isinstance(node, ScalarNode):
            value = node.value
            self.entries[path] = (at, key, str(value))
            if node.style:
                self.quoted.add(path)
            ctag = node.ctag
            if ctag.handle is None and ctag.suffix == STR:
                return value
            return scalar(node)
        self.entries[path] = (at, key, None)
        if isinstance(node, MappingNode):
            if self.budget is not None:
                self.budget.charge(2 * len(node.value), len(path) + 1)  # each key and value
            return self.mapping(node, path)
        if isinstance(node, SequenceNode):
            if self.budget is not None:
                self.budget.charge(len(node.value), len(path) + 1)
            build = self.build
            return [build(item, (*path, i)) for i, item in enumerate(node.value)]
        return scalar(node)

    def mapping(self, node: MappingNode, path: KeyPath) -> dict[str, Any]:
        result: dict[str, Any] = {}
        seen: dict[str, Node] = {}
        build, lines = self.build, self.lines
        for key_node, value_node in node.value:
            if _tag(key_node) == MERGE:
                if self.budget is not None:  # its mappings' keys are built again, uncounted
                    raise _Uncounted
                self.merge(result, value_node, path)
                continue
            if not isinstance(key_node, ScalarNode):
                raise _NodeError(
                    "YAML syntax error: a mapping key must be a plain value, not a mapping or list",
                    Span(*place(key_node, lines)),
                )
            name = str(key_node.value)  # keys stay text, as JSON needs: `null:` is "null"
            if name in seen:
                self.duplicates.append(self.duplicate(name, seen[name], key_node, path))
            seen[name] = key_node
            start, end = key_node.start_mark, key_node.end_mark
            if end.column == 0 and end.line > start.line:
                key = place(key_node, lines)
            else:
                key = (start.line + 1, start.column + 1, end.line + 1, end.column + 1)
            result[name] = build(value_node, (*path, name), key)
        return result

    def merge(self, result: dict[str, Any], value: Node, path: KeyPath) -> None:
        sources = value.value if isinstance(value, SequenceNode) else [value]
        for source in sources:
            if isinstance(source, MappingNode):
                for name, item in self.mapping(source, path).items():
                    result.setdefault(name, item)

    def duplicate(self, name: str, first: Node, second: Node, path: KeyPath) -> Violation:
        message = (
            f"Key `{name}` appears twice in this mapping (first on line {first.start_mark.line + 1}); "
            "Kubernetes rejects the document and other tools silently keep only one value"
        )
        span = Span(*place(second, self.lines))
        return Violation("duplicate-key", message, self.file, span, {"path": dotted(path + (name,))})


MERGE = "tag:yaml.org,2002:merge"
STR = "tag:yaml.org,2002:str"


def _tag(node: Node) -> str | None:
    """The resolved tag; reads the suffix directly, as Node.tag builds a new string each time."""
    ctag = node.ctag
    return ctag.suffix if ctag.handle is None else node.tag


def scalar(node: Node) -> Any:
    tag, value = _tag(node), node.value
    if tag == "tag:yaml.org,2002:null":
        return None
    if tag == "tag:yaml.org,2002:bool":
        return str(value).lower() in ("true", "yes", "on")
    if tag == "tag:yaml.org,2002:int":
        return _to_int(str(value))
    if tag == "tag:yaml.org,2002:float":
        return _to_float(str(value))
    return value


def _to_int(text: str) -> int | str:
    try:
        return int(text.replace("_", ""), 0)
    except ValueError:
        try:
            return int(text.replace("_", ""))
        except ValueError:
            return text


def _to_float(text: str) -> float | str:
    try:
        number = float(text.replace("_", ""))
    except ValueError:
        return text
    return number if number == number and abs(number) != float("inf") else text
