#!/usr/bin/env python3
"""keng serve: time from saving a change to the reload event, and to the page the editor looks at, for every kind of edit, and memory.

Starts `keng serve` (release build) on a generated corpus, listens to the
event stream and makes one kind of change at a time, measuring how long
the `reload` event takes after the save:

  body      append a sentence to an article (no list shows it)
  title     change an article's title (lists, feeds, terms show it)
  template  edit a site template (templates/page.html, a copy of the theme's)
  new       add an article
  delete    delete an article
  rename    rename an article's file (its address changes)
  config    change site.toml's description
  busy      change a title while the full build that follows the previous
            change runs (0.9 s after it: the build starts after a 0.7 s pause)

Then it asks for the page an editor would be looking at (the edited or new
article, the news list after a delete, an article after a template edit,
the home page after a site.toml edit) and reports the time from the save
until that page has arrived too: what the editor actually waits for.

After each change it waits until the preview is quiet again (the full
build that follows quick updates has run), so one change never times
another. Prints median and p95 per kind, and the server's RSS after the
first change and at the end. The corpus is changed; generate a fresh one
(`../shared/bench/gen_corpus.py`, see build_vs_hugo.py) for each run.

  benches/serve_latency.py CORPUS_DIR [--kinds body title ...] [--edits 10] [--keng BIN]
"""
import argparse, http.client, os, re, shutil, socket, statistics, subprocess, time

KINDS = ["body", "title", "template", "new", "delete", "rename", "config", "busy"]
HERE = os.path.dirname(os.path.abspath(__file__))

ap = argparse.ArgumentParser()
ap.add_argument("corpus")
ap.add_argument("--kinds", nargs="+", choices=KINDS, default=KINDS)
ap.add_argument("--edits", type=int, default=10, help="changes of each kind")
ap.add_argument("--quiet-for", type=float,
                help="seconds without an event that count as quiet (default: 0.7 s, the pause before the "
                     "full build that follows a quick update, plus 1.5x the first build's time)")
ap.add_argument("--keng", help="the keng binary (default: target/release/keng)")
args = ap.parse_args()
keng = args.keng or os.path.join(HERE, "..", "target", "release", "keng")
news = os.path.join(args.corpus, "content", "news")
templates = os.path.join(args.corpus, "templates")
if "template" in args.kinds and not os.path.exists(os.path.join(templates, "page.html")):
    os.makedirs(templates, exist_ok=True)
    shutil.copy(os.path.join(HERE, "..", "themes", "default", "templates", "page.html"), templates)

started = time.perf_counter()
proc = subprocess.Popen([keng, "serve", "-q", "--lang", "en", "--port", "0", "--root", args.corpus],
                        stderr=subprocess.PIPE, text=True)
port = None
while port is None:
    line = proc.stderr.readline()
    m = re.search(r"Serving http://127\.0\.0\.1:(\d+)/", line)
    if m:
        port = int(m.group(1))
if args.quiet_for is None:
    args.quiet_for = 0.7 + 1.5 * (time.perf_counter() - started) + 0.3
s = socket.create_connection(("127.0.0.1", port))
# The preview answers only requests addressed to itself (DNS rebinding).
s.sendall(f"GET /__keng/events HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nAccept: text/event-stream\r\n\r\n".encode())
s.settimeout(300)
buf = s.recv(65536)  # the response head: the stream is open


def wait_reload():
    global buf
    while b"event: reload" not in buf:
        buf += s.recv(65536)
    if b"event: failed" in buf.split(b"event: reload", 1)[0]:
        raise SystemExit(f"the build failed: {buf[:2000]!r}")
    buf = buf.split(b"event: reload", 1)[1]


def wait_quiet():
    """Until no event came for --quiet-for seconds (keep-alives aside)."""
    global buf
    s.settimeout(args.quiet_for)
    try:
        while True:
            chunk = s.recv(65536)
            if chunk.strip() and not chunk.strip().startswith(b":"):
                buf = b""
    except socket.timeout:
        pass
    s.settimeout(300)
    buf = b""


