//! `keng serve` through the real binary: files from memory with the reload
//! script, live events on edits and errors, editor save patterns, requests
//! that try to leave the site, and a clean stop.

mod common;
// Only the photo maker is used here.
#[allow(dead_code)]
#[path = "../src/images/testdata.rs"]
mod testdata;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

use common::TestSite;

struct Server {
    child: Child,
    port: u16,
    log: Receiver<String>,
}

impl Server {
    fn start(site: &TestSite) -> Server {
        Server::start_with(site, &[])
    }

    fn start_with(site: &TestSite, env: &[(&str, &str)]) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_keng"))
            .env("KENG_LANG", "en")
            .envs(env.iter().copied())
            .args(["serve", "--port", "0", "--root"])
            .arg(site.root())
            .stderr(Stdio::piped())
            .stdout(Stdio::null())
            .spawn()
            .unwrap();
        let stderr = child.stderr.take();
        let (tx, log) = channel();
        // From here on, dropping the server (even in a panic) stops the process.
        let mut server = Server { child, port: 0, log };
        if let Some(stderr) = stderr {
            std::thread::spawn(move || {
                for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                    let _ = tx.send(line);
                }
            });
        }
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let line = server
                .log
                .recv_timeout(deadline.saturating_duration_since(Instant::now()))
                .expect("keng serve did not start");
            if let Some(rest) = line.strip_prefix("Serving http://127.0.0.1:") {
                server.port = rest.split('/').next().and_then(|p| p.parse().ok()).unwrap_or(0);
                return server;
            }
        }
    }

    /// A raw GET, so paths reach the server exactly as written.
    fn get(&self, path: &str) -> (u16, String, String) {
        self.get_as(path, "localhost")
    }

    /// A raw GET with the given `Host` header.
    fn get_as(&self, path: &str, host: &str) -> (u16, String, String) {
        let mut s = TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        write!(s, "GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n").unwrap();
        let mut raw = Vec::new();
        s.read_to_end(&mut raw).unwrap();
        let text = String::from_utf8_lossy(&raw).into_owned();
        let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
        let status = head.split(' ').nth(1).and_then(|c| c.parse().ok()).unwrap_or(0);
        (status, head.to_lowercase(), body.to_string())
    }

    /// Opens the event stream; returns a receiver of event names and data.
    fn events(&self) -> Receiver<String> {
        let mut s = TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        write!(
            s,
            "GET /__keng/events HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n\r\n"
        )
        .unwrap();
        let (tx, rx) = channel();
        std::thread::spawn(move || {
            for line in BufReader::new(s).lines().map_while(Result::ok) {
                if line.starts_with("event:") || line.starts_with("data:") {
                    let _ = tx.send(line);
                }
            }
        });
        std::thread::sleep(Duration::from_millis(300));
        rx
    }

    fn stop(mut self) -> Duration {
        let started = Instant::now();
        let _ = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status();
        let _ = self.child.wait();
        started.elapsed()
    }
}

impl Drop for Server {
    /// A failing test still leaves no server behind.
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Waits for an event line containing `want`, skipping others.
fn wait_for(events: &Receiver<String>, want: &str) -> String {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let line = events
            .recv_timeout(deadline.saturating_duration_since(Instant::now()))
            .unwrap_or_else(|_| panic!("no event with {want:?}"));
        if line.contains(want) {
            return line;
        }
    }
}

/// Every page the server answers equals the same page of a fresh full build
/// of the site as it is on disk now (the reload script aside); asked right
/// after a reload, pages come from a quick update or the render on demand.
/// Every other file (feeds, the search index) equals it too once the
/// background work has caught up.
fn assert_serves_a_fresh_build(site: &TestSite, server: &Server) {
    let mut opts = keng::BuildOptions::new(site.root());
    opts.base_url = Some(format!("http://127.0.0.1:{}", server.port));
    let fresh = keng::build_to_memory(&opts).unwrap();
    let served = |rel: &str| {
        let url = format!("/{}", rel.trim_end_matches("index.html"));
        let (status, _, body) = server.get(&url);
        assert_eq!(status, 200, "{url}");
        body.replace("<script src=\"/__keng/reload.js\" defer></script>", "")
    };
    let (pages, others): (Vec<_>, Vec<_>) = fresh.iter().partition(|(rel, _)| rel.ends_with(".html"));
    for (rel, bytes) in pages {
        assert_eq!(served(rel), String::from_utf8_lossy(bytes), "{rel}");
    }
    let deadline = Instant::now() + Duration::from_secs(10);
    for (rel, bytes) in others {
        let want = String::from_utf8_lossy(bytes);
        while served(rel) != want && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(100));
        }
        assert_eq!(served(rel), want, "{rel}");
    }
}

