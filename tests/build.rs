//! `keng build` through the real binary, one fixture site per feature.

mod common;

use common::{TestSite, assert_error_at};

const ARTICLE: &str = "public/tin-tuc/tieng-keng-an-ninh/index.html";

// --- 1. config ---------------------------------------------------------------

#[test]
fn config_errors_name_key_line_and_expected_type() {
    let site = TestSite::fixture("bad-config");
    let run = site.build_fails();
    assert!(run.stderr.contains("site.toml:3:"), "{}", run.stderr);
    assert!(
        run.stderr.contains("expected u32") || run.stderr.contains("integer"),
        "{}",
        run.stderr
    );
    site.write(
        "site.toml",
        "title = \"X\"\nbase_url = \"https://x.vn\"\nbase_ulr = \"https://x.vn\"\n",
    );
    let run = site.build_fails();
    assert!(
        run.stderr.contains("site.toml:3:1: error: unknown key `base_ulr`"),
        "{}",
        run.stderr
    );
}

#[test]
fn invalid_base_url_is_reported_at_its_line() {
    let site = TestSite::fixture("minimal");
    site.write("site.toml", "title = \"X\"\n\nbase_url = \"hiepan.example.vn\"\n");
    let run = site.build_fails();
    assert!(
        run.stderr
            .contains("site.toml:3:12: error: `base_url` must be an absolute http(s) URL"),
        "{}",
        run.stderr
    );
}

#[test]
fn base_url_flag_replaces_config() {
    let site = TestSite::fixture("minimal");
    site.build(&["--base-url", "http://127.0.0.1:8000/"]);
    assert!(site.read(ARTICLE).contains("href=\"http://127.0.0.1:8000/tin-tuc/\""));
}

// --- 2. load -----------------------------------------------------------------

#[test]
fn nested_sections_data_entries_and_sorting() {
    let site = TestSite::fixture("sections");
    site.build(&[]);
    let models = site.read("public/mo-hinh/index.html");
    // sort_by = "weight": lighter first.
    let a = models.find("Thanh niên xung kích").unwrap();
    let b = models.find("Đổi gạo lấy vũ khí").unwrap();
    assert!(a < b, "weight order");
    // The nested section is listed and has its own page under the parent URL.
    assert!(models.contains("href=\"https://hiepan.example.vn/mo-hinh/xa/\""));
    assert!(
        site.read("public/mo-hinh/xa/to-tuan-tra/index.html")
            .contains("Tổ tuần tra tự quản")
    );
    // A TOML data entry becomes a page with its fields available.
    let camera = site.read("public/camera/ntl/index.html");
    assert!(camera.contains("<h1>Camera Quốc lộ 20</h1>"));
    assert!(camera.contains("<dt>count</dt><dd>102</dd>"), "{camera}");
}

#[test]
fn page_bundle_files_are_copied_next_to_the_page() {
    let site = TestSite::fixture("bundle");
    site.build(&[]);
    assert_eq!(
        site.read("public/tin-tuc/hoi-nghi-tong-ket-2020/anh.txt"),
        "not really a picture\n"
    );
    assert_eq!(
        site.read("public/tin-tuc/hoi-nghi-tong-ket-2020/tai-lieu/bao-cao.pdf"),
        "PDF\n"
    );
    let page = site.read("public/tin-tuc/hoi-nghi-tong-ket-2020/index.html");
    assert!(page.contains("<img src=\"anh.txt\" alt=\"Ảnh hội nghị\""), "{page}");
    assert!(!site.exists("public/tin-tuc/hoi-nghi/anh.txt"));
}

#[test]
fn drafts_are_skipped_unless_asked_for() {
    let site = TestSite::fixture("drafts");
    site.build(&[]);
    assert!(!site.exists("public/tin-tuc/nhap/index.html"));
    assert!(!site.read("public/tin-tuc/index.html").contains("Bản nháp"));
    site.build(&["--drafts"]);
    assert!(site.read("public/tin-tuc/nhap/index.html").contains("Bản nháp"));
}

// --- 3. slugs and URLs ---------------------------------------------------------

