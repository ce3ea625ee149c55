"""The check engine: rule packs, the registry, and running rules on a plan.

A rule pack is a folder (a Python package or a plain directory) holding:

- `*.yaml` files with a top-level `rules:` list: each rule's id, name, severity,
  sections, legal basis, rationale, message, suggestion and good / bad example wordings;
- `*.py` modules whose functions carry `@check("F102")`: the logic for that rule id;
- `lexicons/*.yaml`: word lists and token patterns the rules ask about.

The built-in pack (the top-level `checks/` folder, installed as `ehcp_audit_checks`),
packs installed under the entry-point group `ehcp_audit.checks`, and a team's own folders
named in config all load the same way. A pack that fails to load is reported and the
other packs still run.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Callable, Iterable, Optional, Union

import yaml

from .items import Item, plan_items
from .model import Finding, Plan, Severity
from .nlp import Analyzer, Lexicon

ENTRY_POINT_GROUP = "ehcp_audit.checks"
SCOPES = ("item", "plan")
META_KEYS = {"id", "name", "severity", "sections", "scope", "legal_basis", "rationale", "message", "suggestion",
             "examples", "absence"}


class PackError(Exception):
    """A rule pack could not be loaded; the message names the pack and the problem."""


@dataclass(frozen=True)
class Flag:
    """What a check returns to raise a finding. Unset fields take the rule's defaults:
    an item check's finding quotes the item; a plan check must say where it applies."""

    message: Optional[str] = None
    severity: Optional[Severity] = None
    quote: Optional[str] = None
    section: Optional[str] = None
    page: Optional[int] = None
    order: int = 0  # document position, for sorting plan-level findings
    params: dict = field(default_factory=dict)  # fills {placeholders} in the rule's message and suggestion


@dataclass(frozen=True)
class RuleMeta:
    id: str
    name: str
    severity: Severity
    sections: tuple[str, ...]
    scope: str
    legal_basis: tuple[str, ...]
    rationale: str
    message: str
    suggestion: str
    good: tuple[str, ...] = ()
    bad: tuple[str, ...] = ()
    absence: bool = False  # fires on something *missing*: not claimed when text went unread


CheckFn = Callable[..., Union[None, bool, Flag, Iterable[Flag]]]


@dataclass(frozen=True)
class Rule:
    meta: RuleMeta
    check: CheckFn
    pack: str


def check(rule_id: str) -> Callable[[CheckFn], CheckFn]:
    """Mark a function as the logic of `rule_id` (whose metadata is in the pack's YAML)."""

    def mark(fn: CheckFn) -> CheckFn:
        fn.rule_id = rule_id  # type: ignore[attr-defined]
        return fn

    return mark


@dataclass
class Registry:
    rules: dict[str, Rule] = field(default_factory=dict)
    lexicons: dict[str, Lexicon] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)  # packs that failed to load


def _meta(raw: dict, source: str) -> RuleMeta:
    unknown = set(raw) - META_KEYS
    if unknown:
        raise PackError(f"{source}: rule {raw.get('id', '?')} has unknown keys {sorted(unknown)}")
    try:
        examples = raw.get("examples") or {}
        meta = RuleMeta(
            id=str(raw["id"]),
            name=str(raw["name"]),
            severity=Severity(raw["severity"]),
            sections=tuple(str(s) for s in raw.get("sections") or ()),
            scope=str(raw.get("scope", "item")),
            legal_basis=tuple(raw["legal_basis"]),
            rationale=" ".join(str(raw["rationale"]).split()),
            message=" ".join(str(raw["message"]).split()),
            suggestion=" ".join(str(raw["suggestion"]).split()),
            good=tuple(examples.get("good") or ()),
            bad=tuple(examples.get("bad") or ()),
            absence=bool(raw.get("absence", False)),
        )
    except (KeyError, ValueError, TypeError) as exc:
        raise PackError(f"{source}: rule {raw.get('id', '?')} is incomplete ({exc})") from None
    if meta.scope not in SCOPES:
        raise PackError(f"{source}: rule {meta.id} has scope {meta.scope!r}; use one of {SCOPES}")
    return meta


def _load_yaml(text: str):
    """Safe YAML through libyaml when PyYAML has it: ~10x faster, and packs hold ~90
    files, so this is a third of a second off every start-up."""
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


LEXICON_KEYS = {"category", "description", "phrases", "patterns", "exclude"}


