//! `keng check`: prints the findings for people (text) or for CI (json).

use std::process::ExitCode;

use keng::report;

use super::{Format, Printer, kinds_text};

pub fn check(out: &Printer, opts: &keng::check::CheckOptions, format: Format) -> ExitCode {
    let r = keng::check::check(opts);
    match format {
        Format::Json => {
            let findings: Vec<serde_json::Value> = r
                .findings
                .iter()
                .map(|d| {
                    serde_json::json!({
                        "path": d.path.display().to_string(),
                        "line": d.line,
                        "col": d.col,
                        "severity": d.severity,
                        "message": d.message,
                        "hint": d.hint,
                    })
                })
                .collect();
            let doc = serde_json::json!({
                "findings": findings,
                "errors": r.errors(),
                "warnings": r.warnings(),
                "pages": r.pages,
                "sections": r.sections,
                "kinds": r.kinds,
            });
            println!("{}", serde_json::to_string_pretty(&doc).unwrap_or_default());
        }
        Format::Text => {
            for d in &r.findings {
                out.finding(d);
            }
            let line = format!(
                "Checked {} pages{} and {} sections in {:.0} ms: {}.",
                r.pages,
                kinds_text(&r.kinds),
                r.sections,
                r.duration.as_secs_f64() * 1000.0,
                report::counts(r.errors(), r.warnings())
            );
            if r.errors() > 0 {
                eprintln!("{line}")
            } else {
                out.say(&line)
            }
        }
    }
    if r.errors() > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
