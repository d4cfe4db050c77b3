//! `keng deploy` against a real S3-compatible server (`s3s-fs`, installed
//! by `.ci/run`, started per test on 127.0.0.1 with a temporary folder and
//! its request log), and to a `file://` web root.

use std::collections::{BTreeMap, BTreeSet};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use keng::deploy::plan::Phase;

mod common;
use common::{Run, TestSite};
#[allow(dead_code)]
#[path = "../src/images/testdata.rs"]
mod testdata;

const KEY: &str = "keng-test-key";
const SECRET: &str = "keng-test-secret";

/// An `s3s-fs` process; killed when dropped, and by `timeout` after five
/// minutes in any case.
struct S3Server {
    child: Child,
    port: u16,
    data: tempfile::TempDir,
    log: PathBuf,
}

impl S3Server {
    fn start() -> S3Server {
        let program = std::env::var("KENG_S3S_FS").unwrap_or_else(|_| "s3s-fs".to_string());
        let data = tempfile::tempdir().unwrap();
        let log = data.path().join("requests.log");
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let store = data.path().join("store");
        std::fs::create_dir(&store).unwrap();
        let child = Command::new("timeout")
            .args(["300", &program, "--host", "127.0.0.1", "--port", &port.to_string()])
            .args(["--access-key", KEY, "--secret-key", SECRET])
            .arg(&store)
            .env("RUST_LOG", "s3s::service=debug")
            .env("NO_COLOR", "1")
            .stdout(std::fs::File::create(&log).unwrap())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| {
                panic!("cannot start {program} ({e}); install it with: cargo install s3s-fs@0.14.1 --features binary --locked")
            });
        let started = Instant::now();
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                started.elapsed() < Duration::from_secs(10),
                "{program} did not listen on {port}; is it installed? (cargo install s3s-fs@0.14.1 --features binary --locked)"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
        S3Server { child, port, data, log }
    }

    fn store(&self) -> PathBuf {
        self.data.path().join("store")
    }

    /// Creates a bucket (a folder of the store) and gives its target URL.
    fn bucket(&self, name: &str, prefix: &str) -> String {
        std::fs::create_dir_all(self.store().join(name)).unwrap();
        format!(
            "s3://{name}/{prefix}?endpoint=http://127.0.0.1:{}&region=us-east-1",
            self.port
        )
    }

    /// Every request so far, in the order the server received them: (method, path and query).
    fn requests(&self) -> Vec<(String, String)> {
        let text = std::fs::read_to_string(&self.log).unwrap();
        text.lines()
            .filter_map(|line| {
                let rest = &line[line.find("req: Request { method: ")? + 23..];
                let (method, rest) = rest.split_once(", uri: ")?;
                let uri = rest.split(',').next()?;
                Some((method.to_string(), uri.to_string()))
            })
            .collect()
    }

    /// The objects the bucket holds under `prefix`, by name relative to it.
    fn objects(&self, bucket: &str, prefix: &str) -> BTreeSet<String> {
        let dir = self.store().join(bucket).join(prefix);
        walkdir::WalkDir::new(&dir)
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_file())
            .map(|e| {
                e.path()
                    .strip_prefix(&dir)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/")
            })
            .collect()
    }
}

impl Drop for S3Server {
    fn drop(&mut self) {
        // `timeout` passes TERM on to the server; KILL would stop `timeout`
        // alone and leave the server running.
        let _ = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status();
        let _ = self.child.wait();
    }
}

fn credentials() -> [(&'static str, &'static str); 2] {
    [("AWS_ACCESS_KEY_ID", KEY), ("AWS_SECRET_ACCESS_KEY", SECRET)]
}

/// The `minimal` fixture with a photo, a script of its own, and targets.
fn site_with_targets(targets: &str) -> TestSite {
    let site = TestSite::fixture("minimal");
    let toml = site
        .read("site.toml")
        .replace("[extra]", &format!("{targets}\n[extra]"));
    site.write("site.toml", toml);
    site.write("static/js/app.js", "console.log('keng');\n");
    site.write("static/files/don-trinh-bao.pdf", "%PDF-1.4 test\n");
    site
}

/// A `[[deploy.targets]]` table for a web root.
fn file_target(name: &str, dir: &Path, precompress: bool) -> String {
    let extra = if precompress { "precompress = true\n" } else { "" };
    format!(
        "[[deploy.targets]]\nname = \"{name}\"\nurl = \"file://{}\"\n{extra}\n",
        dir.display()
    )
}

