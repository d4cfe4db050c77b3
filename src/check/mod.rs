//! `keng check`: everything a build validates, without writing output,
//! plus what only shows in the finished site: internal links and `#anchors`
//! (in Markdown and in what templates rendered), images and attachments that
//! do not exist, page-bundle files nothing links, the content warnings of
//! `lint`, and, with `--external`, links to other sites.

pub mod external;
mod links;

use std::collections::BTreeMap;
use std::time::Duration;

use crate::BuildOptions;
use crate::diagnostic::{Diagnostic, Diagnostics, Severity};
use links::LinkCollector;

/// What to check.
#[derive(Debug, Clone)]
pub struct CheckOptions {
    pub build: BuildOptions,
    /// Also request every link to another site.
    pub external: Option<external::ExternalOptions>,
}

/// The findings of a check, errors and warnings, in file order.
#[derive(Debug, Default)]
pub struct CheckReport {
    pub findings: Vec<Diagnostic>,
    pub pages: usize,
    pub sections: usize,
    /// Entries by kind (`""` for entries without one).
    pub kinds: BTreeMap<String, usize>,
    pub duration: Duration,
}

impl CheckReport {
    pub fn errors(&self) -> usize {
        self.findings.iter().filter(|d| d.severity == Severity::Error).count()
    }

    pub fn warnings(&self) -> usize {
        self.findings.iter().filter(|d| d.severity == Severity::Warning).count()
    }
}

pub fn check(opts: &CheckOptions) -> CheckReport {
    let started = std::time::Instant::now();
    let mut report = CheckReport::default();
    let mut timings = Vec::new();
    let mut findings = Diagnostics::default();
    let site = match crate::load_site_keep_going(&opts.build, &mut timings) {
        Ok((site, markdown_errors)) => {
            findings.extend(markdown_errors);
            site
        }
        Err(errors) => {
            report.findings = errors.0;
            report.duration = started.elapsed();
            return report;
        }
    };
    report.pages = site.pages.len();
    report.sections = site.sections.len();
    report.kinds = crate::entries_by_kind(&site);
    let collector = LinkCollector::default();
    // A template error on one page does not hide the findings of the rest.
    if let Err(errors) = crate::render_into(&site, &opts.build, &collector, &mut timings) {
        findings.extend(errors);
    }
    let rendered = collector.finish();
    links::check_internal(&site, &rendered, &mut findings);
    links::unlinked_bundle_files(&site, &rendered, &mut findings);
    for w in crate::lint::content_warnings(&site) {
        findings.push(w);
    }
    if let Some(ext) = &opts.external {
        for d in external::check(&links::external_links(&site, &rendered), ext) {
            findings.push(d);
        }
    }
    findings.sort();
    report.findings = findings.0;
    report.duration = started.elapsed();
    report
}
