//! The editor's commands through the CLI: `check`, `new`, `init`, and how
//! findings are printed.

mod common;

use std::io::Write;

use common::TestSite;

const NOW: &str = "2026-11-30T10:00:00+07:00";

fn check(site: &TestSite, extra: &[&str]) -> common::Run {
    let mut args = vec!["check", "--now", NOW];
    args.extend_from_slice(extra);
    site.keng(&args)
}

#[test]
fn check_reports_each_finding_at_its_place() {
    let site = TestSite::fixture("check");
    let run = check(&site, &[]);
    assert_eq!(run.code, 1, "errors fail the check:\n{}", run.stderr);
    let at = |file: &str| site.path(file).display().to_string();
    let expected = [
        format!(
            "{}:8:22: error: link to /tin-tuc/khong-co/, but the site has no such page or file",
            at("content/tin-tuc/lien-ket-hong.md")
        ),
        format!(
            "{}:8:55: error: link to /tin-tuc/tieng-keng-an-ninh/#khong-co-muc, but that page has no element with id \"khong-co-muc\"",
            at("content/tin-tuc/lien-ket-hong.md")
        ),
        format!(
            "{}:10:1: error: image `anh-khong-co.png` not found",
            at("content/tin-tuc/lien-ket-hong.md")
        ),
        format!(
            "{}: warning: nothing links to this file of the page bundle tin-tuc/bo-anh/index.md",
            at("content/tin-tuc/bo-anh/thua.png")
        ),
        format!(
            "{}:6:1: warning: an image without alt text",
            at("content/tin-tuc/bo-anh/index.md")
        ),
        format!(
            "{}:2:1: warning: the title \"Tiếng kẻng an ninh vang lên ở Hiệp An\" is also the title of tin-tuc/tieng-keng-an-ninh.md",
            at("content/tin-tuc/trung-ten.md")
        ),
        format!(
            "{}:2:1: warning: this article has no summary",
            at("content/tin-tuc/khong-tom-tat.md")
        ),
        format!(
            "{}:3:1: warning: the date 2030-01-01 is in the future",
            at("content/tin-tuc/tuong-lai.md")
        ),
        format!(
            "{}:7:1: warning: this alert expired on 2020-02-01 but its urgency still says \"Immediate\"",
            at("content/canh-bao/cu.toml")
        ),
    ];
    for want in &expected {
        assert!(
            run.stderr.contains(want.as_str()),
            "missing\n  {want}\nin\n{}",
            run.stderr
        );
    }
    // The broken link of a template is one finding with the number of pages, not one per page.
    assert_eq!(
        run.stderr
            .matches("link to https://hiepan.example.vn/gioi-thieu/")
            .count(),
        1,
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("other pages)"), "{}", run.stderr);
    assert!(run.stderr.contains(": 4 errors, 6 warnings."), "{}", run.stderr);
    assert!(!site.exists("public"), "check writes nothing");
}

#[test]
fn check_shows_the_source_line_and_hint() {
    let site = TestSite::fixture("check");
    let run = check(&site, &[]);
    assert!(
        run.stderr.contains("8 | Xem [trang không có](/tin-tuc/khong-co/)"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("help: fix the address"), "{}", run.stderr);
}

#[test]
fn check_json_parses_and_counts() {
    let site = TestSite::fixture("check");
    let run = check(&site, &["--format", "json"]);
    assert_eq!(run.code, 1);
    let doc: serde_json::Value = serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("{e}: {}", run.stdout));
    assert_eq!(doc["errors"], 4);
    assert_eq!(doc["warnings"], 6);
    let first = &doc["findings"].as_array().unwrap()[0];
    assert!(first["path"].as_str().unwrap().ends_with("cu.toml"), "{first}");
    assert_eq!(first["line"], 7);
    assert_eq!(first["severity"], "warning");
}

#[test]
fn warnings_alone_pass_and_build_errors_are_check_errors() {
    let site = TestSite::fixture("minimal");
    site.write(
        "content/tin-tuc/khong-tom-tat.md",
        "+++\ntitle = \"K\"\ndate = 2020-11-04\n+++\n",
    );
    let run = check(&site, &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("0 errors, 1 warning."), "{}", run.stderr);
    site.write("content/tin-tuc/hong.md", "+++\ntitle = \"x\n+++\n");
    let run = check(&site, &[]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("hong.md:2:"), "{}", run.stderr);
}

