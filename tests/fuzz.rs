//! Keep finding defects: mutate a site that has an entry of every kind and
//! two site templates (front matter, data entries, site.toml, Markdown,
//! templates, file names, symlinks),
//! build it, and require what keng promises of any input: exit 0 or 1,
//! never a panic, never a hang, every error names a file, and a failed build
//! leaves the previous output as it was.
//!
//! Stable Rust, a fixed seed and a bounded number of cases, so a failure
//! reproduces: the message names the case and the mutations. Set
//! `KENG_FUZZ_CASES` and `KENG_FUZZ_SEED` to explore further.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// A small pseudo-random sequence (no dependency).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Text that has broken parsers and renderers before.
const HOSTILE: &[&str] = &[
    "",
    "\0",
    "\"",
    "'",
    "+++",
    "+++\n",
    "[",
    "]",
    "[[",
    "{",
    "}",
    "=",
    "\n",
    "\r\n",
    "\t",
    "é",
    "đ",
    "\u{7}",
    "\u{feff}",
    "\u{202e}",
    "{{",
    "{%",
    "@/",
    "@/khong-co.md",
    "#",
    "# ",
    "<!-- more -->",
    "<script>alert(1)</script>",
    "javascript:alert(1)",
    "](javascript:x)",
    "![](data:x)",
    "nan",
    "inf",
    "-1",
    "9223372036854775807",
    "99999999999999999999",
    "1e999",
    "2020-13-45",
    "0000-00-00",
    "\\u0000",
    "\\",
    "../../",
    "/etc/passwd",
    "````",
    "|a|\n|-|\n",
    "[^1]",
    "{{ page.title | khong_co }}",
    "{% if %}",
    "{{ get_page(path=\"khong-co.md\") }}",
    "<!--",
    "-->",
    "* * *",
    "<",
    ">",
    "&",
    "`",
    "~~~",
    "{{ hotline() }}",
    "{% callout() %}",
    "{% end %}",
    "{{/*",
    "*/}}",
    "{{/*/}}",
    ")",
    "(",
    "(x=",
    "\u{E000}0\u{E001}",
    "{{ figure(src=\"a.jpg\", alt=\"\") }}",
    "{{ video(url=\"javascript:x\", title=\"\") }}",
];

/// An entry calling shortcodes, for mutations to break.
const SHORTCODE_PAGE: &str = "+++\ntitle = \"Ma ngắn\"\ndate = 2026-11-20\n+++\n\nGọi {{ hotline(number=\"113\") }} ngay.\n\n{% callout(type=\"warning\", title=\"Chú ý\") %}\nXem [hướng dẫn](@/lua-dao/goi-dien.toml)\n\n{{ hotline() }}\n\n{% callout() %}lồng{% end %}\n{% end %}\n\n{{ guide(path=\"@/lua-dao/goi-dien.toml\") }}\n\n{{ video(url=\"https://youtu.be/dQw4w9WgXcQ\", title=\"Lễ\") }}\n\n`{{ x() }}` {{/* hotline() */}}\n";

/// Template mistakes an editor of a site template makes.
const TEMPLATE: &[&str] = &[
    "{{ page.title | khong_co }}",
    "{{ khong_co() }}",
    "{% if %}",
    "{% for x in 1 %}{{ x }}{% endfor %}",
    "{{ page.data.khong.co }}",
    "{% include \"khong-co.html\" %}",
    "{{ get_page(path=\"khong-co.md\") }}",
    "{{ page.title | truncate(length=-1) }}",
    "{{ 1 / 0 }}",
    "{% block khong_co %}{% endblock khong_co %}",
    "{{",
    "}}",
    "{% endif %}",
    "{% raw %}",
];

/// Values a field should reject, or survive.
const VALUES: &[&str] = &[
    "\"\"",
    "-5",
    "0",
    "9223372036854775807",
    "nan",
    "-inf",
    "[]",
    "{}",
    "[1, \"a\"]",
    "\"javascript:alert(1)\"",
    "1979-05-27",
    "1979-05-27T07:32:00Z",
    "\"../../etc\"",
    "true",
    "\"x\"",
    "[\"phone\", \"fax\"]",
    "3.5",
    "{ a = 1 }",
    "\"\\u0007\"",
    "[[1]]",
];

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn copy_tree(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.unwrap();
        let target = to.join(entry.path().strip_prefix(from).unwrap());
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// The site's own files (not the output), sorted for a stable choice.
fn site_files(root: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = walkdir::WalkDir::new(root)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file() && !e.path().starts_with(root.join("public")))
        .map(|e| e.into_path())
        .collect();
    files.sort();
    files
}

