#!/usr/bin/env python3
"""keng serve: time from saving one article to the reload event, and memory.

Starts `keng serve` (release build) on a generated corpus, listens to the
event stream, edits one article at a time and measures how long the
`reload` event takes; reports median and p95 and the server's RSS after the
first and after the last edit. Usage:
  benches/serve_latency.py CORPUS_DIR [--edits 20] [--memory-edits 100] [--what body|title] [--keng BIN]
"""
import argparse, os, re, socket, statistics, subprocess, sys, time

ap = argparse.ArgumentParser()
ap.add_argument("corpus")
ap.add_argument("--edits", type=int, default=20)
ap.add_argument("--memory-edits", type=int, default=100)
ap.add_argument("--keng", help="the keng binary (default: target/release/keng)")
ap.add_argument("--what", choices=["body", "title"], default="body",
                help="append to the body (no list shows it) or change the title (lists, feeds, terms show it)")
args = ap.parse_args()
keng = args.keng or os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "target", "release", "keng")
proc = subprocess.Popen([keng, "serve", "-q", "--port", "0", "--root", args.corpus], stderr=subprocess.PIPE, text=True)
port = None
while port is None:
    line = proc.stderr.readline()
    m = re.search(r"Serving http://127\.0\.0\.1:(\d+)/", line)
    if m:
        port = int(m.group(1))
s = socket.create_connection(("127.0.0.1", port))
# The preview answers only requests addressed to itself (DNS rebinding).
s.sendall(f"GET /__keng/events HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nAccept: text/event-stream\r\n\r\n".encode())
s.settimeout(120)
buf = s.recv(65536)  # the response head: the stream is open
time.sleep(0.3)

def wait_reload():
    global buf
    while b"event: reload" not in buf:
        buf += s.recv(65536)
    buf = buf.split(b"event: reload", 1)[1]

def rss_mib():
    for line in open(f"/proc/{proc.pid}/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024

news = os.path.join(args.corpus, "content", "news")
files = sorted(f for f in os.listdir(news) if f.endswith(".md") and f != "_index.md")
times, rss_first = [], None
total = max(args.edits, args.memory_edits)
for i in range(total):
    path = os.path.join(news, files[i % len(files)])
    text = open(path, encoding="utf-8").read()
    start = time.perf_counter()
    if args.what == "title":
        edited = re.sub(r'^title = "(.*)"$', lambda m: f'title = "{m.group(1)} ({i})"', text, count=1, flags=re.M)
    else:
        edited = text + f"\nSửa lần {i}.\n"
    open(path, "w", encoding="utf-8").write(edited)
    wait_reload()
    if i < args.edits:
        times.append((time.perf_counter() - start) * 1000)
    if i == 0:
        rss_first = rss_mib()
rss_last = rss_mib()
proc.terminate()
proc.wait()
times.sort()
p95 = times[min(len(times) - 1, int(round(0.95 * len(times))) - 1)]
print(f"{len(files)} articles, {args.what} edits; save -> reload over {len(times)} edits: median {statistics.median(times):.0f} ms, p95 {p95:.0f} ms")
print(f"RSS after the first edit {rss_first:.0f} MiB, after {total} edits {rss_last:.0f} MiB")
