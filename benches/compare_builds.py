#!/usr/bin/env python3
"""Compares two keng binaries on the same sites: clean builds, alternating.

For changes that must not slow the build down (the message catalogue of
issue 16 was allowed 2%): builds the reference site and the generated
corpus (neutral flavour, the SITE_TOML of build_vs_hugo.py) with OLD and
NEW in turn, output on tmpfs, and prints medians of wall and CPU time, peak
RSS and the NEW/OLD ratio.

    python3 benches/compare_builds.py --old /tmp/before/keng --new target/release/keng --runs 9
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time

from build_vs_hugo import GEN, REPO, SITE_TOML, timed


def corpus(pages, out):
    path = os.path.join(out, f"corpus-{pages}")
    if not os.path.exists(os.path.join(path, "site.toml")):
        subprocess.run([sys.executable, GEN, "--pages", str(pages), "--out", path, "--flavor", "neutral"],
                       check=True, capture_output=True)
        with open(os.path.join(path, "site.toml"), "w", encoding="utf-8") as f:
            f.write(SITE_TOML)
    return path


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--old", required=True)
    ap.add_argument("--new", required=True)
    ap.add_argument("--pages", type=int, default=10000)
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--tmp", default="/dev/shm/keng-compare")
    ap.add_argument("--only-corpus", action="store_true")
    args = ap.parse_args()
    os.makedirs(args.tmp, exist_ok=True)
    sites = {"reference site": REPO, f"corpus {args.pages}": corpus(args.pages, args.tmp)}
    if args.only_corpus:
        del sites["reference site"]
    for name, site in sites.items():
        out = os.path.join(args.tmp, "public")
        samples = {"old": [], "new": []}
        for _ in range(args.runs):
            for which in ("old", "new"):
                shutil.rmtree(out, ignore_errors=True)
                binary = getattr(args, which)
                # Warnings printed (the corpus has 273 duplicate titles): printing is part of the cost.
                started = time.perf_counter()
                _, cpu, rss = timed([binary, "build", "--root", site, "--output", out])
                samples[which].append((time.perf_counter() - started, cpu, rss))
        print(f"{name}: {args.runs} clean builds each, alternating")
        medians = {}
        for which, runs in samples.items():
            wall = statistics.median(w for w, _, _ in runs)
            cpu = statistics.median(c for _, c, _ in runs)
            rss = max(m for _, _, m in runs)
            medians[which] = (wall, cpu)
            print(f"  {which}: wall median {wall:.4f} s (min {min(w for w, _, _ in runs):.4f})"
                  f"  CPU median {cpu:.3f} s  peak RSS {rss:.1f} MiB")
        # /usr/bin/time counts CPU in 10 ms steps: a small site may show 0.
        cpu_ratio = (f"{medians['new'][1] / medians['old'][1]:.3f}" if medians['old'][1] > 0
                     else "n/a (under 10 ms)")
        print(f"  new/old: wall {medians['new'][0] / medians['old'][0]:.3f}, CPU {cpu_ratio}")


if __name__ == "__main__":
    main()
