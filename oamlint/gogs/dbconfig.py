"""Where Gogs's database is: from Gogs's own app.ini ([database] section) or from a DSN.

app.ini is read the way Gogs reads it: values are taken whole (Gogs ignores inline comments, so `; x` after a
value is part of it), `${VAR}` is expanded from the environment, and a relative SQLite PATH is resolved against
Gogs's work directory: $GOGS_WORK_DIR, else the directory that holds `custom/conf/app.ini`.
DSNs: `sqlite:///abs/path.db`, a plain path to a SQLite file, `postgres://user:pass@host:port/name?sslmode=…`,
`mysql://user:pass@host:port/name`. Passwords are kept out of repr() and out of `location`.
"""

from __future__ import annotations

import configparser
import os
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from oamlint.errors import FatalError

KINDS = {"sqlite3": "sqlite", "sqlite": "sqlite", "postgres": "postgres", "postgresql": "postgres",
         "mysql": "mysql"}
TOP = "__top__"


@dataclass(frozen=True)
class DbTarget:
    kind: str  # sqlite | postgres | mysql
    location: str  # printable: never holds the password, nor a value app.ini takes from the environment
    path: Path | None = None
    host: str = field(default="", repr=False)  # these four as used; an app.ini value may come from the environment
    port: int | None = None
    name: str = field(default="", repr=False)
    user: str = field(default="", repr=False)
    password: str = field(default="", repr=False)
    ssl_mode: str = ""
    schema: str = ""


def _ini_value(section: configparser.SectionProxy, *keys: str, expand: bool = True) -> str:
    """The first of `keys` in `section`, unquoted, with `${VAR}` expanded as Gogs does (os.ExpandEnv), unless not
    `expand`: what a message may show (an expanded variable may hold a secret, such as the token)."""
    for key in keys:
        if key in section:
            value = section[key].strip()
            value = os.path.expandvars(value) if expand else value
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"`":
                value = value[1:-1]
            return value
    return ""


def _read_ini(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=False, delimiters=("=",),
                                       comment_prefixes=("#", ";"), inline_comment_prefixes=None)
    try:
        parser.read_string(f"[{TOP}]\n" + path.read_text(encoding="utf-8"), source=str(path))
    except OSError as error:
        raise FatalError(f"cannot read the Gogs config {path}: {error.strerror}", "check the --gogs-config path") from None
    except (UnicodeDecodeError, configparser.Error) as error:
        raise FatalError(f"{path} is not an ini file Gogs could read: {type(error).__name__}",
                         "pass Gogs's own custom/conf/app.ini") from None
    if not parser.has_section("database"):
        raise FatalError(f"{path} has no [database] section", "pass Gogs's own custom/conf/app.ini, or use --gogs-db")
    return parser["database"]


def _work_dir(app_ini: Path) -> Path:
    if os.environ.get("GOGS_WORK_DIR"):
        return Path(os.environ["GOGS_WORK_DIR"])
    conf = app_ini.resolve().parent
    if conf.name == "conf" and conf.parent.name == "custom":
        return conf.parent.parent
    return conf


def _host_port(host: str) -> tuple[str, int | None]:
    name, colon, port = host.rpartition(":")
    return (name, int(port)) if colon and port.isdigit() else (host, None)


def from_app_ini(path: Path) -> DbTarget:
    section = _read_ini(path)
    kind = KINDS.get(_ini_value(section, "TYPE", "DB_TYPE").lower())
    if kind is None:
        raise FatalError(f"{path}: [database] TYPE {_ini_value(section, 'TYPE', 'DB_TYPE')!r} is not one oamlint reads",
                         "use TYPE = sqlite3, postgres or mysql, or export from a backup with --gogs-backup")
    if kind == "sqlite":
        db = Path(_ini_value(section, "PATH") or "data/gogs.db")
        db = db if db.is_absolute() else _work_dir(path) / db
        return DbTarget("sqlite", f"sqlite:{db}", path=db)
    host, port = _host_port(_ini_value(section, "HOST"))
    name, user = _ini_value(section, "NAME"), _ini_value(section, "USER")
    written = {key: _ini_value(section, key, expand=False) for key in ("HOST", "NAME", "USER")}  # for messages
    return DbTarget(kind, f"{kind}://{written['USER']}@{written['HOST']}/{written['NAME']}", host=host, port=port,
                    name=name, user=user, password=_ini_value(section, "PASSWORD", "PASSWD"),
                    ssl_mode=_ini_value(section, "SSL_MODE"), schema=_ini_value(section, "SCHEMA"))


def from_dsn(dsn: str) -> DbTarget:
    try:
        return _parse_dsn(dsn)
    except ValueError:  # the message would quote the DSN, which may hold a password
        raise FatalError("--gogs-db is not a valid DSN (bad port or address)",
                         "use sqlite:///path/gogs.db, postgres://user@host:5432/db or mysql://user@host:3306/db") from None


def _parse_dsn(dsn: str) -> DbTarget:
    parts = urlsplit(dsn)
    scheme = parts.scheme.lower()
    if not scheme or len(scheme) == 1:  # a plain path (or a Windows drive letter)
        return DbTarget("sqlite", f"sqlite:{Path(dsn)}", path=Path(dsn))
    kind = KINDS.get(scheme)
    if kind is None:
        raise FatalError(f"--gogs-db: the scheme {scheme!r} is not one oamlint reads",
                         "use sqlite:///path/gogs.db, postgres://user@host/db or mysql://user@host/db")
    if kind == "sqlite":
        path = Path(unquote(parts.netloc + parts.path))
        return DbTarget("sqlite", f"sqlite:{path}", path=path)
    host, name, user = parts.hostname or "", parts.path.lstrip("/"), unquote(parts.username or "")
    query = parse_qs(parts.query)
    return DbTarget(kind, f"{kind}://{user}@{host}{f':{parts.port}' if parts.port else ''}/{name}", host=host,
                    port=parts.port, name=name, user=user, password=unquote(parts.password or ""),
                    ssl_mode=query.get("sslmode", [""])[0], schema=query.get("search_path", [""])[0])
