#!/usr/bin/env python3
"""Kill keng builds at random moments and check the output is always the
whole previous tree or the whole new one, with no temporary names inside.

Generates the standard corpus (neutral flavour) on tmpfs, builds it with two
site titles (every page differs between them) to know both trees, then
alternates the title and kills `keng build` with SIGKILL at a random moment
of each build (half anywhere, half near the end, where the swap happens).
The in-tree test (tests/faults.rs) does the same on 200 articles; this one
is for the large corpus and release builds.

Usage: benches/kill_test.py [--pages 5000] [--kills 100] [--seed 1] [--keng BINARY]
Needs a release build (cargo build --release).
"""

import argparse
import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
GEN = os.path.join(REPO, "..", "shared", "bench", "gen_corpus.py")
KENG_DEFAULT = os.path.join(REPO, "target", "release", "keng")
TITLES = ["Bản tin an ninh A", "Bản tin an ninh B"]


def config(title):
    return (f'title = "{title}"\nbase_url = "https://example.org"\nlanguage = "vi"\n'
            'taxonomies = ["tags", "categories"]\npaginate_by = 10\n')


def tree(root):
    out = {}
    for d, _, files in os.walk(root):
        for f in files:
            p = os.path.join(d, f)
            out[os.path.relpath(p, root)] = hashlib.blake2b(open(p, "rb").read(), digest_size=16).digest()
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=5000)
    ap.add_argument("--kills", type=int, default=100)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--keng", default=KENG_DEFAULT, help="the binary to test (an older build, to compare)")
    args = ap.parse_args()
    keng = args.keng
    rng = random.Random(args.seed)
    site = f"/dev/shm/keng-kill-{args.pages}"
    shutil.rmtree(site, ignore_errors=True)
    subprocess.run([sys.executable, GEN, "--pages", str(args.pages), "--out", site, "--flavor", "neutral"],
                   check=True, capture_output=True)
    expected = []
    for i, title in enumerate(TITLES):
        open(os.path.join(site, "site.toml"), "w").write(config(title))
        out = os.path.join(site, f"expected-{i}")
        subprocess.run([keng, "build", "--root", site, "--output", out, "-q"], check=True)
        expected.append(tree(out))
        shutil.rmtree(out)
    public = os.path.join(site, "public")
    subprocess.run([keng, "build", "--root", site, "-q"], check=True)
    current = 1
    open(os.path.join(site, "site.toml"), "w").write(config(TITLES[0]))
    started = time.monotonic()
    subprocess.run([keng, "build", "--root", site, "-q"], check=True)
    full = time.monotonic() - started
    current = 0
    seen = {"old": 0, "new": 0, "mixed": 0, "temporary names": 0}
    for k in range(args.kills):
        target = 1 - current
        open(os.path.join(site, "site.toml"), "w").write(config(TITLES[target]))
        at = full * (rng.uniform(0, 1.2) if k % 2 == 0 else rng.uniform(0.85, 1.15))
        child = subprocess.Popen([keng, "build", "--root", site, "-q"], stderr=subprocess.DEVNULL)
        time.sleep(at)
        child.send_signal(signal.SIGKILL)
        child.wait()
        now = tree(public)
        if any(part.startswith(".") and part != ".keng-output" for p in now for part in p.split(os.sep)):
            seen["temporary names"] += 1
        if now == expected[current]:
            seen["old"] += 1
        elif now == expected[target]:
            seen["new"] += 1
            current = target
        else:
            seen["mixed"] += 1
            current = 0 if sum(expected[0].get(p) == h for p, h in now.items()) > len(now) / 2 else 1
    print(f"{args.kills} kills of {args.pages}-article builds ({full:.2f} s each): "
          + ", ".join(f"{v} {k}" for k, v in seen.items()))
    shutil.rmtree(site, ignore_errors=True)
    for name in os.listdir("/dev/shm"):
        if name.startswith(f".keng-kill-{args.pages}"):
            shutil.rmtree(os.path.join("/dev/shm", name), ignore_errors=True)
    sys.exit(1 if seen["mixed"] or seen["temporary names"] else 0)


if __name__ == "__main__":
    main()
