#!/usr/bin/env python3
"""Page weight of a built site by page type: HTML + CSS + JS each page loads
(images excluded), uncompressed and gzipped. Usage: page_weight.py PUBLIC_DIR"""
import gzip, os, re, statistics, sys

root = sys.argv[1] if len(sys.argv) > 1 else "public"
types = {}
for dirpath, _, files in os.walk(root):
    for f in files:
        if not f.endswith(".html"):
            continue
        path = os.path.join(dirpath, f)
        html = open(path, "rb").read()
        if b'http-equiv="refresh"' in html:
            continue
        rel = os.path.relpath(path, root)
        parts = rel.split(os.sep)
        kind = "home" if rel == "index.html" else ("404" if rel == "404.html" else parts[0] + ("/" if len(parts) > 2 else "/index"))
        total, total_gz = len(html), len(gzip.compress(html, 9))
        for ref in set(re.findall(rb'(?:href|src)="[^"]*?/([\w.-]+\.(?:css|js))(?:\?[^"]*)?"', html)):
            asset = open(os.path.join(root, ref.decode()), "rb").read()
            total += len(asset)
            total_gz += len(gzip.compress(asset, 9))
        types.setdefault(kind, []).append((total, total_gz))
print(f"{'page type':<28}{'pages':>6}{'median KiB':>12}{'max KiB':>10}{'median gz':>11}{'max gz':>8}")
for kind, sizes in sorted(types.items()):
    raw = [s for s, _ in sizes]
    gz = [g for _, g in sizes]
    print(f"{kind:<28}{len(sizes):>6}{statistics.median(raw)/1024:>12.1f}{max(raw)/1024:>10.1f}{statistics.median(gz)/1024:>11.1f}{max(gz)/1024:>8.1f}")
