//! Photos through the real CLI: published only as resized versions with
//! no metadata, the right way up, with `<picture>` markup whose numbers
//! match the files; cached between builds; bad photos are errors at the
//! line that shows them.

mod common;

#[path = "../src/images/testdata.rs"]
mod testdata;

use common::TestSite;

const PAGE: &str = "content/tin-tuc/hoi-nghi/index.md";

/// A bundle entry with two photos in its text and one as its `image`.
fn site_with_photos() -> TestSite {
    let site = TestSite::fixture("minimal");
    site.write(
        PAGE,
        "+++\ntitle = \"Hội nghị tổng kết\"\ndate = 2021-01-05\nsummary = \"Tổng kết năm 2020.\"\nkind = \"article\"\nimage = \"anh.jpg\"\nimage_alt = \"Hội trường\"\n+++\n\n![Hội trường công an huyện](anh.jpg)\n\nĐoạn <mark>giữa</mark>.\n\n![Tổ tuần tra](tuan-tra.jpg \"Tổ tuần tra xã Hiệp An\")\n",
    );
    // 1600×1000 stored sideways: EXIF says turn it (orientation 6).
    site.write(
        "content/tin-tuc/hoi-nghi/anh.jpg",
        testdata::photo_with_exif(1600, 1000, 6),
    );
    site.write(
        "content/tin-tuc/hoi-nghi/tuan-tra.jpg",
        testdata::photo_with_exif(500, 300, 1),
    );
    site
}

fn attr<'a>(tag: &'a str, name: &str) -> &'a str {
    let start = tag
        .find(&format!(" {name}=\""))
        .unwrap_or_else(|| panic!("no {name} in {tag}"))
        + name.len()
        + 3;
    &tag[start..start + tag[start..].find('"').unwrap()]
}

fn img_tags(html: &str) -> Vec<&str> {
    html.match_indices("<img ")
        .map(|(i, _)| &html[i..i + html[i..].find('>').unwrap()])
        .collect()
}

#[test]
fn photos_are_published_as_stripped_versions_with_matching_markup() {
    let site = site_with_photos();
    let run = site.build(&[]);
    let out = site.tree("public");
    // No original, nothing with EXIF, GPS or the embedded thumbnail.
    assert!(
        !site.exists("public/tin-tuc/hoi-nghi/anh.jpg"),
        "the original is not published"
    );
    let images: Vec<(&String, &Vec<u8>)> = out
        .iter()
        .filter(|(p, _)| p.ends_with(".jpg") || p.ends_with(".webp") || p.ends_with(".png"))
        .collect();
    assert!(images.len() >= 8, "{:?}", out.keys().collect::<Vec<_>>());
    for (path, bytes) in &images {
        assert!(!testdata::has_exif(bytes), "{path} has EXIF");
        assert_eq!(testdata::gps_latitude(bytes), None, "{path}");
        assert!(
            !testdata::contains(bytes, testdata::THUMBNAIL_MARK),
            "{path} has the thumbnail"
        );
    }
    let html = site.read("public/tin-tuc/hoi-nghi/index.html");
    let imgs = img_tags(&html);
    // The entry's image heads the page, then the two photos of the text.
    assert_eq!(imgs.len(), 3, "{html}");
    // The text has raw HTML, so it was cleaned: the photos' markup stays.
    assert_eq!(html.matches("<source type=\"image/webp\" srcset=").count(), 3, "{html}");
    assert!(
        !imgs[0].contains("loading=\"lazy\""),
        "the first photo loads at once: {}",
        imgs[0]
    );
    assert!(imgs[2].contains("loading=\"lazy\""), "{}", imgs[2]);
    for img in &imgs {
        // Every srcset entry exists with the width it states, and the
        // width and height attributes have the photo's proportions.
        let (w, h): (u32, u32) = (
            attr(img, "width").parse().unwrap(),
            attr(img, "height").parse().unwrap(),
        );
        for candidate in attr(img, "srcset").split(", ") {
            let (url, stated) = candidate.split_once(' ').unwrap();
            let rel = url.trim_start_matches("https://hiepan.example.vn/");
            let bytes = &out[rel];
            let decoded = image::load_from_memory(bytes).unwrap();
            assert_eq!(format!("{}w", decoded.width()), stated, "{rel}");
            let expected_h = (f64::from(decoded.width()) * f64::from(h) / f64::from(w)).round() as i64;
            assert!(
                (i64::from(decoded.height()) - expected_h).abs() <= 1,
                "{rel}: {}x{}",
                decoded.width(),
                decoded.height()
            );
        }
    }
    // Turned the right way: 1000 wide, 1600 high.
    assert_eq!((attr(imgs[1], "width"), attr(imgs[1], "height")), ("1000", "1600"));
    assert_eq!(attr(imgs[1], "alt"), "Hội trường công an huyện");
    assert_eq!(
        attr(imgs[2], "title"),
        "Tổ tuần tra xã Hiệp An",
        "a Markdown title stays"
    );
    // Never upscaled: the small photo's largest version is its own width.
    assert!(
        attr(imgs[2], "srcset").ends_with("tuan-tra-500.jpg 500w"),
        "{}",
        imgs[2]
    );
    // Link previews get the 1200×630 card.
    assert!(
        html.contains(
            "<meta property=\"og:image\" content=\"https://hiepan.example.vn/tin-tuc/hoi-nghi/anh-chia-se.jpg\">"
        ),
        "{html}"
    );
    let card = image::load_from_memory(&out["tin-tuc/hoi-nghi/anh-chia-se.jpg"]).unwrap();
    assert_eq!((card.width(), card.height()), (1200, 630));
    assert!(run.stderr.contains("2 photos, 13 versions made"), "{}", run.stderr);

    // The cache: a second build makes nothing.
    let again = site.build(&[]);
    assert!(again.stderr.contains("2 photos, 0 versions made"), "{}", again.stderr);
}