/// Applies one random mutation; returns what it did.
fn mutate(root: &Path, rng: &mut Rng) -> String {
    let files = site_files(root);
    let templates: Vec<&PathBuf> = files
        .iter()
        .filter(|f| f.extension().is_some_and(|e| e == "html"))
        .collect();
    if !templates.is_empty() && rng.below(5) == 0 {
        let file = rng.pick(&templates).to_path_buf();
        let mut text = std::fs::read(&file).unwrap_or_default();
        let (a, s) = (rng.below(text.len() + 1), *rng.pick(TEMPLATE));
        text.splice(a..a, s.bytes());
        std::fs::write(&file, text).unwrap();
        return format!(
            "insert {s:?} in {} at byte {a}",
            file.strip_prefix(root).unwrap().display()
        );
    }
    let file = rng.pick(&files).clone();
    let rel = file.strip_prefix(root).unwrap().display().to_string();
    let text = std::fs::read(&file).unwrap_or_default();
    let at = |rng: &mut Rng| rng.below(text.len() + 1);
    let mut out = text.clone();
    let what = match rng.below(9) {
        0 => {
            let (a, s) = (at(rng), *rng.pick(HOSTILE));
            out.splice(a..a, s.bytes());
            format!("insert {s:?} in {rel} at byte {a}")
        }
        1 => {
            let a = at(rng);
            let b = (a + rng.below(40)).min(text.len());
            out.drain(a..b);
            format!("delete bytes {a}..{b} of {rel}")
        }
        2 => {
            // Replace the value of one `key = value` line.
            let s = String::from_utf8_lossy(&text).into_owned();
            let lines: Vec<&str> = s.lines().collect();
            let candidates: Vec<usize> = (0..lines.len()).filter(|&i| lines[i].contains(" = ")).collect();
            if candidates.is_empty() {
                return "nothing".into();
            }
            let i = *rng.pick(&candidates);
            let key = lines[i].split(" = ").next().unwrap_or("");
            let value = rng.pick(VALUES);
            let mut new: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
            new[i] = format!("{key} = {value}");
            out = (new.join("\n") + "\n").into_bytes();
            format!("set {key} = {value} in {rel}")
        }
        3 => {
            // Duplicate or drop a line.
            let s = String::from_utf8_lossy(&text).into_owned();
            let mut lines: Vec<String> = s.lines().map(str::to_string).collect();
            if lines.is_empty() {
                return "nothing".into();
            }
            let i = rng.below(lines.len());
            if rng.below(2) == 0 {
                let l = lines[i].clone();
                lines.insert(i, l);
            } else {
                lines.remove(i);
            }
            out = (lines.join("\n") + "\n").into_bytes();
            format!("duplicate or drop line {i} of {rel}")
        }
        4 => {
            out.truncate(at(rng));
            format!("truncate {rel} to {} bytes", out.len())
        }
        5 => {
            // Rename to an odd name in the same folder.
            let names = [
                "Tin tức mới.md",
                "a b.toml",
                ".an.md",
                "bai~",
                "_index.md",
                "index.md",
                "x.en.md",
                "x.xx.toml",
                "thu-muc/_index.md",
            ];
            let long = format!("{}.md", "d".repeat(240));
            let name = if rng.below(5) == 0 {
                long.as_str()
            } else {
                rng.pick(&names)
            };
            let target = file.with_file_name(name);
            if let Some(dir) = target.parent() {
                let _ = std::fs::create_dir_all(dir);
            }
            let _ = std::fs::rename(&file, &target);
            return format!("rename {rel} to {name}");
        }
        6 => {
            let _ = std::fs::remove_file(&file);
            return format!("delete {rel}");
        }
        7 => {
            let dir = file.parent().unwrap_or(root).to_path_buf();
            let (name, target): (&str, PathBuf) = match rng.below(4) {
                0 => ("loop", dir.clone()),
                1 => ("ngoai.txt", PathBuf::from("/etc/hostname")),
                2 => ("gay.md", dir.join("khong-ton-tai.md")),
                _ => ("ban-sao.md", file.clone()),
            };
            let _ = std::os::unix::fs::symlink(&target, dir.join(name));
            return format!("symlink {name} -> {} beside {rel}", target.display());
        }
        _ => {
            // Invalid UTF-8 or a byte-order mark at the start.
            let bytes: &[u8] = if rng.below(2) == 0 {
                b"\xff\xfe"
            } else {
                "\u{feff}".as_bytes()
            };
            out.splice(0..0, bytes.iter().copied());
            format!("prefix {bytes:?} to {rel}")
        }
    };
    std::fs::write(&file, out).unwrap();
    what
}

