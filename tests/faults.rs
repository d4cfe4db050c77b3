//! Faults during a build: a kill at any moment, a full disk, a read-only
//! output, a page that cannot be deleted. The output is always the whole
//! previous tree or the whole new one.

mod common;

use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

use common::TestSite;

type Tree = BTreeMap<String, Vec<u8>>;

/// A site of `n` articles whose every page names `title`.
fn corpus(n: usize) -> TestSite {
    let site = TestSite::fixture("minimal");
    for i in 0..n {
        site.write(
            &format!("content/tin-tuc/bai-{i:04}.md"),
            format!(
                "+++\ntitle = \"Bản tin số {i}\"\ndate = 2020-{:02}-{:02}\nsummary = \"Bản tin {i} của tổ tuần tra.\"\ntags = [\"tuan-tra\", \"nhom-{}\"]\n+++\n\nTổ tuần tra tự quản xã Hiệp An, bản tin {i}.\n\n## Chi tiết\n\nNội dung {i}.\n",
                i % 12 + 1,
                i % 28 + 1,
                i % 7
            ),
        );
    }
    site
}

fn set_title(site: &TestSite, title: &str) {
    let config = site.read("site.toml");
    let rest: String = config.lines().skip(1).map(|l| format!("{l}\n")).collect();
    site.write("site.toml", format!("title = \"{title}\"\n{rest}"));
}

fn keng(site: &TestSite, args: &[&str]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_keng"));
    cmd.env("KENG_LANG", "en")
        .args(args)
        .arg("--root")
        .arg(site.root())
        .env("NO_COLOR", "1");
    cmd
}

