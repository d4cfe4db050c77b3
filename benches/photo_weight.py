#!/usr/bin/env python3
"""What a phone downloads to open an article with one large photo.

Builds a small site (release binary) whose article shows PHOTO (its
`image` and a photo in its text), serves it on 127.0.0.1 with gzip as a
static host would, opens it in Debian's Chromium at 390 px wide (device
scale 1 and 3) and sums the bytes transferred; then runs Lighthouse
(mobile) on it. Needs what benches/lighthouse.py needs, and playwright-core
from package.json (npm ci). Usage: benches/photo_weight.py PHOTO.jpg
"""
import json, os, shutil, subprocess, sys, tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lighthouse import KENG, LIGHTHOUSE, REPO, serve  # noqa: E402

photo = sys.argv[1]
site = tempfile.mkdtemp(prefix="keng-photo-")
os.makedirs(os.path.join(site, "content", "tin-tuc", "hoi-nghi"))
open(os.path.join(site, "site.toml"), "w").write('title = "Công an huyện Đức Trọng"\nbase_url = "https://example.vn"\n')
open(os.path.join(site, "content", "_index.md"), "w").write('+++\ntitle = "Trang chủ"\n+++\n')
open(os.path.join(site, "content", "tin-tuc", "_index.md"), "w").write('+++\ntitle = "Tin tức"\n+++\n')
open(os.path.join(site, "content", "tin-tuc", "hoi-nghi", "index.md"), "w").write(
    '+++\ntitle = "Hội nghị tổng kết công tác năm 2020"\ndate = 2021-01-05\n'
    'summary = "Công an huyện tổng kết phong trào toàn dân bảo vệ an ninh Tổ quốc."\n'
    'kind = "article"\nimage = "anh.jpg"\nimage_alt = "Hội trường hội nghị"\n+++\n\n'
    'Sáng 5/1, Công an huyện Đức Trọng tổ chức hội nghị tổng kết.\n\n'
    '![Đại biểu dự hội nghị](anh.jpg)\n\nHội nghị đánh giá kết quả các mô hình an ninh trật tự.\n')
shutil.copy(photo, os.path.join(site, "content", "tin-tuc", "hoi-nghi", "anh.jpg"))
out = os.path.join(site, "public")
server, port = serve(out)
base = f"http://127.0.0.1:{port}"
subprocess.run([KENG, "build", "--root", site, "--output", out, "--base-url", base, "-q"], check=True)
url = base + "/tin-tuc/hoi-nghi/"
print(f"photo: {os.path.getsize(photo) / 1024:.0f} KiB")
for scale in ("1", "3"):
    print(f"-- 390 px, device scale {scale}")
    subprocess.run(["node", os.path.join(REPO, "benches", "photo_page.mjs"), url, scale], check=True)
report = os.path.join(site, "lh.json")
flags = ("--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run "
         "--disable-background-networking --disable-component-update --disable-sync")
subprocess.run([LIGHTHOUSE, url, "--output=json", f"--output-path={report}", "--quiet", f"--chrome-flags={flags}",
                "--only-categories=performance,accessibility,best-practices,seo"],
               check=True, env=dict(os.environ, CHROME_PATH="/usr/bin/chromium"))
data = json.load(open(report))
print("Lighthouse:", {c: round(100 * (v["score"] or 0)) for c, v in data["categories"].items()})
print("  LCP", data["audits"]["largest-contentful-paint"]["displayValue"],
      " CLS", data["audits"]["cumulative-layout-shift"]["displayValue"],
      " total", data["audits"]["total-byte-weight"]["displayValue"])
server.shutdown()
shutil.rmtree(site)
