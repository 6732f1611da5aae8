"""Output formats: each module's `render` is a `Reporter`: the report plus render options, to text.

Reporters read only the output model (`oamlint.report`, `oamlint.findings`) and the render
options (`oamlint.options`); importing one never loads the pipeline or the OPA client (a test
checks). The wording of a report (notes, counts, plurals) lives here, not in the commands.
"""

from __future__ import annotations

from typing import Protocol

from oamlint.options import Format, RenderOptions
from oamlint.report import Report
from oamlint.reporters import github, html, json_format, markdown, sarif, text


class Reporter(Protocol):
    def __call__(self, report: Report, options: RenderOptions, /) -> str:
        """The whole report in one format, ending with a newline."""
        ...


FORMATS: dict[Format, Reporter] = {
    "text": text.render,
    "json": json_format.render,
    "sarif": sarif.render,
    "markdown": markdown.render,
    "github": github.render,
    "html": html.render,
}
