//! `keng deploy`: runs the library's deploy and prints what it did.

use std::process::ExitCode;
use std::time::Instant;

use keng::deploy::{DeployOptions, DeployReport};
use keng::report;

use super::Printer;

pub fn deploy(out: &Printer, verbose: bool, mut opts: DeployOptions) -> ExitCode {
    let started = Instant::now();
    let bar = super::progress_bar(out, started, &mut opts.progress);
    let result = keng::deploy::deploy(&opts);
    bar.finish_and_clear();
    match result {
        Ok(report) => {
            if report.dry_run || verbose {
                for change in &report.outcome.changes {
                    let what = if change.step == "delete" { "delete" } else { "upload" };
                    let detail = match (change.step, change.new) {
                        ("delete", _) => String::new(),
                        (_, true) => format!("  {} (new)", bytes(change.bytes)),
                        (_, false) => format!("  {} (changed)", bytes(change.bytes)),
                    };
                    out.say(&format!("  {what:<6}  {:<6}  {}{detail}", change.step, change.rel));
                }
            }
            if let Some(d) = &report.outcome.left_behind {
                out.finding(d);
            }
            out.say(&summary(&report));
            ExitCode::SUCCESS
        }
        Err(errors) => {
            for d in errors.iter() {
                out.finding(d);
            }
            eprintln!("Deploy failed: {}.", report::count(errors.len(), "error", "errors"));
            ExitCode::from(1)
        }
    }
}

/// The summary line: uploaded, deleted, unchanged, bytes, time.
fn summary(r: &DeployReport) -> String {
    let o = &r.outcome;
    let new = o.changes.iter().filter(|c| c.new).count();
    let mut parts = vec![format!(
        "{} {} ({}; {new} new, {} changed)",
        report::count(o.uploaded, "file", "files"),
        if r.dry_run { "to upload" } else { "uploaded" },
        bytes(o.uploaded_bytes),
        o.uploaded - new
    )];
    parts.push(format!(
        "{} {}",
        o.deleted,
        if r.dry_run { "to delete" } else { "deleted" }
    ));
    if o.kept > 0 {
        parts.push(format!("{} kept (--no-delete)", o.kept));
    }
    parts.push(format!("{} unchanged", o.unchanged));
    let nothing = if o.uploaded == 0 && o.deleted == 0 {
        "nothing changed: "
    } else {
        ""
    };
    let head = if r.dry_run {
        format!("Dry run for {} ({}), nothing was sent", r.target, r.place)
    } else {
        format!(
            "Deployed to {} ({}) in {:.1} s",
            r.target,
            r.place,
            r.duration.as_secs_f64()
        )
    };
    format!("{head}: {nothing}{}.", parts.join(", "))
}

fn bytes(n: u64) -> String {
    match n {
        n if n < 1024 => format!("{n} B"),
        n if n < 1024 * 1024 => format!("{:.1} KiB", n as f64 / 1024.0),
        n => format!("{:.1} MiB", n as f64 / (1024.0 * 1024.0)),
    }
}
