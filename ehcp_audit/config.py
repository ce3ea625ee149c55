"""Configuration: `.ehcp-audit.yaml` or `[tool.ehcp-audit]` in pyproject.toml, found from
the working directory upward, then command-line options on top.

Every key and value is checked: an unknown key or a bad value is an error that names it,
never silently ignored.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Iterable, Optional

import yaml

FAIL_LEVELS = ("error", "warning", "info", "never")
SEVERITIES = ("error", "warning", "info")
CONFIG_FILE = ".ehcp-audit.yaml"


class ConfigError(Exception):
    """A configuration problem, described in one sentence."""


@dataclass(frozen=True)
class Config:
    select: tuple[str, ...] = ()  # rule ids or prefixes; empty = all
    ignore: tuple[str, ...] = ()
    severity: dict = field(default_factory=dict)  # rule id -> severity
    lexicons: dict = field(default_factory=dict)  # category -> {"add": [...], "remove": [...]}
    fail_on: str = "error"
    checks_dirs: tuple[Path, ...] = ()
    plugins: bool = True
    timeout: float = 60.0  # seconds per file
    memory_limit: int = 1024  # MiB per worker
    max_pages: int = 2000
    source: Optional[Path] = None  # the file the settings came from
    keep_document: bool = False  # set by commands, not settings: results carry the text read (html report)

    def wants(self, rule_id: str) -> bool:
        """Whether a rule runs: selected (or nothing selected) and not ignored."""
        selected = not self.select or any(rule_id.startswith(p) for p in self.select)
        return selected and not any(rule_id.startswith(p) for p in self.ignore)


_KEYS = {"select", "ignore", "severity", "lexicons", "fail-on", "checks-dirs", "plugins", "timeout", "memory-limit", "max-pages"}


def _str_list(key: str, value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [v.strip() for v in value.split(",") if v.strip()]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"'{key}' must be a list of rule ids or prefixes, e.g. [F1, S001]")
    return tuple(v.upper() for v in value)


def _positive(key: str, value: Any, kind=float):
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
        raise ConfigError(f"'{key}' must be a positive number, not {value!r}")
    return kind(value)


def parse(data: dict, base: Path, source: Optional[Path] = None) -> Config:
    """Validate a settings mapping (from YAML, TOML or the command line)."""
    if not isinstance(data, dict):
        raise ConfigError("the configuration must be a mapping of settings")
    unknown = sorted(set(data) - _KEYS)
    if unknown:
        raise ConfigError(f"unknown setting(s) {', '.join(unknown)}; known settings are {', '.join(sorted(_KEYS))}")
    config = Config(source=source)
    if "select" in data:
        config = replace(config, select=_str_list("select", data["select"]))
    if "ignore" in data:
        config = replace(config, ignore=_str_list("ignore", data["ignore"]))
    if "severity" in data:
        sev = data["severity"]
        if not isinstance(sev, dict) or any(v not in SEVERITIES for v in sev.values()):
            raise ConfigError(f"'severity' must map rule ids to one of {', '.join(SEVERITIES)}")
        config = replace(config, severity={str(k).upper(): v for k, v in sev.items()})
    if "lexicons" in data:
        config = replace(config, lexicons=_lexicons(data["lexicons"]))
    if "fail-on" in data:
        if data["fail-on"] not in FAIL_LEVELS:
            raise ConfigError(f"'fail-on' must be one of {', '.join(FAIL_LEVELS)}, not {data['fail-on']!r}")
        config = replace(config, fail_on=data["fail-on"])
    if "checks-dirs" in data:
        dirs = data["checks-dirs"]
        if isinstance(dirs, str):
            dirs = [dirs]
        if not isinstance(dirs, list):
            raise ConfigError("'checks-dirs' must be a list of folders")
        config = replace(config, checks_dirs=tuple((base / str(d)).resolve() for d in dirs))
    if "plugins" in data:
        if not isinstance(data["plugins"], bool):
            raise ConfigError("'plugins' must be true or false")
        config = replace(config, plugins=data["plugins"])
    if "timeout" in data:
        config = replace(config, timeout=_positive("timeout", data["timeout"]))
    if "memory-limit" in data:
        config = replace(config, memory_limit=_positive("memory-limit", data["memory-limit"], int))
    if "max-pages" in data:
        config = replace(config, max_pages=_positive("max-pages", data["max-pages"], int))
    return config


def _lexicons(value: Any) -> dict:
    if not isinstance(value, dict):
        raise ConfigError("'lexicons' must map a lexicon name to {add: [...], remove: [...]}")
    out = {}
    for category, change in value.items():
        if not isinstance(change, dict) or set(change) - {"add", "remove"}:
            raise ConfigError(f"lexicon '{category}' takes only 'add' and 'remove' lists")
        out[str(category)] = {k: [str(x) for x in (v or [])] for k, v in change.items()}
    return out


def _read_toml(path: Path) -> dict:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    with open(path, "rb") as handle:
        return tomllib.load(handle)


def find_config(start: Path) -> Optional[Path]:
    """The nearest .ehcp-audit.yaml, or pyproject.toml with [tool.ehcp-audit], upward from start."""
    for folder in [start, *start.parents]:
        candidate = folder / CONFIG_FILE
        if candidate.is_file():
            return candidate
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            try:
                if "ehcp-audit" in _read_toml(pyproject).get("tool", {}):
                    return pyproject
            except Exception:
                raise ConfigError(f"{pyproject} is not valid TOML") from None
    return None


def load_config(explicit: Optional[Path] = None, start: Optional[Path] = None) -> Config:
    """Settings from an explicit file, or the nearest one found; defaults if none."""
    path = explicit or find_config((start or Path.cwd()).resolve())
    if path is None:
        return Config()
    if not path.is_file():
        raise ConfigError(f"config file {path} does not exist")
    try:
        if path.name == "pyproject.toml":
            data = _read_toml(path).get("tool", {}).get("ehcp-audit", {})
        else:
            data = yaml.safe_load(path.read_text("utf-8")) or {}
    except ConfigError:
        raise
    except Exception:
        raise ConfigError(f"{path} could not be read as {'TOML' if path.suffix == '.toml' else 'YAML'}") from None
    try:
        return parse(data, path.parent, path)
    except ConfigError as exc:
        raise ConfigError(f"{path}: {exc}") from None


def with_overrides(config: Config, *, select: Iterable[str] = (), ignore: Iterable[str] = (), fail_on: Optional[str] = None,
                   timeout: Optional[float] = None, memory_limit: Optional[int] = None, max_pages: Optional[int] = None) -> Config:
    """Command-line options on top of the file's settings."""
    data: dict = {}
    if select:
        data["select"] = list(select)
    if ignore:
        data["ignore"] = list(config.ignore) + list(ignore)
    if fail_on is not None:
        data["fail-on"] = fail_on
    if timeout is not None:
        data["timeout"] = timeout
    if memory_limit is not None:
        data["memory-limit"] = memory_limit
    if max_pages is not None:
        data["max-pages"] = max_pages
    cli = parse(data, Path.cwd())
    changed = {k: getattr(cli, k) for k in ("select", "ignore", "fail_on", "timeout", "memory_limit", "max_pages") if getattr(cli, k) != getattr(Config(), k)}
    return replace(config, **changed)
