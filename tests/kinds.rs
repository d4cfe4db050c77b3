//! Entry kinds through the CLI: the `kinds` fixture has a valid entry of
//! every kind (and a site-defined one), `kinds-invalid` every kind of mistake.

mod common;

use common::TestSite;

const NOW: &str = "2026-11-30T10:00:00+07:00";

fn built() -> TestSite {
    let site = TestSite::fixture("kinds");
    site.build(&["--now", NOW]);
    site
}

#[test]
fn models_show_their_fields_figures_and_markdown() {
    let site = built();
    let model = site.read("public/mo-hinh/tieng-keng/index.html");
    assert!(model.contains("<h1>Tiếng kẻng an ninh</h1>"), "the name is the title");
    assert!(model.contains("<span lang=\"en\">Security gong</span>"));
    assert!(
        model.contains("<dt>Số kẻng</dt><dd>1.022</dd>"),
        "figures formatted the Vietnamese way: {model}"
    );
    assert!(
        model.contains("Gõ <strong>dồn dập</strong> khi có trộm"),
        "Markdown field rendered"
    );
    assert!(
        model.contains("href=\"https://hiepan.example.vn/tin-tuc/tieng-keng-an-ninh/\""),
        "@/ link inside a field"
    );
    assert!(model.contains("<li>Liên Nghĩa</li>"));
    assert!(model.contains("datetime=\"2019-05-01\">1 tháng 5, 2019</time>"));
    // A Markdown model: front matter fields plus its body.
    let bundle = site.read("public/mo-hinh/to-tuan-tra/index.html");
    assert!(bundle.contains("<h1>Tổ tuần tra tự quản</h1>") && bundle.contains("Tổ đi tuần <strong>ban đêm</strong>."));
    let list = site.read("public/mo-hinh/index.html");
    assert!(list.contains("Tiếng kẻng an ninh") && list.contains("Tổ tuần tra tự quản"));
}

#[test]
fn cameras_are_totalled_by_funder() {
    let site = built();
    let cameras = site.read("public/camera/index.html");
    assert!(cameras.contains("<dd>1.124</dd>"), "102 + 1,022 cameras: {cameras}");
    assert!(cameras.contains("<dd>13</dd>"), "camera-covered roads");
    assert!(cameras.contains("<td>Người dân</td><td class=\"num\">1.022</td>"));
    assert!(site.read("public/camera/cong-an/index.html").contains("<dd>102</dd>"));
}

#[test]
fn signs_are_grouped_by_category_and_commune_with_a_page_per_category() {
    let site = built();
    let signs = site.read("public/bien-canh-bao/index.html");
    assert!(signs.contains("<dd>310</dd>"), "6 + 4 + 300 signs: {signs}");
    assert!(
        signs
            .contains("href=\"https://hiepan.example.vn/bien-canh-bao/loai/an-ninh-trat-tu/\">An ninh trật tự</a>: 10")
    );
    assert!(signs.contains("<td>Hiệp An</td><td class=\"num\">6</td>"));
    let category = site.read("public/bien-canh-bao/loai/an-ninh-trat-tu/index.html");
    assert!(category.contains("<h1>An ninh trật tự</h1>"));
    assert!(
        category.contains("Biển chợ Hiệp An")
            && category.contains("Biển trường học")
            && !category.contains("Biển công nghệ cao")
    );
    assert!(category.contains("Cảnh giác <em>trộm cắp</em>."));
    assert!(site.exists("public/bien-canh-bao/loai/toi-pham-cong-nghe-cao/index.html"));
}

