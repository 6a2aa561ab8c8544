"""The architecture check: no import cycles, no reaching into another app's privates."""

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location(
    "check_architecture", ROOT / "scripts" / "check_architecture.py"
)
check_architecture = importlib.util.module_from_spec(spec)
spec.loader.exec_module(check_architecture)


def write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root


def test_the_project_has_no_import_cycle_and_no_private_import_across_apps():
    assert check_architecture.check(ROOT) == []


def test_the_apps_keep_their_import_layers():
    lint = Path(sys.executable).with_name("lint-imports")
    done = subprocess.run(
        [str(lint)], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout[-2000:]


def test_a_cycle_through_an_import_inside_a_function_is_found(tmp_path):
    root = write(
        tmp_path,
        {
            "alpha/__init__.py": "",
            "alpha/services.py": "from . import deadlines\n",
            "alpha/deadlines.py": "def f():\n    from .services import g\n",
        },
    )
    [problem] = check_architecture.check(root, apps=("alpha",), also=())
    assert problem.startswith("import cycle: alpha.deadlines → alpha.services")


def test_importing_another_apps_private_function_is_found(tmp_path):
    root = write(
        tmp_path,
        {
            "alpha/__init__.py": "",
            "alpha/services.py": "def _save():\n    pass\n",
            "beta/__init__.py": "",
            "beta/views.py": "from alpha.services import _save\n",
        },
    )
    problems = check_architecture.check(root, apps=("alpha", "beta"), also=())
    assert problems == ["beta/views.py: imports private alpha.services._save"]


@pytest.mark.parametrize(
    "source",
    [
        "from .services import _save\n",  # its own app's private: allowed
        "from alpha.services import __version__\n",  # dunder: not private
    ],
)
def test_private_names_within_one_app_and_dunders_are_allowed(tmp_path, source):
    root = write(
        tmp_path,
        {
            "alpha/__init__.py": "",
            "alpha/services.py": "def _save():\n    pass\n__version__ = '1'\n",
            "alpha/views.py": source,
        },
    )
    assert check_architecture.check(root, apps=("alpha",), also=()) == []


def test_an_import_only_for_type_checking_is_not_a_cycle(tmp_path):
    root = write(
        tmp_path,
        {
            "alpha/__init__.py": "",
            "alpha/kinds.py": "from .letters import build\n",
            "alpha/letters.py": (
                "from typing import TYPE_CHECKING\n"
                "if TYPE_CHECKING:\n"
                "    from .kinds import Kind\n"
                "def build():\n"
                "    pass\n"
            ),
        },
    )
    assert check_architecture.check(root, apps=("alpha",), also=()) == []
