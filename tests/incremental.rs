//! `keng serve`'s one-entry updates through the public API: the jobs an
//! edit needs come from the render plan (what each job shows), not from a
//! hand-written list. That the served result equals a full build is
//! tested end to end in `serve.rs`.

mod common;

use std::sync::Arc;

use common::TestSite;
use keng::content::Site;
use keng::plan::Job;
use keng::serve::incremental::{Update, update};

const NOW: &str = "2026-11-30T10:00:00+07:00";

fn opts(site: &TestSite) -> keng::BuildOptions {
    let mut opts = keng::BuildOptions::new(site.root());
    opts.now = Some(chrono::DateTime::parse_from_rfc3339(NOW).unwrap());
    opts
}

/// Edits `rel` to `text` and returns the jobs the update renders.
fn jobs_after_edit(site: &TestSite, built: &Arc<Site>, rel: &str, text: &str) -> Vec<Job> {
    site.write(&format!("content/{rel}"), text);
    let i = built.page_by_rel[rel];
    let kind = built.sections[built.pages[i].section].meta.kind.clone();
    let page = keng::load::load_entry(&built.config, site.root(), rel, kind.as_deref()).unwrap();
    let library = keng::templates::ShortcodeTemplates::load(site.root(), &built.config).unwrap();
    match update(built, i, page, false, &library) {
        Update::Jobs { jobs, .. } => jobs,
        Update::FullBuild => panic!("{rel}: a full build was asked for"),
        Update::Failed(e) => panic!("{rel}: {e}"),
    }
}

fn section_pagers(site: &Site, jobs: &[Job], dir: &str) -> Vec<usize> {
    let s = site.sections.iter().position(|s| s.dir == dir).unwrap();
    jobs.iter()
        .filter_map(|j| match j {
            Job::Section { section, pager } if *section == s => Some(*pager),
            _ => None,
        })
        .collect()
}

fn is_sitemap(format: usize) -> bool {
    matches!(&keng::outputs::FORMATS[format], keng::outputs::Format::Files(f) if f.name == "sitemap")
}

#[test]
fn a_body_edit_renders_the_entry_alone() {
    let site = TestSite::fixture("pagination");
    let (built, _) = keng::build_site_in_memory(&opts(&site)).unwrap();
    let rel = "tin-tuc/ban-tin-2.md";
    let text = site
        .read(&format!("content/{rel}"))
        .replace("Nội dung bản tin 2.", "Nội dung mới.");
    let jobs = jobs_after_edit(&site, &built, rel, &text);
    assert_eq!(jobs, [Job::Page(built.page_by_rel[rel])]);
}

#[test]
fn a_title_edit_renders_the_lists_that_show_the_entry() {
    let site = TestSite::fixture("pagination");
    let (built, _) = keng::build_site_in_memory(&opts(&site)).unwrap();
    // Four entries, two a page, newest first: ban-tin-2 is on page 2.
    let rel = "tin-tuc/ban-tin-2.md";
    let text = site
        .read(&format!("content/{rel}"))
        .replace("Bản tin số 2", "Bản tin hai");
    let jobs = jobs_after_edit(&site, &built, rel, &text);
    let i = built.page_by_rel[rel];
    assert!(jobs.contains(&Job::Page(i)));
    assert_eq!(section_pagers(&built, &jobs, "tin-tuc"), [2], "{jobs:?}");
    assert!(
        jobs.contains(&Job::Section {
            section: built.home,
            pager: 1
        }),
        "the home page shows everything"
    );
    let others = jobs.iter().filter(|j| matches!(j, Job::Page(p) if *p != i)).count();
    assert_eq!(others, 0, "no other entry's page: {jobs:?}");
    assert!(
        jobs.iter()
            .any(|j| matches!(j, Job::Output { format, .. } if is_sitemap(*format))),
        "the sitemap: {jobs:?}"
    );
}

#[test]
fn a_date_edit_renders_every_list_page_whose_entries_moved() {
    let site = TestSite::fixture("pagination");
    let (built, _) = keng::build_site_in_memory(&opts(&site)).unwrap();
    // ban-tin-1 (oldest, page 2) becomes the newest: both pages change.
    let rel = "tin-tuc/ban-tin-1.md";
    let text = site.read(&format!("content/{rel}")).replace("2021-01-01", "2021-02-01");
    let jobs = jobs_after_edit(&site, &built, rel, &text);
    assert_eq!(section_pagers(&built, &jobs, "tin-tuc"), [1, 2], "{jobs:?}");
}
