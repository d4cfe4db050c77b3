//! The `keng` command line. Parsing and printing only; the work is in the library.

use std::collections::BTreeMap;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::{DateTime, FixedOffset};
use clap::{CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use keng::diagnostic::Diagnostic;
use keng::messages::msg;
use keng::messages::{self, Message};
use keng::report::{self, Style};

/// mimalloc: a clean build of the 10,000-article corpus takes 16% less time
/// than with the system allocator (README, "Dependencies").
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[path = "cli/build.rs"]
mod build_command;
#[path = "cli/check.rs"]
mod check_command;
#[path = "cli/deploy.rs"]
mod deploy_command;
#[path = "cli/explain.rs"]
mod explain_command;
#[path = "cli/help.rs"]
mod help;

#[derive(Parser)]
#[command(
    name = "keng",
    version,
    about = "Static site generator for public community-safety information"
)]
struct Cli {
    /// Print only errors.
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    quiet: bool,
    /// Print more: the time each build stage took, every file a deploy sends.
    #[arg(short, long, global = true)]
    verbose: bool,
    /// The language of keng's messages (else KENG_LANG, the locale, the site's language).
    #[arg(long, global = true, value_enum)]
    lang: Option<LangArg>,
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
        /// Where to write the site.
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
    },
    /// Check the site without writing it: errors, broken links, missing files, warnings.
    Check {
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Also request every link to another site.
        #[arg(long)]
        external: bool,
        /// Output for people (text) or for CI (json).
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        #[arg(long)]
        drafts: bool,
        #[arg(long, value_parser = parse_now)]
        now: Option<DateTime<FixedOffset>>,
    },
    /// Preview the site with live reload while you edit (never writes public/).
    Serve {
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Address to listen on; anything but 127.0.0.1 makes the preview reachable from other machines.
        #[arg(long, default_value = "127.0.0.1")]
        bind: std::net::IpAddr,
        /// Port to listen on (0: any free port).
        #[arg(long, default_value_t = 1111)]
        port: u16,
        /// Include entries marked draft = true.
        #[arg(long)]
        drafts: bool,
        /// Open the site in the browser.
        #[arg(long)]
        open: bool,
    },
    /// Start a new entry of a kind: keng new article "Cảnh báo lừa đảo qua điện thoại".
    New {
        /// article, model, sign, camera, guide, alert, or a kind of site.toml.
        kind: String,
        title: String,
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
    /// Publish the last build to a target of [[deploy.targets]], sending only what changed.
    Deploy {
        /// The site folder, holding site.toml.
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// The build to publish (ROOT/public by default).
        #[arg(long)]
        output: Option<PathBuf>,
        /// The target's name in site.toml (the first target by default).
        #[arg(long)]
        target: Option<String>,
        /// Only list what would be uploaded and deleted, with counts and bytes.
        #[arg(long)]
        dry_run: bool,
        /// Keep files on the target that the build no longer has.
        #[arg(long)]
        no_delete: bool,
        /// Build first; deploy only if the build succeeded.
        #[arg(long)]
        build: bool,
    },
    /// Create a small working site in a new folder.
    Init {
        dir: PathBuf,
        /// Write into a folder that is not empty.
        #[arg(long)]
        force: bool,
    },
    /// Explain a finding's code (K0204): what it means, an example and the fix.
    Explain { code: Option<String> },
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum LangArg {
    Vi,
    En,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Text,
    Json,
}

fn parse_now(s: &str) -> Result<DateTime<FixedOffset>, String> {
    DateTime::parse_from_rfc3339(s).map_err(|e| msg!("cli-now-invalid", detail = e.to_string()).text())
}

/// Parses the arguments with help and errors in the chosen language.
fn parse_args() -> Result<Cli, ExitCode> {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    help::choose_language(&args);
    // Help texts are put into words only when they are shown: most runs
    // parse their arguments without reading the catalogue.
    let matches = Cli::command()
        .try_get_matches_from(&args)
        .map_err(|_| help::show_help_or_error(Cli::command(), &args))?;
    Cli::from_arg_matches(&matches).map_err(|e| {
        eprint!("{}", e.render());
        ExitCode::from(2)
    })
}

/// Colour on a terminal (or when CLICOLOR_FORCE is set), never when
/// NO_COLOR is set (no-color.org).
fn use_color() -> bool {
    let set = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty() && v != "0");
    if set("NO_COLOR") {
        return false;
    }
    set("CLICOLOR_FORCE") || std::io::stderr().is_terminal()
}

