//! Shortcodes through the real CLI: every built-in on a fixture site, a
//! site's own shortcode and one replacing a built-in, shortcodes in a TOML
//! Markdown field, literal text in code, every error at its file:line:col,
//! and nothing an argument holds runs as script.

mod common;

#[allow(dead_code)]
#[path = "../src/images/testdata.rs"]
mod testdata;

use common::TestSite;

const NOW: &str = "2026-11-30T10:00:00+07:00";
const PAGE: &str = "content/tin-tuc/ma-ngan/index.md";
const OUT: &str = "public/tin-tuc/ma-ngan/index.html";

/// The `shortcodes` fixture with its photo.
fn site() -> TestSite {
    let site = TestSite::fixture("shortcodes");
    site.write(
        "content/tin-tuc/ma-ngan/anh.jpg",
        testdata::photo_with_exif(1200, 800, 1),
    );
    site
}

fn build(site: &TestSite) {
    site.build(&["--now", NOW]);
}

/// The part of `html` from `start` up to the next `end` after it.
fn part<'a>(html: &'a str, start: &str, end: &str) -> &'a str {
    let from = html.find(start).unwrap_or_else(|| panic!("{start:?} not in\n{html}"));
    let to = html[from..].find(end).map_or(html.len(), |i| from + i + end.len());
    &html[from..to]
}

#[test]
fn every_builtin_renders_on_the_fixture_page() {
    let site = site();
    build(&site);
    let html = site.read(OUT);
    assert!(
        !html.contains('\u{E000}') && !html.contains('\u{E001}'),
        "a placeholder was left"
    );

    // figure: the photo's versions, caption and credit; no original.
    let figure = part(&html, "<figure class=\"figure\">", "</figure>");
    assert!(figure.contains("<picture><source type=\"image/webp\""), "{figure}");
    assert!(figure.contains("alt=\"Tổ tuần tra nhận cờ\""), "{figure}");
    assert!(
        figure.contains(
            "<figcaption>Tổ tuần tra tại buổi ra mắt <span class=\"credit\">Ảnh: Công an xã</span></figcaption>"
        ),
        "{figure}"
    );
    assert!(!site.exists("public/tin-tuc/ma-ngan/anh.jpg"));
    assert!(site.exists("public/tin-tuc/ma-ngan/anh-640.webp"));

    // hotline inside a sentence: one link; on its own line: the box with
    // site.toml's number and the guide's.
    assert!(html.contains(
        "<p>Khi cần, bà con gọi <a class=\"call-inline\" href=\"tel:113\">113</a> hoặc xem các số dưới đây.</p>"
    ));
    let box_ = part(&html, "<div class=\"hotline-box\">", "</div>");
    assert!(
        box_.contains("<a class=\"call\" href=\"tel:113\">113</a> Gọi khẩn cấp"),
        "{box_}"
    );
    assert!(
        box_.contains("<a class=\"call\" href=\"tel:156\">156</a> Báo cuộc gọi lừa đảo"),
        "{box_}"
    );
    assert!(!html.contains("<p><div"), "a block inside a paragraph");

    // callouts: a role and a visible label for each type.
    let tip = part(&html, "<div class=\"callout callout-tip\" role=\"note\">", "</div>");
    assert!(tip.contains("<strong>Mẹo hay: Mẹo</strong>"), "{tip}");
    assert!(tip.contains("<strong>113</strong>"), "the body is Markdown: {tip}");
    assert!(
        tip.contains("href=\"https://hiepan.example.vn/lua-dao/goi-dien/\""),
        "@/ links work in a body: {tip}"
    );
    assert!(part(&html, "callout-note", "</div>").contains("<strong>Lưu ý</strong>"));
    assert!(part(&html, "callout-warning", "</div>").contains("<strong>Cảnh báo</strong>"));

    // guide card and the alerts in force.
    let card = part(&html, "<div class=\"guide-card\">", "</div>");
    assert!(card.contains("<a href=\"https://hiepan.example.vn/lua-dao/goi-dien/\">Giả danh công an gọi điện</a>"));
    assert!(card.contains("Kẻ gian gọi điện xưng là công an"), "{card}");
    let alerts = part(&html, "<div class=\"alert-list\">", "</div>");
    assert!(
        alerts.contains("Cuộc gọi giả danh công an</a> (Nghiêm trọng, Xã Hiệp An)"),
        "{alerts}"
    );

    // video: a poster linking to the video, nothing loaded from the host.
    let video = part(&html, "<figure class=\"video\"", "</figure>");
    assert!(video.contains("data-embed=\"https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1\""));
    assert!(video.contains("<a class=\"video-link\" href=\"https://www.youtube.com/watch?v=dQw4w9WgXcQ\">"));
    assert!(video.contains("Lễ ra mắt tổ tuần tra") && video.contains("Xem trên YouTube"));
    assert!(!html.contains("<iframe"));
    for (i, _) in html.match_indices(" src=\"") {
        let url = &html[i + 6..];
        assert!(
            url.starts_with("https://hiepan.example.vn/"),
            "loads from elsewhere: {}",
            &url[..60]
        );
    }
    let script = html
        .split("<script src=\"https://hiepan.example.vn/")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("the video script");
    assert!(
        script.starts_with("video.") && keng::emit::is_fingerprinted(script),
        "{script}"
    );
    assert!(site.exists(&format!("public/{script}")));
    assert!(
        !site.read("public/index.html").contains("video.js"),
        "the script is only where a video is"
    );

    // Code is literal; the escape writes a shortcode as text.
    assert!(html.contains("<code>{{ hotline() }}</code>, và viết nguyên văn: {{ hotline() }}.</p>"));
    assert!(html.contains("<pre><code>{{ figure(src=\"khong-co.jpg\", alt=\"x\") }}"));
    // In a list item, the box belongs to the item.
    let item = part(
        &html,
        "<li>\n<p>Trong danh sách:</p>\n<div class=\"hotline-box\">",
        "</div>\n</li>",
    );
    assert!(item.contains("tel:156"), "{item}");
}