#[test]
fn bad_photos_are_errors_where_they_are_shown() {
    let site = site_with_photos();
    let photo = testdata::photo_with_exif(400, 300, 1);
    site.write("content/tin-tuc/hoi-nghi/gia.jpg", b"<html>not a photo</html>");
    site.write(
        "content/tin-tuc/hoi-nghi/bom.png",
        testdata::png_header_only(20_000, 20_000),
    );
    site.write(
        PAGE,
        site.read(PAGE) + "\n![Giả](gia.jpg)\n\n![Bom](bom.png)\n\n![Mất](mat.jpg)\n",
    );
    let run = site.build_fails();
    site.assert_error_at(&run, PAGE, "16:1: error: ", "it cannot be read as an image");
    site.assert_error_at(
        &run,
        PAGE,
        "18:1: error: ",
        "20000×20000 pixels, more than the 100 megapixels",
    );
    site.assert_error_at(&run, PAGE, "20:1: error: ", "image `mat.jpg` not found");
    assert!(!site.exists("public"), "nothing written");
    // A HEIC photo from an iPhone is refused, not copied with its GPS position.
    let site = site_with_photos();
    site.write("content/tin-tuc/hoi-nghi/IMG_0001.HEIC", b"....ftypheic");
    let run = site.build_fails();
    let file = site
        .path("content/tin-tuc/hoi-nghi/IMG_0001.HEIC")
        .display()
        .to_string();
    assert!(
        run.stderr
            .contains(&format!("{file}: error: keng does not publish .heic photos")),
        "{}",
        run.stderr
    );
    // A photo cut off before its pixels.
    let site = site_with_photos();
    site.write("content/tin-tuc/hoi-nghi/tuan-tra.jpg", &photo[..200]);
    let run = site.build_fails();
    site.assert_error_at(&run, PAGE, "14:1: error: ", "cannot use image `tuan-tra.jpg`");
}

#[test]
fn check_reports_a_missing_photo_at_its_line() {
    let site = site_with_photos();
    site.write(PAGE, site.read(PAGE).replace("tuan-tra.jpg", "tuan-tra-2.jpg"));
    let run = site.keng(&["check"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    site.assert_error_at(&run, PAGE, "14:1: error: ", "image `tuan-tra-2.jpg` not found");
}

#[test]
fn templates_ask_for_versions_and_sites_may_publish_stripped_originals() {
    let site = site_with_photos();
    site.write(
        "content/anh-thu.md",
        "+++\ntitle = \"Ảnh thử\"\ntemplate = \"anh-thu.html\"\n+++\n",
    );
    site.write(
        "templates/anh-thu.html",
        "{% set v = image(path=\"/tin-tuc/hoi-nghi/anh.jpg\", width=600, format=\"webp\") %}{{ v.url }} {{ v.width }} {{ v.height }}\n",
    );
    site.write(
        "site.toml",
        site.read("site.toml")
            .replace("[extra]", "[images]\npublish_originals = true\n\n[extra]"),
    );
    site.build(&[]);
    assert_eq!(
        site.read("public/anh-thu/index.html"),
        "https://hiepan.example.vn/tin-tuc/hoi-nghi/anh-640.webp 640 1024\n"
    );
    let original = std::fs::read(site.path("public/tin-tuc/hoi-nghi/anh.jpg")).unwrap();
    assert!(!testdata::has_exif(&original), "the original is published stripped");
    let decoded = image::load_from_memory(&original).unwrap();
    assert_eq!(
        (decoded.width(), decoded.height()),
        (1000, 1600),
        "and the right way up"
    );
}