fn deploy(site: &TestSite, args: &[&str]) -> Run {
    let mut all = vec!["deploy"];
    all.extend_from_slice(args);
    site.keng_with_env(&all, &credentials())
}

/// Files of `public/` and their bytes.
fn built(site: &TestSite) -> BTreeMap<String, Vec<u8>> {
    let mut files = site.tree("public");
    files.remove(keng::emit::MARKER);
    files
}

/// Object names in PUT requests, in order, for bucket `bucket` and prefix `prefix`.
fn puts(requests: &[(String, String)], bucket: &str, prefix: &str) -> Vec<String> {
    let start = format!("/{bucket}/{prefix}/");
    requests
        .iter()
        .filter(|(m, _)| m == "PUT")
        .filter_map(|(_, uri)| uri.strip_prefix(&start).map(str::to_string))
        .collect()
}

#[test]
fn first_deploy_sends_everything_in_order_with_headers_and_a_second_sends_nothing() {
    let server = S3Server::start();
    let url = server.bucket("tin-tuc", "hiep-an");
    let site = site_with_targets(&format!("[[deploy.targets]]\nname = \"kho\"\nurl = \"{url}\"\n"));
    site.build(&[]);
    let run = deploy(&site, &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let files = built(&site);
    assert!(
        run.stderr.contains(&format!("{} files uploaded", files.len())) && run.stderr.contains("0 deleted"),
        "{}",
        run.stderr
    );
    let sent = puts(&server.requests(), "tin-tuc", "hiep-an");
    assert_eq!(
        sent.iter().cloned().collect::<BTreeSet<_>>(),
        files.keys().cloned().collect()
    );
    assert_eq!(server.objects("tin-tuc", "hiep-an"), files.keys().cloned().collect());
    // Assets, then pages, then feeds: the phases never go back.
    let phases: Vec<Phase> = sent.iter().map(|rel| Phase::of(rel)).collect();
    assert!(phases.windows(2).all(|w| w[0] <= w[1]), "upload order: {sent:?}");
    for phase in [Phase::Assets, Phase::Pages, Phase::Feeds] {
        assert!(phases.contains(&phase), "{phase:?} in {sent:?}");
    }

    // Types and cache headers, as the server stores them.
    let style = files.keys().find(|rel| rel.starts_with("style.")).unwrap().clone();
    assert!(keng::emit::is_fingerprinted(&style), "{style}");
    for (rel, content_type, cache) in [
        ("index.html", "text/html; charset=utf-8", "public, max-age=60"),
        (
            style.as_str(),
            "text/css; charset=utf-8",
            "public, max-age=31536000, immutable",
        ),
        ("atom.xml", "application/xml; charset=utf-8", "public, max-age=60"),
        ("files/don-trinh-bao.pdf", "application/pdf", "public, max-age=86400"),
    ] {
        let (stored_type, stored_cache) = stored_headers(&server, "tin-tuc", &format!("hiep-an/{rel}"));
        assert_eq!(stored_type.as_deref(), Some(content_type), "{rel}");
        assert_eq!(stored_cache.as_deref(), Some(cache), "{rel}");
    }

    let before = server.requests().len();
    let again = deploy(&site, &[]);
    assert_eq!(again.code, 0, "{}", again.stderr);
    assert!(
        again.stderr.contains("nothing changed: 0 files uploaded"),
        "{}",
        again.stderr
    );
    let later = &server.requests()[before..];
    assert!(later.iter().all(|(m, _)| m == "GET" || m == "HEAD"), "{later:?}");
}

/// Content-Type and Cache-Control of an object, as the server answers a HEAD.
fn stored_headers(server: &S3Server, bucket: &str, key: &str) -> (Option<String>, Option<String>) {
    use object_store::{Attribute, GetOptions, ObjectStore};
    let _ = rustls::crypto::ring::default_provider().install_default();
    let store = object_store::aws::AmazonS3Builder::new()
        .with_bucket_name(bucket)
        .with_region("us-east-1")
        .with_endpoint(format!("http://127.0.0.1:{}", server.port))
        .with_allow_http(true)
        .with_access_key_id(KEY)
        .with_secret_access_key(SECRET)
        .build()
        .unwrap();
    let head = GetOptions {
        head: true,
        ..GetOptions::default()
    };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let result = runtime
        .block_on(store.get_opts(&object_store::path::Path::from(key), head))
        .unwrap_or_else(|e| panic!("HEAD {key}: {e}"));
    let get = |a: Attribute| result.attributes.get(&a).map(|v| v.as_ref().to_string());
    (get(Attribute::ContentType), get(Attribute::CacheControl))
}

#[test]
fn an_edit_sends_only_the_files_whose_bytes_changed_and_a_removal_deletes_last() {
    let server = S3Server::start();
    let url = server.bucket("site", "");
    let site = site_with_targets(&format!("[[deploy.targets]]\nname = \"kho\"\nurl = \"{url}\"\n"));
    site.build(&[]);
    assert_eq!(deploy(&site, &[]).code, 0);
    let before = built(&site);

    let article = "content/tin-tuc/tieng-keng-an-ninh.md";
    site.write(
        article,
        site.read(article).replace("\n\n", "\n\nMột câu mới về tổ tự quản.\n\n"),
    );
    site.build(&[]);
    let after = built(&site);
    let changed: BTreeSet<String> = after
        .iter()
        .filter(|(rel, bytes)| before.get(*rel) != Some(bytes))
        .map(|(rel, _)| rel.clone())
        .collect();
    assert!(changed.contains("tin-tuc/tieng-keng-an-ninh/index.html"), "{changed:?}");
    assert!(
        changed.len() < after.len() / 2,
        "most files keep their bytes: {changed:?}"
    );
    let mark = server.requests().len();
    let run = deploy(&site, &["-v"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let requests = server.requests()[mark..].to_vec();
    let sent: BTreeSet<String> = requests
        .iter()
        .filter(|(m, _)| m == "PUT")
        .map(|(_, uri)| uri.trim_start_matches("/site/").to_string())
        .collect();
    assert_eq!(sent, changed, "exactly the changed files");
    assert!(
        !requests.iter().any(|(m, uri)| m == "DELETE" || uri.contains("?delete")),
        "{requests:?}"
    );
    assert!(
        run.stderr.contains(&format!("{} files uploaded", changed.len())),
        "{}",
        run.stderr
    );

    // Removing the article deletes its page, after every upload.
    std::fs::remove_file(site.path(article)).unwrap();
    site.build(&[]);
    let gone: BTreeSet<String> = after
        .keys()
        .filter(|rel| !built(&site).contains_key(*rel))
        .cloned()
        .collect();
    assert!(gone.contains("tin-tuc/tieng-keng-an-ninh/index.html"), "{gone:?}");
    let dry = deploy(&site, &["--dry-run"]);
    assert_eq!(dry.code, 0, "{}", dry.stderr);
    assert!(
        dry.stderr.contains("delete  tin-tuc/tieng-keng-an-ninh/index.html"),
        "{}",
        dry.stderr
    );
    assert!(dry.stderr.contains("nothing was sent"), "{}", dry.stderr);
    assert!(
        server
            .objects("site", "")
            .contains("tin-tuc/tieng-keng-an-ninh/index.html"),
        "a dry run changes nothing"
    );

    let kept = deploy(&site, &["--no-delete"]);
    assert!(
        kept.stderr.contains(&format!("{} kept (--no-delete)", gone.len())),
        "{}",
        kept.stderr
    );
    assert!(
        server
            .objects("site", "")
            .contains("tin-tuc/tieng-keng-an-ninh/index.html")
    );

    let mark = server.requests().len();
    let run = deploy(&site, &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains(&format!("{} deleted", gone.len())),
        "{}",
        run.stderr
    );
    let objects = server.objects("site", "");
    assert!(gone.iter().all(|rel| !objects.contains(rel)), "deleted: {gone:?}");
    assert_eq!(
        objects,
        built(&site).keys().cloned().collect(),
        "the bucket equals the build"
    );
    let requests = &server.requests()[mark..];
    let last_put = requests.iter().rposition(|(m, _)| m == "PUT").unwrap_or(0);
    let first_delete = requests
        .iter()
        .position(|(m, uri)| m == "DELETE" || uri.contains("delete"))
        .expect("a delete request");
    assert!(first_delete > last_put, "deletions come last: {requests:?}");
}

#[test]
fn wrong_credentials_a_missing_bucket_or_no_server_change_nothing() {
    let server = S3Server::start();
    let url = server.bucket("site", "");
    let site = site_with_targets(&format!(
        "[[deploy.targets]]\nname = \"kho\"\nurl = \"{url}\"\n\n[[deploy.targets]]\nname = \"thieu\"\nurl = \"{}\"\n\n[[deploy.targets]]\nname = \"tat\"\nurl = \"s3://site?endpoint=http://127.0.0.1:9&region=us-east-1\"\n",
        url.replace("s3://site", "s3://khong-co")
    ));
    site.build(&[]);
    let wrong = site.keng_with_env(
        &["deploy"],
        &[("AWS_ACCESS_KEY_ID", KEY), ("AWS_SECRET_ACCESS_KEY", "sai")],
    );
    assert_eq!(wrong.code, 1, "{}", wrong.stderr);
    assert!(wrong.stderr.contains("refused keng's credentials"), "{}", wrong.stderr);
    assert!(
        wrong.stderr.contains("nothing was uploaded or deleted"),
        "{}",
        wrong.stderr
    );

    let missing = deploy(&site, &["--target", "thieu"]);
    assert_eq!(missing.code, 1);
    assert!(
        missing.stderr.contains("bucket \"khong-co\" does not exist"),
        "{}",
        missing.stderr
    );

    let started = Instant::now();
    let down = deploy(&site, &["--target", "tat"]);
    assert_eq!(down.code, 1);
    assert!(
        down.stderr.contains("cannot reach http://127.0.0.1:9"),
        "{}",
        down.stderr
    );
    assert!(started.elapsed() < Duration::from_secs(30), "retries are bounded");

    // The same over TLS: the client is set up, the connection fails.
    let toml = site
        .read("site.toml")
        .replace("http://127.0.0.1:9&", "https://127.0.0.1:9&");
    site.write("site.toml", toml);
    let tls = deploy(&site, &["--target", "tat"]);
    assert_eq!(tls.code, 1);
    assert!(
        tls.stderr.contains("cannot reach https://127.0.0.1:9"),
        "{}",
        tls.stderr
    );

    let none = site.keng_with_env(&["deploy"], &[]);
    assert_eq!(none.code, 1);
    assert!(none.stderr.contains("no credentials"), "{}", none.stderr);
    assert!(none.stderr.contains("AWS_ACCESS_KEY_ID"), "{}", none.stderr);

    let unknown = deploy(&site, &["--target", "khac"]);
    assert!(
        unknown.stderr.contains("no deploy target is named \"khac\""),
        "{}",
        unknown.stderr
    );
    assert!(
        unknown.stderr.contains("\"kho\", \"thieu\", \"tat\""),
        "{}",
        unknown.stderr
    );

    assert!(
        !server
            .requests()
            .iter()
            .any(|(m, _)| m == "PUT" || m == "DELETE" || m == "POST"),
        "nothing was written"
    );
    assert!(server.objects("site", "").is_empty());
}

#[test]
fn credentials_in_site_toml_are_refused_at_their_line() {
    let site =
        site_with_targets("[[deploy.targets]]\nname = \"kho\"\nurl = \"s3://site\"\nsecret_access_key = \"abc\"\n");
    let run = site.build_fails();
    site.assert_error_at(&run, "site.toml", "9:1: error: ", "looks like a credential");
    assert!(run.stderr.contains("AWS_SECRET_ACCESS_KEY"), "{}", run.stderr);
    let site = site_with_targets("[[deploy.targets]]\nname = \"kho\"\nurl = \"s3://AK:SK@site\"\n");
    let run = site.build_fails();
    site.assert_error_at(&run, "site.toml", "8:7: error: ", "user name or password");
    let site = site_with_targets("[[deploy.targets]]\nname = \"kho\"\nurl = \"ftp://x/y\"\n");
    let run = site.build_fails();
    site.assert_error_at(&run, "site.toml", "8:7: error: ", "cannot deploy to ftp://");
}

#[test]
fn deploy_needs_a_build_and_deploy_build_deploys_only_a_good_one() {
    let www = tempfile::tempdir().unwrap();
    let target = www.path().join("site");
    let site = site_with_targets(&file_target("may-chu", &target, false));
    let run = deploy(&site, &[]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("there is no build here to deploy"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("keng deploy --build"), "{}", run.stderr);

    let article = "content/tin-tuc/tieng-keng-an-ninh.md";
    let good = site.read(article);
    site.write(article, good.replacen("title", "titel", 1));
    let run = deploy(&site, &["--build"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("Nothing was deployed."), "{}", run.stderr);
    assert!(!target.exists());

    site.write(article, good);
    let run = deploy(&site, &["--build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(target.join("tin-tuc/tieng-keng-an-ninh/index.html").exists());

    // A build with drafts, or for another address, is not published.
    site.build(&["--drafts"]);
    let run = deploy(&site, &[]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("this build includes drafts"), "{}", run.stderr);
    site.build(&["--base-url", "http://127.0.0.1:8080"]);
    let run = deploy(&site, &[]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains(
            "made for http://127.0.0.1:8080 (--base-url), but site.toml's base_url is https://hiepan.example.vn"
        ),
        "{}",
        run.stderr
    );
    let page = std::fs::read_to_string(target.join("index.html")).unwrap();
    assert!(!page.contains("127.0.0.1:8080"), "the live site was left as it was");
    site.build(&[]);
    assert_eq!(deploy(&site, &[]).code, 0);
}

fn tree_with_times(dir: &Path) -> BTreeMap<String, (Vec<u8>, std::time::SystemTime)> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e.path().strip_prefix(dir).unwrap().to_string_lossy().into_owned();
            (
                rel,
                (
                    std::fs::read(e.path()).unwrap(),
                    e.metadata().unwrap().modified().unwrap(),
                ),
            )
        })
        .collect()
}

#[test]
fn the_file_target_gets_the_same_diff_with_compressed_copies() {
    let www = tempfile::tempdir().unwrap();
    let target = www.path().join("site");
    let site = site_with_targets(&file_target("may-chu", &target, true));
    site.build(&[]);
    let run = deploy(&site, &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let files = built(&site);
    for (rel, bytes) in &files {
        assert_eq!(&std::fs::read(target.join(rel)).unwrap(), bytes, "{rel}");
    }
    // Compressed copies of text, decompressing to the file.
    let page = std::fs::read(target.join("index.html")).unwrap();
    let mut unzipped = Vec::new();
    std::io::Read::read_to_end(
        &mut flate2::read::GzDecoder::new(&std::fs::read(target.join("index.html.gz")).unwrap()[..]),
        &mut unzipped,
    )
    .unwrap();
    assert_eq!(unzipped, page);
    let mut unbrotli = Vec::new();
    brotli::BrotliDecompress(
        &mut &std::fs::read(target.join("index.html.br")).unwrap()[..],
        &mut unbrotli,
    )
    .unwrap();
    assert_eq!(unbrotli, page);
    assert!(!target.join("files/don-trinh-bao.pdf.gz").exists(), "PDFs are not text");

    let first = tree_with_times(&target);
    let again = deploy(&site, &[]);
    assert!(
        again.stderr.contains("nothing changed: 0 files uploaded"),
        "{}",
        again.stderr
    );
    assert_eq!(tree_with_times(&target), first, "bytes and modification times kept");

    let article = "content/tin-tuc/tieng-keng-an-ninh.md";
    site.write(article, site.read(article).replace("\n\n", "\n\nThêm một câu.\n\n"));
    site.build(&[]);
    let changed = built(&site)
        .iter()
        .filter(|(rel, b)| files.get(*rel) != Some(b))
        .count();
    let run = deploy(&site, &[]);
    assert!(
        run.stderr.contains(&format!("{changed} files uploaded")),
        "{}",
        run.stderr
    );
    let now = tree_with_times(&target);
    let untouched = first.iter().filter(|(rel, v)| now.get(*rel) == Some(v)).count();
    assert!(
        untouched + 3 * changed >= first.len(),
        "unchanged files keep their time"
    );

    for (name, place) in [
        ("trong-public", site.path("public/x")),
        ("la-site", site.root().to_path_buf()),
    ] {
        let toml = site
            .read("site.toml")
            .replace("[extra]", &(file_target(name, &place, false) + "[extra]"));
        site.write("site.toml", toml);
        let refused = deploy(&site, &["--target", name]);
        assert_eq!(refused.code, 1, "{name}: {}", refused.stderr);
        assert!(
            refused.stderr.contains("the site's own files") || refused.stderr.contains("the build folder"),
            "{}",
            refused.stderr
        );
    }
    std::fs::write(www.path().join("site/la.txt"), "not keng's").unwrap();
    std::fs::remove_file(target.join(keng::emit::MARKER)).unwrap();
    let refused = deploy(&site, &[]);
    assert_eq!(refused.code, 1);
    assert!(refused.stderr.contains("keng did not put there"), "{}", refused.stderr);
}

#[test]
fn a_killed_file_deploy_leaves_the_old_or_the_new_site_and_the_next_one_finishes() {
    let www = tempfile::tempdir().unwrap();
    let target = www.path().join("site");
    let trial = tempfile::tempdir().unwrap();
    let site = site_with_targets(
        &(file_target("may-chu", &target, true) + &file_target("thu", &trial.path().join("site"), true)),
    );
    // Enough pages that a deploy takes a while.
    for i in 0..200 {
        site.write(
            &format!("content/tin-tuc/bai-{i}.md"),
            format!(
                "+++\ntitle = \"Bài {i}\"\ndate = 2026-11-01\n+++\n\n{}\n",
                "Tổ tự quản tuần tra ban đêm. ".repeat(200)
            ),
        );
    }
    site.build(&[]);
    assert_eq!(deploy(&site, &[]).code, 0);
    assert_eq!(deploy(&site, &["--target", "thu"]).code, 0);
    let old = tree_with_times(&target);
    let article = "content/tin-tuc/tieng-keng-an-ninh.md";
    site.write(article, site.read(article).replace("\n\n", "\n\nBản mới.\n\n"));
    site.build(&[]);
    // How long the update takes, on a copy, to spread the kills over it.
    let started = Instant::now();
    assert_eq!(deploy(&site, &["--target", "thu"]).code, 0);
    let full = started.elapsed();
    let (mut old_seen, mut new_seen) = (0, 0);
    for i in 0..16u32 {
        let mut child = Command::new(env!("CARGO_BIN_EXE_keng"))
            .env("KENG_LANG", "en")
            .args(["deploy", "--root"])
            .arg(site.root())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(full * i / 10);
        let _ = child.kill();
        let _ = child.wait();
        let now = tree_with_times(&target);
        let is_new = now.get("tin-tuc/tieng-keng-an-ninh/index.html").map(|(b, _)| b.clone())
            == built(&site).get("tin-tuc/tieng-keng-an-ninh/index.html").cloned();
        if now == old && !is_new {
            old_seen += 1;
        } else {
            assert!(is_new, "a mix after kill {i}");
            for (rel, bytes) in built(&site) {
                assert_eq!(now[&rel].0, bytes, "{rel} after kill {i}");
            }
            new_seen += 1;
        }
    }
    eprintln!("kills: {old_seen} left the old site, {new_seen} the new one");
    let run = deploy(&site, &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for (rel, bytes) in built(&site) {
        assert_eq!(std::fs::read(target.join(&rel)).unwrap(), bytes, "{rel}");
    }
    let leftovers: Vec<_> = std::fs::read_dir(www.path())
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.file_name())
        .collect();
    assert_eq!(leftovers.len(), 1, "nothing left beside the target: {leftovers:?}");
}

/// The headers `_headers` gives every path (`/*`).
fn headers_for_every_path(file: &str) -> Vec<(String, String)> {
    file.lines()
        .skip_while(|line| *line != "/*")
        .skip(1)
        .take_while(|line| line.starts_with("  "))
        .filter_map(|line| line.trim().split_once(": "))
        .map(|(name, value)| (name.to_string(), value.to_string()))
        .collect()
}

#[test]
fn the_default_theme_loads_under_the_policy_of_the_headers_file() {
    if !common::browser_tests_enabled() {
        return;
    }
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("public");
    std::fs::create_dir(&out).unwrap();
    // The policy is the same for every site; read it from a built one.
    let fixture = TestSite::fixture("shortcodes");
    fixture.write(
        "content/tin-tuc/ma-ngan/anh.jpg",
        testdata::photo_with_exif(1200, 800, 1),
    );
    fixture.build(&[]);
    let headers = headers_for_every_path(&fixture.read("public/_headers"));
    let csp = &headers
        .iter()
        .find(|(n, _)| n == "Content-Security-Policy")
        .expect("a policy")
        .1;
    assert!(!csp.contains("unsafe-inline") && !csp.contains("unsafe-eval"), "{csp}");
    assert_eq!(headers.len(), 4, "{headers:?}");

    let port = common::serve_with_headers(out.clone(), headers.clone());
    let base = format!("http://127.0.0.1:{port}");
    let mut opts = keng::BuildOptions::new(repo);
    opts.output = Some(out.clone());
    opts.base_url = Some(base.clone());
    opts.now = Some(chrono::DateTime::parse_from_rfc3339("2026-11-30T10:00:00+07:00").unwrap());
    keng::build(&opts).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        headers_for_every_path(&std::fs::read_to_string(out.join("_headers")).unwrap()),
        headers
    );

    let video_port = common::serve_with_headers(fixture.path("public"), headers);
    let video_base = format!("http://127.0.0.1:{video_port}");
    fixture.build(&["--base-url", &video_base]);
    let pages = [
        "/",
        "/tin-tuc/",
        "/tin-tuc/mang-luoi-camera-an-ninh-2020/",
        "/tin-tuc/giao-nop-vu-khi-vat-lieu-no-2020/",
        "/mo-hinh/tieng-keng-an-ninh/",
        "/camera/",
        "/phong-chong-lua-dao/gia-danh-cong-an-vien-kiem-sat-toa-an/",
        "/canh-bao/gia-danh-cong-an-goi-dien-2026/",
        "/thong-ke/",
        "/tim-kiem/",
        "/en/",
        "/404.html",
    ];
    let mut args: Vec<&std::ffi::OsStr> = vec![base.as_ref()];
    args.extend(pages.iter().map(std::ffi::OsStr::new));
    args.extend([
        std::ffi::OsStr::new("--"),
        video_base.as_ref(),
        "/tin-tuc/ma-ngan/".as_ref(),
    ]);
    let printed = common::run_browser_script("csp.mjs", &args);
    assert!(printed.contains("\"violations\":0"), "{printed}");
}

#[test]
fn a_killed_s3_deploy_never_has_pages_before_their_assets_and_the_next_one_finishes() {
    let server = S3Server::start();
    let buckets: Vec<String> = (0..6).map(|i| server.bucket(&format!("bucket-{i}"), "")).collect();
    let targets: String = buckets
        .iter()
        .enumerate()
        .map(|(i, url)| format!("[[deploy.targets]]\nname = \"bucket-{i}\"\nurl = \"{url}\"\n\n"))
        .collect();
    let site = site_with_targets(&targets);
    for i in 0..150 {
        site.write(
            &format!("content/tin-tuc/bai-{i}.md"),
            format!("+++\ntitle = \"Bài {i}\"\ndate = 2026-11-01\n+++\n\nTổ tự quản tuần tra.\n"),
        );
    }
    site.build(&[]);
    let files = built(&site);
    let started = Instant::now();
    let first = deploy(&site, &["--target", "bucket-5"]);
    assert_eq!(first.code, 0, "{}", first.stderr);
    let full = started.elapsed();
    for i in 0..5u32 {
        let mut child = Command::new(env!("CARGO_BIN_EXE_keng"))
            .env("KENG_LANG", "en")
            .args(["deploy", "--target", &format!("bucket-{i}"), "--root"])
            .arg(site.root())
            .envs(credentials())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(full * (i + 1) / 6);
        let _ = child.kill();
        let _ = child.wait();
        let there = server.objects(&format!("bucket-{i}"), "");
        eprintln!(
            "kill {i} after {:?}: {} of {} files there",
            full * (i + 1) / 6,
            there.len(),
            files.len()
        );
        for later in [Phase::Pages, Phase::Feeds] {
            if there.iter().any(|rel| Phase::of(rel) == later) {
                let missing: Vec<&String> = files
                    .keys()
                    .filter(|rel| Phase::of(rel) < later && !there.contains(*rel))
                    .collect();
                assert!(missing.is_empty(), "kill {i}: {later:?} uploaded before {missing:?}");
            }
        }
        let run = deploy(&site, &["--target", &format!("bucket-{i}")]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        assert_eq!(
            server.objects(&format!("bucket-{i}"), ""),
            files.keys().cloned().collect(),
            "kill {i}"
        );
    }
}
