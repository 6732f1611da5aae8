"""`.oamlint.yaml`: found by searching upward from the working directory, or given with --config."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path
from typing import Any

from oamlint.errors import FatalError
from oamlint.spec.loader import display_path, load_mapping
from oamlint.spec.sourcemap import SourceMap

CONFIG_NAME = ".oamlint.yaml"


@dataclasses.dataclass(frozen=True)
class Config:
    data: dict[str, Any]
    file: str | None
    source_map: SourceMap

    def rule_setting(self, slug: str) -> dict[str, Any]:
        """The `rules:` entry for `slug`, always as a mapping (`warning` → {"level": "warning"})."""
        setting = (self.data.get("rules") or {}).get(slug)
        if isinstance(setting, str):
            return {"level": setting}
        return dict(setting or {})


def find_config(start: Path) -> Path | None:
    for directory in (start, *start.parents):
        candidate = directory / CONFIG_NAME
        if candidate.is_file():
            return candidate
    return None


def load_config(explicit: str | None) -> Config:
    if explicit is not None:
        if not os.path.isfile(explicit):
            raise FatalError(f"config file `{explicit}` does not exist", "check the path given to --config")
        path: Path | None = Path(explicit)
    else:
        path = find_config(Path.cwd())
    if path is None:
        return Config({}, None, SourceMap())
    data, source_map = load_mapping(str(path))
    return Config(data, display_path(str(path)), source_map)
