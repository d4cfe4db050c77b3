//! `keng deploy`: runs the library's deploy and prints what it did.

use std::process::ExitCode;
use std::time::Instant;

use keng::deploy::{DeployOptions, DeployReport, step_name};
use keng::messages::msg;
use keng::messages::{Message, decimal};

use super::Printer;

pub fn deploy(out: &Printer, verbose: bool, mut opts: DeployOptions) -> ExitCode {
    let started = Instant::now();
    let bar = super::progress_bar(out, "progress-deploying", started, &mut opts.progress);
    let result = keng::deploy::deploy(&opts);
    bar.finish_and_clear();
    match result {
        Ok(report) => {
            if report.dry_run || verbose {
                for change in &report.outcome.changes {
                    let line = match (change.step, change.new) {
                        ("delete", _) => msg!("deploy-line-delete", file = &change.rel),
                        (step, true) => msg!(
                            "deploy-line-new",
                            step = step_name(step),
                            file = &change.rel,
                            size = bytes(change.bytes)
                        ),
                        (step, false) => msg!(
                            "deploy-line-changed",
                            step = step_name(step),
                            file = &change.rel,
                            size = bytes(change.bytes)
                        ),
                    };
                    out.say(&format!("  {line}"));
                }
            }
            if let Some(d) = &report.outcome.left_behind {
                out.finding(d);
            }
            out.say(&summary(&report));
            ExitCode::SUCCESS
        }
        Err(errors) => {
            out.findings(errors.iter());
            eprintln!("{}", msg!("deploy-failed", errors = errors.len()).text());
            ExitCode::from(1)
        }
    }
}

/// The summary line: uploaded, deleted, unchanged, bytes, time.
fn summary(r: &DeployReport) -> String {
    let o = &r.outcome;
    let new = o.changes.iter().filter(|c| c.new).count();
    let head = if r.dry_run {
        msg!("deploy-summary-dry-run", target = &r.target, place = &r.place)
    } else {
        msg!(
            "deploy-summary-done",
            target = &r.target,
            place = &r.place,
            seconds = decimal(r.duration.as_secs_f64(), 1)
        )
    };
    let kept: Message = if o.kept > 0 {
        msg!("deploy-summary-kept", kept = o.kept)
    } else {
        msg!("summary-no-kinds")
    };
    msg!(
        "deploy-summary",
        head = head,
        nothing = (o.uploaded == 0 && o.deleted == 0).to_string(),
        dry = r.dry_run.to_string(),
        uploaded = o.uploaded,
        size = bytes(o.uploaded_bytes),
        new = new,
        changed = o.uploaded - new,
        deleted = o.deleted,
        kept = kept,
        unchanged = o.unchanged
    )
    .text()
}

fn bytes(n: u64) -> String {
    match n {
        n if n < 1024 => format!("{n} B"),
        n if n < 1024 * 1024 => format!("{} KiB", decimal(n as f64 / 1024.0, 1)),
        n => format!("{} MiB", decimal(n as f64 / (1024.0 * 1024.0), 1)),
    }
}
