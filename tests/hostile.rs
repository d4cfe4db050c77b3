//! Content from many editors is not trusted: what a hostile or careless
//! editor writes must not run script, hide characters, overflow figures or
//! reach outside the site.

mod common;

use common::TestSite;

#[test]
fn script_and_unsafe_urls_never_reach_pages_or_feeds() {
    let site = TestSite::fixture("kinds");
    site.write(
        "content/tin-tuc/doc-hai.md",
        "+++\ntitle = \"Độc hại\"\ndate = 2021-01-02\nsummary = \"x\"\n+++\n\nĐoạn đầu.\n\n<script>alert(1)</script>\n\n<img src=\"a.png\" onerror=\"alert(2)\">\n\n[bấm](javascript:alert(3)) và [dữ liệu](data:text/html,<b>x</b>) và ![ảnh](JavaScript:alert(4))\n\n[gọi](tel:113) [thư](mailto:a@b.vn) [trang](https://a.vn/)\n",
    );
    site.write(
        "content/lua-dao/doc-hai.toml",
        "title = \"Độc hại\"\nscam = \"x\"\nchannels = [\"phone\"]\nhow_it_works = \"Xem <script>alert(5)</script> [đây](javascript:alert(6)).\"\n",
    );
    let run = site.build(&["--now", "2026-11-30T10:00:00+07:00"]);
    let page = site.read("public/tin-tuc/doc-hai/index.html");
    let guide = site.read("public/lua-dao/doc-hai/index.html");
    let feed = site.read("public/atom.xml");
    for (name, text) in [("page", &page), ("guide", &guide), ("feed", &feed)] {
        for bad in [
            "<script>alert",
            "onerror",
            "javascript:",
            "JavaScript:",
            "data:text/html",
        ] {
            assert!(!text.contains(bad), "{name} holds {bad}");
        }
    }
    assert!(page.contains("bấm") && page.contains("href=\"tel:113\"") && page.contains("href=\"mailto:a@b.vn\""));
    assert!(
        page.contains("<img src=\"a.png\">"),
        "the image stays without its handler"
    );
    // The editor is told where.
    for at in ["tin-tuc/doc-hai.md:9:", "tin-tuc/doc-hai.md:13:"] {
        assert!(run.stderr.contains(at), "{at}: {}", run.stderr);
    }
    assert!(run.stderr.contains("lua-dao/doc-hai.toml:4:"), "{}", run.stderr);
    assert!(run.stderr.contains("`javascript:alert(3)`"), "{}", run.stderr);

    // An image field with a script address is an error.
    site.write(
        "content/tin-tuc/anh.md",
        "+++\ntitle = \"Ảnh\"\ndate = 2021-01-03\nsummary = \"x\"\nkind = \"article\"\nimage = \"javascript:alert(7)\"\n+++\nx\n",
    );
    let run = site.build_fails();
    site.assert_error_at(&run, "content/tin-tuc/anh.md", "6:9: error: ", "`image`");
}

#[test]
fn trusted_sites_may_keep_raw_html() {
    let site = TestSite::fixture("minimal");
    let config = site.read("site.toml");
    site.write(
        "site.toml",
        config.replace("[extra]", "[markdown]\nunsafe_html = true\n\n[extra]"),
    );
    site.write(
        "content/tin-tuc/nhung.md",
        "+++\ntitle = \"Nhúng\"\ndate = 2021-01-02\nsummary = \"x\"\n+++\n\n<iframe src=\"https://www.youtube-nocookie.com/embed/x\"></iframe>\n",
    );
    site.build(&[]);
    assert!(site.read("public/tin-tuc/nhung/index.html").contains("<iframe src="));
}

#[test]
fn control_characters_in_titles_are_errors_at_their_line() {
    let site = TestSite::fixture("minimal");
    site.write(
        "content/tin-tuc/chuong.md",
        "+++\ndate = 2021-01-02\ntitle = \"Chuông\\u0007 reo\"\n+++\nx\n",
    );
    let run = site.build_fails();
    site.assert_error_at(&run, "content/tin-tuc/chuong.md", "3:9: error: ", "U+0007");
}

