//! Feeds, CAP alerts, sitemap, robots.txt, redirects and JSON-LD, each read
//! back with an independent parser (feed-rs, roxmltree, serde_json).

mod common;

use std::collections::BTreeSet;

use common::TestSite;

const NOW: &str = "2026-11-30T10:00:00+07:00";
const HOSTILE: &str = "Cảnh báo </script> ]]> &amp; \"trích\" 😀";

fn built() -> TestSite {
    let site = TestSite::fixture("feeds");
    site.build(&["--now", NOW]);
    site
}

fn feed(site: &TestSite, rel: &str) -> feed_rs::model::Feed {
    let bytes = std::fs::read(site.path(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"));
    feed_rs::parser::parse(&bytes[..]).unwrap_or_else(|e| panic!("{rel} does not parse: {e}"))
}

#[test]
fn atom_and_rss_carry_the_newest_news_with_absolute_links_and_dates() {
    let site = built();
    for rel in ["public/atom.xml", "public/rss.xml"] {
        let f = feed(&site, rel);
        let titles: Vec<String> = f
            .entries
            .iter()
            .map(|e| e.title.as_ref().unwrap().content.clone())
            .collect();
        // limit = 3, newest first; alerts are not news.
        assert_eq!(
            titles,
            [HOSTILE, "Tiếng kẻng an ninh vang lên ở Hiệp An", "Bản tin 3"],
            "{rel}"
        );
        let first = &f.entries[0];
        assert_eq!(
            first.links[0].href, "https://hiepan.example.vn/tin-tuc/nguy-hiem/",
            "{rel}"
        );
        // 09:30 without an offset is Vietnam time: 02:30 UTC.
        assert_eq!(
            first.published.unwrap().to_rfc3339(),
            "2021-01-02T02:30:00+00:00",
            "{rel}"
        );
        let body = first.summary.as_ref().map(|s| s.content.clone()).unwrap_or_default();
        assert!(
            body.contains("Tóm tắt có &lt;/script&gt; và ]]&gt; &amp; 😀") || body.contains("Tóm tắt có </script>"),
            "{rel}: {body}"
        );
    }
    let atom = site.read("public/atom.xml");
    assert!(
        atom.contains("<published>2021-01-02T09:30:00+07:00</published>"),
        "dates in the site's time zone"
    );
    let rss = site.read("public/rss.xml");
    assert!(
        rss.contains("<pubDate>Sat, 2 Jan 2021 09:30:00 +0700</pubDate>"),
        "RFC 822 dates: {rss}"
    );
}

#[test]
fn links_inside_full_content_are_absolute() {
    let site = TestSite::fixture("feeds");
    site.write(
        "site.toml",
        site.read("site.toml")
            .replace("limit = 3", "limit = 3\nfull_content = true"),
    );
    site.build(&["--now", NOW]);
    let f = feed(&site, "public/atom.xml");
    let html = &f.entries[0].content.as_ref().unwrap().body.clone().unwrap();
    assert!(html.contains("href=\"https://hiepan.example.vn/tin-tuc/\""), "{html}");
    assert!(
        html.contains("src=\"https://hiepan.example.vn/tin-tuc/nguy-hiem/anh.svg\""),
        "{html}"
    );
    assert!(
        html.contains("href=\"https://hiepan.example.vn/tin-tuc/nguy-hiem/#muc\""),
        "{html}"
    );
}

#[test]
fn section_and_term_feeds_where_asked_and_alternate_links_in_every_head() {
    let site = built();
    assert_eq!(feed(&site, "public/tin-tuc/atom.xml").entries.len(), 3);
    assert_eq!(feed(&site, "public/tags/an-ninh/rss.xml").entries.len(), 3);
    assert!(
        !site.exists("public/canh-bao/atom.xml"),
        "sections without feed = true have none"
    );
    for page in [
        "public/index.html",
        "public/tin-tuc/ban-tin-1/index.html",
        "public/404.html",
    ] {
        let html = site.read(page);
        assert!(
            html.contains("<link rel=\"alternate\" type=\"application/atom+xml\""),
            "{page}"
        );
        assert!(html.contains("href=\"https://hiepan.example.vn/rss.xml\""), "{page}");
    }
    assert!(
        site.read("public/tin-tuc/index.html")
            .contains("href=\"https://hiepan.example.vn/tin-tuc/atom.xml\"")
    );
}

#[test]
fn json_feed_beside_every_atom_feed_when_asked() {
    let site = TestSite::fixture("feeds");
    site.build(&["--now", NOW]);
    assert!(!site.exists("public/feed.json"), "JSON Feed is off by default");
    assert!(!site.read("public/index.html").contains("application/feed+json"));

    site.write(
        "site.toml",
        site.read("site.toml").replace("limit = 3", "limit = 3\njson = true"),
    );
    site.build(&["--now", NOW]);
    for (rel, list) in [
        ("public/feed.json", "https://hiepan.example.vn/"),
        ("public/tin-tuc/feed.json", "https://hiepan.example.vn/tin-tuc/"),
        (
            "public/tags/an-ninh/feed.json",
            "https://hiepan.example.vn/tags/an-ninh/",
        ),
    ] {
        let atom = feed(&site, &rel.replace("feed.json", "atom.xml"));
        // An independent JSON Feed parser reads the same entries as the Atom feed.
        let json = feed(&site, rel);
        let ids = |f: &feed_rs::model::Feed| f.entries.iter().map(|e| e.links[0].href.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&json), ids(&atom), "{rel}");
        // The fields JSON Feed 1.1 requires, read as plain JSON.
        let doc: serde_json::Value = serde_json::from_str(&site.read(rel)).unwrap();
        assert_eq!(doc["version"], "https://jsonfeed.org/version/1.1", "{rel}");
        assert!(doc["title"].is_string(), "{rel}");
        assert_eq!(doc["home_page_url"], list, "{rel}");
        assert_eq!(doc["feed_url"], format!("{list}feed.json"), "{rel}");
        for item in doc["items"].as_array().unwrap() {
            assert!(item["id"].is_string(), "{rel}: every item has an id");
            assert!(item["content_html"].is_string(), "{rel}: every item has content");
        }
        assert!(
            site.read(&rel.replace("feed.json", "index.html"))
                .contains("<link rel=\"alternate\" type=\"application/feed+json\" title="),
            "{rel}: its list links it"
        );
    }
    let doc: serde_json::Value = serde_json::from_str(&site.read("public/feed.json")).unwrap();
    let first = &doc["items"][0];
    assert_eq!(first["title"], HOSTILE, "text as written, no escaping by hand");
    assert_eq!(first["date_published"], "2021-01-02T09:30:00+07:00");
    assert_eq!(first["tags"][0], "an ninh");
    assert!(!site.exists("public/canh-bao/feed.json"), "only where Atom is");
}

fn cap_doc(xml: &str) -> roxmltree::Document<'_> {
    roxmltree::Document::parse(xml).unwrap_or_else(|e| panic!("CAP does not parse: {e}\n{xml}"))
}

