"""Words shared by messages: `did you mean`, how a value is named, plurals. A leaf module."""

from __future__ import annotations

import difflib
from collections.abc import Iterable


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """"; did you mean `x`?" for the closest of `choices`, or nothing."""
    close = difflib.get_close_matches(word, list(choices), n=1)
    return f"; did you mean `{close[0]}`?" if close else ""


def plural(n: int, word: str, words: str = "") -> str:
    """`1 file`, `2 files`; `words` for irregular plurals (`repositories`)."""
    return f"{n} {word}" if n == 1 else f"{n} {words or word + 's'}"
