//! The repository's own site (content/ and site.toml) must always build.

use keng::BuildOptions;

#[test]
fn the_reference_site_builds_in_memory() {
    let opts = BuildOptions::new(env!("CARGO_MANIFEST_DIR"));
    let files = keng::build_to_memory(&opts).unwrap_or_else(|e| panic!("{e}"));
    let page =
        |rel: &str| String::from_utf8(files.get(rel).unwrap_or_else(|| panic!("{rel} missing")).clone()).unwrap();
    let article = page("tin-tuc/tong-ket-phong-trao-bao-ve-an-ninh-to-quoc-2020/index.html");
    assert!(article.contains("<html lang=\"vi\">"));
    assert!(article.contains("31 tháng 12, 2020"));
    assert!(article.contains("1.022"));
    // The alias of the year-end article redirects to it.
    assert!(
        page("tin-tuc/hoi-nghi-tong-ket-2020/index.html")
            .contains("url=https://antt-ductrong.example.vn/tin-tuc/tong-ket-phong-trao-bao-ve-an-ninh-to-quoc-2020/")
    );
    assert!(page("index.html").contains("tel:113"));
    assert!(files.contains_key("tags/camera/index.html"));
    assert!(files.contains_key("404.html"));
}

#[test]
fn building_twice_gives_the_same_bytes() {
    let mut opts = BuildOptions::new(env!("CARGO_MANIFEST_DIR"));
    opts.now = Some(chrono::DateTime::parse_from_rfc3339("2021-01-01T08:00:00+07:00").unwrap());
    let a = keng::build_to_memory(&opts).unwrap();
    let b = keng::build_to_memory(&opts).unwrap();
    assert_eq!(a, b);
}

fn reference(now: &str) -> std::collections::BTreeMap<String, String> {
    let mut opts = BuildOptions::new(env!("CARGO_MANIFEST_DIR"));
    opts.now = Some(chrono::DateTime::parse_from_rfc3339(now).unwrap());
    let files = keng::build_to_memory(&opts).unwrap_or_else(|e| panic!("{e}"));
    files
        .into_iter()
        .filter_map(|(k, v)| Some((k, String::from_utf8(v).ok()?)))
        .collect()
}

#[test]
fn the_reference_site_has_every_model_guide_figure_and_chart() {
    let site = reference("2026-11-30T10:00:00+07:00");
    let get = |rel: &str| site.get(rel).unwrap_or_else(|| panic!("{rel} missing"));
    let models = get("mo-hinh/index.html");
    for name in [
        "Tiếng kẻng an ninh",
        "Tuổi trẻ phòng chống tội phạm",
        "Thanh niên xung kích",
        "Tổ tuần tra tự quản dân cử dân nuôi",
        "CLB phòng chống tội phạm",
        "Đổi gạo lấy vũ khí",
    ] {
        assert!(models.contains(name), "model {name}");
    }
    for slug in [
        "tieng-keng-an-ninh",
        "tuoi-tre-phong-chong-toi-pham",
        "thanh-nien-xung-kich",
        "to-tuan-tra-tu-quan",
        "clb-phong-chong-toi-pham",
        "doi-gao-lay-vu-khi",
    ] {
        assert!(
            site.contains_key(&format!("mo-hinh/{slug}/index.html")),
            "model page {slug}"
        );
    }
    let cameras = get("camera/index.html");
    assert!(
        cameras.contains(">102<") && cameras.contains(">1.022<") && cameras.contains("13 tuyến"),
        "camera figures"
    );
    let signs = get("bien-canh-bao/index.html");
    assert!(
        signs.contains(">186<") || signs.contains(": 186"),
        "186 public-order signs"
    );
    assert!(
        signs.contains(">300<") || signs.contains(": 300"),
        "300 high-tech-crime signs"
    );
    assert!(signs.contains(">486<"), "total of both categories");
    let stats = get("thong-ke/index.html");
    assert_eq!(stats.matches("<svg class=\"chart\"").count(), 3, "three charts");
    for figure in ["1.022", "102", "186", "300", "50", "95", "13", "6"] {
        assert!(
            stats.contains(&format!("<td class=\"num\">{figure}</td>")),
            "figure {figure} in a data table"
        );
    }
    let hub = get("phong-chong-lua-dao/index.html");
    let guides: Vec<&String> = site
        .keys()
        .filter(|k| k.starts_with("phong-chong-lua-dao/") && k.matches('/').count() == 2)
        .collect();
    assert!(guides.len() >= 8, "at least 8 guides: {guides:?}");
    for g in &guides {
        let slug = g.split('/').nth(1).unwrap();
        assert!(
            hub.contains(&format!("/phong-chong-lua-dao/{slug}/")),
            "the hub links {slug}"
        );
    }
    assert!(hub.contains("href=\"tel:156\""), "national scam-call hotline");
    // One alert is current on 30 Nov 2026, one is past.
    let alerts = get("canh-bao/index.html");
    assert!(alerts.find("cập nhật định danh").unwrap() < alerts.find("Cảnh báo đã hết hiệu lực").unwrap());
    assert!(get("index.html").contains("class=\"alert-banner\""));
    // The year-end conference article.
    assert!(
        get("tin-tuc/tong-ket-phong-trao-bao-ve-an-ninh-to-quoc-2020/index.html")
            .contains("50 lượt tập thể và 95 lượt cá nhân")
    );
}

