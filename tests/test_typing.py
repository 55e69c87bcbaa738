"""Typing as a user meets it: the README's Python examples, type-checked with ``mypy --strict``
outside the project (no project config), against the installed package."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT


def readme_examples() -> list[str]:
    text = (ROOT / "README.md").read_text("utf-8")
    blocks = re.findall(r"```python\n(.*?)```", text, re.S)
    return [b for b in blocks if "import fedextract" in b and "dask" not in b]  # the Dask extra is optional


@pytest.mark.skipif(importlib.util.find_spec("mypy") is None, reason="mypy not installed")
def test_readme_examples_type_check(tmp_path: Path) -> None:
    examples = readme_examples()
    assert examples
    script = tmp_path / "user_script.py"
    script.write_text("\n\n".join(examples), "utf-8")
    proc = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(script)],
                          cwd=tmp_path, capture_output=True, text=True, timeout=110, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr
