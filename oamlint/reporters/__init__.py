"""Output formats: each module's `render` is a `Reporter`: the report plus render options, to text.

Reporters read only the output model (`oamlint.report`, `oamlint.findings`) and the render
options (`oamlint.options`); importing one never loads the pipeline or the OPA client (a test
checks). The wording of a report (notes, counts, plurals) lives here, not in the commands.
"""

from __future__ import annotations

import importlib
from typing import Protocol

from oamlint.options import Format, RenderOptions
from oamlint.report import Report


class Reporter(Protocol):
    def __call__(self, report: Report, options: RenderOptions, /) -> str:
        """The whole report in one format, ending with a newline."""
        ...


MODULES: dict[Format, str] = {  # format → the module of this package whose `render` writes it
    "text": "text",
    "json": "json_format",
    "sarif": "sarif",
    "markdown": "markdown",
    "github": "github",
    "html": "html",
}


# The formats that list the grants the specs declare (`Report.grants`) in every run; the others show them only as
# an access diff, with an export or --base (html's access matrix too). A run that writes none of these formats and
# has no export does not ask OPA for the grants: at 1,000 applications they are 8 MB of OPA's answer.
LISTS_GRANTS: frozenset[Format] = frozenset({"json"})


def reporter(output_format: Format) -> Reporter:
    """The `render` of `output_format`, its module imported on first use (a run loads only the formats it writes;
    html alone takes ~20 ms to import)."""
    render: Reporter = importlib.import_module(f"{__name__}.{MODULES[output_format]}").render
    return render