/// Only alerts crossing their dates may change the output: not the clock.
#[test]
fn the_clock_does_not_reach_the_output() {
    // Two builds a second apart, on the real clock.
    let opts = BuildOptions::new(env!("CARGO_MANIFEST_DIR"));
    let a = keng::build_to_memory(&opts).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(1100));
    let b = keng::build_to_memory(&opts).unwrap();
    let differing: Vec<&String> = a.keys().filter(|k| a.get(*k) != b.get(*k)).collect();
    assert!(differing.is_empty(), "differ a second apart: {differing:?}");
    // Two days with no alert starting or ending between them.
    let (c, d) = (
        reference("2026-11-30T10:00:00+07:00"),
        reference("2026-12-09T21:30:00+07:00"),
    );
    let differing: Vec<&String> = c.keys().filter(|k| c.get(*k) != d.get(*k)).collect();
    assert!(differing.is_empty(), "differ on two days: {differing:?}");
    // The CAP index is dated by its newest alert, to the second.
    let cap = c.get("canh-bao/cap.atom").unwrap();
    assert!(cap.contains("<updated>2026-11-15T08:00:00+07:00</updated>"), "{cap}");
    // A printed guide shows its own date.
    let guide = c.get("phong-chong-lua-dao/app-vay-tien/index.html").unwrap();
    assert!(
        guide.contains("<time datetime=\"2026-09-15\">15 tháng 9, 2026</time>"),
        "{guide}"
    );
}

/// `keng build` leaves entry bodies on disk between loading and converting
/// them (to bound memory); the site it writes must equal a build that
/// keeps them, as `keng serve` does.
#[test]
fn a_build_reading_bodies_again_equals_one_that_keeps_them() {
    let out = tempfile::tempdir().unwrap();
    let mut opts = BuildOptions::new(env!("CARGO_MANIFEST_DIR"));
    opts.now = Some(chrono::DateTime::parse_from_rfc3339("2026-11-30T10:00:00+07:00").unwrap());
    opts.output = Some(out.path().join("public"));
    keng::build(&opts).unwrap_or_else(|e| panic!("{e}"));
    let kept = keng::build_to_memory(&opts).unwrap_or_else(|e| panic!("{e}"));
    let mut on_disk = std::collections::BTreeMap::new();
    for entry in walkdir::WalkDir::new(out.path().join("public")) {
        let entry = entry.unwrap();
        if entry.file_type().is_file() {
            let rel = entry.path().strip_prefix(out.path().join("public")).unwrap();
            let rel = rel.to_string_lossy().replace('\\', "/");
            if rel != keng::emit::MARKER {
                on_disk.insert(rel, std::fs::read(entry.path()).unwrap());
            }
        }
    }
    assert_eq!(on_disk.keys().collect::<Vec<_>>(), kept.keys().collect::<Vec<_>>());
    let differing: Vec<&String> = kept.keys().filter(|k| kept.get(*k) != on_disk.get(*k)).collect();
    assert!(differing.is_empty(), "differ: {differing:?}");
}
