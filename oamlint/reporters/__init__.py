"""Output formats: each module has `render(report) -> str`."""

from __future__ import annotations

from collections.abc import Callable

from oamlint.lint import Report
from oamlint.reporters import github, json_format, markdown, sarif, text

Renderer = Callable[[Report], str]

FORMATS: dict[str, Renderer] = {
    "text": text.render,
    "json": json_format.render,
    "sarif": sarif.render,
    "markdown": markdown.render,
    "github": github.render,
}
