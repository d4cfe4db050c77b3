//! Stage 3b, templates: load Tera templates and give them keng's filters and
//! functions.
//!
//! Templates come in layers, later ones replacing earlier ones file by file:
//! the built-in default theme, `themes/<name>/templates/` when site.toml
//! names a theme, then the site's own `templates/`.

mod filters;
mod functions;
mod shortcodes;
mod strings;

pub use shortcodes::ShortcodeTemplates;
pub use strings::interface_strings;

use crate::messages::msg;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use tera::{ErrorKind, Tera};

use crate::content::Site;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::theme;

/// Templates ready to render, and where each came from (for messages).
pub struct Templates {
    pub tera: Tera,
    /// Each template's file, for messages.
    origins: BTreeMap<String, PathBuf>,
}

impl Templates {
    /// Loads every template layer and registers filters, functions and the
    /// values shared by all pages (`site`, `i18n`, `now`). Shortcode
    /// templates (`shortcodes/`) are loaded apart, by [`ShortcodeTemplates`].
    pub fn load(root: &Path, site: &Arc<Site>, globals: tera::Context) -> Result<Templates, Diagnostics> {
        let mut sources = sources(root, &site.config)?;
        sources.retain(|name, _| !name.starts_with(SHORTCODES));
        Templates::compile(sources, &site.config.markdown, Some(site), globals)
    }

    /// Templates from their sources, with keng's filters, the functions
    /// that read the site graph when there is one, and shared values.
    fn compile(
        sources: Sources,
        markdown: &crate::config::MarkdownConfig,
        site: Option<&Arc<Site>>,
        globals: tera::Context,
    ) -> Result<Templates, Diagnostics> {
        let origins: BTreeMap<String, PathBuf> = sources.iter().map(|(k, (_, o))| (k.clone(), o.clone())).collect();
        let mut tera = Tera::default();
        tera.autoescape_on([".html", ".xml"]);
        filters::register(&mut tera, markdown);
        if let Some(site) = site {
            functions::register(&mut tera, site);
        }
        tera.global_context().extend(globals);
        let added = tera.add_raw_templates(sources.iter().map(|(name, (text, _))| (name.as_str(), text.as_str())));
        let templates = Templates { tera, origins };
        match added {
            Ok(()) => Ok(templates),
            Err(e) => Err(templates.build_errors(&e)),
        }
    }

    pub fn contains(&self, name: &str) -> bool {
        self.origins.contains_key(name)
    }

    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.origins.keys().map(String::as_str)
    }

    /// Turns a Tera error into a diagnostic at the template's line, naming
    /// the file being rendered.
    pub fn error(&self, err: &tera::Error, rendering: Option<&str>) -> Diagnostic {
        // The message, and the page being rendered when there is one.
        let message = |detail: String| match rendering {
            Some(page) => msg!("template-error-rendering", detail = detail, page = page),
            None => msg!("template-error", detail = detail),
        };
        match err.kind() {
            ErrorKind::SyntaxError(report) | ErrorKind::RenderingError(report) => {
                let path = self.origin(report.filename());
                let span = report.span();
                Diagnostic::new(path, message(report.message().to_string()))
                    // Tera counts columns in characters, from 0.
                    .at(span.start_line, span.start_col + 1)
                    .hint(msg!("template-error-hint"))
            }
            ErrorKind::MissingParent { current, parent } => {
                let path = self.origin(current);
                // The `{% extends %}` line, when the template is a file.
                let line = std::fs::read_to_string(&path)
                    .ok()
                    .and_then(|text| text.lines().position(|l| l.contains("extends")))
                    .map_or(0, |i| i + 1);
                Diagnostic::new(&path, msg!("template-parent-missing", parent = parent.as_str()))
                    .at(line, 0)
                    .hint(msg!(
                        "template-available-hint",
                        names = self.names().collect::<Vec<_>>().join(", ")
                    ))
            }
            ErrorKind::TemplateNotFound(name) => Diagnostic::new(
                PathBuf::from("templates"),
                match rendering {
                    Some(page) => msg!("template-not-found-rendering", name = name.as_str(), page = page),
                    None => msg!("template-not-found", name = name.as_str()),
                },
            )
            .hint(msg!(
                "template-available-hint",
                names = self.names().collect::<Vec<_>>().join(", ")
            )),
            _ => {
                let mut text = err.to_string();
                let mut source = std::error::Error::source(err);
                while let Some(s) = source {
                    text.push_str(": ");
                    text.push_str(&s.to_string());
                    source = s.source();
                }
                Diagnostic::new(PathBuf::from("templates"), message(text))
            }
        }
    }

    /// Errors found when the templates are put together. Tera reports
    /// unknown filters, tests and functions of every template at once, as
    /// text: each becomes a finding at its template's line.
    fn build_errors(&self, err: &tera::Error) -> Diagnostics {
        let ErrorKind::Msg(text) = err.kind() else {
            return self.error(err, None).into();
        };
        let mut found = Diagnostics::default();
        for report in text.split("\n\n").filter(|r| r.starts_with("error: ")) {
            let mut lines = report.lines();
            let message = lines.next().unwrap_or_default().trim_start_matches("error: ");
            let place = lines.find_map(|l| l.trim_start().strip_prefix("--> "));
            let mut d = match place.and_then(|p| {
                let mut parts = p.rsplitn(3, ':');
                let col = parts.next()?.parse::<usize>().ok()?;
                let line = parts.next()?.parse::<usize>().ok()?;
                Some((parts.next()?, line, col))
            }) {
                Some((name, line, col)) => {
                    Diagnostic::new(self.origin(name), msg!("template-error", detail = message)).at(line, col)
                }
                None => Diagnostic::new(PathBuf::from("templates"), msg!("template-error", detail = message)),
            };
            d = d.hint(msg!("template-unknown-function-hint"));
            found.push(d);
        }
        if found.is_empty() {
            found.push(self.error(err, None));
        }
        found
    }

    fn origin(&self, name: &str) -> PathBuf {
        self.origins.get(name).cloned().unwrap_or_else(|| PathBuf::from(name))
    }
}

