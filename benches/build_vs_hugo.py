#!/usr/bin/env python3
"""Benchmark: keng build against Hugo on the standard generated corpus.

Generates the corpus with ../shared/bench/gen_corpus.py (neutral flavour for
keng with its default theme, hugo flavour for Hugo's minimal templates),
then alternates keng and Hugo runs on the same machine so that noise hits
both alike. Reports median wall time and peak RSS (from /usr/bin/time -v's
"Maximum resident set size") and the keng/Hugo ratio.

Two modes, each run alternately for keng and Hugo:
  steady   the output of the previous run is left in place (plain `keng build`
           and `hugo --quiet` run again on an unchanged corpus; one warm-up run
           of each is not counted)
  clean    the output folder is removed before each run (not timed)
Besides wall time, the CPU time (user + system) is reported: on this shared
machine the file system's cost of creating 15,000 folders varies several-fold
from run to run, and CPU time shows the generator's own work more steadily.

Usage: benches/build_vs_hugo.py [--pages 1000 10000] [--runs 5] [--no-hugo]
Needs a release build (cargo build --release) and, for the comparison,
Debian's `hugo` package (0.111).
"""

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
GEN = os.path.join(REPO, "..", "shared", "bench", "gen_corpus.py")
KENG = os.path.join(REPO, "target", "release", "keng")
OUT = os.path.join(HERE, "out")

SITE_TOML = """title = "Bản tin an ninh trật tự"
base_url = "https://example.org"
language = "vi"
taxonomies = ["tags", "categories"]
paginate_by = 10
"""


def timed(cmd, cwd=None):
    """Runs cmd under /usr/bin/time -v; returns (wall s, CPU s, peak RSS MiB)."""
    res = subprocess.run(["/usr/bin/time", "-v"] + cmd, cwd=cwd, capture_output=True, text=True)
    if res.returncode != 0:
        sys.exit(f"command failed: {' '.join(cmd)}\n{res.stderr}")
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", res.stderr).group(1)
    parts = [float(p) for p in wall.split(":")]
    seconds = parts[-1] + 60 * parts[-2] + (3600 * parts[-3] if len(parts) > 2 else 0)
    rss_kib = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", res.stderr).group(1))
    user = float(re.search(r"User time \(seconds\): (\S+)", res.stderr).group(1))
    system = float(re.search(r"System time \(seconds\): (\S+)", res.stderr).group(1))
    return seconds, user + system, rss_kib / 1024


def generate(pages, flavor):
    path = os.path.join(OUT, f"{flavor}-{pages}")
    subprocess.run([sys.executable, GEN, "--pages", str(pages), "--out", path, "--flavor", flavor],
                   check=True, capture_output=True)
    if flavor == "neutral":
        with open(os.path.join(path, "site.toml"), "w", encoding="utf-8") as f:
            f.write(SITE_TOML)
    return path


def summary(name, samples):
    walls = [w for w, _, _ in samples]
    cpu = statistics.median(c for _, c, _ in samples)
    rss = max(m for _, _, m in samples)
    med = statistics.median(walls)
    print(f"  {name:<13} wall median {med:7.3f} s (min {min(walls):.3f}, max {max(walls):.3f})"
          f"  CPU median {cpu:7.3f} s  peak RSS {rss:7.1f} MiB")
    return med, cpu


def main():
    global OUT
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pages", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--no-hugo", action="store_true")
    ap.add_argument("--out", default=OUT, help="where corpora and outputs go (tmpfs: /dev/shm/...)")
    args = ap.parse_args()
    OUT = args.out
    if not os.path.exists(KENG):
        sys.exit("build keng first: cargo build --release")
    use_hugo = not args.no_hugo and shutil.which("hugo")
    os.makedirs(OUT, exist_ok=True)

    previous = None  # (pages, keng clean wall) of the last size, for the scaling ratio
    for pages in args.pages:
        keng_site = generate(pages, "neutral")
        hugo_site = generate(pages, "hugo") if use_hugo else None
        keng_out = os.path.join(keng_site, "public")
        hugo_out = os.path.join(hugo_site, "public") if hugo_site else None
        keng_cmd = ([KENG, "build", "--root", keng_site], None)
        hugo_cmd = (["hugo", "--quiet"], hugo_site)
        results = {}
        for mode in ("steady", "clean"):
            keng, hugo = [], []
            if mode == "steady":  # warm-up: make sure both outputs exist
                timed(*keng_cmd)
                if hugo_site:
                    timed(*hugo_cmd)
            for _ in range(args.runs):
                if mode == "clean":
                    shutil.rmtree(keng_out, ignore_errors=True)
                keng.append(timed(*keng_cmd))
                if hugo_site:
                    if mode == "clean":
                        shutil.rmtree(hugo_out, ignore_errors=True)
                    hugo.append(timed(*hugo_cmd))
            results[mode] = (keng, hugo)
        files = sum(len(f) for _, _, f in os.walk(keng_out))
        print(f"N = {pages} articles ({files} files written by keng), {args.runs} runs each, alternating:")
        for mode, (keng, hugo) in results.items():
            k_wall, k_cpu = summary(f"keng {mode}", keng)
            if hugo:
                h_wall, h_cpu = summary(f"hugo {mode}", hugo)
                print(f"  ratio keng/hugo ({mode}): wall {k_wall / h_wall:.3f}, CPU {k_cpu / h_cpu:.3f}")
            if mode == "clean":
                if previous:
                    print(f"  scaling: {pages / previous[0]:.0f}x the articles took {k_wall / previous[1]:.2f}x the time")
                previous = (pages, k_wall)


if __name__ == "__main__":
    main()