fn child_text<'a>(node: roxmltree::Node<'a, 'a>, name: &str) -> Option<&'a str> {
    node.children().find(|c| c.has_tag_name(name)).and_then(|c| c.text())
}

#[test]
fn every_alert_is_a_valid_cap_1_2_message() {
    let site = built();
    let ns = "urn:oasis:names:tc:emergency:cap:1.2";
    for name in ["hien-hanh", "het-han"] {
        let xml = site.read(&format!("public/canh-bao/{name}.xml"));
        let doc = cap_doc(&xml);
        let alert = doc.root_element();
        assert_eq!(alert.tag_name().namespace(), Some(ns));
        for required in ["identifier", "sender", "sent", "status", "msgType", "scope"] {
            assert!(child_text(alert, required).is_some(), "{name}: alert/{required}");
        }
        assert_eq!(child_text(alert, "sender"), Some("canhbao@hiepan.example.vn"));
        assert!(["Actual", "Exercise", "System", "Test", "Draft"].contains(&child_text(alert, "status").unwrap()));
        assert!(["Alert", "Update", "Cancel", "Ack", "Error"].contains(&child_text(alert, "msgType").unwrap()));
        assert!(["Public", "Restricted", "Private"].contains(&child_text(alert, "scope").unwrap()));
        let info = alert.children().find(|c| c.has_tag_name("info")).expect("info");
        for required in ["category", "event", "urgency", "severity", "certainty"] {
            assert!(child_text(info, required).is_some(), "{name}: info/{required}");
        }
        assert_eq!(child_text(info, "language"), Some("vi-VN"));
        assert_eq!(child_text(info, "senderName"), Some("Công an xã Hiệp An"));
        assert!(["Immediate", "Expected", "Future", "Past", "Unknown"].contains(&child_text(info, "urgency").unwrap()));
        assert!(["Extreme", "Severe", "Moderate", "Minor", "Unknown"].contains(&child_text(info, "severity").unwrap()));
        assert!(
            ["Observed", "Likely", "Possible", "Unlikely", "Unknown"].contains(&child_text(info, "certainty").unwrap())
        );
        let categories = [
            "Geo",
            "Met",
            "Safety",
            "Security",
            "Rescue",
            "Fire",
            "Health",
            "Env",
            "Transport",
            "Infra",
            "CBRNE",
            "Other",
        ];
        assert!(categories.contains(&child_text(info, "category").unwrap()));
        for response in info.children().filter(|c| c.has_tag_name("responseType")) {
            assert!(
                [
                    "Shelter", "Evacuate", "Prepare", "Execute", "Avoid", "Monitor", "Assess", "AllClear", "None"
                ]
                .contains(&response.text().unwrap())
            );
        }
        // CAP times: offset, no Z, no fractions.
        for t in [
            child_text(alert, "sent"),
            child_text(info, "effective"),
            child_text(info, "expires"),
        ] {
            let t = t.unwrap();
            assert!(t.len() == 25 && !t.contains('Z') && t.ends_with("+07:00"), "{t}");
        }
        let area = info.children().find(|c| c.has_tag_name("area")).expect("area");
        assert!(child_text(area, "areaDesc").is_some());
        assert_eq!(
            child_text(info, "web").unwrap(),
            format!("https://hiepan.example.vn/canh-bao/{name}/")
        );
    }
    let current = cap_doc(&site.read("public/canh-bao/hien-hanh.xml"))
        .root_element()
        .descendants()
        .filter(|n| n.has_tag_name("responseType"))
        .count();
    assert_eq!(current, 2);
    let xml = site.read("public/canh-bao/hien-hanh.xml");
    let doc = cap_doc(&xml);
    let info = doc.root_element().children().find(|c| c.has_tag_name("info")).unwrap();
    assert_eq!(
        child_text(info, "headline"),
        Some("Giả danh công an </script> ]]> & 😀"),
        "hostile text survives byte-exact"
    );
    assert_eq!(
        child_text(info, "description"),
        Some("Kẻ gian gọi điện tự xưng công an."),
        "plain text, no Markdown"
    );
    assert!(xml.contains("<circle>11.73,108.37 5</circle>"));
    assert!(
        site.read("public/canh-bao/het-han.xml")
            .contains("<polygon>11.70,108.30 11.80,108.30 11.80,108.45 11.70,108.30</polygon>")
    );
}

