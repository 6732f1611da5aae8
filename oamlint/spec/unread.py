"""Documents that must not be dropped silently: byte-order marks at document starts, OAM look-alikes.

YAML 1.2 (§5.2) allows a byte-order mark at the start of every document of a stream, which is
what concatenated Windows files give (`cat *.yaml | oamlint check -`). The YAML parser honours
only the first one of a stream; a later one becomes part of the first key (`\\ufeffapiVersion`),
and the document would no longer be OAM. `strip_document_boms` removes a mark wherever a document
starts, so the loader reads such documents as written.

A document that still is not OAM but looks as if it should be (a key that reads `apiVersion`
once invisible characters, case and separators are ignored, holding a `core.oam.dev/` value) is
reported by the loader with `lookalike`, and any document whose `items` hold an OAM document
(kubectl applies the items, not the document) with `listed`: never skipped silently.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

BOM = "\ufeff"
_MARKER = re.compile(r"(?:---|\.\.\.)(?:\s|$)")
_OAM_GROUP = "core.oam.dev/"


def strip_document_boms(text: str) -> str:
    """`text` without the byte-order marks that start a document: on the first line, on a `---`
    or `...` line or a directive, or on the first content line after a `---`/`...` line."""
    if BOM not in text:
        return text
    lines = text.split("\n")
    at_start = True  # no content since the stream or a document marker began
    for i, line in enumerate(lines):
        rest = line.lstrip(BOM)
        if rest != line and (at_start or _MARKER.match(rest) or rest.startswith("%")):
            lines[i] = line = rest
        stripped = line.strip()
        if _MARKER.match(line):
            at_start = line.startswith("...") or not line[3:].strip() or line[3:].strip().startswith("#")
        elif stripped and not stripped.startswith("#"):
            at_start = False
    return "\n".join(lines)


def lookalike(data: Any) -> tuple[str, str] | None:
    """(key, message) when `data` is not an OAM document but its `apiVersion`-like key says it is."""
    if not isinstance(data, dict):
        return None
    for key, value in data.items():
        if _normal(key) != "apiversion" or not isinstance(value, str):
            continue
        wanted = value.strip().strip(BOM)
        if key == "apiVersion" and value.startswith(_OAM_GROUP):
            return None
        if not unicodedata.normalize("NFKC", _visible(wanted)).lower().startswith(_OAM_GROUP):
            continue
        if key != "apiVersion":
            return key, (f"Key {_show(key)} is not `apiVersion`{_why(key)}, so this document is not read as OAM "
                         "and none of its access is checked; write the key as `apiVersion`")
        return key, (f"`apiVersion` is {_show(value)}{_why(value)}, so this document is not read as OAM "
                     f"and none of its access is checked; write `{_visible(wanted).strip()}`")
    return None


def listed(data: Any) -> tuple[str, str] | None:
    """("items", message) when `data`, OAM or not, holds an OAM document in `items`, at any depth.

    kubectl reads any object with an `items` list as a list, whatever its kind, and applies each item instead of the
    object, flattening lists within lists (k8s.io/apimachinery `unstructured` decoding, cli-runtime's
    `FlattenListVisitor`); an item whose `apiVersion` and `kind` are both empty (missing, null, "" or not a string)
    takes the list's `apiVersion`, and its `kind` without the `List` suffix (an `ApplicationList`'s items are
    Applications).
    """
    found = _oam_item(data)
    if found is None:
        return None
    where, inherited = found
    whose = " (its `apiVersion` and `kind` are the list's)" if inherited else ""
    return "items", (f"This `{str(data.get('kind') or 'document')}` has `items`, which kubectl applies one by one "
                     f"instead of it, and `{where}` is an OAM document{whose} that oamlint does not read, so none of "
                     "its access is checked; write each item as a document of its own (after `---`)")


def _oam_item(data: Any) -> tuple[str, bool] | None:
    """The first OAM document among the `items` of `data`, at any depth: (where, as `items[1].items[0]`, and whether
    it took its list's `apiVersion` and `kind`)."""
    items = data.get("items") if isinstance(data, dict) else None
    for i, item in enumerate(items if isinstance(items, list) else ()):
        if not isinstance(item, dict):
            continue
        inherited = not _named(item.get("apiVersion")) and not _named(item.get("kind"))
        version = data.get("apiVersion") if inherited else item.get("apiVersion")
        if (isinstance(version, str) and version.startswith(_OAM_GROUP)) or lookalike(item):
            return f"items[{i}]", inherited
        nested = _oam_item({**item, "apiVersion": version} if inherited else item)
        if nested is not None:
            return f"items[{i}].{nested[0]}", nested[1]
    return None


def _named(value: Any) -> bool:
    """What kubectl's GetKind and GetAPIVersion read as set: a string that is not empty."""
    return isinstance(value, str) and value != ""


def _normal(text: str) -> str:
    """Letters and digits only, case-folded, after NFKC: `\\ufeffApi_Version` → `apiversion`."""
    return "".join(c for c in unicodedata.normalize("NFKC", text).casefold() if c.isalnum())


def _visible(text: str) -> str:
    """`text` without invisible format characters (byte-order marks, zero-width spaces)."""
    return "".join(c for c in text if unicodedata.category(c) != "Cf")


def _why(text: str) -> str:
    hidden = sorted({f"U+{ord(c):04X}" for c in text if unicodedata.category(c) == "Cf"})
    if hidden:
        return f" (it holds the invisible character{'s' if len(hidden) > 1 else ''} {', '.join(hidden)})"
    return ""


def _show(text: str) -> str:
    """`text` in backticks, invisible characters written as escapes."""
    shown = "".join(f"\\u{ord(c):04x}" if unicodedata.category(c) == "Cf" else c for c in text)
    return f"`{shown}`"