#[test]
fn guides_hub_groups_by_channel_with_hotlines_first() {
    let site = built();
    let hub = site.read("public/lua-dao/index.html");
    let hotlines = hub.find("class=\"hotlines\"").unwrap();
    let phone = hub.find("id=\"kenh-phone\"").unwrap();
    let sms = hub.find("id=\"kenh-sms\"").unwrap();
    let web = hub.find("id=\"kenh-web\"").unwrap();
    assert!(
        hotlines < phone && phone < sms && sms < web,
        "hotlines, then channels in order"
    );
    assert_eq!(
        hub.matches("href=\"tel:113\"").count(),
        3,
        "113 in the header, the footer and once in the hotlines box: {hub}"
    );
    assert!(hub.contains("href=\"tel:156\""));
    let guide = site.read("public/lua-dao/goi-dien/index.html");
    let order = [
        "Dấu hiệu nhận biết",
        "Cần làm ngay",
        "Nếu đã lỡ chuyển tiền",
        "Báo cho ai",
        "Số điện thoại cần nhớ",
        "Hướng dẫn liên quan",
    ];
    let positions: Vec<usize> = order
        .iter()
        .map(|h| {
            guide
                .find(&format!("<h2>{h}</h2>"))
                .unwrap_or_else(|| panic!("{h} missing"))
        })
        .collect();
    assert!(
        positions.windows(2).all(|w| w[0] < w[1]),
        "fixed order of the guide's parts"
    );
    assert!(guide.contains("<ol class=\"steps\"><li>Cúp máy</li><li>Gọi công an xã</li></ol>"));
    assert!(
        guide.contains("href=\"https://hiepan.example.vn/lua-dao/tin-nhan/\">Tin nhắn giả ngân hàng</a>"),
        "related guide"
    );
}

#[test]
fn current_alerts_come_first_and_show_on_every_page() {
    let site = built();
    let alerts = site.read("public/canh-bao/index.html");
    let current = alerts.find("Cuộc gọi giả danh công an").unwrap();
    let past_heading = alerts.find("Cảnh báo đã hết hiệu lực").unwrap();
    let past = alerts.find("Lừa đảo việc làm mùa cà phê").unwrap();
    assert!(current < past_heading && past_heading < past);
    for page in [
        "public/index.html",
        "public/mo-hinh/tieng-keng/index.html",
        "public/404.html",
    ] {
        assert!(
            site.read(page).contains("class=\"alert-banner\""),
            "{page} shows the banner"
        );
    }
    assert!(
        !site.read("public/index.html").contains("Lừa đảo việc làm mùa cà phê"),
        "expired alerts are not on the home page"
    );
    // After it expires, no banner anywhere.
    site.build(&["--now", "2027-01-15T00:00:00+07:00"]);
    assert!(!site.read("public/index.html").contains("class=\"alert-banner\""));
    assert!(
        site.read("public/canh-bao/index.html")
            .contains("Hiện không có cảnh báo nào đang có hiệu lực.")
    );
}

#[test]
fn a_site_defined_kind_is_validated_and_rendered() {
    let site = built();
    let page = site.read("public/tiep-dan/hiep-an/index.html");
    assert!(page.contains("<h1>Trụ sở công an xã Hiệp An</h1>"));
    assert!(page.contains("Quốc lộ 20, xã Hiệp An"));
    assert!(
        page.contains("Mở cửa <strong>giờ hành chính</strong>."),
        "a Markdown field of a site kind: {page}"
    );
}