fn tree_of(dir: &Path) -> Tree {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| !e.file_type().is_dir())
        .map(|e| {
            (
                e.path().strip_prefix(dir).unwrap().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect()
}

/// Every file of an output with its bytes and modification time.
#[derive(Debug, PartialEq)]
struct Snapshot(Tree, BTreeMap<String, std::time::SystemTime>);

impl Snapshot {
    fn of(dir: &Path) -> Snapshot {
        let times = walkdir::WalkDir::new(dir)
            .into_iter()
            .map(Result::unwrap)
            .filter(|e| e.file_type().is_file())
            .map(|e| {
                (
                    e.path().strip_prefix(dir).unwrap().to_string_lossy().into_owned(),
                    e.metadata().unwrap().modified().unwrap(),
                )
            })
            .collect();
        Snapshot(tree_of(dir), times)
    }
}

/// A small pseudo-random sequence with a fixed seed (no dependency).
struct Lcg(u64);

impl Lcg {
    fn next_fraction(&mut self) -> f64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }
}

#[test]
fn a_kill_at_any_moment_leaves_the_old_or_the_new_tree() {
    let site = corpus(200);
    let expected: Vec<Tree> = ["Tiếng kẻng A", "Tiếng kẻng B"]
        .iter()
        .enumerate()
        .map(|(i, title)| {
            set_title(&site, title);
            let out = site.path(&format!("expected-{i}"));
            let status = keng(&site, &["build", "--output", out.to_str().unwrap()])
                .stdout(Stdio::null())
                .status()
                .unwrap();
            assert!(status.success());
            tree_of(&out)
        })
        .collect();
    assert_ne!(expected[0], expected[1]);

    // How long one build of a changed site takes, to spread the kills over it.
    set_title(&site, "Tiếng kẻng B");
    assert!(
        keng(&site, &["build"])
            .stdout(Stdio::null())
            .status()
            .unwrap()
            .success()
    );
    set_title(&site, "Tiếng kẻng A");
    let started = Instant::now();
    assert!(
        keng(&site, &["build"])
            .stdout(Stdio::null())
            .status()
            .unwrap()
            .success()
    );
    let full = started.elapsed();

    let public = site.path("public");
    let mut current = 0;
    let mut random = Lcg(11);
    let (mut old_seen, mut new_seen) = (0, 0);
    for round in 0..40 {
        let target = 1 - current;
        set_title(&site, ["Tiếng kẻng A", "Tiếng kẻng B"][target]);
        // Half the kills anywhere, half near the end, where the swap happens.
        let fraction = if round % 2 == 0 {
            random.next_fraction() * 1.3
        } else {
            0.85 + random.next_fraction() * 0.3
        };
        let mut child = keng(&site, &["build"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(full.mul_f64(fraction));
        let _ = child.kill();
        let _ = child.wait();
        let now = tree_of(&public);
        if now == expected[current] {
            old_seen += 1;
        } else if now == expected[target] {
            new_seen += 1;
            current = target;
        } else {
            let a = now.keys().filter(|k| expected[0].get(*k) == now.get(*k)).count();
            let b = now.keys().filter(|k| expected[1].get(*k) == now.get(*k)).count();
            panic!(
                "round {round}: a mixed tree ({} files, {a} as in A, {b} as in B)",
                now.len()
            );
        }
        assert!(
            now.keys()
                .all(|k| k == ".keng-output" || !k.split('/').any(|part| part.starts_with('.'))),
            "round {round}: a temporary name inside the output"
        );
    }
    eprintln!("40 kills over {full:?} builds: {old_seen} left the old tree, {new_seen} the new one");
    // What a killed build left beside the output does not stop the next one.
    set_title(&site, "Tiếng kẻng B");
    site.build(&[]);
    assert_eq!(tree_of(&public), expected[1]);
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

/// Mounts a tmpfs of `size` at `dir` for the life of the guard (root only).
struct Mount(std::path::PathBuf);

impl Mount {
    fn tmpfs(dir: &Path, size: &str) -> Option<Mount> {
        std::fs::create_dir_all(dir).unwrap();
        let ok = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(dir)
            .status()
            .is_ok_and(|s| s.success());
        ok.then(|| Mount(dir.to_path_buf()))
    }

    fn remount(&self, options: &str) {
        let status = Command::new("mount")
            .args(["-o", &format!("remount,{options}")])
            .arg(&self.0)
            .status()
            .unwrap();
        assert!(status.success());
    }
}

impl Drop for Mount {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.0).status();
    }
}

fn mounted_or_skip(site: &TestSite, size: &str, test: &str) -> Option<Mount> {
    if !is_root() {
        eprintln!("{test}: skipped (needs root to mount a small tmpfs)");
        return None;
    }
    let mount = Mount::tmpfs(&site.path("disk"), size);
    if mount.is_none() {
        eprintln!("{test}: skipped (mount failed)");
    }
    mount
}

#[test]
fn a_full_disk_fails_the_build_and_keeps_the_previous_output() {
    let site = TestSite::fixture("minimal");
    let Some(_disk) = mounted_or_skip(&site, "2m", "full disk") else {
        return;
    };
    let out = site.path("disk/public");
    let out_arg = out.to_str().unwrap();
    site.build(&["--output", out_arg]);
    let before = Snapshot::of(&out);
    // 3 MB of a static file cannot fit on a 2 MB disk.
    site.write("static/video.bin", vec![7u8; 3 << 20]);
    site.write(
        "content/tin-tuc/moi.md",
        "+++\ntitle = \"Mới\"\ndate = 2021-01-01\n+++\nMới.\n",
    );
    let run = site.keng(&["build", "--output", out_arg]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("video.bin"), "{}", run.stderr);
    assert_eq!(Snapshot::of(&out), before);
    let left: Vec<_> = std::fs::read_dir(site.path("disk"))
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(
        left,
        vec![std::ffi::OsString::from("public")],
        "the failed build cleaned up after itself"
    );
}

#[test]
fn a_read_only_output_fails_the_build_and_keeps_it() {
    let site = TestSite::fixture("minimal");
    let Some(disk) = mounted_or_skip(&site, "8m", "read-only output") else {
        return;
    };
    let out = site.path("disk/public");
    let out_arg = out.to_str().unwrap();
    site.build(&["--output", out_arg]);
    let before = Snapshot::of(&out);
    disk.remount("ro");
    set_title(&site, "Đổi tên");
    let run = site.keng(&["build", "--output", out_arg]);
    disk.remount("rw");
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("disk"), "names the folder: {}", run.stderr);
    assert_eq!(Snapshot::of(&out), before);
}

#[test]
fn an_output_that_is_a_mount_point_is_refused_and_kept() {
    let site = TestSite::fixture("minimal");
    let Some(_disk) = mounted_or_skip(&site, "8m", "mount point output") else {
        return;
    };
    // The output folder itself is the mount: it cannot be swapped.
    let out = site.path("disk");
    let out_arg = out.to_str().unwrap();
    // The first build cannot rename into a mount point either; keng says why.
    std::fs::write(out.join(".keng-output"), "x").unwrap();
    std::fs::write(out.join("index.html"), "old").unwrap();
    let before = tree_of(&out);
    let run = site.keng(&["build", "--output", out_arg]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("mount point"), "{}", run.stderr);
    assert_eq!(tree_of(&out), before);
}

#[test]
fn a_page_that_cannot_be_deleted_does_not_mix_the_output() {
    let site = TestSite::fixture("minimal");
    site.build(&[]);
    let page = site.path("public/index.html");
    let immutable = is_root()
        && Command::new("chattr")
            .arg("+i")
            .arg(&page)
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
    if !immutable {
        eprintln!("immutable page: skipped (needs root and a file system with chattr +i)");
        return;
    }
    set_title(&site, "Đổi tên");
    let expected_site = TestSite::fixture("minimal");
    set_title(&expected_site, "Đổi tên");
    expected_site.build(&[]);
    let run = site.keng(&["build"]);
    let leftover = site.path(".public.keng-next");
    let _ = Command::new("chattr").arg("-R").arg("-i").arg(&leftover).status();
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("could not be deleted"), "{}", run.stderr);
    assert_eq!(site.tree("public"), expected_site.tree("public"));
    // Once the file can go, the next build removes the leftover.
    site.build(&[]);
    assert!(!leftover.exists());
}
