//! English translations (`x.en.md` beside `x.md`) are built under `/en/`
//! with English interface strings, `lang="en"` and `hreflang` links both ways.

mod common;

use common::TestSite;

#[test]
fn translations_are_built_under_their_language() {
    let site = TestSite::fixture("translations");
    site.build(&[]);
    let en = site.read("public/en/tin-tuc/tieng-keng-an-ninh/index.html");
    assert!(en.contains("<html lang=\"en\">"));
    assert!(en.contains(">Skip to main content<"), "English interface strings");
    assert!(en.contains("31 December 2020"), "English dates");
    assert!(en.contains("href=\"https://hiepan.example.vn/tin-tuc/tieng-keng-an-ninh/\">the Vietnamese version</a>"));
    let vi = site.read("public/tin-tuc/tieng-keng-an-ninh/index.html");
    for page in [&en, &vi] {
        assert!(page.contains(
            "<link rel=\"alternate\" hreflang=\"vi\" href=\"https://hiepan.example.vn/tin-tuc/tieng-keng-an-ninh/\">"
        ));
        assert!(page.contains(
            "<link rel=\"alternate\" hreflang=\"en\" href=\"https://hiepan.example.vn/en/tin-tuc/tieng-keng-an-ninh/\">"
        ));
    }
    assert!(
        vi.contains("<html lang=\"vi\">") && vi.contains(">English</a>"),
        "a link to the translation"
    );
    // Lists hold their own language only.
    let en_news = site.read("public/en/tin-tuc/index.html");
    assert!(en_news.contains("The security gong rings in Hiệp An") && !en_news.contains("Chỉ có tiếng Việt"));
    assert!(!site.read("public/tin-tuc/index.html").contains("The security gong"));
    assert!(site.read("public/en/index.html").contains("<h1>Hiệp An commune</h1>"));
    // A translated entry of a kind keeps its kind's template.
    let model = site.read("public/en/mo-hinh/keng/index.html");
    assert!(
        model.contains("<h1>Security gong</h1>") && model.contains("class=\"page model\""),
        "{model}"
    );
    // Only the site's language is in the feeds and the search index; the sitemap has both.
    assert!(!site.read("public/atom.xml").contains("The security gong"));
    assert!(
        site.read("public/sitemap.xml")
            .contains("https://hiepan.example.vn/en/tin-tuc/tieng-keng-an-ninh/")
    );
}

#[test]
fn an_entry_without_translation_has_no_alternates() {
    let site = TestSite::fixture("translations");
    site.build(&[]);
    let only_vi = site.read("public/tin-tuc/chi-tieng-viet/index.html");
    assert!(!only_vi.contains("hreflang="), "{only_vi}");
}