#[test]
fn every_mistake_of_every_kind_is_reported_at_its_place() {
    let site = TestSite::fixture("kinds-invalid");
    let run = site.build_fails();
    let expected = [
        (
            "content/bai/khong-ngay.md",
            "1:1",
            "missing required field `date` (kind `article`)",
        ),
        (
            "content/bai/sai-ngay.md",
            "3:8",
            "`date` is not a valid date: \"31/12/2020\"",
        ),
        (
            "content/mo-hinh/thieu-ten.toml",
            "1:1",
            "missing required field `name` (kind `model`)",
        ),
        (
            "content/mo-hinh/sai-kieu.toml",
            "3:12",
            "`communes` must be a list of strings, found \"Hiệp An\"",
        ),
        ("content/mo-hinh/sai-kieu.toml", "4:11", "`started` is not a valid date"),
        (
            "content/mo-hinh/sai-kieu.toml",
            "6:1",
            "`figures` has \"Số kẻng\" = \"nhiều\", which is not a number",
        ),
        (
            "content/camera/sai.toml",
            "1:1",
            "missing required field `funded_by` (kind `camera`)",
        ),
        (
            "content/camera/sai.toml",
            "2:9",
            "`count` must be a whole number from 0 to 1,000,000,000, found \"102\"",
        ),
        (
            "content/camera/sai.toml",
            "3:13",
            "`installed` is not a valid date: \"hôm qua\"",
        ),
        (
            "content/bien/sai.toml",
            "1:1",
            "missing required field `message` (kind `sign`)",
        ),
        (
            "content/bien/sai.toml",
            "3:9",
            "`count` must be a whole number from 0 to 1,000,000,000, found a number 1.5",
        ),
        (
            "content/bien/sai.toml",
            "4:15",
            "`coordinates` must be [latitude, longitude]",
        ),
        ("content/lua-dao/sai.toml", "3:12", "`channels` has \"fax\""),
        (
            "content/lua-dao/sai.toml",
            "4:17",
            "`how_to_report` item 1 has no text `contact`",
        ),
        (
            "content/canh-bao/sai.toml",
            "2:12",
            "`severity` must be one of \"Extreme\", \"Severe\", \"Moderate\", \"Minor\", \"Unknown\", found \"High\"",
        ),
        ("content/canh-bao/sai.toml", "3:11", "`urgency` must be one of"),
        (
            "content/canh-bao/sai.toml",
            "6:11",
            "`expires` is not a valid date: \"mai\"",
        ),
        ("content/canh-bao/sai.toml", "8:12", "`category` must be one of \"Geo\""),
        (
            "content/tiep-dan/sai.toml",
            "1:1",
            "missing required field `address` (kind `diem_tiep_dan`)",
        ),
        (
            "content/tiep-dan/sai.toml",
            "1:8",
            "`name` must be a string, found a whole number 5",
        ),
        ("content/tiep-dan/sai.toml", "2:10", "`opened` is not a valid date"),
        ("content/tiep-dan/loai-la.md", "3:8", "unknown kind \"chot_gac\""),
    ];
    for (file, position, message) in expected {
        let want = format!("{}:{position}: error: {message}", site.path(file).display());
        assert!(run.stderr.contains(&want), "missing\n  {want}\nin\n{}", run.stderr);
    }
    assert!(
        run.stderr
            .contains(&format!("Build failed: {} errors.", expected.len())),
        "{}",
        run.stderr
    );
    // The same findings in Vietnamese, for an editor who reads only that.
    let vi = site.keng_with_env(&["build"], &[("KENG_LANG", "vi")]);
    assert!(
        vi.stderr
            .contains(": lỗi: thiếu trường bắt buộc `date` (loại bài `article`)"),
        "{}",
        vi.stderr
    );
    assert!(!site.exists("public"));
}

#[test]
fn a_related_guide_must_exist() {
    let site = TestSite::fixture("kinds");
    site.write(
        "content/lua-dao/tin-nhan.md",
        "+++\ntitle = \"T\"\nscam = \"S\"\nchannels = [\"sms\"]\nrelated = [\"lua-dao/khong-co.toml\"]\n+++\n",
    );
    let run = site.build_fails();
    site.assert_error_at(
        &run,
        "content/lua-dao/tin-nhan.md",
        "5:12: error: ",
        "related guide `lua-dao/khong-co.toml` does not exist",
    );
}

