//! Render on demand. After a change that touches many pages (a template,
//! a new, deleted or renamed entry, `site.toml`), the new site graph and
//! templates are swapped in as soon as they are ready, before any page is
//! rendered: the browser reloads at once and each page it asks for is
//! rendered then, while a background render brings every other file up to
//! date. A request for a file no job is known to write (a feed, the search
//! index) waits for that background render.
//!
//! Until it finishes, the files served before the change are kept aside:
//! when a page fails to render with the new templates, the editor sees the
//! findings over the last good version of the page.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;
use std::sync::atomic::Ordering;

use super::{Signal, State};
use crate::content::Site;
use crate::diagnostic::Diagnostics;
use crate::emit::MemoryOutput;
use crate::plan::Job;
use crate::render::Prepared;

/// What a change may leave as it was.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Only templates (not a shortcode's) or static files changed: the
    /// site graph stays.
    Templates,
    /// Files of `content/` or site.toml changed: unchanged files are not
    /// read again, and their bodies not converted again (unless a setting
    /// they are converted with changed).
    Content,
    /// A shortcode's template changed: every body is converted again.
    Everything,
}

/// Told when the background render after a change fails (the console).
pub type LateFailure = Box<dyn FnOnce(&super::Failure) + Send>;

/// A site graph whose pages are not all rendered yet.
pub struct Pending {
    /// The state's generation it belongs to: a newer change replaces it.
    generation: u64,
    site: Arc<Site>,
    prepared: Prepared,
    /// Output file → the job that writes it, for the pages an editor opens.
    by_file: HashMap<String, Job>,
    /// The files served before the change.
    previous: BTreeMap<String, Vec<u8>>,
    /// Becomes true when the background render has finished (or was overtaken).
    done: tokio::sync::watch::Sender<bool>,
}

impl Pending {
    /// Waits until the background render has finished.
    pub async fn finished(&self) {
        let mut done = self.done.subscribe();
        let _ = done.wait_for(|d| *d).await;
    }
}

/// What a request finds.
pub enum Found {
    File(String, Vec<u8>),
    /// Not rendered yet: wait for this render and look again.
    Wait(Arc<Pending>),
    Missing,
}

impl State {
    /// Brings the served site up to date with a change lazily (see the
    /// module's text). Returns the number of files planned.
    pub fn rebuild_on_demand(self: &Arc<Self>, scope: Scope, tell_late: LateFailure) -> Result<usize, super::Failure> {
        let good = self.failed.read().unwrap_or_else(|p| p.into_inner()).is_none();
        let last = if good {
            self.site.read().unwrap_or_else(|p| p.into_inner()).clone()
        } else {
            None
        };
        let site = match (scope, last) {
            (Scope::Templates, Some(site)) => site,
            (scope, last) => {
                let reuse = crate::Reuse {
                    files: Some(&self.load_cache),
                    previous: last.as_deref().filter(|_| scope == Scope::Content),
                };
                let (site, errors) = crate::load_site_reusing(&self.opts, &mut Vec::new(), reuse)
                    .map_err(|e| self.record_failure(&e))?;
                errors.into_result(site).map_err(|e| self.record_failure(&e))?
            }
        };
        let prepared = Prepared::new(&site, &self.opts.root).map_err(|e| self.record_failure(&e))?;
        let copied = MemoryOutput::default();
        let errors = prepared.write_static(&site, &copied);
        if !errors.is_empty() {
            return Err(self.record_failure(&errors));
        }
        let jobs = prepared.plan(&site);
        let by_file: HashMap<String, Job> = jobs
            .iter()
            .filter_map(|&job| Some((crate::render::page_file(&site, job)?, job)))
            .collect();
        let count = jobs.len();
        let (pending, retired) = {
            let _apply = self.apply.lock().unwrap_or_else(|p| p.into_inner());
            let generation = self.generation.fetch_add(1, Ordering::SeqCst) + 1;
            let mut files = self.files.write().unwrap_or_else(|p| p.into_inner());
            let previous = std::mem::replace(&mut *files, copied.into_files());
            // A render still pending keeps its own last good files.
            let previous = match self.pending.write().unwrap_or_else(|p| p.into_inner()).take() {
                Some(older) => {
                    older.done.send_replace(true);
                    let mut kept = Arc::try_unwrap(older).map_or_else(|p| p.previous.clone(), |p| p.previous);
                    kept.extend(previous);
                    kept
                }
                None => previous,
            };
            let pending = Arc::new(Pending {
                generation,
                site: Arc::clone(&site),
                prepared,
                by_file,
                previous,
                done: tokio::sync::watch::channel(false).0,
            });
            *self.pending.write().unwrap_or_else(|p| p.into_inner()) = Some(Arc::clone(&pending));
            let retired = self.site.write().unwrap_or_else(|p| p.into_inner()).replace(site);
            self.set_failed(None);
            (pending, retired)
        };
        let state = Arc::clone(self);
        std::thread::spawn(move || {
            // Freeing the old graph takes a while: not before the reload.
            drop(retired);
            state.render_rest(&pending, &jobs, tell_late);
        });
        Ok(count)
    }