#[test]
fn counts_are_whole_numbers_within_bounds() {
    let site = TestSite::fixture("kinds");
    for (file, count) in [("qua-lon", "9223372036854775807"), ("am", "-5")] {
        site.write(
            &format!("content/camera/{file}.toml"),
            format!("title = \"Camera\"\ncount = {count}\nfunded_by = \"Nhân dân\"\n"),
        );
    }
    let run = site.build_fails();
    for file in ["content/camera/qua-lon.toml", "content/camera/am.toml"] {
        site.assert_error_at(&run, file, "2:9: error: ", "from 0 to 1,000,000,000");
    }
}

#[test]
fn a_top_level_heading_in_the_text_is_demoted_with_a_warning() {
    let site = TestSite::fixture("minimal");
    site.write(
        "content/tin-tuc/h1.md",
        "+++\ntitle = \"Tiêu đề\"\ndate = 2021-01-02\nsummary = \"x\"\n+++\n\n# Lặp tiêu đề\n\n##\n\n## Một\n\n## Hai\n\n## Ba\n",
    );
    let run = site.build(&[]);
    let page = site.read("public/tin-tuc/h1/index.html");
    assert_eq!(page.matches("<h1").count(), 1, "one h1");
    assert!(page.contains("<h2 id=\"lap-tieu-de\">Lặp tiêu đề</h2>"));
    assert!(!page.contains("href=\"#muc\""), "no empty TOC entry");
    assert!(
        run.stderr.contains("tin-tuc/h1.md:7:1") && run.stderr.contains("heading"),
        "{}",
        run.stderr
    );
}

#[test]
fn symlinks_leading_outside_the_site_are_refused() {
    let site = TestSite::fixture("minimal");
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("secret.txt"), "mật khẩu").unwrap();
    std::os::unix::fs::symlink(outside.path().join("secret.txt"), site.path("content/tin-tuc/x.txt")).unwrap();
    std::fs::create_dir_all(site.path("static")).unwrap();
    std::os::unix::fs::symlink(outside.path(), site.path("static/ngoai")).unwrap();
    // A link inside the site is fine.
    site.write("static/anh/a.txt", "a");
    std::os::unix::fs::symlink(site.path("static/anh"), site.path("static/anh-2")).unwrap();
    let run = site.build_fails();
    assert!(
        run.stderr.contains("content/tin-tuc/x.txt") && run.stderr.contains("outside the site folder"),
        "{}",
        run.stderr
    );
    assert!(!site.exists("public"));
    std::fs::remove_file(site.path("content/tin-tuc/x.txt")).unwrap();
    let run = site.build_fails();
    assert!(
        run.stderr.contains("static/ngoai") && run.stderr.contains("outside the site folder"),
        "{}",
        run.stderr
    );
    std::os::unix::fs::symlink(outside.path().join("secret.txt"), site.path("content/tin-tuc/x.txt")).unwrap();
    // A site that means it says so.
    let config = site.read("site.toml");
    site.write("site.toml", format!("allow_outside_links = true\n{config}"));
    site.build(&[]);
    assert_eq!(site.read("public/tin-tuc/x.txt"), "mật khẩu");
    assert_eq!(site.read("public/anh-2/a.txt"), "a");
}

#[test]
fn aliases_that_would_break_redirects_or_generated_files_are_errors() {
    for alias in [
        "/cu bai/",
        "/cu\\tbai/",
        "/cu\\r\\n/x 301",
        "/_redirects",
        "/.keng-output",
        "/sitemap.xml",
    ] {
        let site = TestSite::fixture("minimal");
        site.write(
            "content/tin-tuc/bi-danh.md",
            format!("+++\ntitle = \"Bí danh\"\ndate = 2021-01-02\nsummary = \"x\"\naliases = [\"{alias}\"]\n+++\nx\n"),
        );
        let run = site.build_fails();
        assert!(run.stderr.contains("tin-tuc/bi-danh.md:5:1"), "{alias}: {}", run.stderr);
        assert!(
            run.stderr.contains("is not a new path inside the site"),
            "{alias}: {}",
            run.stderr
        );
    }
}

#[test]
fn base_urls_with_fragments_queries_or_passwords_are_refused() {
    for (url, words) in [
        ("https://e.vn/#x", "fragment"),
        ("https://e.vn/?a=1", "query"),
        ("https://u:p@e.vn", "password"),
        ("http://[::1", "IPv6"),
    ] {
        let site = TestSite::fixture("minimal");
        let config = site.read("site.toml").replace("https://hiepan.example.vn", url);
        site.write("site.toml", config);
        let run = site.build_fails();
        assert!(
            run.stderr.contains("site.toml:2:12") && run.stderr.contains(words),
            "{url}: {}",
            run.stderr
        );
        let site = TestSite::fixture("minimal");
        let run = site.keng(&["build", "--base-url", url]);
        assert_eq!(run.code, 1, "--base-url {url}");
        assert!(
            run.stderr.contains("--base-url") && run.stderr.contains(words),
            "{url}: {}",
            run.stderr
        );
    }
}