#[test]
fn vietnamese_names_become_ascii_slugs() {
    let site = TestSite::fixture("minimal");
    site.write(
        "content/Tin tức Đức Trọng/_index.md",
        "+++\ntitle = \"Đức Trọng\"\n+++\n",
    );
    site.write(
        "content/Tin tức Đức Trọng/Tiếng kẻng an ninh.md",
        "+++\ntitle = \"Kẻng\"\n+++\n",
    );
    site.build(&[]);
    assert!(site.exists("public/tin-tuc-duc-trong/tieng-keng-an-ninh/index.html"));
}

#[test]
fn two_entries_with_one_url_is_an_error_naming_both() {
    let site = TestSite::fixture("duplicate-url");
    let run = site.build_fails();
    assert!(run.stderr.contains("/tin-tuc/tieng-keng-an-ninh/"), "{}", run.stderr);
    assert!(
        run.stderr.contains("tieng-keng-an-ninh.md") && run.stderr.contains("trung.md"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_section_or_alias_at_the_search_page_is_an_error_not_a_race() {
    // The search page and a section at its address wrote the same file,
    // and which won depended on which thread came last.
    let site = TestSite::fixture("minimal");
    site.build(&[]);
    let before = site.tree("public");
    site.write("content/tim-kiem/_index.md", "+++\ntitle = \"Tìm kiếm\"\n+++\n");
    let run = site.build_fails();
    assert!(
        run.stderr
            .contains("the URL /tim-kiem/ is produced both by keng's search page and by")
            && run.stderr.contains("tim-kiem/_index.md"),
        "{}",
        run.stderr
    );
    assert_eq!(site.tree("public"), before);
    std::fs::remove_dir_all(site.path("content/tim-kiem")).unwrap();
    let entry = site.read("content/tin-tuc/tieng-keng-an-ninh.md");
    site.write(
        "content/tin-tuc/tieng-keng-an-ninh.md",
        entry.replacen("+++\n", "+++\naliases = [\"/tim-kiem/\"]\n", 1),
    );
    let run = site.keng(&["build", "--lang", "vi"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("địa chỉ /tim-kiem/ được tạo ra bởi cả trang tìm kiếm của keng lẫn"),
        "{}",
        run.stderr
    );
    assert_eq!(site.tree("public"), before);
}

#[test]
fn a_url_conflict_names_a_taxonomy_or_an_alias_in_the_reader_s_language() {
    let site = TestSite::fixture("minimal");
    site.build(&[]);
    let before = site.tree("public");
    // The build fails, names the owner in each language, and keeps `public/`.
    let fails_naming = |vi: &str, en: &str| {
        for (lang, owner) in [("vi", vi), ("en", en)] {
            let run = site.keng(&["build", "--lang", lang]);
            assert_eq!(run.code, 1, "{}", run.stderr);
            assert!(run.stderr.contains(owner), "{lang}: {}", run.stderr);
        }
        assert_eq!(site.tree("public"), before);
    };
    // A section at the address of the `tags` taxonomy.
    site.write("content/tags/_index.md", "+++\ntitle = \"Thẻ\"\n+++\n");
    fails_naming("cách phân loại `tags` trong site.toml", "taxonomy `tags` of site.toml");
    std::fs::remove_dir_all(site.path("content/tags")).unwrap();
    // An old address of one entry that is another entry's address.
    site.write(
        "content/tin-tuc/bai-moi.md",
        "+++\ntitle = \"Bài mới\"\naliases = [\"/tin-tuc/tieng-keng-an-ninh/\"]\n+++\nNội dung.\n",
    );
    fails_naming("bai-moi.md (trong aliases của nó)", "bai-moi.md (in its aliases)");
}

// --- 4. Markdown -----------------------------------------------------------------

#[test]
fn headings_toc_and_summary() {
    let site = TestSite::fixture("minimal");
    site.build(&[]);
    let html = site.read(ARTICLE);
    assert!(html.contains("<h2 id=\"cach-hoat-dong\">Cách hoạt động</h2>"));
    assert!(html.contains("<h2 id=\"cach-hoat-dong-1\">Cách hoạt động</h2>"));
    // The front matter summary wins over the text before <!-- more -->, in
    // lists as in the meta description.
    let list = site.read("public/tin-tuc/index.html");
    assert!(
        list.contains("<p>Mô hình kẻng báo động &amp; tuần tra ban đêm.</p>"),
        "{list}"
    );
    assert!(!list.contains("Mở đầu bài.") && !list.contains("Khi có trộm"));
    // The front matter summary is plain text, escaped into the meta description.
    assert!(
        html.contains("content=\"Mô hình kẻng báo động &amp; tuần tra ban đêm.\""),
        "{html}"
    );
}

#[test]
fn internal_and_external_links() {
    let site = TestSite::fixture("links");
    site.build(&[]);
    let html = site.read("public/tin-tuc/lien-ket/index.html");
    assert!(
        html.contains("href=\"https://hiepan.example.vn/tin-tuc/tieng-keng-an-ninh/#cach-hoat-dong\""),
        "{html}"
    );
    assert!(html.contains("href=\"https://hiepan.example.vn/tin-tuc/\""));
    assert!(
        html.contains(
            "<a href=\"https://congan.example.com/?a=1&amp;b=2\" rel=\"noopener noreferrer\">trang ngoài</a>"
        ),
        "{html}"
    );
}

#[test]
fn missing_internal_page_and_anchor_are_errors_at_their_line() {
    let site = TestSite::fixture("missing-link");
    let run = site.build_fails();
    let file = site.path("content/tin-tuc/hong.md").display().to_string();
    assert!(
        run.stderr
            .contains(&format!("{file}:7:5: error: internal link to `@/tin-tuc/khong-co.md`")),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains(&format!("{file}:7:46: error: link to #khong-co-muc")),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("cach-hoat-dong"),
        "the hint lists the headings: {}",
        run.stderr
    );
}

#[test]
fn external_link_attributes_are_configurable() {
    let site = TestSite::fixture("links");
    let config = site.read("site.toml").replace(
        "[extra]",
        "[markdown]\nexternal_links_rel = \"nofollow\"\nexternal_links_new_tab = true\n\n[extra]",
    );
    site.write("site.toml", config);
    site.build(&[]);
    let html = site.read("public/tin-tuc/lien-ket/index.html");
    assert!(
        html.contains("rel=\"nofollow\" target=\"_blank\">trang ngoài</a>"),
        "{html}"
    );
}

// --- 5. templates --------------------------------------------------------------

#[test]
fn site_templates_and_static_files_override_the_theme() {
    let site = TestSite::fixture("overrides");
    site.build(&[]);
    let html = site.read(ARTICLE);
    // page.html from the site; date filter, get_page and get_section work.
    assert!(html.contains("<h1>SITE TEMPLATE Tiếng kẻng an ninh vang lên ở Hiệp An</h1>31 tháng 12, 2020|Tiếng kẻng an ninh vang lên ở Hiệp An|1"), "{html}");
    // section.html still comes from the built-in theme.
    assert!(site.read("public/tin-tuc/index.html").contains("class=\"skip-link\""));
    assert_eq!(site.read("public/style.css"), "body { color: red; }\n");
    assert_eq!(site.read("public/robots.txt"), "hello\n");
}

#[test]
fn a_named_theme_is_layered_over_the_default() {
    let site = TestSite::fixture("theme");
    site.build(&[]);
    assert!(
        site.read("public/tin-tuc/index.html")
            .contains("<h1>THEME SECTION Tin tức</h1>")
    );
    assert!(
        site.read(ARTICLE).contains("class=\"skip-link\""),
        "page.html from the default theme"
    );
    site.write("site.toml", site.read("site.toml").replace("canh-bao", "khong-co"));
    let run = site.build_fails();
    assert!(run.stderr.contains("theme \"khong-co\" not found"), "{}", run.stderr);
}

#[test]
fn template_errors_name_template_line_and_page() {
    let site = TestSite::fixture("template-error");
    let run = site.build_fails();
    let template = site.path("templates/page.html").display().to_string();
    assert!(run.stderr.contains(&format!("{template}:4:")), "{}", run.stderr);
    assert!(
        run.stderr.contains("tieng-keng-an-ninh.md"),
        "names the page: {}",
        run.stderr
    );
}

#[test]
fn unknown_filters_are_reported_at_their_template_line_each() {
    let site = TestSite::fixture("minimal");
    site.write(
        "templates/page.html",
        "{% extends \"base.html\" %}\n{% block content %}<p>Tiếng kẻng {{ page.title | khong_co }} {{ page.slug | khac }}</p>{% endblock content %}\n",
    );
    let run = site.build_fails();
    let template = site.path("templates/page.html").display().to_string();
    // Columns count characters: "ế" is one.
    for want in [
        format!("{template}:2:50: error: Unknown filter `khong_co`"),
        format!("{template}:2:77: error: Unknown filter `khac`"),
    ] {
        assert!(run.stderr.contains(&want), "missing {want}:\n{}", run.stderr);
    }
}

#[test]
fn extending_a_missing_template_names_the_template_that_does() {
    let site = TestSite::fixture("minimal");
    site.write(
        "templates/page.html",
        "{# trang #}\n{% extends \"khong-co.html\" %}\n{% block content %}x{% endblock content %}\n",
    );
    let run = site.build_fails();
    let want = format!(
        "{}:2: error: extends template `khong-co.html`, which does not exist",
        site.path("templates/page.html").display()
    );
    assert!(run.stderr.contains(&want), "missing {want}:\n{}", run.stderr);
}

#[test]
fn template_syntax_errors_name_the_line() {
    let site = TestSite::fixture("template-syntax");
    let run = site.build_fails();
    assert!(
        run.stderr
            .contains(&site.path("templates/page.html").display().to_string()),
        "{}",
        run.stderr
    );
}

#[test]
fn unknown_template_in_front_matter_is_an_error() {
    let site = TestSite::fixture("unknown-template");
    let run = site.build_fails();
    assert!(
        run.stderr
            .contains("khuon.md:1:1: error: template `khong-co.html` does not exist"),
        "{}",
        run.stderr
    );
}

// --- 6. lists -----------------------------------------------------------------------

#[test]
fn sections_and_terms_paginate_newest_first() {
    let site = TestSite::fixture("pagination");
    site.build(&[]);
    // 5 entries, 2 per page: /tin-tuc/, /tin-tuc/trang/2/, /tin-tuc/trang/3/.
    let first = site.read("public/tin-tuc/index.html");
    assert!(first.find("Bản tin số 4").unwrap() < first.find("Bản tin số 3").unwrap());
    assert!(first.contains("href=\"https://hiepan.example.vn/tin-tuc/trang/2/\""));
    assert!(
        site.read("public/tin-tuc/trang/3/index.html")
            .contains("Tiếng kẻng an ninh vang lên")
    );
    assert!(!site.exists("public/tin-tuc/trang/4/index.html"));
    // Page 1 under /trang/1/ redirects to the list itself.
    assert!(
        site.read("public/tin-tuc/trang/1/index.html")
            .contains("url=https://hiepan.example.vn/tin-tuc/")
    );
    // Taxonomy: list of terms and a paginated page per term.
    let tags = site.read("public/tags/index.html");
    assert!(tags.contains("href=\"https://hiepan.example.vn/tags/an-ninh/\""));
    assert!(tags.contains("href=\"https://hiepan.example.vn/tags/tieng-keng/\""));
    assert!(site.exists("public/tags/an-ninh/trang/3/index.html"));
    assert!(
        site.read(ARTICLE)
            .contains("href=\"https://hiepan.example.vn/tags/tieng-keng/\">Tiếng kẻng</a>")
    );
}

// --- 8. output -------------------------------------------------------------------

#[test]
fn two_builds_are_byte_identical() {
    let a = TestSite::fixture("pagination");
    let b = TestSite::fixture("pagination");
    a.build(&["--now", "2021-01-10T00:00:00+07:00"]);
    b.build(&["--now", "2021-01-10T00:00:00+07:00"]);
    let (ta, tb) = (a.tree("public"), b.tree("public"));
    assert!(ta.len() > 10);
    assert_eq!(ta, tb);
}

#[test]
fn unchanged_files_keep_their_mtime_and_stale_files_go() {
    let site = TestSite::fixture("pagination");
    site.build(&[]);
    let mtime = |rel: &str| std::fs::metadata(site.path(rel)).unwrap().modified().unwrap();
    let untouched = "public/tin-tuc/ban-tin-1/index.html";
    let before = mtime(untouched);
    std::thread::sleep(std::time::Duration::from_millis(20));
    site.write(
        "content/tin-tuc/ban-tin-2.md",
        site.read("content/tin-tuc/ban-tin-2.md")
            .replace("Nội dung", "Sửa nội dung"),
    );
    std::fs::remove_file(site.path("content/tin-tuc/ban-tin-4.md")).unwrap();
    let run = site.build(&[]);
    assert_eq!(mtime(untouched), before);
    assert!(
        site.read("public/tin-tuc/ban-tin-2/index.html")
            .contains("Sửa nội dung")
    );
    assert!(
        !site.exists("public/tin-tuc/ban-tin-4"),
        "stale page removed with its folder"
    );
    assert!(run.stderr.contains("removed"), "{}", run.stderr);
}

#[test]
fn a_broken_build_leaves_the_previous_output_byte_identical() {
    let site = TestSite::fixture("pagination");
    site.build(&[]);
    let before = site.tree("public");
    let mtime = std::fs::metadata(site.path(ARTICLE)).unwrap().modified().unwrap();
    site.write("content/tin-tuc/hong.md", "+++\ntitle = \"x\n+++\n");
    site.build_fails();
    assert_eq!(site.tree("public"), before);
    assert_eq!(
        std::fs::metadata(site.path(ARTICLE)).unwrap().modified().unwrap(),
        mtime
    );
    assert_no_staging_left(&site);
}

#[test]
fn refuses_to_replace_a_folder_keng_did_not_write() {
    let site = TestSite::fixture("minimal");
    site.write("public/my-notes.txt", "keep me");
    let run = site.build_fails();
    assert!(run.stderr.contains("did not write"), "{}", run.stderr);
    assert_eq!(site.read("public/my-notes.txt"), "keep me");
    let run = site.keng(&["build", "--output", site.path("content").to_str().unwrap()]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("would replace the site's own files"),
        "{}",
        run.stderr
    );
}

// --- 9. errors -------------------------------------------------------------------

#[test]
fn bad_toml_in_front_matter() {
    assert_error_at(
        "bad-front-matter-toml",
        "content/tin-tuc/sai.md",
        "2:25: error: ",
        "invalid basic string",
    );
}

#[test]
fn unclosed_missing_and_empty_front_matter() {
    assert_error_at(
        "unclosed-front-matter",
        "content/tin-tuc/mo.md",
        "1:1: error: ",
        "never closed",
    );
    assert_error_at(
        "no-front-matter",
        "content/tin-tuc/tho.md",
        "1:1: error: ",
        "does not start with front matter",
    );
    assert_error_at(
        "empty-file",
        "content/tin-tuc/rong.md",
        "1:1: error: ",
        "the file is empty",
    );
}

#[test]
fn invalid_utf8_is_reported_not_panicked_on() {
    assert_error_at(
        "invalid-utf8",
        "content/tin-tuc/latin1.md",
        "2:12: error: ",
        "not valid UTF-8",
    );
}

#[test]
fn every_field_error_is_reported_at_once() {
    let site = TestSite::fixture("bad-field-types");
    let run = site.build_fails();
    let path = site.path("content/tin-tuc/sai-kieu.md").display().to_string();
    assert!(
        run.stderr
            .contains(&format!("{path}:3:8: error: `date` is not a valid date")),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains(&format!("{path}:4:8: error: `tags` must be a list of strings")),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains(&format!("{path}:5:9: error: unknown key `titel`")),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("did you mean `title`"), "{}", run.stderr);
    assert!(run.stderr.contains("Build failed: 3 errors."), "{}", run.stderr);
}

#[test]
fn errors_in_several_files_are_all_reported() {
    let site = TestSite::fixture("minimal");
    site.write("content/tin-tuc/a.md", "");
    site.write("content/tin-tuc/b.md", "+++\ntitle = 1\n");
    let run = site.build_fails();
    assert!(
        run.stderr.contains("a.md:1:1") && run.stderr.contains("b.md:1:1"),
        "{}",
        run.stderr
    );
}

#[cfg(unix)]
#[test]
fn symlink_loops_are_errors() {
    let site = TestSite::fixture("minimal");
    std::os::unix::fs::symlink("..", site.path("content/tin-tuc/vong")).unwrap();
    let run = site.build_fails();
    assert!(run.stderr.contains("loop"), "{}", run.stderr);
}

#[test]
fn missing_site_toml_and_usage_errors() {
    let site = TestSite::fixture("minimal");
    std::fs::remove_file(site.path("site.toml")).unwrap();
    let run = site.build_fails();
    assert!(run.stderr.contains("no site.toml"), "{}", run.stderr);
    let run = site.keng(&["build", "--now", "hôm nay"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    let run = site.keng(&["buidl"]);
    assert_eq!(run.code, 2);
}

#[test]
fn title_order_and_lists_without_pagination() {
    let site = TestSite::fixture("minimal");
    site.write(
        "site.toml",
        site.read("site.toml").replace("paginate_by = 2", "paginate_by = 0"),
    );
    site.write(
        "content/tin-tuc/_index.md",
        "+++\ntitle = \"Tin\"\nsort_by = \"title\"\n+++\n",
    );
    site.write(
        "content/tin-tuc/z.md",
        "+++\ntitle = \"Ấp Z\"\ntags = [\"an ninh\"]\n+++\n",
    );
    site.write(
        "content/tin-tuc/b.md",
        "+++\ntitle = \"Bản tin B\"\ntags = [\"an ninh\"]\n+++\n",
    );
    site.build(&[]);
    let list = site.read("public/tin-tuc/index.html");
    // "Ấp" sorts as "ap", before "Bản" and "Tiếng".
    let pos = |t: &str| list.find(t).unwrap_or_else(|| panic!("{t} missing"));
    assert!(pos("Ấp Z") < pos("Bản tin B") && pos("Bản tin B") < pos("Tiếng kẻng"));
    assert!(!site.exists("public/tin-tuc/trang"));
    let term = site.read("public/tags/an-ninh/index.html");
    assert_eq!(term.matches("class=\"entry\"").count(), 3, "{term}");
}

#[test]
fn bad_section_sort_order_lists_the_allowed_values() {
    let site = TestSite::fixture("minimal");
    site.write(
        "content/tin-tuc/_index.md",
        "+++\ntitle = \"Tin\"\nsort_by = \"ngay\"\n+++\n",
    );
    let run = site.build_fails();
    assert!(
        run.stderr.contains(
            "_index.md:3:11: error: `sort_by` must be one of \"date\", \"weight\", \"title\", found \"ngay\""
        ),
        "{}",
        run.stderr
    );
}

#[test]
fn an_alias_cannot_write_outside_the_output() {
    let site = TestSite::fixture("minimal");
    site.write(
        "content/tin-tuc/xau.md",
        "+++\ntitle = \"Xấu\"\naliases = [\"../../ngoai/\"]\n+++\n",
    );
    let run = site.build_fails();
    let want = format!(
        "{}:3:1: error: alias \"../../ngoai/\" is not a new path inside the site",
        site.path("content/tin-tuc/xau.md").display()
    );
    assert!(run.stderr.contains(&want), "{}", run.stderr);
    assert!(!site.root().parent().unwrap().join("ngoai").exists());
}

#[test]
fn every_page_links_a_favicon_that_exists() {
    let site = TestSite::fixture("minimal");
    site.build(&[]);
    let home = site.read("public/index.html");
    assert!(home.contains("<link rel=\"icon\" href=\"https://hiepan.example.vn/favicon.svg\" type=\"image/svg+xml\">"));
    assert!(home.contains("href=\"https://hiepan.example.vn/favicon.ico\""));
    assert!(site.read("public/favicon.svg").starts_with("<svg"));
    let ico = std::fs::read(site.path("public/favicon.ico")).unwrap();
    assert_eq!(&ico[..4], &[0, 0, 1, 0], "an ICO header");
}

// --- bodies converted late ----------------------------------------------------

/// `keng build` converts entry bodies as their pages are rendered;
/// `build_to_memory` (as `keng serve`) converts them all first. Both must
/// write the same bytes, on every fixture site that builds.
#[test]
fn converting_bodies_late_writes_what_converting_them_first_does() {
    for name in [
        "minimal",
        "bundle",
        "feeds",
        "kinds",
        "links",
        "overrides",
        "pagination",
        "sections",
        "theme",
        "translations",
    ] {
        let site = TestSite::fixture(name);
        let mut opts = keng::BuildOptions::new(site.root());
        opts.now = Some(chrono::DateTime::parse_from_rfc3339("2026-11-30T10:00:00+07:00").unwrap());
        keng::build(&opts).unwrap_or_else(|e| panic!("{name}: {e}"));
        let first = keng::build_to_memory(&opts).unwrap_or_else(|e| panic!("{name}: {e}"));
        let mut late = site.tree("public");
        late.remove(keng::emit::MARKER);
        assert_eq!(
            late.keys().collect::<Vec<_>>(),
            first.keys().collect::<Vec<_>>(),
            "{name}"
        );
        let differing: Vec<&String> = first.keys().filter(|k| first.get(*k) != late.get(*k)).collect();
        assert!(differing.is_empty(), "{name}: {differing:?}");
    }
}

/// After rendering, a build holds what every page needs of each body
/// (headings, word count, summary) but none of its HTML.
#[test]
fn a_build_keeps_no_body_html_once_its_page_is_written() {
    let site = TestSite::fixture("links");
    let opts = keng::BuildOptions::new(site.root());
    let graph = keng::load_site(&opts, &mut Vec::new()).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        graph.pages.iter().all(|p| p.content.get().is_none()),
        "no body is converted before the pages are"
    );
    let out = keng::emit::MemoryOutput::default();
    keng::render_into(&graph, &opts, &out, &mut Vec::new()).unwrap_or_else(|e| panic!("{e}"));
    for page in &graph.pages {
        let kept = page.content.get().expect("its page converted it");
        assert!(kept.html.is_empty(), "{}: HTML kept", page.source.rel);
    }
    let linked = graph
        .pages
        .iter()
        .find(|p| p.source.rel == "tin-tuc/tieng-keng-an-ninh.md")
        .unwrap();
    let kept = linked.content.get().unwrap();
    assert!(kept.word_count > 0 && kept.toc.iter().any(|h| h.id == "cach-hoat-dong"));
    let html = String::from_utf8(out.into_files()["tin-tuc/tieng-keng-an-ninh/index.html"].clone()).unwrap();
    assert!(html.contains("id=\"cach-hoat-dong\""), "{html}");
}

/// An error found while a body is converted late (a link to a missing
/// entry) still fails the build and leaves the previous site as it was.
#[test]
fn a_body_error_found_while_rendering_leaves_the_previous_output_byte_identical() {
    let site = TestSite::fixture("pagination");
    site.build(&[]);
    let before = site.tree("public");
    site.write(
        "content/tin-tuc/hong.md",
        "+++\ntitle = \"Hỏng\"\ndate = 2026-11-01\n+++\n\nXem [bài](@/tin-tuc/khong-co.md).\n",
    );
    let run = site.build_fails();
    let file = site.path("content/tin-tuc/hong.md").display().to_string();
    assert!(run.stderr.contains(&format!("{file}:6:")), "{}", run.stderr);
    assert_eq!(site.tree("public"), before);
    assert_no_staging_left(&site);
}

/// A section's body is converted before rendering, entries' bodies while
/// it: a build with problems in both reports them all at once.
#[test]
fn problems_of_section_and_entry_bodies_are_reported_together() {
    let site = TestSite::fixture("missing-link");
    site.write(
        "content/tin-tuc/_index.md",
        "+++\ntitle = \"Tin tức\"\n+++\n\nXem [mục cũ](@/cu/_index.md).\n",
    );
    let run = site.build_fails();
    let section = site.path("content/tin-tuc/_index.md").display().to_string();
    let entry = site.path("content/tin-tuc/hong.md").display().to_string();
    assert!(run.stderr.contains(&format!("{section}:5:")), "{}", run.stderr);
    assert!(run.stderr.contains(&format!("{entry}:7:5:")), "{}", run.stderr);
    assert!(run.stderr.contains(&format!("{entry}:7:46:")), "{}", run.stderr);
    assert!(!site.exists("public"), "nothing published");
}

/// No staging folder of a build is left beside the output.
fn assert_no_staging_left(site: &TestSite) {
    let leftovers: Vec<_> = std::fs::read_dir(site.root())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .filter(|n| n.to_string_lossy().contains("keng-staging"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}
