#!/usr/bin/env python3
"""Benchmark: what shortcodes cost a build of the standard 10,000-article corpus.

Three copies of the corpus (../shared/bench/gen_corpus.py, neutral flavour)
on tmpfs, each with the same photo in content/anh/:
  plain       the corpus as generated
  markdown    every article ends with the photo as `![alt](/anh/mau.png)` and
              the warning text as a blockquote (the same content without
              shortcodes)
  shortcodes  every article ends with one `figure` of the photo and one
              `callout` block around the same text
The three builds alternate run by run (steady mode: the output of the
previous run stays; one warm-up of each makes the photo's versions, which
then come from the cache). Reports median wall and CPU time and the ratios.

Usage: benches/shortcodes_overhead.py [--pages 10000] [--runs 5] [--dir /dev/shm/keng-shortcodes]
Needs a release build (cargo build --release).
"""

import argparse
import os
import shutil
import statistics
import struct
import subprocess
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from build_vs_hugo import KENG, SITE_TOML, GEN, timed  # noqa: E402

FIGURE = ('\n{{ figure(src="/anh/mau.png", alt="Tổ tuần tra tự quản trên đường thôn", '
          'caption="Tổ tuần tra tự quản của xã", credit="Công an xã") }}\n')
CALLOUT = ('\n{% callout(type="warning", title="Lưu ý") %}\nKhông chuyển tiền cho người lạ '
           'gọi điện tự xưng là công an. Gọi **113** khi cần.\n{% end %}\n')
MARKDOWN = ('\n![Tổ tuần tra tự quản trên đường thôn](/anh/mau.png)\n\n> **Lưu ý:** Không chuyển '
            'tiền cho người lạ gọi điện tự xưng là công an. Gọi **113** khi cần.\n')


def png(width, height):
    """An RGB PNG with a gradient (standard library only)."""
    rows = b"".join(
        b"\x00" + b"".join(bytes((x * 255 // width, y * 255 // height, (x ^ y) & 255)) for x in range(width))
        for y in range(height))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 6)) + chunk(b"IEND", b"")


def articles(site):
    for folder, _, files in os.walk(os.path.join(site, "content")):
        for name in files:
            if name.endswith(".md") and name != "_index.md":
                yield os.path.join(folder, name)


def prepare(base, pages):
    plain = os.path.join(base, "plain")
    shutil.rmtree(base, ignore_errors=True)
    subprocess.run([sys.executable, GEN, "--pages", str(pages), "--out", plain, "--flavor", "neutral"],
                   check=True, capture_output=True)
    with open(os.path.join(plain, "site.toml"), "w", encoding="utf-8") as f:
        f.write(SITE_TOML)
    os.makedirs(os.path.join(plain, "content", "anh"))
    with open(os.path.join(plain, "content", "anh", "mau.png"), "wb") as f:
        f.write(png(1600, 1000))
    sites = {"plain": plain}
    for name, tail in (("markdown", MARKDOWN), ("shortcodes", FIGURE + CALLOUT)):
        path = os.path.join(base, name)
        shutil.copytree(plain, path)
        for article in articles(path):
            with open(article, "a", encoding="utf-8") as f:
                f.write(tail)
        sites[name] = path
    return sites


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pages", type=int, default=10000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--dir", default="/dev/shm/keng-shortcodes")
    args = ap.parse_args()
    if not os.path.exists(KENG):
        sys.exit("build keng first: cargo build --release")
    sites = prepare(args.dir, args.pages)
    cmds = {name: [KENG, "build", "--quiet", "--root", path] for name, path in sites.items()}
    for cmd in cmds.values():  # warm-up: outputs and the photo's versions exist
        timed(cmd)
    samples = {name: [] for name in cmds}
    for _ in range(args.runs):
        for name, cmd in cmds.items():
            samples[name].append(timed(cmd))
    print(f"N = {args.pages} articles, {args.runs} runs each, alternating (steady):")
    med = {}
    for name, runs in samples.items():
        wall = statistics.median(w for w, _, _ in runs)
        cpu = statistics.median(c for _, c, _ in runs)
        rss = max(m for _, _, m in runs)
        med[name] = (wall, cpu)
        print(f"  {name:<11} wall median {wall:6.3f} s (min {min(w for w, _, _ in runs):.3f})"
              f"  CPU median {cpu:6.3f} s  peak RSS {rss:6.1f} MiB")
    fastest = {name: min(w for w, _, _ in runs) for name, runs in samples.items()}
    for other in ("plain", "markdown"):
        w = med["shortcodes"][0] / med[other][0]
        c = med["shortcodes"][1] / med[other][1]
        f = fastest["shortcodes"] / fastest[other]
        print(f"  shortcodes / {other}: wall {w:.3f} ({(w - 1) * 100:+.1f}%), CPU {c:.3f} ({(c - 1) * 100:+.1f}%),"
              f" fastest runs {f:.3f} ({(f - 1) * 100:+.1f}%)")


if __name__ == "__main__":
    main()