#[test]
fn one_summary_rule_for_lists_feeds_and_meta_description() {
    let site = TestSite::fixture("minimal");
    site.write(
        "content/tin-tuc/ca-hai.md",
        "+++\ntitle = \"Cả hai\"\ndate = 2021-01-05\nsummary = \"Tóm tắt đầu trang\"\n+++\n\nĐoạn trước dấu.\n\n<!-- more -->\n\nPhần sau.\n",
    );
    site.write(
        "content/tin-tuc/chi-dau.md",
        "+++\ntitle = \"Chỉ dấu\"\ndate = 2021-01-04\n+++\n\nCông an **xã** & dân.\n\n<!-- more -->\n\nPhần sau.\n",
    );
    site.build(&[]);
    let list = site.read("public/tin-tuc/index.html");
    let feed = site.read("public/atom.xml");
    for (name, text) in [("list", &list), ("feed", &feed)] {
        assert!(text.contains("Tóm tắt đầu trang"), "{name}");
        assert!(!text.contains("Đoạn trước dấu"), "{name}: front matter wins");
    }
    assert!(
        site.read("public/tin-tuc/ca-hai/index.html")
            .contains("<meta name=\"description\" content=\"Tóm tắt đầu trang\">")
    );
    let page = site.read("public/tin-tuc/chi-dau/index.html");
    assert!(
        page.contains("<meta name=\"description\" content=\"Công an xã &amp; dân.\">"),
        "{page}"
    );
}

#[test]
fn protocol_relative_and_upper_case_links_are_external() {
    let site = TestSite::fixture("minimal");
    site.write(
        "content/tin-tuc/lien-ket.md",
        "+++\ntitle = \"Liên kết\"\ndate = 2021-01-02\nsummary = \"x\"\n+++\n\n[a](//example.com/x) [b](HTTP://EXAMPLE.COM/)\n",
    );
    site.build(&[]);
    let page = site.read("public/tin-tuc/lien-ket/index.html");
    assert!(
        page.contains("href=\"//example.com/x\" rel=\"noopener noreferrer\""),
        "{page}"
    );
    assert!(
        page.contains("href=\"HTTP://EXAMPLE.COM/\" rel=\"noopener noreferrer\""),
        "{page}"
    );
}

#[test]
fn check_reports_everything_past_a_broken_internal_link() {
    let site = TestSite::fixture("minimal");
    site.write(
        "content/tin-tuc/gay.md",
        "+++\ntitle = \"Gãy\"\ndate = 2021-01-02\nsummary = \"x\"\n+++\n\nXem [bài](@/tin-tuc/khong-co.md).\n",
    );
    site.write(
        "content/tin-tuc/thieu.md",
        "+++\ntitle = \"Thiếu tóm tắt\"\ndate = 2021-01-03\n+++\nx\n",
    );
    let run = site.keng(&["check"]);
    let all = format!("{}{}", run.stdout, run.stderr);
    assert_eq!(run.code, 1, "{all}");
    assert!(
        all.contains("tin-tuc/gay.md:7:") && all.contains("khong-co.md"),
        "{all}"
    );
    assert!(
        all.contains("tin-tuc/thieu.md") && all.contains("no summary"),
        "the warning is not hidden: {all}"
    );
    assert!(!all.contains("Checked 0 pages"), "{all}");
}

#[test]
fn a_chart_value_that_is_not_a_number_is_reported_at_its_line() {
    let site = TestSite::fixture("minimal");
    site.write(
        "content/thong-ke/_index.md",
        "+++\ntitle = \"Thống kê\"\ntemplate = \"statistics.html\"\n\n[[extra.charts]]\ntitle = \"Khen thưởng\"\ndata = [\n  { label = \"Tập thể\", value = 50 },\n  { label = \"Cá nhân\", value = nan },\n]\n+++\n",
    );
    let run = site.build_fails();
    assert!(run.stderr.contains("thong-ke/_index.md:9:32"), "{}", run.stderr);
    assert!(
        run.stderr.contains("holds nan, which is not a number"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("chart.html"), "{}", run.stderr);
}
