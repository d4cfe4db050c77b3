#!/usr/bin/env python3
"""Benchmark: `keng deploy` against `hugo deploy` on a local S3 server.

Generates the standard corpus (../shared/bench/gen_corpus.py: neutral
flavour for keng, hugo flavour for Hugo 0.111's minimal templates) on tmpfs,
builds both, and starts one s3s-fs server (the one the tests use) on
127.0.0.1 with its request log. Then, alternating keng and Hugo, each run:

  first    deploy into an empty bucket
  again    deploy with nothing changed
  edit     append a sentence to one article, rebuild, deploy

and reports, per step, the median wall time and the requests the server
received (by method) from the run's log lines. Request counts do not vary
between runs; times do.

s3s-fs does not put ETags in its bucket listing, so both tools need one
more request per object to learn what the bucket holds: keng a HEAD (to read
the MD5 it stored as metadata), Hugo a GET (it downloads the object to hash
it). Storage that lists ETags (AWS S3, R2, MinIO) needs neither.

Usage: benches/deploy.py [--pages 10000] [--runs 3] [--no-hugo]
Needs cargo build --release, s3s-fs on PATH (cargo install s3s-fs@0.14.1
--features binary --locked) and, for the comparison, Debian's hugo.
"""

import argparse
import collections
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
GEN = os.path.join(REPO, "..", "shared", "bench", "gen_corpus.py")
KENG = os.path.join(REPO, "target", "release", "keng")
WORK = "/dev/shm/keng-deploy-bench"
KEY, SECRET = "bench-key", "bench-secret"

SITE_TOML = """title = "Bản tin an ninh trật tự"
base_url = "https://example.org"
language = "vi"
taxonomies = ["tags", "categories"]
paginate_by = 10

[[deploy.targets]]
name = "bench"
url = "s3://keng?endpoint=http://127.0.0.1:{port}&region=us-east-1"
"""

HUGO_DEPLOY = """
[deployment]
[[deployment.targets]]
name = "bench"
URL = "s3://hugo?endpoint=http://127.0.0.1:{port}&s3ForcePathStyle=true&region=us-east-1&disableSSL=true"
"""