/// Template name → (text, file it came from).
type Sources = BTreeMap<String, (String, PathBuf)>;

/// The folder of shortcode templates, in every layer.
pub const SHORTCODES: &str = "shortcodes/";

/// Every template of every layer: the built-in theme, the site's theme,
/// the site's `templates/`, later ones replacing earlier ones.
fn sources(root: &Path, config: &crate::config::Config) -> Result<Sources, Diagnostics> {
    let mut sources: Sources = BTreeMap::new();
    let mut errors = Diagnostics::default();
    for file in theme::files("templates") {
        let text = String::from_utf8_lossy(file.contents).into_owned();
        let origin = PathBuf::from(format!("themes/default/templates/{} (built into keng)", file.rel));
        sources.insert(file.rel, (text, origin));
    }
    let mut layers = Vec::new();
    if let Some(name) = &config.theme {
        let dir = root.join("themes").join(name);
        if !dir.is_dir() {
            errors.push(
                Diagnostic::new(
                    root.join(crate::config::CONFIG_FILE),
                    msg!("theme-missing", name = name, dir = &dir),
                )
                .hint(msg!("theme-missing-hint")),
            );
        }
        layers.push(dir.join("templates"));
    }
    layers.push(root.join("templates"));
    for dir in layers {
        read_layer(root, &dir, config.allow_outside_links, &mut sources, &mut errors);
    }
    if !errors.is_empty() {
        errors.sort();
        return Err(errors);
    }
    Ok(sources)
}

/// Adds the templates of one folder, replacing same-named ones.
fn read_layer(
    root: &Path,
    dir: &Path,
    allow_outside_links: bool,
    sources: &mut BTreeMap<String, (String, PathBuf)>,
    errors: &mut Diagnostics,
) {
    if !dir.is_dir() {
        return;
    }
    let walk = crate::walk::Walk {
        site_root: root,
        allow_outside_links,
        skip_hidden_folders: false,
    };
    for (path, rel) in walk.files(dir, errors) {
        match std::fs::read(&path).map(String::from_utf8) {
            Ok(Ok(text)) => {
                sources.insert(rel, (text, path));
            }
            Ok(Err(_)) => {
                errors.push(Diagnostic::new(&path, msg!("template-not-utf8")).hint(msg!("template-not-utf8-hint")))
            }
            Err(e) => errors.push(Diagnostic::io(&path, &e)),
        }
    }
}
