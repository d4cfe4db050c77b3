//! Watching the site's files and rebuilding on change.

use crate::messages::msg;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use notify_debouncer_full::notify::{EventKind, RecursiveMode};
use notify_debouncer_full::{DebounceEventResult, Debouncer, RecommendedCache, new_debouncer};

use super::{Signal, State};
use crate::diagnostic::Diagnostic;

/// What a change touches, for the log and for CSS-only reloads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeKind {
    Content,
    Template,
    /// A shortcode's template: it shapes the converted bodies.
    Shortcode,
    Static,
    Config,
}

/// Sorts a changed path; `None` for paths the site does not read
/// (editor swap and backup files, hidden files, build output).
pub fn classify(root: &Path, path: &Path) -> Option<ChangeKind> {
    let rel = path.strip_prefix(root).ok()?;
    let name = rel.file_name()?.to_string_lossy();
    if crate::walk::is_ignored(&name)
        || rel
            .components()
            .any(|c| c.as_os_str().to_string_lossy().starts_with('.'))
    {
        return None;
    }
    let part = |n: usize| rel.components().nth(n).map(|c| c.as_os_str().to_string_lossy());
    let template = |below: Option<std::borrow::Cow<str>>| match below {
        Some(dir) if dir == crate::templates::SHORTCODES.trim_end_matches('/') => ChangeKind::Shortcode,
        _ => ChangeKind::Template,
    };
    match part(0)?.as_ref() {
        "content" => Some(ChangeKind::Content),
        "templates" => Some(template(part(1))),
        "static" => Some(ChangeKind::Static),
        // themes/NAME/static/… or themes/NAME/templates/…
        "themes" => Some(match part(2).as_deref() {
            Some("static") => ChangeKind::Static,
            _ => template(part(3)),
        }),
        "site.toml" => Some(ChangeKind::Config),
        _ => None,
    }
}

pub type Watcher = Debouncer<notify_debouncer_full::notify::RecommendedWatcher, RecommendedCache>;

/// Watches the site folder; each batch of changes rebuilds the site.
pub fn start(state: Arc<State>, log: super::Log) -> Result<Watcher, Diagnostic> {
    let root = state
        .opts
        .root
        .canonicalize()
        .unwrap_or_else(|_| state.opts.root.clone());
    let watch_root = root.clone();
    let mut debouncer = new_debouncer(Duration::from_millis(25), None, move |result: DebounceEventResult| {
        let Ok(events) = result else {
            // Events may be lost: the next load walks content/ again.
            state.load_cache.forget_listing();
            return;
        };
        if events.iter().any(|e| e.need_rescan()) {
            state.load_cache.forget_listing();
        }
        let changing = events.iter().filter(|e| is_change(e));
        state
            .load_cache
            .note_changed(changing.flat_map(|e| e.paths.iter().cloned()));
        let changed = changes(&watch_root, &events);
        if !changed.is_empty() {
            apply(&state, &watch_root, &changed, &log);
        }
    })
    .map_err(|e| Diagnostic::new(&root, msg!("serve-watch-failed", detail = e.to_string())))?;
    debouncer
        .watch(&root, RecursiveMode::Recursive)
        .map_err(|e| Diagnostic::new(&root, msg!("serve-watch-failed", detail = e.to_string())))?;
    Ok(debouncer)
}

/// The site's files that changed, each once, with what they are.
fn changes(root: &Path, events: &[notify_debouncer_full::DebouncedEvent]) -> Vec<(PathBuf, ChangeKind)> {
    let mut changed: Vec<(PathBuf, ChangeKind)> = Vec::new();
    for event in events.iter().filter(|e| is_change(e)) {
        for path in &event.paths {
            if let Some(kind) = classify(root, path) {
                if !changed.iter().any(|(p, _)| p == path) {
                    changed.push((path.clone(), kind));
                }
            }
        }
    }
    changed
}

/// Reading files (our own rebuild does) is not a change.
fn is_change(event: &notify_debouncer_full::DebouncedEvent) -> bool {
    !matches!(event.kind, EventKind::Access(_) | EventKind::Other)
}