ENV = dict(os.environ, AWS_ACCESS_KEY_ID=KEY, AWS_SECRET_ACCESS_KEY=SECRET, NO_COLOR="1")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run(cmd, cwd):
    started = time.perf_counter()
    res = subprocess.run(cmd, cwd=cwd, env=ENV, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if res.returncode != 0:
        sys.exit(f"failed: {' '.join(cmd)}\n{res.stdout}\n{res.stderr}")
    return elapsed, (res.stdout + res.stderr).strip().splitlines()[-1:]


class Server:
    def __init__(self):
        self.store = os.path.join(WORK, "store")
        shutil.rmtree(self.store, ignore_errors=True)
        os.makedirs(self.store)
        self.port = free_port()
        self.log = os.path.join(WORK, "requests.log")
        self.proc = subprocess.Popen(
            ["s3s-fs", "--host", "127.0.0.1", "--port", str(self.port), "--access-key", KEY,
             "--secret-key", SECRET, self.store],
            stdout=open(self.log, "w"), stderr=subprocess.DEVNULL,
            env=dict(os.environ, RUST_LOG="s3s::service=debug", NO_COLOR="1"))
        for _ in range(200):
            try:
                socket.create_connection(("127.0.0.1", self.port)).close()
                return
            except OSError:
                time.sleep(0.02)
        sys.exit("s3s-fs did not start")

    def empty(self, bucket):
        shutil.rmtree(os.path.join(self.store, bucket), ignore_errors=True)
        os.makedirs(os.path.join(self.store, bucket))

    def mark(self):
        return os.path.getsize(self.log)

    def requests_since(self, mark, bucket):
        with open(self.log, encoding="utf-8", errors="replace") as f:
            f.seek(mark)
            text = f.read()
        counts = collections.Counter()
        for method, uri in re.findall(r"req: Request \{ method: (\w+), uri: ([^,\s]+)", text):
            if uri.startswith(f"/{bucket}"):
                counts[method] += 1
        return counts

    def stop(self):
        self.proc.terminate()
        self.proc.wait()


def edit_one_article(site, n):
    """Appends a sentence to one article (the same one for both corpora)."""
    posts = sorted(
        os.path.join(d, f) for d, _, files in os.walk(os.path.join(site, "content"))
        for f in files if f.endswith(".md") and not f.startswith("_index"))
    path = posts[len(posts) // 3]
    with open(path, "a", encoding="utf-8") as f:
        f.write(f"\n\nTổ tự quản thôn cập nhật lần {n}.\n")


def cycle(tool, site, server, n):
    bucket = "keng" if tool == "keng" else "hugo"
    deploy = [KENG, "deploy", "--root", site] if tool == "keng" else ["hugo", "deploy", "--target", "bench"]
    build = [KENG, "build", "--root", site, "-q"] if tool == "keng" else ["hugo", "--quiet"]
    cwd = site
    server.empty(bucket)
    out = {}
    for step in ["first", "again", "edit"]:
        if step == "edit":
            edit_one_article(site, n)
            run(build, cwd)
        mark = server.mark()
        elapsed, last = run(deploy, cwd)
        time.sleep(0.2)  # the log is written by the server after each request
        out[step] = (elapsed, server.requests_since(mark, bucket), last)
    return out


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--pages", type=int, default=10000)
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--no-hugo", action="store_true")
    args = p.parse_args()
    os.makedirs(WORK, exist_ok=True)
    server = Server()
    sites = {}
    keng_site = os.path.join(WORK, f"neutral-{args.pages}")
    subprocess.run([sys.executable, GEN, "--pages", str(args.pages), "--out", keng_site, "--flavor", "neutral"],
                   check=True, capture_output=True)
    with open(os.path.join(keng_site, "site.toml"), "w", encoding="utf-8") as f:
        f.write(SITE_TOML.format(port=server.port))
    run([KENG, "build", "--root", keng_site, "-q"], keng_site)
    sites["keng"] = keng_site
    if not args.no_hugo:
        hugo_site = os.path.join(WORK, f"hugo-{args.pages}")
        subprocess.run([sys.executable, GEN, "--pages", str(args.pages), "--out", hugo_site, "--flavor", "hugo"],
                       check=True, capture_output=True)
        with open(os.path.join(hugo_site, "hugo.toml"), "a", encoding="utf-8") as f:
            f.write(HUGO_DEPLOY.format(port=server.port))
        run(["hugo", "--quiet"], hugo_site)
        sites["hugo"] = hugo_site
    for tool, site in sites.items():
        public = os.path.join(site, "public")
        files = sum(len(fs) for _, _, fs in os.walk(public))
        size = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(public) for f in fs)
        print(f"{tool}: {files} files, {size / 2**20:.1f} MiB in public/")
    results = collections.defaultdict(list)
    try:
        for n in range(args.runs):
            for tool, site in sites.items():
                for step, value in cycle(tool, site, server, n).items():
                    results[(tool, step)].append(value)
                    print(f"  run {n + 1} {tool:<4} {step:<5} {value[0]:6.2f} s  {dict(value[1])}  {' '.join(value[2])}",
                          flush=True)
    finally:
        server.stop()
    print(f"\n{args.pages} articles, median of {args.runs} runs (requests by method, from the server's log):")
    for step in ["first", "again", "edit"]:
        line = f"  {step:<5}"
        times = {}
        for tool in sites:
            samples = results[(tool, step)]
            times[tool] = statistics.median(s[0] for s in samples)
            reqs = dict(samples[-1][1])
            line += f"  {tool} {times[tool]:6.2f} s {reqs}"
        if "hugo" in times:
            line += f"  keng/hugo {times['keng'] / times['hugo']:.2f}"
        print(line)


if __name__ == "__main__":
    main()
