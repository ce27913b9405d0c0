"""The two tiers of the suite (tests/conftest.py): `make test` leaves the evaluation gates out, `make
eval` (`pytest -m eval`) runs them, and a named test file runs all of its own tests
(GOVCASES_EVAL=1 asks for them too)."""
import os
import subprocess
import sys

import pytest

from support import ROOT

pytestmark = pytest.mark.e2e  # a pytest run of its own, collecting part of the suite


def collected(*args: str, env: dict | None = None) -> list[str]:
    """The test ids a pytest run would execute, collecting tests/test_case_detector.py alone."""
    others = [f"--ignore={p}" for p in sorted((ROOT / "tests").glob("test_*.py")) if p.name != "test_case_detector.py"]
    result = subprocess.run([sys.executable, "-m", "pytest", "--collect-only", "-q", "-n", "0", "-p", "no:cacheprovider",
                             *others, *args], cwd=ROOT, capture_output=True, text=True, timeout=120,
                            env={**os.environ, **(env or {})})
    assert result.returncode == 0, result.stdout + result.stderr
    return [line for line in result.stdout.splitlines() if "::" in line]


def test_the_gates_are_left_out_unless_asked_for():
    env = {"GOVCASES_EVAL": ""}
    plain = collected("tests", env=env)  # what `make test` runs of the file
    gated = collected("tests", "-m", "eval", env=env)  # what `make eval` runs
    named = collected("tests/test_case_detector.py", env=env)  # a developer naming the file
    assert plain and not any("latest_sets" in t for t in plain)
    assert any("latest_sets" in t for t in gated) and not set(gated) & set(plain)
    assert set(named) == set(plain) | set(gated)
