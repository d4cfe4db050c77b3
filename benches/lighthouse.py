#!/usr/bin/env python3
"""Lighthouse scores of the default theme on the reference site.

Builds the reference site with the release binary into a temporary folder
(base URL = the local server), serves it on 127.0.0.1 with gzip, as a
static host would, and runs Lighthouse (mobile, the default) in Debian's
Chromium on six pages: home, an article, a guide, statistics, search with a
query, and an alert. Prints performance, accessibility, best practices and
SEO for each, and the audits that kept a score under 100.

Needs a release build (cargo build --release), chromium, and Lighthouse
from npm, installed beside the project without touching package.json:
    npm install --no-save lighthouse@12.2.3
Usage: benches/lighthouse.py [--now 2026-11-30T10:00:00+07:00]
"""

import argparse
import gzip
import http.server
import json
import os
import re
import subprocess
import sys
import tempfile
import threading

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
KENG = os.path.join(REPO, "target", "release", "keng")
LIGHTHOUSE = os.path.join(REPO, "node_modules", ".bin", "lighthouse")
PAGES = [
    ("home", "/"),
    ("article", "/tin-tuc/tong-ket-phong-trao-bao-ve-an-ninh-to-quoc-2020/"),
    ("guide", "/phong-chong-lua-dao/app-vay-tien/"),
    ("statistics", "/thong-ke/"),
    ("search", "/tim-kiem/?q=keng"),
    ("alert", "/canh-bao/gia-danh-cong-an-goi-dien-2026/"),
]
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]


def serve(root):
    """A static server with gzip and cache headers; returns (server, port)."""

    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=root, **kwargs)

        def log_message(self, *args):
            pass

        def send_head(self):
            path = self.translate_path(self.path)
            if os.path.isdir(path):
                path = os.path.join(path, "index.html")
            if not os.path.isfile(path):
                self.send_error(404)
                return None
            body = open(path, "rb").read()
            kind = self.guess_type(path)
            if kind.startswith("text/") or kind in ("application/javascript", "application/json", "image/svg+xml"):
                body = gzip.compress(body)
                self.send_response(200)
                self.send_header("Content-Encoding", "gzip")
            else:
                self.send_response(200)
            self.send_header("Content-Type", kind + ("; charset=utf-8" if kind.startswith("text/") else ""))
            self.send_header("Content-Length", str(len(body)))
            # Fingerprinted names (style.<16 hex>.css), as `keng deploy` marks them.
            fingerprinted = re.search(r"\.[0-9a-f]{16}\.(css|js)$", self.path.split("?")[0])
            self.send_header("Cache-Control", "public, max-age=31536000, immutable" if fingerprinted else "no-cache")
            self.end_headers()
            import io
            return io.BytesIO(body)

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, server.server_address[1]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--now", default="2026-11-30T10:00:00+07:00", help="pins the alerts in force")
    args = parser.parse_args()
    for tool in (KENG, LIGHTHOUSE):
        if not os.path.exists(tool):
            sys.exit(f"missing {tool}: see this script's docstring")
    work = tempfile.mkdtemp(prefix="keng-lighthouse-")
    out = os.path.join(work, "public")
    server, port = serve(out)
    base = f"http://127.0.0.1:{port}"
    subprocess.run([KENG, "build", "--root", REPO, "--output", out, "--base-url", base, "--now", args.now, "-q"],
                   check=True)
    flags = ("--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run "
             "--disable-background-networking --disable-component-update --disable-sync")
    print(f"{'page':<12}" + "".join(f"{c:>16}" for c in CATEGORIES))
    for name, path in PAGES:
        report = os.path.join(work, f"{name}.json")
        env = dict(os.environ, CHROME_PATH="/usr/bin/chromium")
        subprocess.run([LIGHTHOUSE, base + path, "--output=json", f"--output-path={report}", "--quiet",
                        f"--chrome-flags={flags}", "--only-categories=" + ",".join(CATEGORIES)],
                       check=True, env=env)
        data = json.load(open(report))
        scores = [round(100 * (data["categories"][c]["score"] or 0)) for c in CATEGORIES]
        print(f"{name:<12}" + "".join(f"{s:>16}" for s in scores))
        for c in CATEGORIES:
            for ref in data["categories"][c]["auditRefs"]:
                audit = data["audits"][ref["id"]]
                if ref["weight"] > 0 and audit["score"] is not None and audit["score"] < 1:
                    value = audit.get("displayValue", "")
                    print(f"    {c}: {audit['id']} {audit['score']:.2f} {value}")
    server.shutdown()


if __name__ == "__main__":
    main()
