"""The audit report people look at: one self-contained HTML file.

Header (verdict, provenance of the Gogs export, coverage gaps), the access matrix
(`oamlint.reporters.matrix`, drawn by `html_page/report.js` in a virtualised grid), the findings
grouped by rule with each rule's documentation, and the waivers. Styles, script and data are
inline; a Content-Security-Policy with the hashes of the one style and the one script blocks
every fetch and any other script, so the page works offline and as an e-mail attachment, and
text from specs or Gogs can never run as code (the template escapes it; the data block escapes
`<`, `>` and `&`).
"""

from __future__ import annotations

import array
import base64
import dataclasses
import datetime
import functools
import hashlib
import json
import re
import sys
from collections.abc import Mapping, Sequence
from importlib import resources
from typing import TYPE_CHECKING, Any

from markupsafe import Markup, escape

from oamlint import words
from oamlint.bundle_files import policy_digest
from oamlint.findings import LEVEL_RANK, Finding
from oamlint.options import RenderOptions
from oamlint.report import AccessGrant, Report
from oamlint.reporters import matrix as access_matrix
from oamlint.reporters.matrix import LEVELS, RANK, STATES, Matrix

if TYPE_CHECKING:
    import jinja2

STATE_LABELS = {
    "declared": ("as declared", "✓"),
    "more": ("more than declared", "▲"),
    "less": ("less than declared", "▼"),
    "undeclared": ("undeclared", "✚"),
    "unknown": ("unknown principal", "?"),
    "unseen": ("not visible", "◌"),
    "owners": ("Owners team (by design)", "◆"),
}
EXPIRING_DAYS = 30  # a waiver expiring within this many days is flagged
OPEN_GROUPS = 12  # findings groups shown open when there are at most this many findings


def render(report: Report, options: RenderOptions) -> str:
    """The report as one self-contained HTML page (see the module docstring)."""
    moment = report.moment or datetime.datetime.now(datetime.timezone.utc)
    declared = [access_matrix.Declared(g.repository, g.principal, g.role, g.permission, g.file, g.line,
                                       access_matrix.is_current(g.until, moment)) for g in report.grants]
    return page(audit_for(
        findings=report.findings, rules=report.rules, version=report.version, files=report.files,
        documents=report.documents, declared=declared, held=report.held, export=report.gogs, waivers=report.waivers,
        moment=moment, policy=f"{policy_digest()} (sha256 of the bundled Rego policies, {len(report.rules)} rules)",
    ))


@dataclasses.dataclass(frozen=True)
class Audit:
    """Everything the page shows, already worded; `page` only lays it out."""

    title: str
    version: str
    generated: str  # the report's moment, `YYYY-MM-DD HH:MM UTC`
    verdict: dict[str, str]  # kind (fail/warn/pass), badge, findings, access
    facts: list[tuple[str, str, bool]]  # (label, value, monospace)
    source: str  # the export's source kind, "" without one
    gaps: list[tuple[str, str]] | None  # (part, reason) the collector could not see; None: no export
    matrix: Matrix | None
    findings: Sequence[Finding]
    rules: Mapping[str, Any]  # slug → catalogue Rule (title, level, fix, readme)
    waivers: list[dict[str, str]]
    moment: datetime.datetime


def audit_for(*, findings: Sequence[Finding], rules: Mapping[str, Any], version: str, files: int, documents: int,
              declared: Sequence[access_matrix.Declared], held: Sequence[AccessGrant],
              export: Mapping[str, Any] | None, waivers: Sequence[Mapping[str, Any]],
              moment: datetime.datetime, policy: str) -> Audit:
    """The audit of one run. `held`: what Gogs's teams and collaborators hold (`Report.held`)."""
    matrix = None
    if export is not None:
        matrix = access_matrix.build(declared, held, export, [f.properties for f in findings])
    provenance = dict((export or {}).get("provenance") or {})
    return Audit(
        title=_title(export),
        version=version,
        generated=_when(moment.isoformat()),
        verdict=_verdict(findings, matrix),
        facts=_facts(provenance, version, policy, files, documents),
        source=str(provenance.get("source", "")),
        gaps=None if export is None else [(m["part"], m["reason"]) for m in export["coverage"]["missing"]],
        matrix=matrix,
        findings=findings,
        rules=rules,
        waivers=_waivers(waivers, moment),
        moment=moment,
    )


