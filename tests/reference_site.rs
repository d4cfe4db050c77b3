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
