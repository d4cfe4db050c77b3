//! Unit tests of the site graph's types: bodies left on disk.

use super::*;

fn source(dir: &std::path::Path, text: &str) -> SourceFile {
    let path = dir.join("bai.md");
    std::fs::write(&path, text).unwrap();
    let body_start = text.find("+++\n\n").unwrap() + 5;
    SourceFile {
        path,
        rel: "bai.md".into(),
        text: std::sync::Arc::new(text.to_string()),
        body_start,
        body_on_disk: false,
    }
}

#[test]
fn a_body_left_on_disk_is_read_again() {
    let dir = tempfile::tempdir().unwrap();
    let text = "+++\ntitle = \"Tin\"\n+++\n\nGọi **113**.\n";
    let mut s = source(dir.path(), text);
    s.drop_body();
    assert_eq!(s.text.as_str(), "+++\ntitle = \"Tin\"\n+++\n\n");
    assert_eq!(s.body(), "");
    let whole = s.with_body().unwrap();
    assert_eq!(whole.text.as_str(), text);
    assert_eq!(whole.body(), "Gọi **113**.\n");
    // The body may change since loading; the front matter may not.
    std::fs::write(&s.path, "+++\ntitle = \"Tin\"\n+++\n\nGọi 114.\n").unwrap();
    assert_eq!(s.with_body().unwrap().body(), "Gọi 114.\n");
    std::fs::write(&s.path, "+++\ntitle = \"Tin mới\"\n+++\n\nGọi 113.\n").unwrap();
    let error = s.with_body().unwrap_err();
    assert_eq!(error.message.id, "load-changed-during-build");
    std::fs::remove_file(&s.path).unwrap();
    assert_eq!(s.with_body().unwrap_err().message.id, "io-error");
}
