"""Find Go/Helm template actions (`{{ .Values.x }}`) in YAML text, outside comments and strings.

A `{{` inside a comment (`# rendered from {{ .Values.repository }}`), a quoted string
(`"{{ .Values.image }}"`) or a block scalar (a Vault agent template, a CUE template) is data,
not template syntax: a file that holds only those is YAML and is linted. The loader asks this
module only about text that did not give any OAM document (see `loader.load_text`).

The scan is line-based and needs no parse, since a template usually is not valid YAML: it
follows single- and double-quoted scalars across lines, skips block scalars (`key: |`,
`- >-`) by indentation, and stops each line at a comment (`#` at the start or after a space).
"""

from __future__ import annotations

import re

# A Go/Helm template action: `{{ .Values.x }}`, `{{- if … }}`, `{{ include … }}`.
TEMPLATE_ACTION = re.compile(
    r"\{\{-?\s*(?:[.$]|/\*|(?:include|if|else|end|range|with|define|template|toYaml|tpl)\b)"
)
# The header of a block scalar at the end of a line: `|`, `>-`, `|2+`, optionally followed by a comment.
_BLOCK_HEADER = re.compile(r"(?:^|[\s:\-?])[|>][-+0-9]*\s*(?:#.*)?$")
# Characters after which a quote opens a quoted scalar (and not, as in `it's`, belongs to a plain one).
_QUOTE_OPENERS = " \t[{,:-?"


def first_action(text: str) -> tuple[int, int] | None:
    """1-based (line, column) of the first template action outside comments, quoted strings and
    block scalars; None when there is none."""
    if TEMPLATE_ACTION.search(text) is None:
        return None
    quote = ""  # the quote character of a quoted scalar that continues on the next line
    block_indent = -1  # the indentation of a block scalar's parent line while inside the scalar
    for number, line in enumerate(text.splitlines(), start=1):
        indent = len(line) - len(line.lstrip(" "))
        if block_indent >= 0:
            if not line.strip() or indent > block_indent:
                continue
            block_indent = -1
        code, quote = _code(line, quote)
        match = TEMPLATE_ACTION.search(code)
        if match is not None:
            return number, match.start() + 1
        if not quote and _BLOCK_HEADER.search(code.rstrip()):
            block_indent = indent
    return None


def _code(line: str, quote: str) -> tuple[str, str]:
    """`line` with quoted text and comments blanked out (columns kept), and the quote still open at its end."""
    out = []
    i = 0
    while i < len(line):
        char = line[i]
        if quote:
            if quote == '"' and char == "\\":
                out.append("  ")
                i += 2
                continue
            if char == quote:
                if quote == "'" and line[i + 1:i + 2] == "'":  # '' inside a single-quoted scalar
                    out.append("  ")
                    i += 2
                    continue
                quote = ""
            out.append(" ")
        elif char == "#" and (i == 0 or line[i - 1] in " \t"):
            break
        elif char in "'\"" and (not line[:i].strip() or line[i - 1] in _QUOTE_OPENERS):
            quote = char
            out.append(" ")
        else:
            out.append(char)
        i += 1
    return "".join(out), quote
