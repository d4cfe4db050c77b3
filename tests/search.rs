//! The search index `keng build` writes, read back as JSON.

mod common;

use common::TestSite;

fn json(site: &TestSite, rel: &str) -> serde_json::Value {
    serde_json::from_str(&site.read(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// Titles of the documents whose postings hold `word` (folded).
fn titles_for(site: &TestSite, word: &str) -> Vec<String> {
    let meta = json(site, "public/tim-kiem/index/meta.json");
    let per = meta["docs_per_shard"].as_u64().unwrap() as usize;
    let shard_file = format!("public/tim-kiem/index/t-{}.json", &word[..2]);
    if !site.exists(&shard_file) {
        return Vec::new();
    }
    let shard = json(site, &shard_file);
    shard[word]
        .as_array()
        .map(|postings| {
            postings
                .iter()
                .map(|p| {
                    let doc = p[0].as_u64().unwrap() as usize;
                    let docs = json(site, &format!("public/tim-kiem/index/d-{}.json", doc / per));
                    docs[doc % per][0].as_str().unwrap().to_string()
                })
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn words_are_folded_and_ranked_title_first() {
    let site = TestSite::fixture("pagination");
    site.write(
        "content/tin-tuc/duong-day-nong.md",
        "+++\ntitle = \"Đường dây nóng\"\ndate = 2020-01-01\n+++\nGọi khi cần.\n",
    );
    site.write(
        "content/tin-tuc/nhac-den.md",
        "+++\ntitle = \"Tin khác\"\ndate = 2021-06-01\n+++\nCó nhắc đến đường dây nóng ở cuối.\n",
    );
    site.build(&[]);
    let found = titles_for(&site, "duong");
    assert_eq!(
        found.first().map(String::as_str),
        Some("Đường dây nóng"),
        "the title match comes before a newer body match: {found:?}"
    );
    assert!(found.contains(&"Tin khác".to_string()));
    // Kẻng is indexed without its marks; the page keeps them for display.
    assert!(titles_for(&site, "keng").contains(&"Tiếng kẻng an ninh vang lên ở Hiệp An".to_string()));
    let meta = json(&site, "public/tim-kiem/index/meta.json");
    assert_eq!(meta["docs"], 7);
    let page = site.read("public/tim-kiem/index.html");
    assert!(
        page.contains("aria-live=\"polite\"") && page.contains("<noscript>"),
        "{page}"
    );
}

#[test]
fn drafts_and_opted_out_sections_stay_out() {
    let site = TestSite::fixture("drafts");
    site.write(
        "content/noi-bo/_index.md",
        "+++\ntitle = \"Nội bộ\"\nin_search = false\n+++\n",
    );
    site.write(
        "content/noi-bo/lich-truc.md",
        "+++\ntitle = \"Lịch trực nội bộ\"\n+++\n",
    );
    site.build(&["--drafts"]);
    assert!(
        site.exists("public/tin-tuc/nhap/index.html"),
        "the draft is built with --drafts"
    );
    assert!(titles_for(&site, "nhap").is_empty(), "but never indexed");
    assert!(
        titles_for(&site, "lich").is_empty(),
        "in_search = false keeps a section out"
    );
    assert!(!titles_for(&site, "tieng").is_empty());
}

/// The index gathered while a build's entry pages render (bodies converted
/// late) is handed over once; asked again, it is gathered again, the same.
#[test]
fn the_index_asked_for_twice_is_the_same() {
    let site = TestSite::fixture("minimal");
    let graph =
        keng::load_site(&keng::BuildOptions::new(site.root()), &mut Vec::new()).unwrap_or_else(|e| panic!("{e}"));
    let collector = keng::search::Collector::new();
    for (i, page) in graph.pages.iter().enumerate() {
        collector.add(&graph, i, &page.html(&graph));
    }
    let first = collector.files(&graph);
    assert!(first.iter().any(|(path, _)| path.ends_with("meta.json")));
    assert_eq!(collector.files(&graph), first);
    assert_eq!(keng::search::build_index(&graph), first);
}