#[test]
fn build_summary_counts_entries_by_kind_and_warnings() {
    let site = TestSite::fixture("kinds");
    let run = site.build(&["--now", NOW]);
    let last = run.stderr.lines().last().unwrap();
    assert!(
        last.starts_with(
            "Built 13 pages (alert 2, article 1, camera 2, diem_tiep_dan 1, guide 2, model 2, sign 3) and 8 sections"
        ),
        "{last}"
    );
    assert!(last.contains("0 errors, 0 warnings"), "{last}");
    let quiet = site.keng(&["build", "-q", "--now", NOW]);
    assert_eq!(quiet.code, 0);
    assert!(
        quiet.stderr.is_empty(),
        "-q prints nothing on success: {}",
        quiet.stderr
    );
    let verbose = site.keng(&["build", "-v", "--now", NOW]);
    assert!(
        verbose.stderr.contains("markdown") && verbose.stderr.contains(" ms"),
        "{}",
        verbose.stderr
    );
}

#[test]
fn colour_follows_no_color() {
    let site = TestSite::fixture("bad-field-types");
    let coloured = std::process::Command::new(env!("CARGO_BIN_EXE_keng"))
        .env("KENG_LANG", "en")
        .args(["build", "--root"])
        .arg(site.root())
        .env("CLICOLOR_FORCE", "1")
        .env_remove("NO_COLOR")
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&coloured.stderr).contains('\x1b'),
        "CLICOLOR_FORCE colours"
    );
    let plain = std::process::Command::new(env!("CARGO_BIN_EXE_keng"))
        .env("KENG_LANG", "en")
        .args(["build", "--root"])
        .arg(site.root())
        .env("CLICOLOR_FORCE", "1")
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&plain.stderr);
    assert!(!text.contains('\x1b'), "NO_COLOR wins: {text}");
    assert!(text.contains("sai-kieu.md:3:8: error[K0204]:"), "{text}");
}

#[test]
fn new_creates_an_entry_of_every_kind_that_builds() {
    let site = TestSite::fixture("kinds");
    let cases = [
        (
            "article",
            "Cảnh báo lừa đảo qua điện thoại",
            "content/tin-tuc/canh-bao-lua-dao-qua-dien-thoai.md",
        ),
        ("model", "Đổi gạo lấy vũ khí", "content/mo-hinh/doi-gao-lay-vu-khi.toml"),
        (
            "sign",
            "Biển chợ Phú Hội",
            "content/bien-canh-bao/bien-cho-phu-hoi.toml",
        ),
        ("camera", "Camera Quốc lộ 20", "content/camera/camera-quoc-lo-20.toml"),
        (
            "guide",
            "Giả danh nhân viên điện lực",
            "content/lua-dao/gia-danh-nhan-vien-dien-luc.toml",
        ),
        (
            "alert",
            "Lừa đảo mùa cà phê",
            "content/canh-bao/lua-dao-mua-ca-phe.toml",
        ),
        (
            "diem_tiep_dan",
            "Trụ sở xã Phú Hội",
            "content/tiep-dan/tru-so-xa-phu-hoi.toml",
        ),
    ];
    for (kind, title, file) in cases {
        let run = site.keng(&["new", kind, title]);
        assert_eq!(run.code, 0, "{kind}: {}", run.stderr);
        let text = site.read(file);
        assert!(text.contains(title), "{kind}: {text}");
        assert!(
            text.contains("bắt buộc (required)"),
            "{kind}: required fields are commented"
        );
        let again = site.keng(&["new", kind, title]);
        assert_eq!(again.code, 1, "{kind}: refuses to overwrite");
        assert!(again.stderr.contains("already exists"), "{}", again.stderr);
        assert_eq!(site.read(file), text, "{kind}: file untouched");
    }
    let today = chrono::Local::now().date_naive().to_string();
    assert!(
        site.read("content/tin-tuc/canh-bao-lua-dao-qua-dien-thoai.md")
            .contains(&format!("date = {today}"))
    );
    // Every new entry passes the kind's schema; the values left to fill in are warnings.
    let run = site.build(&[]);
    assert!(run.stderr.contains("\"ĐIỀN VÀO\" is still here"), "{}", run.stderr);
    let unknown = site.keng(&["new", "chot_gac", "X"]);
    assert_eq!(unknown.code, 1);
    assert!(
        unknown.stderr.contains("unknown kind \"chot_gac\""),
        "{}",
        unknown.stderr
    );
}