def rss_mib():
    for line in open(f"/proc/{proc.pid}/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024


def articles():
    return sorted(f for f in os.listdir(news) if f.endswith(".md") and f != "_index.md")


def write(path, text):
    open(path, "w", encoding="utf-8").write(text)


def url_of(file):
    return f"/news/{file[:-3]}/"


def fetch(path):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
    conn.request("GET", path, headers={"Host": f"127.0.0.1:{port}"})
    res = conn.getresponse()
    res.read()
    conn.close()
    if res.status != 200:
        raise SystemExit(f"{path}: {res.status}")


def change(kind, i):
    """Makes one change; returns the time it was saved and the page to look at."""
    files = articles()
    path = os.path.join(news, files[(i * 7919) % len(files)])
    if kind == "busy":
        # The previous change's full build starts 0.7 s after it; edit meanwhile.
        change("title", i + 1000)
        wait_reload()
        time.sleep(0.9)
        return change("title", i + 2000)
    shown = url_of(os.path.basename(path))
    if kind == "body":
        text = open(path, encoding="utf-8").read() + f"\nSửa lần {i}.\n"
        start = time.perf_counter(); write(path, text)
    elif kind == "title":
        text = open(path, encoding="utf-8").read()
        text = re.sub(r'^title = "(.*)"$', lambda m: f'title = "{m.group(1)} ({i})"', text, count=1, flags=re.M)
        start = time.perf_counter(); write(path, text)
    elif kind == "template":
        page = os.path.join(templates, "page.html")
        text = open(page, encoding="utf-8").read() + f"\n{{# sửa {i} #}}\n"
        start = time.perf_counter(); write(page, text)
    elif kind == "new":
        text = f'+++\ntitle = "Bài mới số {i}"\ndate = 2026-11-{1 + i % 28:02d}\ntags = ["lừa đảo"]\n+++\n\nNội dung bài mới.\n'
        start = time.perf_counter(); write(os.path.join(news, f"bai-moi-{i}.md"), text)
        shown = url_of(f"bai-moi-{i}.md")
    elif kind == "delete":
        start = time.perf_counter(); os.remove(path)
        shown = "/news/"
    elif kind == "rename":
        start = time.perf_counter(); os.rename(path, os.path.join(news, f"doi-ten-{i}-{files[0]}"))
        shown = url_of(f"doi-ten-{i}-{files[0]}")
    elif kind == "config":
        config = os.path.join(args.corpus, "site.toml")
        text = re.sub(r'^description = .*\n', "", open(config, encoding="utf-8").read(), flags=re.M)
        start = time.perf_counter(); write(config, f'description = "Bản tin số {i}"\n' + text)
        shown = "/"
    return start, shown


wait_quiet()
results, rss_first = {}, None
for kind in args.kinds:
    times, pages = [], []
    for i in range(args.edits):
        start, shown = change(kind, i)
        wait_reload()
        times.append((time.perf_counter() - start) * 1000)
        fetch(shown)
        pages.append((time.perf_counter() - start) * 1000)
        if rss_first is None:
            rss_first = rss_mib()
        wait_quiet()
    results[kind] = (sorted(times), sorted(pages))
rss_last = rss_mib()
proc.terminate()
proc.wait()
def p95(times):
    return times[min(len(times) - 1, int(round(0.95 * len(times))) - 1)]


print(f"{len(articles())} articles; {args.edits} changes of each kind, median (p95) in ms:")
print(f"  {'':<9} {'save -> reload':>16} {'save -> page':>16}")
for kind, (times, pages) in results.items():
    print(f"  {kind:<9} {statistics.median(times):7.0f} ({p95(times):5.0f}) "
          f"{statistics.median(pages):7.0f} ({p95(pages):5.0f})")
print(f"RSS after the first change {rss_first:.0f} MiB, at the end {rss_last:.0f} MiB")