def page(audit: Audit) -> str:
    """The HTML document (str, UTF-8 when written)."""
    style, script = _asset("report.css"), _asset("report.js")
    return _template().render(
        audit=_view(audit),
        style=Markup(style), script=Markup(script),
        style_hash=_csp_hash(style), script_hash=_csp_hash(script),
        data=Markup(_json_in_html(matrix_data(audit.matrix, audit.findings))) if audit.matrix else "",
    )


def matrix_data(matrix: Matrix, findings: Sequence[Finding]) -> dict[str, Any]:
    """The matrix as report.js reads it: names once, and the cells packed as base64 Int32 triples.

    Cells are ordered by repository, then principal; repository r has cells rowStart[r] to
    rowStart[r+1]. Each is [principal | code << 22, paths, declarations] with code = declared |
    actual << 3 | state << 6 (indices into LEVELS and STATES) and paths and declarations indices
    into `lists` (lists of indices into `texts`; list 0 is empty). `findings.cells` maps a cell's
    number to a list of indices into `findings.all`. Packed integers keep a 2,000 × 300 matrix
    to one base64 string that the browser decodes in milliseconds instead of parsing 2 million
    JSON numbers.
    """
    texts: dict[str, int] = {}
    lists: dict[tuple[int, ...], int] = {(): 0}
    by_words: dict[tuple[str, ...], int] = {}

    def words(said: tuple[str, ...]) -> int:
        if said not in by_words:
            by_words[said] = lists.setdefault(tuple(texts.setdefault(t, len(texts)) for t in said), len(lists))
        return by_words[said]

    packed = array.array("i")
    starts = [0] * (len(matrix.repositories) + 1)
    about: dict[str, int] = {}
    for number, cell in enumerate(sorted(matrix.cells, key=lambda c: (c.repository, c.principal))):
        code = RANK[cell.declared] | RANK[cell.actual] << 3 | STATES.index(cell.state) << 6
        packed.extend((cell.principal | code << 22, words(cell.paths), words(cell.declarations)))
        if cell.findings:
            about[str(number)] = lists.setdefault(cell.findings, len(lists))
        starts[cell.repository + 1] += 1
    for r in range(len(matrix.repositories)):
        starts[r + 1] += starts[r]
    if sys.byteorder == "big":
        packed.byteswap()  # the browser reads little-endian
    orgs = _organizations(matrix)
    org_index = {org: i for i, org in enumerate(orgs)}
    return {
        "states": [[s, *STATE_LABELS[s]] for s in STATES],
        "levels": list(LEVELS),
        "orgs": orgs,
        "repos": [[r.name, org_index[r.organization], r.visibility] for r in matrix.repositories],
        "principals": [[p.name, p.kind, org_index.get(p.organization, -1), int(p.known)] for p in matrix.principals],
        "cells": base64.b64encode(packed.tobytes()).decode(),
        "rowStart": starts,
        "texts": list(texts),
        "lists": [list(key) for key in lists],
        "findings": {"all": [[f.rule, f.level, f"{f.file}:{f.span.line}"] for f in findings], "cells": about},
    }


def _organizations(matrix: Matrix) -> list[str]:
    return sorted({r.organization for r in matrix.repositories} | {p.organization for p in matrix.principals} - {""})


