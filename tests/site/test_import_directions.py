"""Dependencies run one way (docs/architecture.md): site knows every app;
stories and campaigns build on home; campaigns may use stories, never the
reverse; home uses neither. Models import no views, forms or feeds: a page's
filters, feeds and downloads are views registered for its type
(home.models.pages.context_view, route_view).

Read from the source with `ast`: every import, at the top of a module or
inside a function, and every string that names another app's model or
module ("campaigns.CampaignPage", "campaigns.models")."""

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
APPS = ("home", "stories", "campaigns")
# app -> the apps it must never reach
FORBIDDEN = {"home": {"stories", "campaigns"}, "stories": {"campaigns"}}
# Views, forms and feeds by module name, prefixed ones too (a module once
# named campaign_views or forecast_view). Wagtail's admin edit forms (base_form_class) are part of a page's
# definition and live with it (home/page_form.py, StoryPageForm).
PRESENTATION = re.compile(r"(^|_)(views?|feeds?|forms)$")
NAMES_ANOTHER_APP = re.compile(r"^(home|stories|campaigns)\.[A-Za-z_][\w.]*$")


def modules():
    for app in APPS:
        for path in sorted((ROOT / app).rglob("*.py")):
            if "migrations" not in path.parts:
                yield path, ".".join(path.relative_to(ROOT).with_suffix("").parts)


def imported(path, module):
    """(line, dotted name) for every import in the file, relative ones resolved."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            yield from ((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[: len(parts) - node.level + 1] + ([base] if base else []))
            yield from ((node.lineno, f"{base}.{alias.name}") for alias in node.names)


def named_in_strings(path):
    """(line, text) for strings naming an app's module or model, docstrings left out."""
    tree = ast.parse(path.read_text())
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in docstrings
            and NAMES_ANOTHER_APP.match(node.value)
        ):
            yield node.lineno, node.value


def edges():
    found = []
    for path, module in modules():
        where = path.relative_to(ROOT)
        for line, name in imported(path, module):
            found.append((module, name, f"{where}:{line}"))
        for line, name in named_in_strings(path):
            found.append((module, name, f"{where}:{line} (string)"))
    return found


EDGES = edges()


def test_the_walk_sees_the_imports_that_exist():
    """campaigns builds on stories and home: a walk that misses these reads nothing."""
    pairs = {(source.split(".")[0], target.split(".")[0]) for source, target, _where in EDGES}
    assert {("campaigns", "stories"), ("campaigns", "home"), ("stories", "home")} <= pairs


@pytest.mark.parametrize("app", sorted(FORBIDDEN))
def test_app_never_reaches_the_apps_built_on_it(app):
    wrong = [
        f"{where}: {target}"
        for source, target, where in EDGES
        if source.split(".")[0] == app and target.split(".")[0] in FORBIDDEN[app]
    ]
    assert not wrong, f"{app} must not use {sorted(FORBIDDEN[app])}:\n" + "\n".join(wrong)


def is_models_module(module):
    parts = module.split(".")
    return parts[-1] == "models" or "models" in parts[:-1]


def test_models_import_no_views_forms_or_feeds():
    wrong = [
        f"{where}: {target}"
        for source, target, where in EDGES
        if is_models_module(source)
        and not where.endswith("(string)")
        and target.split(".")[0] in APPS
        and any(PRESENTATION.search(part) for part in target.split(".")[1:])
    ]
    assert not wrong, "models import presentation code:\n" + "\n".join(wrong)


def test_models_reach_no_views_forms_or_feeds_through_other_modules():
    """Nor through a module in between (a page once built its filter form
    through the story library's filtering module)."""
    known = {module for _path, module in modules()}

    def app_module(name):
        while name and name not in known:
            name = name.rpartition(".")[0]
        return name

    graph = {}
    for source, target, where in EDGES:
        if not where.endswith("(string)") and app_module(target):
            graph.setdefault(source, set()).add(app_module(target))
    wrong = []
    for start in filter(is_models_module, known):
        seen, todo = set(), [start]
        while todo:
            for target in graph.get(todo.pop(), ()):
                if target not in seen:
                    seen.add(target)
                    todo.append(target)
        wrong += [
            f"{start} -> {module}"
            for module in sorted(seen)
            if any(PRESENTATION.search(part) for part in module.split(".")[1:])
        ]
    assert not wrong, "models reach presentation code:\n" + "\n".join(wrong)
