//! A small harness: copy a fixture site into a temporary folder, run the
//! real `keng` binary on it, look at what it wrote.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

pub struct TestSite {
    dir: tempfile::TempDir,
}

pub struct Run {
    pub code: i32,
    pub stdout: String,
    /// What keng printed, without the findings' codes (`error[K0204]:` →
    /// `error:`), for the many tests about places and words.
    pub stderr: String,
    /// What keng printed, codes and all.
    pub stderr_raw: String,
}

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn copy_tree(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.unwrap();
        let rel = entry.path().strip_prefix(from).unwrap();
        let target = to.join(rel);
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

impl TestSite {
    /// The `minimal` fixture with the named fixture's files laid over it.
    pub fn fixture(name: &str) -> TestSite {
        let dir = tempfile::tempdir().unwrap();
        copy_tree(&fixtures().join("minimal"), dir.path());
        if name != "minimal" {
            copy_tree(&fixtures().join(name), dir.path());
        }
        TestSite { dir }
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    pub fn keng(&self, args: &[&str]) -> Run {
        self.keng_with_env(args, &[])
    }

    /// `keng ARGS --root SITE` with `env` set, and no AWS settings of the
    /// machine's (its HOME is the site folder).
    pub fn keng_with_env(&self, args: &[&str], env: &[(&str, &str)]) -> Run {
        let mut command = Command::new(env!("CARGO_BIN_EXE_keng"));
        for (name, _) in std::env::vars().filter(|(name, _)| name.starts_with("AWS_")) {
            command.env_remove(name);
        }
        let out = command
            .args(args)
            .arg("--root")
            .arg(self.root())
            .env("NO_COLOR", "1")
            .env("HOME", self.root())
            // English unless a test asks for another language.
            .env("KENG_LANG", "en")
            .envs(env.iter().copied())
            .output()
            .unwrap();
        let stderr_raw = String::from_utf8_lossy(&out.stderr).into_owned();
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: stderr_raw.split_inclusive('\n').map(without_code).collect(),
            stderr_raw,
        }
    }

    /// `keng build` that must succeed.
    pub fn build(&self, args: &[&str]) -> Run {
        let mut all = vec!["build"];
        all.extend_from_slice(args);
        let run = self.keng(&all);
        assert_eq!(run.code, 0, "build failed:\n{}", run.stderr);
        run
    }

    /// `keng build` that must fail with exit code 1.
    pub fn build_fails(&self) -> Run {
        let run = self.keng(&["build"]);
        assert_eq!(
            run.code, 1,
            "build should fail with 1, got {}:\n{}",
            run.code, run.stderr
        );
        run
    }

    /// Asserts that `run` reports a finding at `file:position` (`"3:8"`,
    /// or `"3:8: error: "` to say which kind) whose line holds `words`.
    pub fn assert_error_at(&self, run: &Run, file: &str, position: &str, words: &str) {
        let at = format!("{}:{position}", self.path(file).display());
        assert!(
            run.stderr.lines().any(|l| l.starts_with(&at) && l.contains(words)),
            "want {at}…{words:?} in\n{}",
            run.stderr
        );
    }

    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.path(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
    }

    pub fn exists(&self, rel: &str) -> bool {
        self.path(rel).exists()
    }

    pub fn write(&self, rel: &str, text: impl AsRef<[u8]>) {
        let path = self.path(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    /// Every file under `rel` with its bytes.
    pub fn tree(&self, rel: &str) -> BTreeMap<String, Vec<u8>> {
        let base = self.path(rel);
        walkdir::WalkDir::new(&base)
            .into_iter()
            .map(Result::unwrap)
            .filter(|e| e.file_type().is_file())
            .map(|e| {
                (
                    e.path().strip_prefix(&base).unwrap().to_string_lossy().into_owned(),
                    std::fs::read(e.path()).unwrap(),
                )
            })
            .collect()
    }
}

/// Serves `root` on 127.0.0.1 until no request comes for a while.
pub fn serve(root: std::path::PathBuf) -> u16 {
    serve_with_headers(root, Vec::new())
}

/// [`serve`], adding `headers` to every response.
pub fn serve_with_headers(root: std::path::PathBuf, headers: Vec<(String, String)>) -> u16 {
    let server = tiny_http::Server::http("127.0.0.1:0").unwrap();
    let port = server.server_addr().to_ip().unwrap().port();
    std::thread::spawn(move || {
        while let Ok(Some(request)) = server.recv_timeout(std::time::Duration::from_secs(20)) {
            let path = request
                .url()
                .split('?')
                .next()
                .unwrap_or("/")
                .trim_start_matches('/')
                .to_string();
            let mut file = root.join(&path);
            if path.is_empty() || path.ends_with('/') {
                file = file.join("index.html");
            }
            let kind = match file.extension().and_then(|e| e.to_str()) {
                Some("html") => "text/html; charset=utf-8",
                Some("js") => "text/javascript; charset=utf-8",
                Some("css") => "text/css; charset=utf-8",
                Some("json") => "application/json",
                _ => "application/octet-stream",
            };
            let mut response = match std::fs::read(&file) {
                Ok(bytes) => tiny_http::Response::from_data(bytes)
                    .with_header(tiny_http::Header::from_bytes("Content-Type", kind).unwrap())
                    .boxed(),
                Err(_) => tiny_http::Response::empty(404).boxed(),
            };
            for (name, value) in &headers {
                response.add_header(tiny_http::Header::from_bytes(name.as_bytes(), value.as_bytes()).unwrap());
            }
            let _ = request.respond(response);
        }
    });
    port
}

/// Builds fixture `fixture`, which must fail with an error at
/// `file:position` holding `words`, a hint for every error, and no output.
pub fn assert_error_at(fixture: &str, file: &str, position: &str, words: &str) {
    let site = TestSite::fixture(fixture);
    let run = site.build_fails();
    site.assert_error_at(&run, file, position, words);
    assert!(
        run.stderr.contains("hint:") || run.stderr.contains("help:"),
        "{fixture}: every error has a hint\n{}",
        run.stderr
    );
    assert!(!site.exists("public"), "{fixture}: no output on failure");
}

/// Whether the browser tests run (`KENG_BROWSER_TESTS=1`, set by `.ci/run`
/// after installing Chromium, Java and `npm ci`); says so when they do not.
pub fn browser_tests_enabled() -> bool {
    let on = std::env::var("KENG_BROWSER_TESTS").as_deref() == Ok("1");
    if !on {
        eprintln!("skipped: set KENG_BROWSER_TESTS=1 (with Chromium, Java and `npm ci`) to run the browser tests");
    }
    on
}

/// Runs `node tests/browser/SCRIPT` with `args` from the repository and
/// asserts it succeeded; returns what it printed.
pub fn run_browser_script(script: &str, args: &[&std::ffi::OsStr]) -> String {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let run = Command::new("node")
        .arg(repo.join("tests/browser").join(script))
        .args(args)
        .current_dir(repo)
        .output()
        .expect("node is needed for the browser tests");
    let stdout = String::from_utf8_lossy(&run.stdout).into_owned();
    println!("{stdout}");
    assert!(
        run.status.success(),
        "{script} failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&run.stderr)
    );
    stdout
}

/// The HTML pages under `dir`, and what the W3C Nu HTML Checker (vnu-jar,
/// with Java) reports as errors in them: empty when they are valid.
pub fn vnu_errors(dir: &Path) -> (usize, String) {
    let pages: Vec<PathBuf> = walkdir::WalkDir::new(dir)
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.path().extension().is_some_and(|x| x == "html"))
        .map(|e| e.path().to_path_buf())
        .collect();
    let jar = Path::new(env!("CARGO_MANIFEST_DIR")).join("node_modules/vnu-jar/build/dist/vnu.jar");
    let run = Command::new("java")
        .arg("-jar")
        .arg(&jar)
        .args(["--errors-only", "--format", "gnu"])
        .args(&pages)
        .output()
        .expect("java");
    let mut report = String::from_utf8_lossy(&run.stderr).trim().to_string();
    if !run.status.success() && report.is_empty() {
        report = format!("vnu exited with {}", run.status);
    }
    (pages.len(), report)
}

/// A finding's line without its code: `a.md:3:8: error[K0204]: …` →
/// `a.md:3:8: error: …`, for tests that are about the place and words.
pub fn without_code(line: &str) -> String {
    let mut out = line.to_string();
    while let Some(start) = out.find("[K") {
        let end = start + 7;
        // Bytes, not a str slice: "[Kết" must not split a character.
        let bytes = out.as_bytes();
        let is_code =
            bytes.len() >= end && bytes[end - 1] == b']' && bytes[start + 2..end - 1].iter().all(u8::is_ascii_digit);
        if !is_code {
            break;
        }
        out.replace_range(start..end, "");
    }
    out
}