/// The output folder, file by file.
fn output_of(root: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let public = root.join("public");
    walkdir::WalkDir::new(&public)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            (
                e.path().strip_prefix(&public).unwrap().to_path_buf(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect()
}

/// Runs keng with a time limit; `None` when it had to be killed.
fn run_limited(args: &[&str], root: &Path, limit: Duration) -> Option<(i32, String)> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_keng"))
        .env("KENG_LANG", "en")
        .args(args)
        .arg("--root")
        .arg(root)
        .env("NO_COLOR", "1")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            let mut stderr = String::new();
            if let Some(mut pipe) = child.stderr.take() {
                let _ = std::io::Read::read_to_string(&mut pipe, &mut stderr);
            }
            return Some((status.code().unwrap_or(-1), stderr));
        }
        if started.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            return None;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// Every `…: error: …` line starts with a file (a path, or site.toml).
fn errors_without_a_file(stderr: &str) -> Vec<&str> {
    stderr
        .lines()
        .filter(|l| (l.contains(": error: ") || l.starts_with("error")) && !l.starts_with(' '))
        .filter(|l| {
            let place = l.split(": error: ").next().unwrap_or("");
            let path = place.split(':').next().unwrap_or("");
            path.is_empty() || !(path.contains('/') || path.ends_with(".toml") || path.starts_with("--"))
        })
        .collect()
}

#[test]
fn mutated_sites_exit_cleanly_and_name_a_file() {
    let cases: usize = std::env::var("KENG_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(300);
    let seed: u64 = std::env::var("KENG_FUZZ_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2026);
    let mut rng = Rng(seed.max(1));
    let dir = tempfile::tempdir().unwrap();
    let started = Instant::now();
    let (mut ok, mut failed) = (0, 0);
    for case in 0..cases {
        let root = dir.path().join(format!("site-{case}"));
        copy_tree(&fixtures().join("minimal"), &root);
        copy_tree(&fixtures().join("kinds"), &root);
        // A site template too, so that template mistakes are among the mutations.
        let theme = Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default/templates");
        std::fs::create_dir_all(root.join("templates")).unwrap();
        for name in ["page.html", "section.html"] {
            std::fs::copy(theme.join(name), root.join("templates").join(name)).unwrap();
        }
        // And shortcodes: built-in, nested, in a body, and the site's own.
        std::fs::write(root.join("content/tin-tuc/ma-ngan.md"), SHORTCODE_PAGE).unwrap();
        std::fs::create_dir_all(root.join("templates/shortcodes")).unwrap();
        std::fs::copy(
            theme.join("shortcodes/callout.html"),
            root.join("templates/shortcodes/callout.html"),
        )
        .unwrap();
        let before = if case % 5 == 0 {
            let base = run_limited(&["build"], &root, Duration::from_secs(10));
            assert!(matches!(base, Some((0, _))), "the unmutated site builds: {base:?}");
            Some(output_of(&root))
        } else {
            None
        };
        let mutations: Vec<String> = (0..1 + rng.below(3)).map(|_| mutate(&root, &mut rng)).collect();
        let command: &[&str] = if case % 5 == 4 { &["check"] } else { &["build"] };
        let Some((code, stderr)) = run_limited(command, &root, Duration::from_secs(10)) else {
            panic!("case {case} (seed {seed}): keng {command:?} hung past 10 s after {mutations:?}");
        };
        assert!(
            !stderr.contains("panicked") && (code == 0 || code == 1),
            "case {case} (seed {seed}): exit {code} after {mutations:?}\n{stderr}"
        );
        let nameless = errors_without_a_file(&stderr);
        assert!(
            nameless.is_empty(),
            "case {case} (seed {seed}): errors without a file after {mutations:?}: {nameless:?}"
        );
        if let (1, Some(before)) = (code, &before) {
            if command == ["build"] {
                assert!(
                    output_of(&root) == *before,
                    "case {case} (seed {seed}): the failed build changed public/ after {mutations:?}"
                );
            }
        }
        if code == 0 {
            ok += 1
        } else {
            failed += 1
        }
        let _ = std::fs::remove_dir_all(&root);
    }
    eprintln!(
        "fuzz: {cases} mutated sites (seed {seed}) in {:.1} s: {ok} built, {failed} reported errors; 0 panics, 0 hangs",
        started.elapsed().as_secs_f64()
    );
}
