//! Tests of `staged`: old-or-new output under failures and kills.
use super::*;
use std::collections::BTreeMap;
use walkdir::WalkDir;

fn tree(dir: &Path) -> BTreeMap<String, (Vec<u8>, std::time::SystemTime)> {
    WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e.path().strip_prefix(dir).unwrap().to_string_lossy().into_owned();
            (
                rel,
                (fs::read(e.path()).unwrap(), e.metadata().unwrap().modified().unwrap()),
            )
        })
        .collect()
}

fn build(output: &Path, files: &[(&str, &str)]) -> Result<CommitStats, Diagnostic> {
    let staged = StagedDir::create(output)?;
    for (rel, text) in files {
        staged.write(rel, text.as_bytes()).unwrap();
    }
    staged.commit()
}

#[test]
fn unchanged_files_keep_bytes_and_mtime_and_stale_files_go() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("public");
    build(&out, &[("a/index.html", "A"), ("b.css", "B"), ("old.html", "O")]).unwrap();
    let before = tree(&out);
    std::thread::sleep(std::time::Duration::from_millis(20));
    let stats = build(&out, &[("a/index.html", "A"), ("b.css", "B2")]).unwrap();
    let after = tree(&out);
    assert_eq!(after["a/index.html"], before["a/index.html"]);
    assert_eq!(after["b.css"].0, b"B2");
    assert!(!after.contains_key("old.html"));
    assert_eq!((stats.written, stats.unchanged, stats.removed), (1, 2, 1));
    // Nothing is left beside the output.
    let names: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, vec![std::ffi::OsString::from("public")]);
}

#[test]
fn a_failing_commit_leaves_the_previous_tree_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("public");
    build(&out, &[("a/index.html", "A"), ("b.css", "B")]).unwrap();
    let before = tree(&out);
    let staged = StagedDir::create(&out).unwrap();
    staged.write("a/index.html", b"A2").unwrap();
    staged.write("b.css", b"B").unwrap();
    // The new tree vanishes before the swap (as if its disk failed).
    fs::remove_dir_all(dir.path().join(".public.keng-next")).unwrap();
    assert!(staged.commit().is_err());
    assert_eq!(tree(&out), before);
}

#[test]
fn a_killed_build_leaves_nothing_that_stops_the_next() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("public");
    build(&out, &[("a.html", "A")]).unwrap();
    let staged = StagedDir::create(&out).unwrap();
    staged.write("a.html", b"A2").unwrap();
    std::mem::forget(staged); // no Drop: as after kill -9
    assert!(dir.path().join(".public.keng-next").exists());
    build(&out, &[("a.html", "A3")]).unwrap();
    assert_eq!(fs::read(out.join("a.html")).unwrap(), b"A3");
    assert!(!dir.path().join(".public.keng-next").exists());
}

#[test]
fn a_folder_keng_did_not_make_is_never_removed() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("public");
    fs::create_dir_all(dir.path().join(".public.keng-next")).unwrap();
    fs::write(dir.path().join(".public.keng-next/mine.txt"), "x").unwrap();
    assert!(build(&out, &[("a.html", "A")]).is_err());
    assert!(dir.path().join(".public.keng-next/mine.txt").exists());
}

#[test]
fn a_long_file_name_can_be_updated() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("public");
    let name = format!("{}.css", "a".repeat(246));
    assert_eq!(name.len(), 250);
    build(&out, &[(&name, "1")]).unwrap();
    build(&out, &[(&name, "2")]).unwrap();
    assert_eq!(fs::read(out.join(&name)).unwrap(), b"2");
}