#[test]
fn shortcodes_in_headings_summaries_sections_and_crlf_text() {
    let site = site();
    site.write(
        "content/tin-tuc/bai.md",
        "+++\r\ntitle = \"Bài\"\r\ndate = 2026-11-20\r\n+++\r\n\r\nĐầu {{ hotline(number=\"113\") }}.\r\n\r\n{% callout(title=\"Tóm\") %}\r\nThân.\r\n{% end %}\r\n\r\n<!-- more -->\r\n\r\n## Gọi ngay {{ hotline(number=\"113\") }}\r\n",
    );
    site.write(
        "content/tin-tuc/_index.md",
        "+++\ntitle = \"Tin tức\"\n+++\n\n{{ hotline() }}\n",
    );
    build(&site);
    let html = site.read("public/tin-tuc/bai/index.html");
    assert!(
        html.contains("<h2 id=\"goi-ngay\">Gọi ngay <a class=\"call-inline\" href=\"tel:113\">113</a></h2>"),
        "{html}"
    );
    assert!(html.contains("<strong>Lưu ý: Tóm</strong>"));
    let list = site.read("public/tin-tuc/index.html");
    assert!(list.contains("<div class=\"hotline-box\">"), "the section's text");
    let summary = part(&list, "<div class=\"summary\"><p>Đầu", "</div>\n</div>");
    assert!(
        summary.contains("tel:113") && summary.contains("callout-note"),
        "{summary}"
    );
    assert!(!list.contains('\u{E000}'));
}

#[test]
fn a_shortcode_works_in_a_markdown_field_of_a_kind() {
    let site = site();
    build(&site);
    let html = site.read("public/lua-dao/goi-dien/index.html");
    let callout = part(&html, "<div class=\"callout callout-warning\" role=\"note\">", "</div>");
    assert!(callout.contains("<strong>Cảnh báo: Nhớ kỹ</strong>"), "{callout}");
    assert!(
        callout.contains("Gọi <a class=\"call-inline\" href=\"tel:113\">113</a> khi nghi ngờ."),
        "{callout}"
    );
}

