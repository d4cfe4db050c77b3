//! The command line in the run's language: `--help` and `--version` text
//! from the catalogue (`cli-…` ids), and clap's usage errors re-worded.
//!
//! The help text of a flag is `cli-COMMAND-FLAG` (`cli-build-base-url`), of
//! a flag every command takes `cli-FLAG`, of a command `cli-COMMAND-about`.

use std::path::PathBuf;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command};
use keng::messages::{self, Lang, Message, msg, tr};

/// Chooses the language before the arguments are parsed (so that `--help`
/// and usage errors speak it): `--lang`, `KENG_LANG`, the locale, the
/// site's `language` (of `--root`, else the current folder).
pub fn choose_language(args: &[std::ffi::OsString]) {
    let value_of = |flag: &str| {
        let args: Vec<String> = args.iter().map(|a| a.to_string_lossy().into_owned()).collect();
        args.iter().enumerate().find_map(|(i, a)| {
            a.strip_prefix(&format!("{flag}="))
                .map(str::to_string)
                .or_else(|| (a == flag).then(|| args.get(i + 1).cloned()).flatten())
        })
    };
    let flag = value_of("--lang").as_deref().and_then(Lang::parse);
    let root = PathBuf::from(value_of("--root").unwrap_or_else(|| ".".to_string()));
    let env = |name: &str| std::env::var(name).ok();
    let (lang, ignored) = messages::choose(flag, &env, &|| messages::lang_of_site(&root));
    messages::set_language(lang);
    if let Some(value) = ignored {
        eprintln!("{}", msg!("cli-keng-lang-ignored", value = value).text());
    }
}

/// `cmd` with every help text, heading and usage line in the run's language.
pub fn localise(cmd: Command) -> Command {
    let options = tr("cli-heading-options");
    let template = format!(
        "{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        tr("cli-usage")
    );
    let mut cmd = cmd
        .about(tr("cli-about"))
        .disable_help_flag(true)
        .disable_version_flag(true)
        .disable_help_subcommand(true)
        .subcommand_help_heading(tr("cli-heading-commands"))
        .help_template(template.clone())
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .global(true)
                .action(ArgAction::Help)
                .help(tr("cli-help"))
                .help_heading(options.clone()),
        )
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(tr("cli-version"))
                .help_heading(options.clone()),
        )
        .override_usage(format!(
            "keng [{}] <{}>",
            tr("cli-placeholder-options"),
            tr("cli-placeholder-command")
        ))
        .mut_args(|a| localise_arg(a, None, &options));
    let names: Vec<String> = cmd.get_subcommands().map(|s| s.get_name().to_string()).collect();
    for name in names {
        let options = options.clone();
        let template = template.clone();
        cmd = cmd.mut_subcommand(name.clone(), move |sub| {
            let positionals: Vec<String> = sub
                .get_positionals()
                .map(|a| format!(" <{}>", a.get_id().as_str().to_uppercase()))
                .collect();
            let usage = format!(
                "keng {name} [{}]{}",
                tr("cli-placeholder-options"),
                positionals.concat()
            );
            sub.about(text(&format!("cli-{name}-about")))
                .help_template(template)
                .override_usage(usage)
                .mut_args(|a| localise_arg(a, Some(&name), &options))
        });
    }
    cmd
}

/// The catalogue id of a flag's help text.
pub fn arg_id(command: Option<&str>, arg: &str) -> String {
    let arg = arg.replace('_', "-");
    match command {
        Some(command) => format!("cli-{command}-{arg}"),
        None => format!("cli-{arg}"),
    }
}

fn localise_arg(arg: Arg, command: Option<&str>, options: &str) -> Arg {
    let id = arg.get_id().as_str().to_string();
    if id == "help" || id == "version" {
        return arg;
    }
    // Global flags keep their own (command-less) text in every command.
    let command = if arg.is_global_set() { None } else { command };
    let heading = if arg.is_positional() {
        tr("cli-heading-arguments")
    } else {
        options.to_string()
    };
    let takes_value = arg.get_action().takes_values();
    let arg = arg.help(text(&arg_id(command, &id))).help_heading(heading);
    // The help text says what the default and the choices are, in words.
    if takes_value {
        arg.hide_default_value(true).hide_possible_values(true)
    } else {
        arg
    }
}

/// An argument-less message whose id is only known at run time.
fn text(id: &str) -> String {
    keng::messages::text_of(id, keng::messages::language())
}

/// Parses `args` again with `cmd` in the run's language and prints what
/// clap stopped at: help or the version (exit 0), or a usage error (exit 2).
pub fn show_help_or_error(cmd: Command, args: &[std::ffi::OsString]) -> std::process::ExitCode {
    use std::process::ExitCode;
    let mut cmd = localise(cmd);
    let Err(e) = cmd.try_get_matches_from_mut(args) else {
        return ExitCode::from(2);
    };
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let _ = e.print();
            ExitCode::SUCCESS
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = e.print();
            ExitCode::from(2)
        }
        _ => {
            eprint!("{}", usage_error(&e, &mut cmd, args));
            ExitCode::from(2)
        }
    }
}

