#!/usr/bin/env python3
"""Processing real photographs: keng against Hugo 0.111 (Debian's `hugo`,
extended) doing the same resizes on the same photos, in one session.

Takes every JPEG of at least MIN_MP megapixels under /usr/share/backgrounds
and /usr/share/wallpapers (Debian's ukui-, lomiri- and
plasma-workspace-wallpapers packages ship real photographs), at most 200,
into one page bundle of each tool. Each photo becomes WebP and JPEG at
360, 640, 960 and 1280 px, quality 78 (keng's defaults; Hugo's
`.Resize "Wx webp q78"` and `"Wx jpg q78"`). Times a first build (empty
caches) and a rebuild with the cache, alternating the tools; output on
tmpfs. Usage: benches/photos_vs_hugo.py [--runs 3] [--min-mp 6]
"""
import argparse, glob, os, shutil, statistics, struct, subprocess, time

HERE = os.path.dirname(os.path.abspath(__file__))
KENG = os.path.join(os.path.dirname(HERE), "target", "release", "keng")
WIDTHS = [360, 640, 960, 1280]

ap = argparse.ArgumentParser()
ap.add_argument("--runs", type=int, default=3)
ap.add_argument("--min-mp", type=float, default=6)
ap.add_argument("--work", default="/dev/shm/keng-photos")
args = ap.parse_args()


def jpeg_size(path):
    b = open(path, "rb").read(1 << 20)
    i = 2
    while i + 9 < len(b):
        marker, length = b[i + 1], struct.unpack(">H", b[i + 2:i + 4])[0]
        if marker in (0xC0, 0xC1, 0xC2):
            h, w = struct.unpack(">HH", b[i + 5:i + 9])
            return w, h
        i += 2 + length
    return 0, 0


photos = []
for path in sorted(glob.glob("/usr/share/backgrounds/**/*.jpg", recursive=True)
                   + glob.glob("/usr/share/wallpapers/**/*.jpg", recursive=True)):
    w, h = jpeg_size(path)
    if w * h >= args.min_mp * 1e6 and min(w, h) >= 1280:
        photos.append(path)
photos = photos[:200]
mp = [jpeg_size(p)[0] * jpeg_size(p)[1] / 1e6 for p in photos]
original_bytes = sum(os.path.getsize(p) for p in photos)
print(f"{len(photos)} photos, {min(mp):.1f}–{max(mp):.1f} MP (median {statistics.median(mp):.1f}), {original_bytes / 2**20:.0f} MiB")

shutil.rmtree(args.work, ignore_errors=True)
keng_site, hugo_site = os.path.join(args.work, "keng"), os.path.join(args.work, "hugo")
# keng: one bundle showing every photo.
bundle = os.path.join(keng_site, "content", "anh", "album")
os.makedirs(bundle)
open(os.path.join(keng_site, "site.toml"), "w").write('title = "Ảnh"\nbase_url = "https://example.vn"\n')
text = "".join(f"![Ảnh {i}](anh-{i:03}.jpg)\n\n" for i in range(len(photos)))
open(os.path.join(bundle, "index.md"), "w").write(f'+++\ntitle = "Album"\n+++\n\n{text}')
# Hugo: the same bundle, a template that makes the same versions.
hbundle = os.path.join(hugo_site, "content", "anh", "album")
os.makedirs(hbundle)
os.makedirs(os.path.join(hugo_site, "layouts", "_default"))
open(os.path.join(hugo_site, "config.toml"), "w").write('baseURL = "https://example.vn/"\ntitle = "Ảnh"\n')
open(os.path.join(hbundle, "index.md"), "w").write('---\ntitle: Album\n---\n')
widths = " ".join(str(w) for w in WIDTHS)
open(os.path.join(hugo_site, "layouts", "_default", "single.html"), "w").write(
    '{{ range .Resources.ByType "image" }}{{ $img := . }}'
    f'{{{{ range (slice {widths}) }}}}'
    '{{ $w := . }}{{ with $img.Resize (printf "%dx webp q78" $w) }}<img src="{{ .RelPermalink }}">{{ end }}'
    '{{ with $img.Resize (printf "%dx jpg q78" $w) }}<img src="{{ .RelPermalink }}">{{ end }}'
    '{{ end }}{{ end }}\n')
open(os.path.join(hugo_site, "layouts", "_default", "list.html"), "w").write("")
for i, p in enumerate(photos):
    shutil.copy(p, os.path.join(bundle, f"anh-{i:03}.jpg"))
    shutil.copy(p, os.path.join(hbundle, f"anh-{i:03}.jpg"))


def keng(fresh):
    if fresh:
        shutil.rmtree(os.path.join(keng_site, ".keng-cache"), ignore_errors=True)
    t = time.perf_counter()
    subprocess.run([KENG, "build", "-q", "--root", keng_site, "--output", os.path.join(args.work, "keng-out")], check=True)
    return time.perf_counter() - t


def hugo(fresh):
    if fresh:
        shutil.rmtree(os.path.join(hugo_site, "resources"), ignore_errors=True)
        shutil.rmtree(os.path.join(args.work, "hugo-out"), ignore_errors=True)
    t = time.perf_counter()
    subprocess.run(["hugo", "--quiet", "-s", hugo_site, "-d", os.path.join(args.work, "hugo-out")], check=True)
    return time.perf_counter() - t


times = {("keng", True): [], ("keng", False): [], ("hugo", True): [], ("hugo", False): []}
for _ in range(args.runs):
    for name, run in (("keng", keng), ("hugo", hugo)):
        times[(name, True)].append(run(True))
        times[(name, False)].append(run(False))


def images(out):
    files = [f for f in glob.glob(os.path.join(out, "**", "*"), recursive=True)
             if f.endswith((".webp", ".jpg", ".jpeg", ".png"))]
    return len(files), sum(os.path.getsize(f) for f in files)


for name in ("keng", "hugo"):
    n, size = images(os.path.join(args.work, f"{name}-out"))
    first, again = statistics.median(times[(name, True)]), statistics.median(times[(name, False)])
    print(f"{name}: first build {first:.2f} s, rebuild {again:.2f} s (median of {args.runs}); "
          f"{n} image files, {size / 2**20:.1f} MiB ({100 * size / original_bytes:.1f}% of the originals)")
ratio = statistics.median(times[("keng", True)]) / statistics.median(times[("hugo", True)])
print(f"first build keng/hugo: {ratio:.2f}")
