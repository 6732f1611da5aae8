"""Words shared by messages: `did you mean`, how a value is named, plurals, URLs as they may be printed. A leaf module."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from urllib.parse import urlsplit, urlunsplit


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """"; did you mean `x`?" for the closest of `choices`, or nothing."""
    close = difflib.get_close_matches(word, list(choices), n=1)
    return f"; did you mean `{close[0]}`?" if close else ""


def plural(n: int, word: str, words: str = "") -> str:
    """`1 file`, `2 files`; `words` for irregular plurals (`repositories`)."""
    return f"{n} {word}" if n == 1 else f"{n} {words or word + 's'}"


def without_credentials(text: str) -> str:
    """`text` as it may be printed or kept, without what may carry a secret in a URL: user and password, query and
    fragment (where tokens travel), and a port that is not a number. Text without a host (`//host`) keeps its path
    and loses what precedes an `@` in its first segment (`user:password@host:8181`, a URL written without its
    scheme); a file path stays as it is (but for a `?` or `#` and what follows). A URL Python cannot split (an
    unclosed `[` of an IPv6 host) keeps only its scheme and what follows the last `@` of its authority."""
    try:
        parts = urlsplit(text)
    except ValueError:  # `http://user:pw@[::1`, `//user:pw@[::1`: only an authority (after `//`) makes it raise
        head, _, rest = text.partition("//")
        authority = rest.split("/", 1)[0].split("#", 1)[0].split("?", 1)[0]
        return f"{head}//{authority.rpartition('@')[2]}"
    if parts.netloc:
        host = parts.hostname or ""
        netloc = f"[{host}]" if ":" in host else host
        try:
            netloc += f":{parts.port}" if parts.port else ""
        except ValueError:  # a port that is not a number from 0 to 65535
            pass
        return urlunsplit((parts.scheme, netloc, parts.path, "", ""))
    bare = text.split("#", 1)[0].split("?", 1)[0]
    head, at, rest = bare.partition("@")
    return rest if at and "/" not in head else bare