#[test]
fn cap_identifiers_are_stable_and_the_index_lists_alerts_in_force() {
    let site = built();
    let id = |site: &TestSite| {
        child_text(
            cap_doc(&site.read("public/canh-bao/hien-hanh.xml")).root_element(),
            "identifier",
        )
        .unwrap()
        .to_string()
    };
    let first = id(&site);
    site.build(&["--now", "2026-12-15T00:00:00+07:00"]);
    assert_eq!(id(&site), first);
    assert_eq!(first, "hiepan.example.vn.canh-bao.hien-hanh");
    let index = feed(&site, "public/canh-bao/cap.atom");
    assert_eq!(index.entries.len(), 1, "only the alert in force");
    let links: Vec<(String, Option<String>)> = index.entries[0]
        .links
        .iter()
        .map(|l| (l.href.clone(), l.media_type.clone()))
        .collect();
    assert!(
        links.contains(&(
            "https://hiepan.example.vn/canh-bao/hien-hanh.xml".to_string(),
            Some("application/cap+xml".to_string())
        )),
        "{links:?}"
    );
}

#[test]
fn bad_cap_values_fail_the_build_at_their_line() {
    let site = TestSite::fixture("feeds");
    site.write("content/canh-bao/sai.toml", "headline = \"x\"\nseverity = \"Severe\"\nurgency = \"Immediate\"\ncertainty = \"Observed\"\neffective = 2026-11-01\nexpires = 2026-12-01\narea = \"x\"\nresponse_type = [\"Run\"]\ncircle = \"11.73 108.37\"\n");
    let run = site.build_fails();
    let file = "content/canh-bao/sai.toml";
    site.assert_error_at(&run, file, "8:17: error: ", "`response_type` has \"Run\"");
    site.assert_error_at(&run, file, "9:10: error: ", "`circle` must be a CAP circle");
    let site = TestSite::fixture("feeds");
    site.write(
        "site.toml",
        site.read("site.toml")
            .replace("contact = \"113\"", "contact = \"113\"\nstatus = \"Real\""),
    );
    let run = site.build_fails();
    site.assert_error_at(
        &run,
        "site.toml",
        "14:10: error: ",
        "[cap] `status` must be one of \"Actual\"",
    );
}