def _load_lexicon(path: Path) -> Lexicon:
    """One lexicon file, checked: a mistake names the file instead of breaking the pack obscurely."""
    data = _load_yaml(path.read_text("utf-8")) or {}
    if not isinstance(data, dict) or set(data) - LEXICON_KEYS:
        raise PackError(f"lexicon {path.name}: expected the keys {sorted(LEXICON_KEYS)}")
    raw_patterns = data.get("patterns") or ()
    if not all(isinstance(p, dict) and isinstance(p.get("tokens"), list) for p in raw_patterns):
        raise PackError(f"lexicon {path.name}: each pattern needs a name and a list of tokens")
    patterns = tuple((str(p.get("name", f"pattern{i}")), tuple(p["tokens"])) for i, p in enumerate(raw_patterns))
    return Lexicon(
        category=str(data.get("category") or path.stem),
        description=" ".join(str(data.get("description", "")).split()),
        phrases=tuple(str(p) for p in data.get("phrases") or ()),
        patterns=patterns,
        exclude=tuple(str(p) for p in data.get("exclude") or ()),
    )


def _import_module(path: Path, pack: str):
    name = f"ehcp_audit_pack_{abs(hash(str(path.parent)))}_{path.stem}"
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise PackError(f"{pack}: cannot import {path.name}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def load_pack(folder: Path, pack: str) -> tuple[list[Rule], dict[str, Lexicon]]:
    """Read one pack folder: rule metadata, check functions and lexicons."""
    if not folder.is_dir():
        raise PackError(f"{pack}: {folder} is not a folder")
    metas: dict[str, RuleMeta] = {}
    for yml in sorted(folder.glob("*.yaml")):
        data = _load_yaml(yml.read_text("utf-8")) or {}
        for raw in data.get("rules") or ():
            meta = _meta(raw, f"{pack}/{yml.name}")
            if meta.id in metas:
                raise PackError(f"{pack}: rule {meta.id} is described twice")
            metas[meta.id] = meta
    functions: dict[str, CheckFn] = {}
    for py in sorted(folder.glob("*.py")):
        if py.name.startswith("_"):
            continue
        try:
            module = _import_module(py, pack)
        except PackError:
            raise
        except Exception as exc:
            raise PackError(f"{pack}: {py.name} failed to import ({type(exc).__name__}: {exc})") from None
        for value in vars(module).values():
            rule_id = getattr(value, "rule_id", None)
            if callable(value) and rule_id:
                functions[rule_id] = value
    missing = sorted(set(metas) - set(functions))
    orphans = sorted(set(functions) - set(metas))
    if missing or orphans:
        raise PackError(f"{pack}: rules without logic {missing}, logic without rule metadata {orphans}")
    lexicons = {lex.category: lex for lex in map(_load_lexicon, sorted((folder / "lexicons").glob("*.yaml")))}
    return [Rule(metas[i], functions[i], pack) for i in sorted(metas)], lexicons


def builtin_pack_folder() -> Path:
    import ehcp_audit_checks

    return Path(ehcp_audit_checks.__file__).parent


def _add_pack(registry: Registry, folder: Path, pack: str) -> None:
    try:
        rules, lexicons = load_pack(folder, pack)
    except PackError as exc:
        registry.problems.append(str(exc))
        return
    except Exception as exc:  # a broken plug-in must not stop the other checks
        registry.problems.append(f"{pack}: failed to load ({type(exc).__name__}: {exc})")
        return
    for rule in rules:
        if rule.meta.id in registry.rules:
            registry.problems.append(f"{pack}: rule {rule.meta.id} is already defined by {registry.rules[rule.meta.id].pack}; ignored")
            continue
        registry.rules[rule.meta.id] = rule
    for category, lex in lexicons.items():
        known = registry.lexicons.get(category)
        registry.lexicons[category] = known.extended(add=lex.phrases) if known else lex


def _entry_point_folders() -> list[tuple[str, Optional[Path], Optional[str]]]:
    from importlib.metadata import entry_points

    found = []
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        try:
            target = ep.load()
            folder = Path(getattr(target, "__file__", "") or "").parent if not isinstance(target, (str, Path)) else Path(target)
            found.append((f"plugin {ep.name}", folder, None))
        except Exception as exc:
            found.append((f"plugin {ep.name}", None, f"plugin {ep.name}: failed to load ({type(exc).__name__}: {exc})"))
    return found


def build_registry(extra_folders: Iterable[Path] = (), lexicon_overrides: Optional[dict] = None, plugins: bool = True) -> Registry:
    """Built-in rules, then installed plug-ins, then a team's own folders; then config's
    lexicon additions and removals."""
    registry = Registry()
    _add_pack(registry, builtin_pack_folder(), "built-in")
    if plugins:
        for name, folder, problem in _entry_point_folders():
            if problem:
                registry.problems.append(problem)
            elif folder is not None:
                _add_pack(registry, folder, name)
    for folder in extra_folders:
        _add_pack(registry, Path(folder), f"checks folder {folder}")
    for category, change in (lexicon_overrides or {}).items():
        base = registry.lexicons.get(category) or Lexicon(category)
        registry.lexicons[category] = base.extended(change.get("add", ()), change.get("remove", ()))
    return registry


class Context:
    """What a check may look at: the plan, its items with their lexicon hits, and facts
    read from the plan's own details (year group, dates, status)."""

    def __init__(self, plan: Plan, analyzer: Analyzer):
        self.plan = plan
        self.analyzer = analyzer
        self._sections_items: dict[tuple[str, ...], tuple[Item, ...]] = {}

    @cached_property
    def all_items(self) -> list[Item]:
        return plan_items(self.plan, self.analyzer)

    @cached_property
    def trace(self):
        """The need → outcome → provision table (trace.py), built once per plan for the
        rules that read it and for the report."""
        from .trace import trace_for_plan

        return trace_for_plan(self.plan, self.analyzer, self.all_items)

    def items(self, *sections: str) -> list[Item]:
        return list(self._items_in(sections))

    def _items_in(self, sections: tuple[str, ...]) -> tuple[Item, ...]:
        # Rules ask for the same sections' items thousands of times per plan: filter once.
        found = self._sections_items.get(sections)
        if found is None:
            found = tuple(item for item in self.all_items if not sections or item.section in sections)
            self._sections_items[sections] = found
        return found

    @cached_property
    def facts(self):
        from .facts import read_facts

        return read_facts(self.plan)

    def section_text(self, sid: str) -> str:
        return "\n".join(b.text for s in self.plan.sections if s.id == sid for b in self.plan.blocks(s))


@dataclass(frozen=True)
class RunResult:
    findings: tuple[Finding, ...]
    problems: tuple[str, ...]  # rules that raised: reported, never silently dropped
    skipped_absence: tuple[str, ...]  # absence rules not applied because text went unread


class _Blanks(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _finding(rule: Rule, flag: Flag, item: Optional[Item], override: Optional[Severity]) -> Finding:
    """A Finding from what a check returned. A severity set in config wins over the one the
    check chose for this case, which wins over the rule's default."""
    meta = rule.meta
    params = _Blanks(flag.params)
    return Finding(
        rule=meta.id,
        name=meta.name,
        severity=override or flag.severity or meta.severity,
        section=flag.section if flag.section is not None else (item.section if item else None),
        page=flag.page if flag.page is not None else (item.page if item else None),
        quote=flag.quote if flag.quote is not None else (item.text if item else None),
        message=flag.message or meta.message.format_map(params),
        legal_basis=meta.legal_basis,
        suggestion=meta.suggestion.format_map(params),
    )


def _as_flags(result) -> list[Flag]:
    if result is None or result is False:
        return []
    if result is True:
        return [Flag()]
    if isinstance(result, Flag):
        return [result]
    return [f for f in result if f]


def run_rules(plan: Plan, rules: Iterable[Rule], analyzer: Analyzer, severity_overrides: Optional[dict] = None,
              context: Optional[Context] = None) -> RunResult:
    """Run each rule on the plan; a rule that raises is reported and the others go on.
    Pass a `context` to reuse its items afterwards (they are the costly part)."""
    ctx = context or Context(plan, analyzer)
    overrides = severity_overrides or {}
    positioned: list[tuple[int, int, Finding]] = []
    problems: list[str] = []
    skipped: list[str] = []
    unread = bool(plan.document.unread_pages)
    for rule in rules:
        meta = rule.meta
        if meta.absence and unread:
            skipped.append(meta.id)
            continue
        override = Severity(overrides[meta.id]) if meta.id in overrides else None
        try:
            if meta.scope == "item":
                for item in ctx.items(*meta.sections):
                    for flag in _as_flags(rule.check(item, ctx)):
                        positioned.append((item.block, len(positioned), _finding(rule, flag, item, override)))
            else:
                for flag in _as_flags(rule.check(ctx)):
                    positioned.append((flag.order, len(positioned), _finding(rule, flag, None, override)))
        except Exception as exc:
            problems.append(f"rule {meta.id} ({rule.pack}) failed: {type(exc).__name__}")
    positioned.sort(key=lambda t: (t[0], t[2].rule, t[1]))
    return RunResult(tuple(f for _, _, f in positioned), tuple(problems), tuple(skipped))
