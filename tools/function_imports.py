"""Imports of project modules placed inside functions (``make check``).

Each app's modules import what they need at the top; an import inside a function hides a dependency (often
one that goes up a layer, or a cycle) from readers and from import-linter. At most ``LIMIT`` are allowed in
the application, each with a comment on the line before saying why. ``apps.get_model``, ``import_string`` and
``import_module`` calls that name a project module count too. Tests, migrations and the benchmark scripts
(which choose their database from their arguments before Django can be set up) are listed apart, not counted.

    python tools/function_imports.py        # exit 1 above the limit or for an import without its comment
"""

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIMIT = 5
CALLS = ("get_model", "import_string", "import_module")
SKIPPED = {".venv", ".git", "node_modules", "media", "test-media", "collected-static", "locale", "static"}


def project_packages():
    return {path.parent.name for path in ROOT.glob("*/__init__.py")} | {"gunicorn"}


def counted(path):
    parts = path.relative_to(ROOT).parts
    return not ("tests" in parts or "migrations" in parts or path.name == "conftest.py" or parts[0] == "bench")


def found_in(path, packages):
    source = path.read_text()
    lines = source.splitlines()
    tree = ast.parse(source)
    found = []

    def visit(node, in_function):
        for child in ast.iter_child_nodes(node):
            inside = in_function or isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef)
            if in_function:
                names = []
                if isinstance(child, ast.Import):
                    names = [alias.name for alias in child.names]
                elif isinstance(child, ast.ImportFrom):
                    names = ["." * child.level + (child.module or "")]
                elif isinstance(child, ast.Call) and ast.unparse(child.func).endswith(CALLS):
                    text = " ".join(ast.unparse(arg) for arg in child.args)
                    names = [text] if any(package in text for package in packages) else []
                for name in names:
                    if name.startswith(".") or name.split(".")[0].strip("'\"") in packages:
                        previous = lines[child.lineno - 2].strip() if child.lineno > 1 else ""
                        found.append((child.lineno, name, previous.startswith("#")))
            visit(child, inside)

    visit(tree, False)
    return found


def main():
    packages = project_packages()
    counted_imports, other = [], []
    for path in sorted(ROOT.rglob("*.py")):
        parts = path.relative_to(ROOT).parts
        if SKIPPED & set(parts) or parts[0].startswith(".venv"):  # .venv-3.13 and other environments
            continue
        for line, name, commented in found_in(path, packages):
            entry = (path.relative_to(ROOT), line, name, commented)
            (counted_imports if counted(path) else other).append(entry)
    print(f"Imports of project modules inside functions: {len(counted_imports)} (at most {LIMIT}, each commented)")
    failed = len(counted_imports) > LIMIT
    for path, line, name, commented in counted_imports:
        print(f"  {path}:{line} {name}{'' if commented else '   <- no comment on the line before says why'}")
        failed = failed or not commented
    benchmark = [entry for entry in other if entry[0].parts[0] == "bench"]
    print(f"Not counted: {len(other) - len(benchmark)} in tests and migrations, {len(benchmark)} in bench/ scripts")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