const ARTICLE: &str = "content/tin-tuc/tieng-keng-an-ninh.md";

#[test]
fn serves_from_memory_with_the_reload_script() {
    let site = TestSite::fixture("minimal");
    let server = Server::start(&site);
    let (status, head, body) = server.get("/tin-tuc/tieng-keng-an-ninh/");
    assert_eq!(status, 200);
    assert!(head.contains("content-type: text/html; charset=utf-8"), "{head}");
    assert!(head.contains("cache-control: no-store"), "{head}");
    assert!(
        body.contains("<script src=\"/__keng/reload.js\" defer></script></body>"),
        "{body}"
    );
    // The stylesheet under its fingerprinted name, as the page links it.
    let href = body
        .split("<link rel=\"stylesheet\" href=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("the page links its stylesheet");
    let path = &href[href.find("/style.").expect("style.HASH.css")..];
    assert!(keng::emit::is_fingerprinted(path.trim_start_matches('/')), "{path}");
    let (status, head, _) = server.get(path);
    assert_eq!(status, 200);
    assert!(head.contains("text/css; charset=utf-8"));
    let (status, _, body) = server.get("/khong-co/");
    assert_eq!(status, 404);
    assert!(body.contains("<html"), "the theme's 404 page");
    assert!(!site.exists("public"), "serve never writes public/");
    assert!(server.stop() < Duration::from_secs(1), "SIGTERM stops within a second");
}

#[test]
fn requests_cannot_leave_the_site() {
    let site = TestSite::fixture("minimal");
    let secret = site.read("site.toml");
    let server = Server::start(&site);
    for path in [
        "/../site.toml",
        "/%2e%2e/site.toml",
        "/%2E%2E/%2e%2e/etc/passwd",
        "/..%2fsite.toml",
        "/%5c..%5csite.toml",
        "/..\\site.toml",
        "//etc/passwd",
        "/tin-tuc/../../site.toml",
    ] {
        let (status, _, body) = server.get(path);
        assert_ne!(status, 200, "{path}");
        assert!(!body.contains("base_url"), "{path} leaked {secret}");
    }
    let (status, _, body) = server.get("/tin-tuc/");
    assert_eq!(status, 200, "no directory listings, the section's page: {body}");
    assert!(body.contains("<h1>Tin tức</h1>"));
    // DNS rebinding: a page of another site that points its name at
    // 127.0.0.1 sends its own name as Host, and is refused.
    for host in ["evil.example", "evil.example:80", "127.0.0.1.nip.io"] {
        let (status, _, body) = server.get_as("/tin-tuc/", host);
        assert_eq!(status, 403, "{host}");
        assert!(
            body.contains("localhost") && !body.contains("Tin tức"),
            "{host}: {body}"
        );
    }
    let (status, _, _) = server.get_as("/tin-tuc/", &format!("127.0.0.1:{}", server.port));
    assert_eq!(status, 200);
    server.stop();
}

#[test]
fn edits_reload_errors_show_and_clear() {
    let site = TestSite::fixture("minimal");
    let server = Server::start(&site);
    let events = server.events();
    // An ordinary save.
    site.write(ARTICLE, site.read(ARTICLE).replace("Mở đầu bài.", "Mở đầu bài đã sửa."));
    wait_for(&events, "event: reload");
    assert!(
        server
            .get("/tin-tuc/tieng-keng-an-ninh/")
            .2
            .contains("Mở đầu bài đã sửa.")
    );
    // A broken file: the overlay gets file:line, the last good pages stay.
    site.write("content/tin-tuc/hong.md", "+++\ntitle = \"x\n+++\n");
    let failed = wait_for(&events, "hong.md:2:11");
    assert!(failed.contains("invalid basic string"), "{failed}");
    assert!(
        server
            .get("/tin-tuc/tieng-keng-an-ninh/")
            .2
            .contains("Mở đầu bài đã sửa.")
    );
    // Fixed: the overlay goes away.
    std::fs::remove_file(site.path("content/tin-tuc/hong.md")).unwrap();
    wait_for(&events, "event: ok");
    wait_for(&events, "event: reload");
    // Atomic save (write elsewhere, rename over) as many editors do.
    site.write(
        "content/tin-tuc/.tam.md",
        site.read(ARTICLE).replace("đã sửa", "lần ba"),
    );
    std::fs::rename(site.path("content/tin-tuc/.tam.md"), site.path(ARTICLE)).unwrap();
    wait_for(&events, "event: reload");
    assert!(
        server
            .get("/tin-tuc/tieng-keng-an-ninh/")
            .2
            .contains("Mở đầu bài lần ba.")
    );
    // A new file and a whole folder moved in.
    site.write(
        "content/tin-tuc/moi.md",
        "+++\ntitle = \"Bài mới\"\ndate = 2021-01-05\n+++\n",
    );
    wait_for(&events, "event: reload");
    assert_eq!(server.get("/tin-tuc/moi/").0, 200);
    std::fs::rename(site.path("content/tin-tuc"), site.path("content/tin-moi")).unwrap();
    wait_for(&events, "event: reload");
    assert_eq!(server.get("/tin-moi/moi/").0, 200);
    assert_eq!(server.get("/tin-tuc/moi/").0, 404);
    server.stop();
}

#[test]
fn editor_leftovers_do_not_rebuild_and_css_swaps_in_place() {
    let site = TestSite::fixture("minimal");
    let server = Server::start(&site);
    let events = server.events();
    while server.log.try_recv().is_ok() {}
    for junk in [
        "content/tin-tuc/.bai.md.swp",
        "content/tin-tuc/bai.md~",
        "content/tin-tuc/4913",
        "content/tin-tuc/#bai.md#",
    ] {
        site.write(junk, "x");
    }
    std::thread::sleep(Duration::from_millis(800));
    assert!(server.log.try_recv().is_err(), "swap and backup files are ignored");
    site.write("static/extra.css", "body { color: red; }");
    wait_for(&events, "event: css");
    assert_eq!(server.get("/extra.css").2, "body { color: red; }");
    // The new folder and its file may come as two changes, each taken in
    // by a render on demand (an edit made while one is pending defers to
    // it): wait until the preview is quiet. The sitemap waits for the
    // background render.
    assert_eq!(server.get("/sitemap.xml").0, 200);
    while server.log.recv_timeout(Duration::from_millis(500)).is_ok() {}
    while events.try_recv().is_ok() {}
    // Editing it again: the file alone is copied.
    site.write("static/extra.css", "body { color: blue; }");
    wait_for(&events, "event: css");
    assert!(
        server
            .log
            .recv_timeout(Duration::from_secs(5))
            .unwrap()
            .starts_with("Copied static/extra.css")
    );
    assert_eq!(server.get("/extra.css").2, "body { color: blue; }");
    // The site's own style.css replaces the theme's: pages link it under its
    // fingerprinted name, which gets an edit at once (the css swap refetches it).
    site.write("static/style.css", "body { color: red; }");
    wait_for(&events, "event: css");
    let page = server.get("/tin-tuc/tieng-keng-an-ninh/").2;
    let href = page
        .split("<link rel=\"stylesheet\" href=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap()
        .to_string();
    let linked = &href[href.find("/style.").unwrap()..];
    assert_eq!(server.get(linked).2, "body { color: red; }");
    site.write("static/style.css", "body { color: green; }");
    wait_for(&events, "event: css");
    assert_eq!(
        server.get(linked).2,
        "body { color: green; }",
        "the linked name swaps at once"
    );
    server.stop();
}

#[test]
fn the_served_site_equals_a_fresh_build_after_edits() {
    let site = TestSite::fixture("pagination");
    let server = Server::start(&site);
    let events = server.events();
    site.write(
        "content/tin-tuc/ban-tin-2.md",
        site.read("content/tin-tuc/ban-tin-2.md")
            .replace("Bản tin số 2", "Bản tin thứ hai"),
    );
    wait_for(&events, "event: reload");
    std::fs::remove_file(site.path("content/tin-tuc/ban-tin-4.md")).unwrap();
    wait_for(&events, "event: reload");
    site.write(
        "content/tin-tuc/ban-tin-9.md",
        "+++\ntitle = \"Bản tin số 9\"\ndate = 2021-02-01\ntags = [\"an ninh\"]\n+++\nChín.\n",
    );
    wait_for(&events, "event: reload");
    assert_serves_a_fresh_build(&site, &server);
    server.stop();
}

#[test]
fn every_kind_of_edit_serves_what_a_fresh_build_gives() {
    let site = TestSite::fixture("pagination");
    // The render after a change waits, so pages come from the render on demand.
    let server = Server::start_with(&site, &[("KENG_TEST_RENDER_DELAY_MS", "1500")]);
    let events = server.events();
    let changes: [(&str, &dyn Fn()); 8] = [
        ("a template", &|| {
            site.write(
                "templates/page.html",
                "<!doctype html>\n<html lang=\"vi\"><title>{{ page.title }}</title>\n<body><h1>Mẫu mới: {{ page.title }}</h1>{{ page.content | safe }}</body></html>\n",
            )
        }),
        ("a new entry", &|| {
            site.write(
                "content/tin-tuc/ban-tin-moi.md",
                "+++\ntitle = \"Bản tin mới\"\ndate = 2022-03-01\ntags = [\"tuần tra\"]\n+++\nNgười dân nói \"yên tâm\" -- tốt.\n",
            )
        }),
        ("a renamed entry", &|| {
            std::fs::rename(
                site.path("content/tin-tuc/ban-tin-3.md"),
                site.path("content/tin-tuc/ban-tin-ba.md"),
            )
            .unwrap()
        }),
        ("a deleted entry", &|| {
            std::fs::remove_file(site.path("content/tin-tuc/ban-tin-1.md")).unwrap()
        }),
        // Folders: the load walks content/ again instead of applying the
        // watcher's changes to the files it knew.
        ("a new folder with an entry", &|| {
            site.write(
                "content/tin-tuc/thang-3/hop-to-dan-pho.md",
                "+++\ntitle = \"Họp tổ dân phố\"\ndate = 2022-03-05\n+++\nBàn về camera.\n",
            )
        }),
        ("a deleted folder", &|| {
            std::fs::remove_dir_all(site.path("content/tin-tuc/thang-3")).unwrap()
        }),
        ("site.toml", &|| {
            site.write(
                "site.toml",
                site.read("site.toml")
                    .replacen("title = ", "title = \"Công an xã Hiệp Thạnh\"\n# ", 1),
            )
        }),
        ("a setting bodies are converted with", &|| {
            site.write(
                "site.toml",
                site.read("site.toml") + "\n[markdown]\nsmart_punctuation = true\n",
            )
        }),
    ];
    for (what, change) in changes {
        // A change may come in two batches (a new folder, then its file):
        // the events of the one before are old news.
        std::thread::sleep(Duration::from_millis(300));
        while events.try_recv().is_ok() {}
        change();
        let reload = wait_for(&events, "event:");
        assert_eq!(reload, "event: ok", "after {what}");
        wait_for(&events, "event: reload");
        assert_serves_a_fresh_build(&site, &server);
    }
    assert!(server.get("/tin-tuc/ban-tin-2/").2.contains("Mẫu mới: Bản tin số 2"));
    assert!(server.get("/").2.contains("Công an xã Hiệp Thạnh"));
    let page = server.get("/tin-tuc/ban-tin-moi/").2;
    assert!(page.contains("“yên tâm” – tốt"), "{page}");
    server.stop();
}

#[test]
fn a_template_that_fails_on_a_page_keeps_its_last_good_version() {
    let site = TestSite::fixture("minimal");
    let server = Server::start_with(&site, &[("KENG_TEST_RENDER_DELAY_MS", "500")]);
    let events = server.events();
    let good = server.get("/tin-tuc/tieng-keng-an-ninh/").2;
    while server.log.try_recv().is_ok() {}
    // It compiles; it fails only when a page is rendered.
    site.write(
        "templates/page.html",
        "<!doctype html><html><body>{{ page.extra.nothing.deeper }}</body></html>\n",
    );
    wait_for(&events, "event: reload");
    let (status, _, page) = server.get("/tin-tuc/tieng-keng-an-ninh/");
    assert_eq!((status, page), (200, good), "the last good version, rendered on demand");
    wait_for(&events, "event: failed");
    assert!(wait_for(&events, "data:").contains("nothing"));
    // The console says so too, once the background render has failed.
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let line = server
            .log
            .recv_timeout(deadline.saturating_duration_since(Instant::now()))
            .expect("no failure on the console");
        if line.starts_with("Build failed after templates") {
            break;
        }
    }
    // The new folder and its file may have come in two batches, each with
    // its reload: those events are old news once the failure is told.
    while events.try_recv().is_ok() {}
    site.write(
        "templates/page.html",
        "<!doctype html><html><body>{{ page.title }}</body></html>\n",
    );
    wait_for(&events, "event: reload");
    let deadline = Instant::now() + Duration::from_secs(10);
    while !server
        .get("/tin-tuc/tieng-keng-an-ninh/")
        .2
        .starts_with("<!doctype html><html><body>Tiếng")
    {
        assert!(Instant::now() < deadline, "the fixed template is never served");
        std::thread::sleep(Duration::from_millis(50));
    }
    assert_serves_a_fresh_build(&site, &server);
    server.stop();
}

#[test]
fn a_body_edit_renders_one_page_and_the_rest_catches_up() {
    let site = TestSite::fixture("minimal");
    let server = Server::start(&site);
    let events = server.events();
    while server.log.try_recv().is_ok() {}
    // Text after <!-- more -->: no list shows it.
    site.write(
        ARTICLE,
        site.read(ARTICLE)
            .replace("Khi có trộm, người dân gõ kẻng.", "Khi có trộm, cả xóm gõ kẻng."),
    );
    wait_for(&events, "event: reload");
    let line = server.log.recv_timeout(Duration::from_secs(5)).unwrap();
    assert!(
        line.starts_with("Updated content/tin-tuc/tieng-keng-an-ninh.md in"),
        "the quick path: {line}"
    );
    assert!(server.get("/tin-tuc/tieng-keng-an-ninh/").2.contains("cả xóm gõ kẻng"));
    // The full build in the background brings the search index along.
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let (_, _, shard) = server.get("/tim-kiem/index/t-xo.json");
        if shard.contains("\"xom\"") {
            break;
        }
        assert!(Instant::now() < deadline, "the search index never caught up: {shard}");
        std::thread::sleep(Duration::from_millis(100));
    }
    server.stop();
}

