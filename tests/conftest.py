"""Shared fixtures for the CLI tests: the seed path and two ways to run the command
(in-process through ``main`` with capsys, or end to end with ``python -m fedextract``)."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import settings

from fedextract.cli import main

# Property tests are deterministic by default, so that CI judges a change and not a random
# draw; HYPOTHESIS_PROFILE=fuzz explores fresh random examples (run it when touching the parser).
settings.register_profile("default", derandomize=True)
settings.register_profile("fuzz", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_f01345817728b86f.txt"
ENCODING_FIXTURES = Path(__file__).resolve().parent / "fixtures" / "encodings"


@dataclass
class Result:
    code: int
    out: str
    err: str

    @property
    def err_lines(self) -> list[str]:
        return self.err.splitlines()

    def assert_one_error(self) -> str:
        """Exit 2, nothing on stdout, exactly one ``fedextract: error:`` line, no traceback."""
        assert self.code == 2, (self.code, self.err)
        assert self.out == ""
        assert "Traceback" not in self.err
        assert len(self.err_lines) == 1 and self.err.endswith("\n"), self.err
        assert self.err.startswith("fedextract: error: "), self.err
        return self.err_lines[0]


Cli = Callable[..., Result]


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    """``cli("a.txt", "--pretty", stdin=b"…")`` runs ``main`` in this process."""

    def run(*args: str | os.PathLike[str], stdin: bytes | None = None) -> Result:
        if stdin is not None:
            monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
        code = main([os.fspath(a) for a in args])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


def run_module(*args: str | os.PathLike[str], stdin: bytes = b"", cwd: Path | None = None) -> Result:
    """``python -m fedextract ARGS`` in a subprocess (true end to end)."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
    proc = subprocess.run([sys.executable, "-m", "fedextract", *map(os.fspath, args)], input=stdin,
                          capture_output=True, cwd=cwd, env=env, timeout=300, check=False)
    return Result(proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8", "replace"))