#[test]
fn english_pages_have_english_labels() {
    let site = site();
    let config = site
        .read("site.toml")
        .replace("base_url", "language = \"en\"\nbase_url");
    site.write("site.toml", config);
    build(&site);
    let html = site.read(OUT);
    assert!(html.contains("<strong>Tip: Mẹo</strong>") && html.contains("<strong>Warning</strong>"));
    assert!(html.contains("Watch on YouTube") && html.contains("Photo: Công an xã"));
}

#[test]
fn a_guide_card_follows_the_page_language() {
    let site = site();
    let guide = site.read("content/lua-dao/goi-dien.toml");
    site.write(
        "content/lua-dao/goi-dien.en.toml",
        guide.replace("Giả danh công an gọi điện", "Callers posing as police"),
    );
    let page = "+++\ntitle = \"Bài\"\ndate = 2026-11-20\n+++\n\n{{ guide(path=\"@/lua-dao/goi-dien.toml\") }}\n";
    site.write("content/tin-tuc/bai.md", page);
    site.write("content/tin-tuc/bai.en.md", page);
    build(&site);
    let en = site.read("public/en/tin-tuc/bai/index.html");
    assert!(
        en.contains("<a href=\"https://hiepan.example.vn/en/lua-dao/goi-dien/\">Callers posing as police</a>"),
        "{en}"
    );
    assert!(en.contains("<p class=\"guide-card-label\">Anti-fraud guide</p>"));
    let vi = site.read("public/tin-tuc/bai/index.html");
    assert!(vi.contains("<a href=\"https://hiepan.example.vn/lua-dao/goi-dien/\">Giả danh công an gọi điện</a>"));
}

#[test]
fn site_shortcodes_take_typed_arguments_and_replace_builtins() {
    let site = site();
    site.write(
        "templates/shortcodes/callout.html",
        "<section class=\"hop-rieng\" aria-label=\"{{ title }}\">{{ body }}</section>\n",
    );
    site.write(
        PAGE,
        "+++\ntitle = \"Bài\"\ndate = 2026-11-20\n+++\n\n{% callout(title=\"Riêng\") %}\nThân **bài**.\n{% end %}\n\n{{ luu_y(muc=2, nhan=[\"a\", \"b\"]) }}\n\n{% luu_y(muc=3) %}x{% end %}\n",
    );
    build(&site);
    let html = site.read(OUT);
    assert!(
        html.contains(
            "<section class=\"hop-rieng\" aria-label=\"Riêng\"><p>Thân <strong>bài</strong>.</p>\n</section>"
        ),
        "{html}"
    );
    assert!(html.contains("<p class=\"luu-y\" data-muc=\"2\">a, b</p>"));
    assert!(html.contains("<p class=\"luu-y\" data-muc=\"3\"></p>"));
}

#[test]
fn arguments_and_bodies_cannot_add_script() {
    let site = site();
    site.write(
        PAGE,
        concat!(
            "+++\ntitle = \"Bài\"\ndate = 2026-11-20\n+++\n\n",
            "{% callout(title=\"\\\"><script>alert(1)</script>\") %}\n<script>alert(2)</script><img src=x onerror=alert(3)>\n{% end %}\n\n",
            "{{ luu_y(muc=1, nhan=[\"<script>alert(4)</script>\"]) }}\n\n",
            "{{ figure(src=\"https://example.vn/a.png\\\" onerror=\\\"alert(5)\", alt=\"\\\" onload=\\\"alert(6)\") }}\n\n",
            "{{ video(url=\"https://youtu.be/dQw4w9WgXcQ\", title=\"<b onmouseover=alert(7)>x</b>\") }}\n",
        ),
    );
    build(&site);
    let html = site.read(OUT);
    let main = part(&html, "<main", "</main>");
    assert!(!main.contains("<script"), "{main}");
    // Handlers stay quoted text: never an attribute of a real tag.
    for attribute in [
        "onerror=\"alert",
        "onload=\"alert",
        "<b onmouseover",
        "onerror=alert(3)>",
    ] {
        assert!(!main.contains(attribute), "{attribute} in {main}");
    }
    assert!(main.contains("&lt;script&gt;alert(4)&lt;&#x2F;script&gt;") || main.contains("&lt;script&gt;alert(4)"));
}