#[test]
fn a_title_and_date_edit_updates_the_lists_that_show_it() {
    let site = TestSite::fixture("pagination");
    let server = Server::start(&site);
    let events = server.events();
    while server.log.try_recv().is_ok() {}
    // New title, an older date (it moves to the last list page) and a term it was not in.
    let file = "content/tin-tuc/ban-tin-4.md";
    site.write(file, "+++\ntitle = \"Bản tin bốn, sửa tên\"\ndate = 2019-06-01T08:00:00+07:00\ntags = [\"an ninh\", \"Tiếng kẻng\"]\n+++\nNội dung bản tin 4.\n");
    wait_for(&events, "event: reload");
    let line = server.log.recv_timeout(Duration::from_secs(5)).unwrap();
    assert!(
        line.starts_with("Updated content/tin-tuc/ban-tin-4.md in"),
        "lists updated without a full build: {line}"
    );
    // What the quick update served equals a fresh full build.
    assert_serves_a_fresh_build(&site, &server);
    assert!(server.get("/tags/tieng-keng/").2.contains("Bản tin bốn, sửa tên"));
    // A title alone (the order stays): only the list pages showing it change.
    while server.log.try_recv().is_ok() {}
    let file = "content/tin-tuc/ban-tin-2.md";
    site.write(file, site.read(file).replace("Bản tin số 2", "Bản tin hai"));
    wait_for(&events, "event: reload");
    assert!(
        server
            .log
            .recv_timeout(Duration::from_secs(5))
            .unwrap()
            .starts_with("Updated content/tin-tuc/ban-tin-2.md")
    );
    assert_serves_a_fresh_build(&site, &server);
    server.stop();
}