/// A usage error in the run's language, with the usage line and where to
/// read more; clap's own text for the rare kinds not worded here.
fn usage_error(err: &clap::Error, cmd: &mut Command, args: &[std::ffi::OsString]) -> String {
    let context = |kind: ContextKind| -> String {
        match err.get(kind) {
            Some(ContextValue::String(s)) => s.clone(),
            Some(ContextValue::Strings(list)) => list.join(", "),
            Some(ContextValue::StyledStr(s)) => s.to_string(),
            Some(ContextValue::StyledStrs(list)) => list.iter().map(|s| s.to_string()).collect::<Vec<_>>().join(", "),
            Some(ContextValue::Number(n)) => n.to_string(),
            _ => String::new(),
        }
    };
    let arg = context(ContextKind::InvalidArg);
    let message: Option<Message> = match err.kind() {
        ErrorKind::InvalidValue if !context(ContextKind::ValidValue).is_empty() => Some(msg!(
            "cli-error-invalid-value",
            value = context(ContextKind::InvalidValue),
            arg = &arg,
            valid = context(ContextKind::ValidValue)
        )),
        ErrorKind::InvalidValue => Some(msg!("cli-error-missing-value", arg = &arg)),
        ErrorKind::ValueValidation => Some(msg!(
            "cli-error-value-validation",
            value = context(ContextKind::InvalidValue),
            arg = &arg,
            detail = std::error::Error::source(err)
                .map(|e| e.to_string())
                .unwrap_or_default()
        )),
        ErrorKind::UnknownArgument => Some(match context(ContextKind::SuggestedArg) {
            s if s.is_empty() => msg!("cli-error-unknown-argument", arg = &arg),
            s => msg!("cli-error-unknown-argument-suggest", arg = &arg, suggestion = s),
        }),
        ErrorKind::InvalidSubcommand => Some(match context(ContextKind::SuggestedSubcommand) {
            s if s.is_empty() => msg!(
                "cli-error-unknown-command",
                command = context(ContextKind::InvalidSubcommand)
            ),
            s => msg!(
                "cli-error-unknown-command-suggest",
                command = context(ContextKind::InvalidSubcommand),
                suggestion = s
            ),
        }),
        ErrorKind::MissingRequiredArgument => Some(msg!("cli-error-missing-argument", arg = &arg)),
        ErrorKind::ArgumentConflict => Some(msg!(
            "cli-error-conflict",
            arg = &arg,
            other = context(ContextKind::PriorArg)
        )),
        ErrorKind::TooManyValues | ErrorKind::NoEquals => Some(msg!(
            "cli-error-unexpected-value",
            value = context(ContextKind::InvalidValue),
            arg = &arg
        )),
        _ => None,
    };
    let Some(message) = message else {
        return err.render().to_string();
    };
    // The usage of the command the error is about (the first argument
    // that names one), else of keng itself.
    let named = args.iter().skip(1).find_map(|a| {
        let a = a.to_str()?;
        cmd.get_subcommands().any(|s| s.get_name() == a).then(|| a.to_string())
    });
    let usage = match named.and_then(|name| cmd.find_subcommand_mut(name)) {
        Some(sub) => sub.render_usage().to_string(),
        None => cmd.render_usage().to_string(),
    };
    let usage = usage.split_once(": ").map_or(usage.as_str(), |(_, u)| u).trim();
    format!(
        "{}: {}\n\n{} {usage}\n\n{}\n",
        tr("label-error"),
        message.text(),
        tr("cli-usage"),
        tr("cli-error-more")
    )
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;
    use keng::messages::{Lang, has};

    /// Every command and flag has its help text in both catalogues.
    #[test]
    fn every_command_and_flag_has_help_in_both_languages() {
        let cmd = super::super::Cli::command();
        let mut ids = vec!["cli-about".to_string()];
        for arg in cmd.get_arguments() {
            ids.push(super::arg_id(None, arg.get_id().as_str()));
        }
        for sub in cmd.get_subcommands() {
            ids.push(format!("cli-{}-about", sub.get_name()));
            for arg in sub.get_arguments().filter(|a| !a.is_global_set()) {
                ids.push(super::arg_id(Some(sub.get_name()), arg.get_id().as_str()));
            }
        }
        for id in &ids {
            for lang in [Lang::Vi, Lang::En] {
                assert!(has(lang, id), "{id} is missing from the {} catalogue", lang.tag());
            }
        }
        assert!(ids.len() > 30, "{ids:?}");
    }
}
