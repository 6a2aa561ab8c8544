"""Fail on an import cycle between modules, or on one app using another's private name.

The apps' layering is checked by ``lint-imports`` (contracts in pyproject.toml);
this adds what those contracts cannot say: no two modules may import each other,
directly or round a loop (not even inside a function), and no module may reach
for a ``_private`` name of another top-level package.

Usage: ``python scripts/check_architecture.py [ROOT]`` (exit 1 when anything is found).
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from pathlib import Path

APPS = (
    "config",
    "core",
    "rules",
    "organisations",
    "journeys",
    "deadlines",
    "reminders",
    "calendars",
    "reports",
    "security",
    "documents",
    "cms",
    "demo",
)
# Tests and benchmarks may not reach into apps' private names either.
ALSO_SCANNED = ("tests", "bench")


def module_name(root: Path, path: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def python_files(root: Path, packages: tuple[str, ...]) -> Iterator[Path]:
    for package in packages:
        for path in sorted((root / package).rglob("*.py")):
            if "migrations" not in path.parts:
                yield path


def absolute(module: str, is_package: bool, node: ast.ImportFrom) -> str:
    """The absolute module an ``from … import`` names, relative levels resolved."""
    if node.level == 0:
        return node.module or ""
    base = module.split(".") if is_package else module.split(".")[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join([*base, node.module] if node.module else base)


def imports_of(root: Path, path: Path, known: set[str]) -> Iterator[tuple[str, str]]:
    """(imported module, imported name or "") for every import in the file."""
    module = module_name(root, path)
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    for node in runtime_nodes(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, ""
        elif isinstance(node, ast.ImportFrom):
            target = absolute(module, path.name == "__init__.py", node)
            for alias in node.names:
                submodule = f"{target}.{alias.name}"
                if submodule in known:
                    yield submodule, ""
                else:
                    yield target, alias.name


def runtime_nodes(tree: ast.AST) -> Iterator[ast.AST]:
    """Every node except those under ``if TYPE_CHECKING:`` (never imported at run)."""
    stack = [tree]
    while stack:
        node = stack.pop()
        yield node
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _is_type_checking(child.test):
                stack.extend(child.orelse)
                continue
            stack.append(child)


def _is_type_checking(test: ast.expr) -> bool:
    name = test.attr if isinstance(test, ast.Attribute) else getattr(test, "id", "")
    return name == "TYPE_CHECKING"


def find_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of two or more modules (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []
    counter = 0

    def visit(node: str) -> None:
        nonlocal counter
        index[node] = low[node] = counter
        counter += 1
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                cycles.append(sorted(group))

    sys.setrecursionlimit(10000)
    for node in sorted(graph):
        if node not in index:
            visit(node)
    return cycles


def check(root: Path, apps: tuple[str, ...] = APPS, also=ALSO_SCANNED) -> list[str]:
    """Every problem found, one line each (empty when the tree is clean)."""
    app_files = list(python_files(root, apps))
    known = {module_name(root, p) for p in app_files}
    graph: dict[str, set[str]] = {}
    problems: list[str] = []
    for path in [*app_files, *python_files(root, also)]:
        module = module_name(root, path)
        own_top = module.split(".")[0]
        for target, name in imports_of(root, path, known):
            top = target.split(".")[0]
            # A package's __init__ importing its own submodules is not a loop.
            internal = module in known and target in known and target != module
            if internal and not module_is_parent(module, target):
                graph.setdefault(module, set()).add(target)
            private = name.startswith("_") and not name.startswith("__")
            if private and top in apps and top != own_top:
                problems.append(
                    f"{path.relative_to(root)}: imports private {target}.{name}"
                )
    for cycle in find_cycles(graph):
        problems.append("import cycle: " + " → ".join([*cycle, cycle[0]]))
    return problems


def module_is_parent(module: str, target: str) -> bool:
    return target.startswith(module + ".") or module.startswith(target + ".")


def main(argv: list[str]) -> int:
    root = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent.parent
    problems = check(root)
    for line in problems:
        sys.stdout.write(line + "\n")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