#[test]
fn the_sitemap_lists_every_html_page_exactly_once() {
    let site = built();
    let doc_text = site.read("public/sitemap.xml");
    let doc = roxmltree::Document::parse(&doc_text).unwrap();
    let locs: Vec<String> = doc
        .descendants()
        .filter(|n| n.has_tag_name("loc"))
        .map(|n| n.text().unwrap().to_string())
        .collect();
    let unique: BTreeSet<&String> = locs.iter().collect();
    assert_eq!(unique.len(), locs.len(), "no URL twice");
    let pages: BTreeSet<String> = site
        .tree("public")
        .into_iter()
        .filter(|(rel, bytes)| {
            rel.ends_with(".html")
                && rel != "404.html"
                && !String::from_utf8_lossy(bytes).contains("http-equiv=\"refresh\"")
        })
        .map(|(rel, _)| format!("https://hiepan.example.vn/{}", rel.trim_end_matches("index.html")))
        .collect();
    let listed: BTreeSet<String> = locs.into_iter().collect();
    assert_eq!(listed, pages);
    assert!(
        doc_text.contains("<lastmod>2021-01-02T09:30:00+07:00</lastmod>"),
        "lastmod from the entry's date"
    );
    assert_eq!(
        site.read("public/robots.txt"),
        "User-agent: *\nAllow: /\n\nSitemap: https://hiepan.example.vn/sitemap.xml\n"
    );
}

#[test]
fn aliases_redirect_and_are_listed_for_static_hosts() {
    let site = built();
    let old = site.read("public/cu/nguy-hiem/index.html");
    assert!(
        old.contains("<meta http-equiv=\"refresh\" content=\"0; url=https://hiepan.example.vn/tin-tuc/nguy-hiem/\">")
    );
    assert!(old.contains("<link rel=\"canonical\" href=\"https://hiepan.example.vn/tin-tuc/nguy-hiem/\">"));
    assert!(old.contains("<a href=\"https://hiepan.example.vn/tin-tuc/nguy-hiem/\">"));
    assert!(
        site.read("public/_redirects")
            .contains("/cu/nguy-hiem/ /tin-tuc/nguy-hiem/ 301\n")
    );
}

fn json_ld(html: &str) -> serde_json::Value {
    let start = html.find("<script type=\"application/ld+json\">").expect("JSON-LD")
        + "<script type=\"application/ld+json\">".len();
    let end = start + html[start..].find("</script>").unwrap();
    serde_json::from_str(&html[start..end]).unwrap_or_else(|e| panic!("{e}: {}", &html[start..end]))
}

