//! `keng build`: runs the build and prints its summary.

use std::time::Instant;

use keng::report;

use super::{Printer, kinds_text, progress_bar};

/// Builds and prints the outcome; true when the build succeeded.
pub fn build(out: &Printer, verbose: bool, mut opts: keng::BuildOptions) -> bool {
    let started = Instant::now();
    let bar = progress_bar(out, started, &mut opts.progress);
    let result = keng::build(&opts);
    bar.finish_and_clear();
    match result {
        Ok(summary) => {
            for w in &summary.warnings {
                out.finding(w);
            }
            if verbose && !out.quiet {
                for (stage, time) in &summary.timings {
                    eprintln!("  {stage:<10} {:>8.1} ms", time.as_secs_f64() * 1000.0);
                }
            }
            out.say(&format!(
                "Built {} pages{} and {} sections into {} in {:.0} ms: {} ({} files written, {} unchanged, {} removed){}.",
                summary.pages,
                kinds_text(&summary.kinds),
                summary.sections,
                opts.output_dir().display(),
                started.elapsed().as_secs_f64() * 1000.0,
                report::counts(0, summary.warnings.len()),
                summary.files_written,
                summary.files_unchanged,
                summary.files_removed,
                photos_text(&summary)
            ));
            true
        }
        Err(errors) => {
            for d in errors.iter() {
                out.finding(d);
            }
            eprintln!(
                "Build failed: {}. The previous output was left as it was.",
                report::count(errors.len(), "error", "errors")
            );
            false
        }
    }
}

/// "; 12 photos, 3 versions made" (the rest came from the cache).
fn photos_text(summary: &keng::BuildSummary) -> String {
    if summary.photos == 0 {
        return String::new();
    }
    format!(
        "; {}, {} made",
        report::count(summary.photos, "photo", "photos"),
        report::count(summary.photo_versions_made, "version", "versions")
    )
}