#[test]
fn init_makes_a_site_that_builds_and_checks_clean() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("xa-moi");
    let keng = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_keng"))
            .env("KENG_LANG", "en")
            .args(args)
            .output()
            .unwrap()
    };
    let init = keng(&["init", target.to_str().unwrap()]);
    assert!(init.status.success(), "{}", String::from_utf8_lossy(&init.stderr));
    let root = target.to_str().unwrap();
    let build = keng(&["build", "--root", root]);
    assert!(build.status.success(), "{}", String::from_utf8_lossy(&build.stderr));
    let check = keng(&["check", "--root", root]);
    let text = String::from_utf8_lossy(&check.stderr);
    assert!(check.status.success() && text.contains(": 0 errors,"), "{text}");
    for file in [
        "site.toml",
        "content/tin-tuc/trang-thong-tin-moi.md",
        "content/mo-hinh/tieng-keng-an-ninh.toml",
        "content/phong-chong-lua-dao/gia-danh-cong-an.toml",
        "content/canh-bao/canh-bao-mau.toml",
    ] {
        assert!(target.join(file).exists(), "{file}");
    }
    let ignored = std::fs::read_to_string(target.join(".gitignore")).unwrap();
    assert!(
        ignored.contains("/public") && ignored.contains("/.keng-cache"),
        "{ignored}"
    );
    // Refuses a folder that is not empty, unless --force.
    let again = keng(&["init", root]);
    assert_eq!(again.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&again.stderr).contains("not empty"));
    assert!(keng(&["init", root, "--force"]).status.success());
}

/// A small HTTP server on 127.0.0.1 for external-link checks: `/ok` answers
/// 200, `/gone` 404, `/flaky` 503 the first time and 200 after.
fn serve() -> (u16, std::thread::JoinHandle<()>) {
    let server = tiny_http::Server::http("127.0.0.1:0").unwrap();
    let port = server.server_addr().to_ip().unwrap().port();
    let handle = std::thread::spawn(move || {
        let mut flaky_seen = false;
        // Stops by itself when no request comes for a while.
        while let Ok(Some(mut request)) = server.recv_timeout(std::time::Duration::from_secs(5)) {
            let mut body = String::new();
            let _ = request.as_reader().read_to_string(&mut body);
            let code = match request.url() {
                "/ok" => 200,
                "/flaky" if !flaky_seen => {
                    flaky_seen = true;
                    503
                }
                "/flaky" => 200,
                _ => 404,
            };
            let _ = request.respond(tiny_http::Response::empty(code));
        }
    });
    (port, handle)
}

#[test]
fn external_links_are_checked_against_a_local_server() {
    let (port, server) = serve();
    let site = TestSite::fixture("minimal");
    let mut file = std::fs::File::create(site.path("content/tin-tuc/ngoai.md")).unwrap();
    write!(file, "+++\ntitle = \"Ngoài\"\ndate = 2020-11-01\nsummary = \"s\"\n+++\n[a](http://127.0.0.1:{port}/ok)\n\n[b](http://127.0.0.1:{port}/gone)\n\n[c](http://127.0.0.1:{port}/flaky)\n").unwrap();
    drop(file);
    let offline = check(&site, &[]);
    assert_eq!(
        offline.code, 0,
        "without --external nothing is requested: {}",
        offline.stderr
    );
    let run = check(&site, &["--external"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let want = format!(
        "{}:8:5: error: external link http://127.0.0.1:{port}/gone answers HTTP 404",
        site.path("content/tin-tuc/ngoai.md").display()
    );
    assert!(run.stderr.contains(&want), "{}", run.stderr);
    assert!(
        !run.stderr.contains("/flaky answers"),
        "retried after 503: {}",
        run.stderr
    );
    assert!(!run.stderr.contains("/ok answers"));
    drop(server);
}

/// The warnings found in an entry's body reach `keng build`, which reads
/// bodies again in the Markdown stage instead of keeping them from loading.
#[test]
fn build_reports_the_warnings_found_in_bodies() {
    let site = TestSite::fixture("minimal");
    site.write(
        "content/can-bo-sung.md",
        "+++\ntitle = \"Cần bổ sung\"\ndate = 2026-11-01\n+++\n\nMở đầu.\n\n![](https://example.org/anh.png)\n\nGọi số ĐIỀN VÀO.\n",
    );
    let run = site.build(&["--now", NOW, "--lang", "en"]);
    let at = site.path("content/can-bo-sung.md").display().to_string();
    assert!(
        run.stderr
            .contains(&format!("{at}:8:1: warning: an image without alt text")),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains(&format!("{at}:10:8: warning: \"ĐIỀN VÀO\" is still here")),
        "{}",
        run.stderr
    );
}