/// Brings the served site up to date with `changed`: one entry's pages,
/// or edited static files alone, when that is enough; else a full build.
fn apply(state: &Arc<State>, root: &Path, changed: &[(PathBuf, ChangeKind)], log: &super::Log) {
    let started = Instant::now();
    let what = changed
        .iter()
        .map(|(p, _)| p.strip_prefix(root).unwrap_or(p).display().to_string())
        .collect::<Vec<_>>()
        .join(", ");
    let ms = || started.elapsed().as_millis() as u64;
    let failed = |failure: super::Failure| {
        let _ = state.signals.send(Signal::Failed(failure.clone()));
        log(&msg!(
            "serve-build-failed",
            changed = &what,
            ms = ms(),
            findings = failure.text()
        ));
    };
    // A folder that appeared in static/ does not count against a CSS-only
    // change; a new templates/ folder may come alone (its files made before
    // it was watched) and reloads the pages.
    let css_only = changed
        .iter()
        .all(|(p, k)| *k == ChangeKind::Static && (p.is_dir() || p.extension().is_some_and(|e| e == "css")));
    let reload = if css_only { Signal::Css } else { Signal::Reload };
    if let Some(rel) = edited_entry(root, changed) {
        match state.quick_update(&rel) {
            super::Quick::Done => {
                let _ = state.signals.send(Signal::Ok);
                let _ = state.signals.send(Signal::Reload);
                log(&msg!("serve-updated", changed = &what, ms = ms()));
                return;
            }
            super::Quick::Failed(failure) => return failed(failure),
            super::Quick::NotApplicable => {}
        }
    }
    // Static files that were edited (not added or removed): copied alone.
    let static_edits = changed.iter().all(|(p, k)| *k == ChangeKind::Static && p.is_file());
    let no_error = state.failed.read().unwrap_or_else(|p| p.into_inner()).is_none();
    if static_edits && no_error {
        let paths: Vec<PathBuf> = changed.iter().map(|(p, _)| p.clone()).collect();
        if state.copy_static(&paths) {
            let _ = state.signals.send(reload);
            log(&msg!("serve-copied", changed = &what, ms = ms()));
            return;
        }
    }
    // Templates (but shortcodes') and static files leave the site graph as it is.
    let scope = if changed.iter().any(|(_, k)| *k == ChangeKind::Shortcode) {
        super::Scope::Everything
    } else if changed
        .iter()
        .all(|(_, k)| matches!(k, ChangeKind::Static | ChangeKind::Template))
    {
        super::Scope::Templates
    } else {
        super::Scope::Content
    };
    // Pages that fail to render are found after the reload, by the
    // background render: that is told to the console too.
    let tell_late: super::LateFailure = {
        let (log, what) = (Arc::clone(log), what.clone());
        Box::new(move |failure| {
            let ms = started.elapsed().as_millis() as u64;
            log(&msg!(
                "serve-build-failed",
                changed = &what,
                ms = ms,
                findings = failure.text()
            ));
        })
    };
    match state.rebuild_on_demand(scope, tell_late) {
        Ok(_) => {
            let _ = state.signals.send(Signal::Ok);
            let _ = state.signals.send(reload);
            log(&msg!("serve-rebuilt", changed = &what, ms = ms()));
        }
        Err(failure) => failed(failure),
    }
}

/// The `content/`-relative path of the one entry file that changed, if
/// that is the whole change.
fn edited_entry(root: &Path, changed: &[(PathBuf, ChangeKind)]) -> Option<String> {
    let [(path, ChangeKind::Content)] = changed else {
        return None;
    };
    if !path.is_file() {
        return None;
    }
    let rel = path.strip_prefix(root.join("content")).ok()?;
    Some(
        rel.components()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changes_are_sorted_and_editor_files_ignored() {
        let root = Path::new("/site");
        assert_eq!(
            classify(root, Path::new("/site/content/tin-tuc/a.md")),
            Some(ChangeKind::Content)
        );
        assert_eq!(
            classify(root, Path::new("/site/templates/page.html")),
            Some(ChangeKind::Template)
        );
        assert_eq!(
            classify(root, Path::new("/site/static/style.css")),
            Some(ChangeKind::Static)
        );
        assert_eq!(
            classify(root, Path::new("/site/themes/t/static/a.css")),
            Some(ChangeKind::Static)
        );
        assert_eq!(classify(root, Path::new("/site/site.toml")), Some(ChangeKind::Config));
        for shortcode in [
            "/site/templates/shortcodes/hotline.html",
            "/site/themes/t/templates/shortcodes/x.html",
        ] {
            assert_eq!(
                classify(root, Path::new(shortcode)),
                Some(ChangeKind::Shortcode),
                "{shortcode}"
            );
        }
        assert_eq!(
            classify(root, Path::new("/site/themes/t/templates/page.html")),
            Some(ChangeKind::Template)
        );
        for ignored in [
            "/site/content/.a.md.swp",
            "/site/content/a.md~",
            "/site/content/4913",
            "/site/content/#a.md#",
            "/site/public/index.html",
            "/site/.git/HEAD",
            "/site/target/x",
        ] {
            assert_eq!(classify(root, Path::new(ignored)), None, "{ignored}");
        }
    }
}
