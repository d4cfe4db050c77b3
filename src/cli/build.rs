//! `keng build`: runs the build and prints its summary.

use std::time::Instant;

use keng::messages::msg;
use keng::report;

use super::{Printer, kinds_text, progress_bar};

/// Builds and prints the outcome; true when the build succeeded.
pub fn build(out: &Printer, verbose: bool, mut opts: keng::BuildOptions) -> bool {
    let started = Instant::now();
    let bar = progress_bar(out, "progress-building", started, &mut opts.progress);
    let result = keng::build(&opts);
    bar.finish_and_clear();
    match result {
        Ok(summary) => {
            out.findings(&summary.warnings);
            if verbose && !out.quiet {
                for (stage, time) in &summary.timings {
                    let ms = keng::messages::decimal(time.as_secs_f64() * 1000.0, 1);
                    eprintln!(
                        "  {}",
                        msg!(
                            "build-stage-time",
                            stage = format!("{stage:<10}"),
                            ms = format!("{ms:>8}")
                        )
                    );
                }
            }
            out.say(
                &msg!(
                    "build-summary",
                    pages = summary.pages,
                    kinds = kinds_text(&summary.kinds),
                    sections = summary.sections,
                    output = &opts.output_dir(),
                    ms = started.elapsed().as_millis() as u64,
                    findings = report::counts(0, summary.warnings.len()),
                    written = summary.files_written,
                    unchanged = summary.files_unchanged,
                    removed = summary.files_removed,
                    photos = photos_text(&summary)
                )
                .text(),
            );
            true
        }
        Err(errors) => {
            out.findings(errors.iter());
            eprintln!("{}", msg!("build-failed", errors = errors.len()).text());
            false
        }
    }
}

/// "; 12 photos, 3 versions made" (the rest came from the cache).
fn photos_text(summary: &keng::BuildSummary) -> keng::messages::Message {
    if summary.photos == 0 {
        return msg!("summary-no-photos");
    }
    msg!(
        "summary-photos",
        photos = summary.photos,
        made = summary.photo_versions_made
    )
}
