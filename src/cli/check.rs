//! `keng check`: prints the findings for people (text) or for CI (json).

use std::io::Write;
use std::process::ExitCode;

use keng::messages::msg;
use keng::messages::{self, Lang};
use keng::report;

use super::{Format, Printer, kinds_text};

pub fn check(out: &Printer, opts: &keng::check::CheckOptions, format: Format) -> ExitCode {
    let r = keng::check::check(opts);
    match format {
        Format::Json => {
            // The code and the English text are for scripts; `message` and
            // `hint` are in the run's language (`lang`).
            let lang = messages::language();
            let findings: Vec<serde_json::Value> = r
                .findings
                .iter()
                .map(|d| {
                    serde_json::json!({
                        "path": d.path.display().to_string(),
                        "line": d.line,
                        "col": d.col,
                        "severity": d.severity,
                        "code": d.code(),
                        "message": d.message.text_in(lang),
                        "message_en": d.message.text_in(Lang::En),
                        "hint": d.hint.as_ref().map(|h| h.text_in(lang)),
                        "hint_en": d.hint.as_ref().map(|h| h.text_in(Lang::En)),
                    })
                })
                .collect();
            let doc = serde_json::json!({
                "lang": lang.tag(),
                "findings": findings,
                "errors": r.errors(),
                "warnings": r.warnings(),
                "pages": r.pages,
                "sections": r.sections,
                "kinds": r.kinds,
            });
            let _ = writeln!(
                std::io::stdout().lock(),
                "{}",
                serde_json::to_string_pretty(&doc).unwrap_or_default()
            );
        }
        Format::Text => {
            out.findings(&r.findings);
            let line = msg!(
                "check-summary",
                pages = r.pages,
                kinds = kinds_text(&r.kinds),
                sections = r.sections,
                ms = r.duration.as_millis() as u64,
                findings = report::counts(r.errors(), r.warnings())
            )
            .text();
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
