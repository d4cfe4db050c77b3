//! The `keng` command line. Parsing and printing only; the work is in the library.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use chrono::{DateTime, FixedOffset};
use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "keng",
    version,
    about = "Static site generator for public community-safety information"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Build the site into the output folder (ROOT/public by default).
    Build {
        /// The site folder, holding site.toml and content/.
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Where to write the site; replaced as a whole when the build succeeds.
        #[arg(long)]
        output: Option<PathBuf>,
        /// Use this base URL instead of site.toml's base_url.
        #[arg(long)]
        base_url: Option<String>,
        /// Include entries marked draft = true.
        #[arg(long)]
        drafts: bool,
        /// Pin the clock for date-dependent output (RFC 3339, e.g. 2021-01-01T08:00:00+07:00).
        #[arg(long, value_parser = parse_now)]
        now: Option<DateTime<FixedOffset>>,
        /// Print the time each stage took.
        #[arg(short, long)]
        verbose: bool,
    },
}

fn parse_now(s: &str) -> Result<DateTime<FixedOffset>, String> {
    DateTime::parse_from_rfc3339(s).map_err(|e| format!("{e}; expected RFC 3339 like 2021-01-01T08:00:00+07:00"))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Build {
            root,
            output,
            base_url,
            drafts,
            now,
            verbose,
        } => {
            let opts = keng::BuildOptions {
                root,
                output,
                base_url,
                include_drafts: drafts,
                now,
            };
            let started = Instant::now();
            match keng::build(&opts) {
                Ok(summary) => {
                    if verbose {
                        for (stage, time) in &summary.timings {
                            eprintln!("  {stage:<10} {:>8.1} ms", time.as_secs_f64() * 1000.0);
                        }
                    }
                    eprintln!(
                        "Built {} pages and {} sections into {} in {:.0} ms ({} files written, {} unchanged, {} removed).",
                        summary.pages,
                        summary.sections,
                        opts.output_dir().display(),
                        started.elapsed().as_secs_f64() * 1000.0,
                        summary.files_written,
                        summary.files_unchanged,
                        summary.files_removed
                    );
                    ExitCode::SUCCESS
                }
                Err(errors) => {
                    eprint!("{errors}");
                    eprintln!(
                        "Build failed with {} error(s); the previous output was left as it was.",
                        errors.len()
                    );
                    ExitCode::from(1)
                }
            }
        }
    }
}