/// A page whose body is `body`, built: it must fail with an error at
/// `position` of the page whose line holds `words`.
fn fails_at(body: &str, position: &str, words: &str) {
    let site = site();
    site.write(
        "content/tin-tuc/bai.md",
        format!("+++\ntitle = \"Bài\"\ndate = 2026-11-20\n+++\n\n{body}"),
    );
    let run = site.build_fails();
    site.assert_error_at(&run, "content/tin-tuc/bai.md", position, words);
}

#[test]
fn unknown_shortcodes_suggest_the_nearest() {
    fails_at(
        "Xin chào.\n\n{{ hotlin() }}\n",
        "8:1: error: ",
        "unknown shortcode `hotlin`",
    );
    let site = site();
    site.write("content/tin-tuc/bai.md", "+++\ntitle = \"Bài\"\n+++\n{{ calout() }}\n");
    let run = site.build_fails();
    assert!(run.stderr.contains("did you mean `callout`?"), "{}", run.stderr);
    assert!(
        run.stderr
            .contains("alert_list, callout, figure, guide, hotline, luu_y, video")
    );
}

#[test]
fn arguments_are_checked_against_the_signature() {
    fails_at(
        "A {{ hotline(numbr=\"113\") }}\n",
        "6:14: error: ",
        "no argument `numbr`",
    );
    fails_at(
        "{{ figure(src=\"anh.jpg\") }}\n",
        "6:1: error: ",
        "needs the argument `alt`",
    );
    fails_at(
        "{{ luu_y(muc=\"hai\") }}\n",
        "6:10: error: ",
        "argument `muc` of `luu_y` is a whole number, given \"hai\"",
    );
    fails_at(
        "{% callout(type=\"danger\") %}\nx\n{% end %}\n",
        "6:12: error: ",
        "one of \"note\", \"warning\", \"tip\"",
    );
    fails_at("{{ callout() }}\n", "6:1: error: ", "`callout` needs a body");
    fails_at("{% hotline() %}x{% end %}\n", "6:1: error: ", "`hotline` takes no body");
}

#[test]
fn syntax_errors_point_at_the_problem() {
    fails_at(
        "Đầu.\n\n{% callout() %}\nKhông đóng.\n",
        "8:1: error: ",
        "`callout` is not closed",
    );
    fails_at("Đầu.\n{% end %}\n", "7:1: error: ", "`{% end %}` without a block");
    fails_at("{{ hotline(number=\"113) }}\n", "6:19: error: ", "no closing \"");
    fails_at("{{ hotline(number=\"113\" }}\n", "6:25: error: ", "`,` or `)` expected");
    fails_at("{{ hotline }}\n", "6:4: error: ", "needs parentheses");
}

#[test]
fn builtin_values_are_checked() {
    fails_at(
        "{{ video(url=\"https://example.vn/le.mp4\", title=\"Lễ\") }}\n",
        "6:1: error: ",
        "`video` does not know the address",
    );
    fails_at(
        "{{ guide(path=\"@/lua-dao/khong-co.toml\") }}\n",
        "6:1: error: ",
        "no entry content/lua-dao/khong-co.toml",
    );
    fails_at("{{ hotline(number=\"999\") }}\n", "6:1: error: ", "no hotline 999");
    fails_at(
        "{{ figure(src=\"khong-co.jpg\", alt=\"x\") }}\n",
        "6:1: error: ",
        "image `khong-co.jpg` not found",
    );
    fails_at(
        "{{ figure(src=\"javascript:alert(1)\", alt=\"x\") }}\n",
        "6:11: error: ",
        "argument `src` of `figure` is a script address",
    );
    fails_at(
        "Xem [số {{ hotline(number=\"113\") }}](https://x.vn).\n",
        "6:9: error: ",
        "`hotline` makes a link but stands inside a link",
    );
    fails_at(
        "Gọi ngay {{ hotline() }} nhé.\n",
        "6:10: error: ",
        "`hotline` makes a block",
    );
    let site = site();
    site.write(
        "content/tin-tuc/bai.md",
        "+++\ntitle = \"Bài\"\n+++\n{{ video(url=\"https://x.vn/v\", title=\"x\") }}\n",
    );
    let run = site.build_fails();
    assert!(run.stderr.contains("YouTube") && run.stderr.contains("Facebook") && run.stderr.contains("Vimeo"));
}