fn graph_item<'a>(ld: &'a serde_json::Value, kind: &str) -> &'a serde_json::Value {
    ld["@graph"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["@type"] == kind)
        .unwrap_or_else(|| panic!("no {kind} in {ld}"))
}

#[test]
fn json_ld_and_social_tags_describe_each_page() {
    let site = built();
    let article = site.read("public/tin-tuc/nguy-hiem/index.html");
    assert_eq!(
        article.matches("</script>").count(),
        1,
        "the hostile title cannot close the JSON-LD script early"
    );
    let ld = json_ld(&article);
    assert_eq!(graph_item(&ld, "NewsArticle")["headline"], HOSTILE);
    assert_eq!(
        graph_item(&ld, "NewsArticle")["datePublished"],
        "2021-01-02T09:30:00+07:00"
    );
    let publisher = graph_item(&ld, "GovernmentOrganization");
    assert_eq!(publisher["name"], "Công an xã Hiệp An");
    assert_eq!(publisher["telephone"], "0263 000 000");
    assert_eq!(
        graph_item(&ld, "BreadcrumbList")["itemListElement"]
            .as_array()
            .unwrap()
            .len(),
        3
    );
    assert!(article.contains("<meta property=\"og:type\" content=\"article\">"));
    assert!(
        article.contains(
            "<meta property=\"og:title\" content=\"Cảnh báo &lt;/script&gt; ]]&gt; &amp;amp; &quot;trích&quot; 😀\">"
        ),
        "escaped in HTML"
    );
    let alert = json_ld(&site.read("public/canh-bao/hien-hanh/index.html"));
    assert_eq!(
        graph_item(&alert, "SpecialAnnouncement")["name"],
        "Giả danh công an </script> ]]> & 😀"
    );
    assert_eq!(
        graph_item(&alert, "SpecialAnnouncement")["expires"],
        "2026-12-31T00:00:00+07:00"
    );
    let home = json_ld(&site.read("public/index.html"));
    assert_eq!(graph_item(&home, "WebSite")["name"], "Công an xã Hiệp An & \"bạn\" <b>");
}

#[test]
fn a_guide_is_a_howto() {
    let site = TestSite::fixture("kinds");
    site.build(&["--now", NOW]);
    let ld = json_ld(&site.read("public/lua-dao/goi-dien/index.html"));
    let howto = graph_item(&ld, "HowTo");
    assert_eq!(howto["step"][0]["text"], "Cúp máy");
    assert_eq!(howto["step"].as_array().unwrap().len(), 2);
}

#[test]
fn a_sitemap_index_splits_long_sitemaps() {
    let site = TestSite::fixture("feeds");
    let built = keng::load_site(&keng::BuildOptions::new(site.root()), &mut Vec::new()).unwrap();
    let pages: Vec<_> = keng::render::plan(&built)
        .into_iter()
        .filter_map(|j| keng::render::html_page(&built, j))
        .collect();
    assert!(pages.len() > 5);
    let files = keng::feeds::sitemap::write_chunked(&built, &pages, 5);
    assert_eq!(files[0].0, "sitemap.xml");
    let index = String::from_utf8(files[0].1.clone()).unwrap();
    let doc = roxmltree::Document::parse(&index).unwrap();
    assert_eq!(doc.root_element().tag_name().name(), "sitemapindex");
    let parts: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("loc"))
        .map(|n| n.text().unwrap())
        .collect();
    assert_eq!(parts.len(), pages.len().div_ceil(5));
    assert_eq!(parts[0], "https://hiepan.example.vn/sitemap-1.xml");
    let total: usize = files[1..]
        .iter()
        .map(|(_, bytes)| {
            roxmltree::Document::parse(std::str::from_utf8(bytes).unwrap())
                .unwrap()
                .descendants()
                .filter(|n| n.has_tag_name("loc"))
                .count()
        })
        .sum();
    assert_eq!(total, pages.len(), "every URL in exactly one part");
}