fn main() -> ExitCode {
    let cli = match parse_args() {
        Ok(cli) => cli,
        Err(code) => return code,
    };
    let style = Style {
        color: use_color(),
        snippets: true,
    };
    let out = Printer {
        style,
        quiet: cli.quiet,
    };
    match cli.command {
        Command::Build {
            root,
            output,
            base_url,
            drafts,
            now,
        } => exit_code(build_command::build(
            &out,
            cli.verbose,
            keng::BuildOptions {
                root,
                output,
                base_url,
                include_drafts: drafts,
                now,
                progress: None,
            },
        )),
        Command::Check {
            root,
            external,
            format,
            drafts,
            now,
        } => {
            let mut build = keng::BuildOptions::new(root);
            build.include_drafts = drafts;
            build.now = now;
            let opts = keng::check::CheckOptions {
                build,
                external: external.then(Default::default),
            };
            check_command::check(&out, &opts, format)
        }
        Command::Serve {
            root,
            bind,
            port,
            drafts,
            open,
        } => serve(
            &out,
            keng::serve::ServeOptions {
                root,
                bind,
                port,
                include_drafts: drafts,
                open,
            },
        ),
        Command::Deploy {
            root,
            output,
            target,
            dry_run,
            no_delete,
            build: build_first,
        } => {
            if build_first {
                let mut opts = keng::BuildOptions::new(&root);
                opts.output = output.clone();
                if !build_command::build(&out, cli.verbose, opts) {
                    eprintln!("{}", messages::tr("deploy-nothing-deployed"));
                    return ExitCode::from(1);
                }
            }
            let opts = keng::deploy::DeployOptions {
                output,
                target,
                dry_run,
                delete: !no_delete,
                ..keng::deploy::DeployOptions::new(root)
            };
            deploy_command::deploy(&out, cli.verbose, opts)
        }
        Command::New { kind, title, root } => new_entry(&out, &root, &kind, &title),
        Command::Init { dir, force } => init(&out, &dir, force),
        Command::Explain { code } => explain_command::explain(code.as_deref()),
    }
}

fn serve(out: &Printer, opts: keng::serve::ServeOptions) -> ExitCode {
    let quiet = out.quiet;
    let log: keng::serve::Log = Arc::new(move |line: &Message| {
        if !quiet || line.id == keng::serve::SERVING {
            eprintln!("{line}");
        }
    });
    match keng::serve::serve(opts, log) {
        Ok(()) => ExitCode::SUCCESS,
        Err(d) => out.fail(&[d]),
    }
}

fn new_entry(out: &Printer, root: &std::path::Path, kind: &str, title: &str) -> ExitCode {
    match keng::scaffold::new_entry(root, kind, title, chrono::Local::now().date_naive()) {
        Ok(path) => {
            out.say(&msg!("new-created", file = &path, placeholder = keng::lint::PLACEHOLDER).text());
            ExitCode::SUCCESS
        }
        Err(d) => out.fail(&[d]),
    }
}

fn init(out: &Printer, dir: &std::path::Path, force: bool) -> ExitCode {
    match keng::scaffold::init(dir, force, chrono::Local::now().date_naive()) {
        Ok(files) => {
            out.say(&msg!("init-created", files = files.len(), dir = dir).text());
            ExitCode::SUCCESS
        }
        Err(d) => out.fail(&[d]),
    }
}

/// Where messages go: findings and summaries on stderr, JSON on stdout.
struct Printer {
    style: Style,
    quiet: bool,
}

impl Printer {
    fn say(&self, line: &str) {
        if !self.quiet {
            eprintln!("{line}");
        }
    }

    fn finding(&self, d: &Diagnostic) {
        self.findings([d]);
    }

    /// Prints findings in their order. Each reads its file for the source
    /// line, so they are rendered in parallel and written at once: a large
    /// site's thousands of warnings printed one by one took a few tenths
    /// of a second.
    fn findings<'a>(&self, findings: impl IntoIterator<Item = &'a Diagnostic>) {
        use rayon::prelude::*;
        use std::io::Write;
        let shown: Vec<&Diagnostic> = findings.into_iter().filter(|d| d.is_error() || !self.quiet).collect();
        let text: Vec<String> = shown.par_iter().map(|d| report::render(d, self.style)).collect();
        let mut stderr = std::io::BufWriter::new(std::io::stderr().lock());
        for t in text {
            let _ = stderr.write_all(t.as_bytes());
        }
        let _ = stderr.flush();
    }

    fn fail(&self, findings: &[Diagnostic]) -> ExitCode {
        self.findings(findings);
        ExitCode::from(1)
    }
}

/// " (article 12, camera 3)", or nothing when no page has a kind.
fn kinds_text(kinds: &BTreeMap<String, usize>) -> Message {
    let parts: Vec<String> = kinds
        .iter()
        .filter(|(k, _)| !k.is_empty())
        .map(|(k, n)| format!("{k} {n}"))
        .collect();
    if parts.is_empty() {
        msg!("summary-no-kinds")
    } else {
        msg!("summary-kinds", kinds = parts.join(", "))
    }
}

fn exit_code(success: bool) -> ExitCode {
    if success { ExitCode::SUCCESS } else { ExitCode::from(1) }
}

/// A progress bar on a terminal, shown once the work has taken a second;
/// `progress` is set to feed it.
fn progress_bar(
    out: &Printer,
    label: &'static str,
    started: Instant,
    progress: &mut Option<keng::Progress>,
) -> indicatif::ProgressBar {
    let bar = indicatif::ProgressBar::hidden();
    if let Ok(style) = indicatif::ProgressStyle::with_template("{msg} [{bar:40}] {pos}/{len}") {
        bar.set_style(style.progress_chars("=> "));
    }
    bar.set_message(messages::tr(label));
    if std::io::stderr().is_terminal() && !out.quiet {
        let bar = bar.clone();
        let shown = std::sync::atomic::AtomicBool::new(false);
        *progress = Some(keng::Progress(Arc::new(move |done, total| {
            if started.elapsed() < Duration::from_secs(1) {
                return;
            }
            if !shown.swap(true, std::sync::atomic::Ordering::Relaxed) {
                bar.set_length(total as u64);
                bar.set_draw_target(indicatif::ProgressDrawTarget::stderr());
            }
            bar.set_position(done as u64);
        })));
    }
    bar
}