#[test]
fn bad_kind_declarations_in_site_toml() {
    let site = TestSite::fixture("kinds");
    let config = site
        .read("site.toml")
        .replace("opened = \"date\"", "opened = \"ngay\"")
        .replace("title_field = \"name\"", "title_field = \"ten\"");
    site.write("site.toml", config);
    let run = site.build_fails();
    assert!(
        run.stderr.contains("unknown field type \"ngay\" for `opened`"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("title_field `ten` is not declared"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("site.toml:"), "{}", run.stderr);
}

#[test]
fn a_typo_in_any_kind_is_an_error_with_a_suggestion() {
    let site = TestSite::fixture("kinds");
    site.write(
        "content/tin-tuc/_index.md",
        "+++\ntitle = \"Tin tức\"\nkind = \"article\"\n+++\n",
    );
    site.write(
        "content/tin-tuc/nhap.md",
        "+++\ntitle = \"Nháp\"\ndate = 2020-12-31\ndarft = true\nsumary = \"x\"\ntag = [\"a\"]\naliasses = [\"/cu/\"]\nslg = \"x\"\n+++\nNội dung.\n",
    );
    site.write(
        "content/lua-dao/sai.toml",
        "title = \"Sai\"\nscam = \"Giả danh\"\nchannels = [\"phone\"]\nhotline = [\"113\"]\n",
    );
    let run = site.build_fails();
    for (line, key, suggestion) in [
        (4, "darft", "draft"),
        (5, "sumary", "summary"),
        (6, "tag", "tags"),
        (7, "aliasses", "aliases"),
        (8, "slg", "slug"),
    ] {
        assert!(
            run.stderr.contains(&format!("tin-tuc/nhap.md:{line}:"))
                && run.stderr.contains(&format!("unknown key `{key}`"))
                && run.stderr.contains(&format!("did you mean `{suggestion}`?")),
            "{key} at line {line}: {}",
            run.stderr
        );
    }
    assert!(run.stderr.contains("lua-dao/sai.toml:4:"), "{}", run.stderr);
    assert!(run.stderr.contains("did you mean `hotlines`?"), "{}", run.stderr);
    assert!(!site.exists("public/tin-tuc/nhap/index.html"), "nothing was published");
    // `keng check` says the same.
    let check = site.keng(&["check"]);
    assert_eq!(check.code, 1);
    assert!(check.stderr.contains("unknown key `darft`") || check.stdout.contains("unknown key `darft`"));
    // Custom values under [extra] reach templates.
    assert!(
        site.read("content/mo-hinh/tieng-keng.toml")
            .contains("[extra]\nghi_chu_rieng")
    );
}

#[test]
fn warnings_about_a_site_kind_point_at_its_own_title_and_date_fields() {
    let site = TestSite::fixture("kinds");
    site.write(
        "site.toml",
        site.read("site.toml").replace(
            "title_field = \"name\"",
            "title_field = \"name\"\ndate_field = \"opened\"",
        ),
    );
    // Same name as hiep-an.toml, opened in the future.
    site.write(
        "content/tiep-dan/tru-so-2.toml",
        "address = \"Thôn 2, xã Hiệp An\"\nname = \"Trụ sở công an xã Hiệp An\"\nopened = 2030-01-01\n",
    );
    let run = site.keng(&["check", "--now", "2026-11-30T10:00:00+07:00"]);
    let file = site.path("content/tiep-dan/tru-so-2.toml").display().to_string();
    assert!(
        run.stderr.contains(&format!("{file}:2:1: warning: the title")),
        "the duplicate title is shown at `name`:\n{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains(&format!("{file}:3:1: warning: the date 2030-01-01 is in the future")),
        "the future date is shown at `opened`:\n{}",
        run.stderr
    );
}

#[test]
fn a_site_kind_cannot_take_a_built_in_name() {
    let site = TestSite::fixture("kinds");
    site.write(
        "site.toml",
        format!("{}\n[kinds.sign.fields]\ntitle = \"text\"\n", site.read("site.toml")),
    );
    let run = site.build_fails();
    site.assert_error_at(
        &run,
        "site.toml",
        "18:8: error: ",
        "kind `sign` is built in and cannot be redefined",
    );
}