def _view(audit: Audit) -> dict[str, Any]:
    view: dict[str, Any] = {field.name: getattr(audit, field.name) for field in dataclasses.fields(audit)}
    view |= {"matrix": None, "groups": _groups(audit), "waiver_summary": _waiver_summary(audit.waivers)}
    if audit.matrix is not None:
        m = audit.matrix
        view["matrix"] = {
            "orgs": _organizations(m),
            "states": [(s, *STATE_LABELS[s]) for s in STATES],
            "counts": [m.count(s) for s in STATES],
            "repo_names": [r.name for r in m.repositories],
            "principal_names": [p.name for p in m.principals],
        }
    return view


def _groups(audit: Audit) -> list[dict[str, Any]]:
    by_rule: dict[str, list[tuple[int, Finding]]] = {}
    for index, finding in enumerate(audit.findings):
        by_rule.setdefault(finding.rule, []).append((index, finding))
    groups = []
    for slug, items in by_rule.items():
        rule = audit.rules.get(slug)
        shown = [f for _, f in items if not f.suppressed]
        level = max((f.level for f in shown or [f for _, f in items]), key=LEVEL_RANK.__getitem__)
        groups.append({
            "slug": slug, "level": level, "title": rule.description if rule else "",
            "fix": rule.fix if rule else "", "doc": _doc(str(rule.readme)) if rule else "",
            "count": _count(len(shown), len(items) - len(shown)), "rank": (-LEVEL_RANK[level], slug),
            "open": len(audit.findings) <= OPEN_GROUPS,
            "findings": [{"index": i, "where": f"{f.file}:{f.span.line}:{f.span.column}", "level": f.level,
                          "message": f.message, "suppressed": f.suppressed, "justification": f.justification}
                         for i, f in items],
        })
    return sorted(groups, key=lambda g: g["rank"])


def _count(shown: int, suppressed: int) -> str:
    text = f"{shown} finding{'s' if shown != 1 else ''}"
    return text + (f", {suppressed} suppressed" if suppressed else "")


@functools.cache
def _doc(readme: str) -> Markup:
    """A rule's README as HTML (raw HTML in it is escaped, not passed through)."""
    try:
        with open(readme, encoding="utf-8") as handle:
            text = handle.read()
    except OSError:
        return Markup("")
    from markdown_it import MarkdownIt  # only the HTML report needs it

    return Markup(MarkdownIt("commonmark", {"html": False}).render(text))


def _title(export: Mapping[str, Any] | None) -> str:
    if export is None:
        return "oamlint report"
    orgs = [o["name"] for o in export.get("organizations") or ()]
    if len(orgs) == 1:
        return f"Access audit of {orgs[0]}"
    return f"Access audit of {len(orgs)} organisations" if orgs else "Access audit"


def _verdict(findings: Sequence[Finding], matrix: Matrix | None) -> dict[str, str]:
    counts = {level: sum(1 for f in findings if f.level == level and not f.suppressed) for level in LEVEL_RANK}
    suppressed = sum(1 for f in findings if f.suppressed)
    said = [f"{n} {level}{'s' if n != 1 else ''}" for level in ("error", "warning", "note") if (n := counts[level])]
    text = ", ".join(said) if said else "No findings"
    text += f" ({suppressed} suppressed)." if suppressed else "."
    kind, badge = ("fail", "Fails") if counts["error"] else ("warn", "Warnings") if counts["warning"] else ("pass", "Passes")
    if matrix is None:
        access = "No Gogs export: declared access was not compared with Gogs."
    else:
        differ = [(s, matrix.count(s)) for s in STATES if s not in ("declared", "owners") and matrix.count(s)]
        total = len(matrix.cells)
        access = (f"Gogs grants exactly what the specs declare in all {total} cells." if not differ else
                  f"Access differs from the specs in {sum(n for _, n in differ)} of {total} cells: "
                  + ", ".join(f"{n} {STATE_LABELS[s][0]}" for s, n in differ) + ".")
    return {"kind": kind, "badge": badge, "findings": text, "access": access}