#[test]
fn a_template_error_names_the_content_and_the_template() {
    let site = site();
    site.write("templates/shortcodes/hong.html", "<p>\n{{ chua_co | upper }}</p>\n");
    site.write(
        "content/tin-tuc/bai.md",
        "+++\ntitle = \"Bài\"\n+++\n\nA.\n\n{{ hong() }}\n",
    );
    let run = site.build_fails();
    site.assert_error_at(
        &run,
        "content/tin-tuc/bai.md",
        "7:1: error: ",
        "shortcode `hong` failed",
    );
    let template = site.path("templates/shortcodes/hong.html");
    assert!(
        run.stderr.contains(&format!("{}:2:", template.display())),
        "the template's line: {}",
        run.stderr
    );
}

#[test]
fn a_wrong_declaration_is_an_error_at_the_template() {
    let site = site();
    site.write(
        "templates/shortcodes/sai.html",
        "{# keng shortcode\n[args]\nsrc = \"text\"\n#}\n<p></p>\n",
    );
    let run = site.build_fails();
    site.assert_error_at(
        &run,
        "templates/shortcodes/sai.html",
        "3:1: error: ",
        "unknown argument type `text`",
    );
}

#[test]
fn a_failed_build_keeps_the_previous_site_and_check_reports_shortcodes() {
    let site = site();
    build(&site);
    let before = site.tree("public");
    site.write(
        "content/tin-tuc/bai.md",
        "+++\ntitle = \"Bài\"\n+++\n{{ figur(src=\"a.jpg\") }}\n",
    );
    site.build_fails();
    assert_eq!(site.tree("public"), before);
    let check = site.keng(&["check"]);
    assert_eq!(check.code, 1, "{}", check.stderr);
    site.assert_error_at(
        &check,
        "content/tin-tuc/bai.md",
        "4:1: error: ",
        "unknown shortcode `figur`",
    );
    assert!(check.stderr.contains("did you mean `figure`?"));
}

#[test]
fn new_articles_carry_a_commented_example_that_builds() {
    let site = site();
    site.write(
        "content/tin-tuc/_index.md",
        "+++\ntitle = \"Tin tức\"\nkind = \"article\"\n+++\n",
    );
    let run = site.keng(&["new", "article", "Tin mới"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = site.read("content/tin-tuc/tin-moi.md");
    assert!(text.contains("{{ figure(src=") && text.contains("{% callout(type=\"warning\""));
    build(&site);
    let html = site.read("public/tin-tuc/tin-moi/index.html");
    assert!(
        !html.contains("figure(") && !html.contains("callout"),
        "the example is not shown"
    );
}

/// In Chromium (KENG_BROWSER_TESTS=1, see `.ci/run`): axe finds nothing on
/// pages using every built-in, the video facade makes no request outside
/// the site until clicked and is a link without JavaScript; and the W3C
/// checker finds no error in the fixture's pages.
#[test]
fn builtins_are_accessible_valid_and_load_nothing_from_video_hosts_before_a_click() {
    if !common::browser_tests_enabled() {
        return;
    }
    let repo = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let site = site();
    let out = site.path("public");
    let port = common::serve(out.clone());
    let base = format!("http://127.0.0.1:{port}");
    site.build(&["--now", NOW, "--base-url", &base]);
    let shots = repo.join("target/screenshots");
    common::run_browser_script("shortcodes.mjs", &[base.as_ref(), shots.as_ref()]);

    let (pages, report) = common::vnu_errors(&out);
    assert!(report.is_empty(), "vnu found errors in {pages} pages:\n{report}");
}