#[test]
fn a_warning_sign_edit_updates_its_category_pages_and_totals() {
    let site = TestSite::fixture("kinds");
    let server = Server::start(&site);
    let events = server.events();
    while server.log.try_recv().is_ok() {}
    // A new count and a category of its own: totals, the section page and
    // a new category page change.
    let file = "content/bien-canh-bao/cnc.toml";
    site.write(
        file,
        site.read(file)
            .replace("count = 300", "count = 12")
            .replace("Tội phạm công nghệ cao", "Lừa đảo qua mạng"),
    );
    wait_for(&events, "event: reload");
    let line = server.log.recv_timeout(Duration::from_secs(5)).unwrap();
    assert!(
        line.starts_with("Updated content/bien-canh-bao/cnc.toml in"),
        "the quick path: {line}"
    );
    assert!(
        server
            .get("/bien-canh-bao/loai/lua-dao-qua-mang/")
            .2
            .contains("Biển công nghệ cao")
    );
    assert_serves_a_fresh_build(&site, &server);
    server.stop();
}

#[test]
fn an_edited_photo_is_processed_without_a_full_build() {
    let site = TestSite::fixture("minimal");
    site.write(
        "content/tin-tuc/hoi-nghi/index.md",
        "+++\ntitle = \"Hội nghị\"\ndate = 2021-01-05\nsummary = \"Tổng kết.\"\n+++\n\n![Hội trường](anh.jpg)\n",
    );
    let photo = "content/tin-tuc/hoi-nghi/anh.jpg";
    site.write(photo, testdata::photo_with_exif(400, 300, 1));
    let server = Server::start(&site);
    let events = server.events();
    let before = server.get("/tin-tuc/hoi-nghi/anh-360.webp");
    assert_eq!(before.0, 200);
    while server.log.try_recv().is_ok() {}
    // The same size, turned upside down: new pixels, same markup.
    site.write(photo, testdata::photo_with_exif(400, 300, 3));
    wait_for(&events, "event: reload");
    let line = server.log.recv_timeout(Duration::from_secs(5)).unwrap();
    assert!(
        line.starts_with("Updated content/tin-tuc/hoi-nghi/anh.jpg in"),
        "the quick path: {line}"
    );
    assert_ne!(
        server.get("/tin-tuc/hoi-nghi/anh-360.webp").2,
        before.2,
        "new versions are served"
    );
    assert_serves_a_fresh_build(&site, &server);
    server.stop();
}

/// The in-page error overlay in the page's language (Chromium): the
/// Vietnamese page shows Vietnamese findings, its English translation
/// English ones, both with their codes; both clear when the file is fixed.
#[test]
fn the_error_overlay_speaks_the_page_s_language() {
    if !common::browser_tests_enabled() {
        return;
    }
    let site = TestSite::fixture("translations");
    let server = Server::start(&site);
    let base = format!("http://127.0.0.1:{}", server.port);
    let broken = site.path("content/tin-tuc/hong.md");
    let shots = std::env::var_os("KENG_SCREENSHOTS").unwrap_or_default();
    let args: Vec<&std::ffi::OsStr> = vec![
        base.as_ref(),
        "/tin-tuc/tieng-keng-an-ninh/".as_ref(),
        "/en/tin-tuc/tieng-keng-an-ninh/".as_ref(),
        broken.as_os_str(),
        shots.as_os_str(),
    ];
    let printed = common::run_browser_script("overlay.mjs", &args);
    assert!(printed.contains("lỗi[K0103]"), "{printed}");
    server.stop();
}