    /// The background half: renders every job, then serves the result
    /// unless a newer change came in meanwhile.
    fn render_rest(&self, pending: &Pending, jobs: &[Job], tell_late: LateFailure) {
        // Tests hold the background render back to see pages rendered on demand.
        if let Some(ms) = std::env::var("KENG_TEST_RENDER_DELAY_MS")
            .ok()
            .and_then(|v| v.parse().ok())
        {
            std::thread::sleep(std::time::Duration::from_millis(ms));
        }
        let out = MemoryOutput::default();
        let render = || pending.prepared.renderer(&pending.site, None).render_all(jobs, &out);
        let result = match &self.background_pool {
            Some(pool) => pool.install(render),
            None => render(),
        };
        {
            let _apply = self.apply.lock().unwrap_or_else(|p| p.into_inner());
            if self.generation.load(Ordering::SeqCst) == pending.generation {
                let mut files = self.files.write().unwrap_or_else(|p| p.into_inner());
                match result {
                    Ok(()) => {
                        for (path, bytes) in out.into_files() {
                            files.insert(path, bytes);
                        }
                    }
                    Err(errors) => {
                        // The last good pages, under the findings.
                        *files = pending.previous.clone();
                        drop(files);
                        let failure = self.report(&errors);
                        tell_late(&failure);
                    }
                }
                *self.pending.write().unwrap_or_else(|p| p.into_inner()) = None;
            }
        }
        pending.done.send_replace(true);
    }

    /// Output file `rel` (or `rel/index.html`), rendered first if the last
    /// change left it to be rendered on demand.
    pub fn find(&self, rel: &str) -> Found {
        let index = format!("{rel}/index.html");
        let look = |files: &BTreeMap<String, Vec<u8>>| {
            [rel, index.as_str()]
                .into_iter()
                .find_map(|name| Some(Found::File(name.to_string(), files.get(name)?.clone())))
        };
        if let Some(found) = look(&self.files.read().unwrap_or_else(|p| p.into_inner())) {
            return found;
        }
        let Some(pending) = self.pending.read().unwrap_or_else(|p| p.into_inner()).clone() else {
            return Found::Missing;
        };
        let Some((name, &job)) = [rel, index.as_str()]
            .into_iter()
            .find_map(|name| Some((name, pending.by_file.get(name)?)))
        else {
            return Found::Wait(pending);
        };
        let out = MemoryOutput::default();
        match pending.prepared.renderer(&pending.site, None).render(job, &out) {
            Ok(()) => {
                let rendered = out.into_files();
                let bytes = rendered.get(name).cloned();
                let _apply = self.apply.lock().unwrap_or_else(|p| p.into_inner());
                if self.generation.load(Ordering::SeqCst) == pending.generation {
                    self.files.write().unwrap_or_else(|p| p.into_inner()).extend(rendered);
                }
                match bytes {
                    Some(bytes) => Found::File(name.to_string(), bytes),
                    None => Found::Wait(pending),
                }
            }
            Err(finding) => {
                self.report(&Diagnostics::from(finding));
                match pending.previous.get(name) {
                    Some(bytes) => Found::File(name.to_string(), bytes.clone()),
                    None => Found::Missing,
                }
            }
        }
    }

    /// Records findings of a render and shows them in the page, unless
    /// the page already shows these.
    fn report(&self, errors: &Diagnostics) -> super::Failure {
        let before = self.failed.read().unwrap_or_else(|p| p.into_inner()).clone();
        let failure = self.record_failure(errors);
        if before.as_ref() != Some(&failure) {
            let _ = self.signals.send(Signal::Failed(failure.clone()));
        }
        failure
    }

    /// True while pages are left to render after a change.
    pub fn rendering(&self) -> bool {
        self.pending.read().unwrap_or_else(|p| p.into_inner()).is_some()
    }
}
