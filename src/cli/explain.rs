//! `keng explain CODE`: what a finding means, an example and its fix, in
//! the run's language (as `rustc --explain` does); without a code, the list.

use std::io::Write;
use std::process::ExitCode;

use keng::messages::msg;
use keng::messages::{self, codes};

pub fn explain(code: Option<&str>) -> ExitCode {
    let lang = messages::language();
    // A closed pipe (keng explain | head) ends the listing quietly.
    let mut out = std::io::stdout().lock();
    let Some(code) = code else {
        let _ = writeln!(out, "{}\n", messages::tr("explain-list-heading"));
        for (code, _) in codes::CODES {
            let _ = writeln!(out, "  {code}  {}", title(&explanation(code, lang)));
        }
        return ExitCode::SUCCESS;
    };
    match codes::find(code) {
        Some(code) => {
            let _ = writeln!(out, "{code}: {}", explanation(code, lang));
            ExitCode::SUCCESS
        }
        None => {
            eprintln!(
                "{}: {}",
                messages::tr("label-error"),
                msg!("explain-unknown-code", code = code).text()
            );
            ExitCode::from(2)
        }
    }
}

/// The explanation of `code`; its first line is its title.
pub fn explanation(code: &str, lang: messages::Lang) -> String {
    messages::text_of(&format!("explain-{code}"), lang)
}

fn title(text: &str) -> &str {
    text.lines().next().unwrap_or_default()
}
