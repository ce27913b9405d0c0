"""A non-editable install works away from the repository: the wheel carries every package,
metadata.yml and the demo's sample, and the installed `govcases` imports, parses and serves.

Built with --no-build-isolation (setuptools comes with the test extras), so nothing but loopback
is touched, from a copy of the project's files (a build writes build/ and *.egg-info beside its
sources); the third-party dependencies are borrowed from the test environment. No PYTHONPATH
reaches the installed environment: it would put the repository's own code first.
"""
import json
import os
import site
import socket
import subprocess
import sys
import time
import urllib.request
import zipfile
from pathlib import Path

import pytest

from support import copy_project

pytestmark = [pytest.mark.e2e, pytest.mark.xdist_group("packaging")]  # one wheel and venv for the module


ENV = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("wheel")
    source = copy_project(tmp / "source")
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
                            "-w", str(tmp / "dist"), str(source)], capture_output=True, text=True, timeout=300, env=ENV)
    assert build.returncode == 0, build.stderr[-2000:]
    wheel = next((tmp / "dist").glob("govcases-*.whl"))
    venv = tmp / "venv"
    # a bare venv, into which this environment's pip installs the wheel (as `pip --python` does)
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120, env=ENV)
    py = venv / "bin" / "python"
    pip = subprocess.run([sys.executable, "-m", "pip", "--python", str(py), "install", "--quiet", "--no-deps", "--no-index",
                          str(wheel)], capture_output=True, text=True, timeout=300, env=ENV)
    assert pip.returncode == 0, pip.stderr[-2000:]
    # the dependencies come from this environment; the project itself only from the wheel
    purelib = subprocess.run([str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             capture_output=True, text=True, check=True, env=ENV).stdout.strip()
    Path(purelib, "borrowed-deps.pth").write_text("\n".join(site.getsitepackages()) + "\n")
    work = tmp / "elsewhere"
    work.mkdir()
    return {"wheel": wheel, "venv": venv, "py": py, "work": work}


def run(installed, *args, **kwargs):
    return subprocess.run([str(installed["venv"] / "bin" / "govcases"), *args], capture_output=True, text=True,
                          cwd=installed["work"], env=ENV, timeout=kwargs.get("timeout", 120))


def test_the_wheel_carries_packages_metadata_and_sample(installed):
    names = set(zipfile.ZipFile(installed["wheel"]).namelist())
    for needed in ("crawler/sites/__init__.py", "crawler/sites/shangguan.py", "crawler/parsers/cases/segment.py",
                   "crawler/parsers/data/adcodes.csv", "crawler/cli.py", "archive/datasette_plugin/__init__.py",
                   "archive/datasette_plugin/templates/index.html", "archive/datasette_plugin/static/govcases.css",
                   "archive/datasette_plugin/data/provinces.json"):
        assert needed in names
    assert any(n.endswith("data/share/govcases/metadata.yml") for n in names)
    assert any(n.endswith("data/share/govcases/sample/shangguan-sample.warc.gz") for n in names)


def test_installed_code_is_the_wheels(installed):
    out = subprocess.run([str(installed["py"]), "-c", "import archive, crawler.sites; print(archive.__file__)"],
                         capture_output=True, text=True, cwd=installed["work"], check=True, env=ENV).stdout
    assert str(installed["venv"]) in out


def test_the_installed_command_imports_the_sample_and_serves_it(installed):
    sample = installed["venv"] / "share" / "govcases" / "sample" / "shangguan-sample.warc.gz"
    db = installed["work"] / "demo.db"
    result = run(installed, "import-warc", str(sample), "--db", str(db), "--data-dir", str(installed["work"] / "d"))
    assert result.returncode == 0, result.stderr
    stats = run(installed, "stats", "--db", str(db))
    assert "cases" in stats.stdout and " 10" in stats.stdout
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([str(installed["venv"] / "bin" / "govcases"), "serve", "--db", str(db), "--port", str(port),
                               "--data-dir", str(installed["work"] / "d")], cwd=installed["work"], env=ENV,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        body = None
        for _ in range(100):
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/demo/cases.json?_shape=array&_size=20") as r:
                    body = json.loads(r.read())
                break
            except OSError:
                time.sleep(0.2)
        assert body is not None and len(body) == 10
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/-/metadata.json") as r:
            meta = json.loads(r.read())
        assert "cases" in meta["databases"]["demo"]["tables"]  # metadata.yml came with the install
    finally:
        server.terminate()
        server.wait(timeout=10)
