"""The two tiers of the suite (tests/conftest.py): `make test` leaves the evaluation gates out, `make
eval` (`pytest -m eval`) runs them, and a named test file runs all of its own tests
(GOVCASES_EVAL=1 asks for them too)."""
import pytest

from support import ROOT


class _OneFile:
    """A plugin that collects tests/test_case_detector.py alone (a hook, not one --ignore per other
    file: pytest would match every path against each) and keeps the ids of the tests the run would
    execute."""

    ids: list[str] = []

    def pytest_ignore_collect(self, collection_path, config):
        if collection_path.suffix == ".py" and collection_path.name.startswith("test_"):
            return collection_path.name != "test_case_detector.py"
        return None

    def pytest_collection_finish(self, session):
        self.ids = [item.nodeid for item in session.items]


def collected(*args: str) -> list[str]:
    """The test ids a pytest run with these arguments would execute, collecting
    tests/test_case_detector.py alone: a real pytest run (pyproject.toml's options, tests/conftest.py)
    in this process, as pytest's own `pytester.inline_run` does, so that nothing is imported twice."""
    ids = _OneFile()
    code = pytest.main(["--collect-only", "-q", "-n", "0", "-p", "no:cacheprovider", *args], plugins=[ids])
    assert code == pytest.ExitCode.OK
    return ids.ids


def test_the_gates_are_left_out_unless_asked_for(monkeypatch):
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("GOVCASES_EVAL", "")
    plain = collected("tests")  # what `make test` runs of the file
    gated = collected("tests", "-m", "eval")  # what `make eval` runs
    named = collected("tests/test_case_detector.py")  # a developer naming the file
    assert plain and not any("latest_sets" in t for t in plain)
    assert any("latest_sets" in t for t in gated) and not set(gated) & set(plain)
    assert set(named) == set(plain) | set(gated)