def _facts(provenance: Mapping[str, Any], version: str, policy: str, files: int, documents: int
           ) -> list[tuple[str, str, bool]]:
    facts: list[tuple[str, str, bool]] = []
    if provenance:
        gogs = provenance.get("gogsVersion") or "unknown version"
        facts += [
            ("Collected", _when(str(provenance.get("collectedAt", ""))), False),
            ("Gogs", f"{gogs}, read from its {_SOURCES.get(str(provenance.get('source')), provenance.get('source'))}", False),
            ("Location", words.without_credentials(str(provenance.get("location", ""))), True),
            ("Collected by", str(provenance.get("collectedBy", "")), True),
            ("Source as of", _when(str(provenance.get("sourceTime") or "")) or "unknown", False),
            ("Export sha256", str(provenance.get("sha256", "")), True),
        ]
    facts += [
        ("Specs", f"{files} file{'s' if files != 1 else ''}, {documents} OAM document{'s' if documents != 1 else ''}", False),
        ("oamlint", version, False),
        ("Policies", policy, True),
    ]
    return facts


_SOURCES = {"backup": "backup archive", "database": "database (read-only)", "api": "REST API (partial view)"}


def _when(stamp: str) -> str:
    """`2026-11-25T21:24:58Z` → `2026-11-25 21:24 UTC`; other text as it is."""
    try:
        moment = datetime.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp
    if moment.tzinfo is not None:
        moment = moment.astimezone(datetime.timezone.utc)
    return moment.strftime("%Y-%m-%d %H:%M UTC")


def _waivers(waivers: Sequence[Mapping[str, Any]], moment: datetime.datetime) -> list[dict[str, str]]:
    today = moment.date()
    rows = []
    for waiver in waivers:
        expires = str(waiver.get("expires", ""))
        try:
            left = (datetime.date.fromisoformat(expires) - today).days
        except ValueError:
            left = None
        if left is None:
            state, label = "active", "in force (no valid expiry)"
        elif left < 0:
            state, label = "expired", f"expired {-left} day{'s' if left != -1 else ''} ago"
        elif left <= EXPIRING_DAYS:
            state, label = "expiring", f"expires in {left} day{'s' if left != 1 else ''}"
        else:
            state, label = "active", "in force"
        match = waiver.get("match") or {}
        rows.append({
            "state": state, "state_label": label, "expires": expires, "rule": str(waiver.get("rule", "")),
            "match": ", ".join(f"{k}: {v}" for k, v in sorted(match.items())) if isinstance(match, Mapping) else "",
            "reason": str(waiver.get("reason", "")), "owner": str(waiver.get("owner", "")),
        })
    order = {"expired": 0, "expiring": 1, "active": 2}
    return sorted(rows, key=lambda w: (order[w["state"]], w["expires"]))


def _waiver_summary(waivers: list[dict[str, str]]) -> str:
    if not waivers:
        return "No waivers in the configuration."
    active = sum(1 for w in waivers if w["state"] != "expired")
    expiring = sum(1 for w in waivers if w["state"] == "expiring")
    expired = len(waivers) - active
    return (f"{active} waiver{'s' if active != 1 else ''} in force, {expiring} of them expiring within "
            f"{EXPIRING_DAYS} days; {expired} expired (expired waivers suppress nothing and are reported).")


@functools.cache
def _template() -> jinja2.Template:
    import jinja2  # only the HTML report needs it; ~40 ms to import

    environment = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined, keep_trailing_newline=True)
    environment.filters["code"] = _code
    return environment.from_string(_asset("report.html.j2"))


@functools.cache
def _asset(name: str) -> str:
    return resources.files("oamlint.reporters").joinpath("html_page", name).read_text(encoding="utf-8")


def _code(text: str) -> Markup:
    """Text with its `backquoted` names as <code> (the messages' convention), everything escaped."""
    return Markup(re.sub(r"`([^`]+)`", r"<code>\1</code>", str(escape(text))))


def _csp_hash(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()


def _json_in_html(data: Any) -> str:
    """JSON safe inside <script type="application/json">: no `</script>`, no comment openers."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
