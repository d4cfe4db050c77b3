//! Unit tests of the index: scores, text, shard keys, postings.

use super::*;

fn score(s: &Scored, word: &str) -> u32 {
    s.iter().find(|(w, _)| *w == word).map_or(0, |(_, s)| s)
}

fn text(title: &str, headings: &str, summary: &str, body: &str) -> DocText {
    DocText {
        title: title.into(),
        headings: headings.into(),
        summary: summary.into(),
        body: body.into(),
    }
}

#[test]
fn title_outranks_headings_outranks_body() {
    let in_title = term_scores(&text("Lừa đảo qua mạng", "", "", ""));
    let in_heading = term_scores(&text("Tin", "Lừa đảo", "", ""));
    let in_body = term_scores(&text("Tin", "", "", "Cảnh giác lừa đảo"));
    assert!(score(&in_title, "lua") > score(&in_heading, "lua"));
    assert!(score(&in_heading, "lua") > score(&in_body, "lua"));
}

#[test]
fn repetition_counts_a_little() {
    let once = term_scores(&text("", "", "", "kẻng"));
    let many = term_scores(&text("", "", "", "kẻng kẻng kẻng kẻng kẻng kẻng"));
    assert_eq!(score(&many, "keng"), 3 * score(&once, "keng"));
}

#[test]
fn html_to_text() {
    let text = html_text("<p>Gọi <strong>113</strong> &amp; 156 &x</p>\n<ul><li>a</li></ul>");
    assert_eq!(
        text.split_whitespace().collect::<Vec<_>>(),
        ["Gọi", "113", "&", "156", "&x", "a"]
    );
    assert_eq!(excerpt(&["Tóm  tắt", "Gọi\n113 ngay"], 12), "Tóm tắt Gọi ");
    assert_eq!(excerpt(&["Tóm  tắt", "Gọi\n113 ngay"], 11), "Tóm tắt Gọi");
    assert_eq!(excerpt(&["Tóm  tắt", "Gọi\n113 ngay"], 10), "Tóm tắt Gọ");
    assert_eq!(excerpt(&["  ", "\u{a0}Gọi\u{3000}113 "], 100), "Gọi 113");
    assert_eq!(excerpt(&["", "a"], 0), "");
}

#[test]
fn cutting_postings_early_keeps_the_same_best() {
    // Scores that tie and repeat; documents arrive out of order, as entry
    // pages render in parallel.
    let all: Vec<(u32, u32)> = (0..5000u32).map(|doc| (doc, (doc * 7919) % 13)).collect();
    let mut at_once = all.clone();
    keep_best(&mut at_once);
    let mut as_built = Vec::new();
    for n in 0..5000 {
        as_built.push(all[(n * 2753) % 5000]);
        if as_built.len() >= 2 * MAX_POSTINGS {
            drop_worst(&mut as_built);
        }
    }
    keep_best(&mut as_built);
    assert_eq!(as_built, at_once);
    assert_eq!(at_once.len(), MAX_POSTINGS);
}

#[test]
fn shard_keys() {
    assert_eq!(shard_key("lua"), "lu");
    assert_eq!(shard_key("1022"), "10");
    assert_eq!(shard_key("x"), "x");
    assert_eq!(shard_key("中文"), "_");
}
