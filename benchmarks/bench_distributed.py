"""Pages per second of one and two distributed crawl workers on the same mirror, with the per-site
delay off and on, and the ingester's items per second.

    .venv/bin/python benchmarks/bench_distributed.py --articles 600 --latency 0.02 --delay 0.05

Starts its own redis-server on a free port of 127.0.0.1 (apt-get install redis-server) and a
generated 上观 mirror answering every request after ``--latency`` seconds (a stand-in for the
network: a real site answers in tens to hundreds of milliseconds). Pages per second are taken from
the mirror's own log: pages served between the first and the last request. Workers leave after
``GOVCASES_IDLE_CLOSE`` quiet seconds, which is not counted. The ingester is timed alone, on the
items the two-worker run without delay left in Redis (its own storing time). One run on a shared
machine: read the numbers as rough.
"""
import argparse
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from archive.sample import MirrorServer, synthetic_site  # noqa: E402

SETTINGS = ["-s", "AUTOTHROTTLE_ENABLED=False", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=8", "-s", "LOG_LEVEL=WARNING",
            "-s", "GOVCASES_IDLE_CLOSE=2"]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def crawl(server, redis_url, workers, data, delay):
    """(pages, seconds between the first and the last page request) of ``workers`` workers, or of
    one single-machine crawl into an archive when ``redis_url`` is None."""
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    env.pop("REDIS_URL", None)
    server.log.clear()
    common = ["--data-dir", str(data), "-a", f"base_url={server.url}", "-a", "max_pages=1000", *SETTINGS,
              "-s", f"DOWNLOAD_DELAY={delay}"]
    if redis_url is None:
        commands = [["--db", str(data / "archive.db"), *common]]
    else:
        commands = [["--redis", redis_url, "--worker", f"w{i}", *common] for i in range(workers)]
    procs = [subprocess.Popen([sys.executable, "-m", "crawler", "crawl", "shangguan", *command], cwd=ROOT, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True) for command in commands]
    for proc in procs:
        _, err = proc.communicate()
        if proc.returncode:
            raise SystemExit(err[-2000:])
    times = sorted(t for t, path in server.log if path != "/robots.txt")
    return len(times), times[-1] - times[0]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=600)
    parser.add_argument("--latency", type=float, default=0.02, help="seconds the mirror takes per answer")
    parser.add_argument("--delay", type=float, default=0.05, help="the per-site delay of the 'on' runs")
    args = parser.parse_args()
    binary = shutil.which("redis-server")
    if not binary:
        raise SystemExit("redis-server is not installed (apt-get install redis-server)")
    import redis

    tmp = Path(tempfile.mkdtemp(prefix="bench-distributed-"))
    port = free_port()
    redis_proc = subprocess.Popen([binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly",
                                   "no", "--dir", str(tmp)], stdout=subprocess.DEVNULL)
    url = f"redis://127.0.0.1:{port}/0"
    try:
        server_redis = redis.Redis.from_url(url)
        for _ in range(100):
            try:
                server_redis.ping()
                break
            except redis.ConnectionError:
                time.sleep(0.05)
        print(f"mirror: {args.articles} articles (+ list pages), {args.latency * 1000:.0f} ms per answer; "
              f"CONCURRENT_REQUESTS_PER_DOMAIN=8 (for the fleet); {os.cpu_count()} CPUs")
        print(f"{'run':<34} {'pages':>6} {'seconds':>8} {'pages/s':>8}")
        with MirrorServer(synthetic_site(args.articles), delay=args.latency) as server:
            for delay in (0.0, args.delay):
                pages, seconds = crawl(server, None, 1, tmp / f"single-{delay}", delay)
                label = f"no Redis (one crawl), delay {delay:g} s"
                print(f"{label:<34} {pages:>6} {seconds:>8.2f} {pages / seconds:>8.1f}", flush=True)
                for workers in (1, 2):
                    server_redis.flushall()
                    data = tmp / f"data-{workers}-{delay}"
                    pages, seconds = crawl(server, url, workers, data, delay)
                    label = f"{workers} worker{'s' if workers > 1 else ''}, per-site delay {delay:g} s"
                    print(f"{label:<34} {pages:>6} {seconds:>8.2f} {pages / seconds:>8.1f}", flush=True)
                    if workers == 2 and delay == 0.0:
                        kept = server_redis.llen("govcases:items")
                        result = subprocess.run(
                            [sys.executable, "-m", "crawler", "ingest", "--redis", url, "--db", str(tmp / "archive.db"),
                             "--idle", "0"], cwd=ROOT, capture_output=True, text=True)
                        if result.returncode:
                            raise SystemExit(result.stderr)
                        ingest_line = result.stderr.strip().splitlines()[-1]
        stored = re.search(r"([\d.]+) s storing \((\d+) items/s\)", ingest_line)
        print(f"ingester: {kept} items in {stored.group(1)} s of storing: {stored.group(2)} items/s "
              f"(batches of 200, one transaction each)")
    finally:
        redis_proc.terminate()
        redis_proc.wait()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
