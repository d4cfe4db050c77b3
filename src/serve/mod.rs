//! `keng serve`: a live preview for editors.
//!
//! The site is built in memory (never into `public/`) for
//! `http://BIND:PORT`, served by axum, and rebuilt when a file of the site
//! changes (notify, debounced). Every page gets a small script (injected
//! here, in one place, and only here) that listens to `/__keng/events`
//! (Server-Sent Events): it reloads after a rebuild, swaps stylesheets when
//! only CSS changed, and shows build errors over the page while the last
//! good pages stay served.
//!
//! Requests are answered from the in-memory site only: no path can reach
//! the file system.

mod failure;
mod http;
pub mod incremental;
mod on_demand;
mod run;
mod watch;

pub use failure::Failure;
pub use on_demand::{Found, LateFailure, Pending, Scope};
pub use run::{Log, SERVING, serve};

use std::collections::BTreeMap;
use std::net::IpAddr;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::time::Instant;

use tokio::sync::broadcast;

use crate::BuildOptions;
use crate::content::Site;
use crate::diagnostic::Diagnostics;

#[derive(Debug, Clone)]
pub struct ServeOptions {
    pub root: PathBuf,
    pub bind: IpAddr,
    /// 0 picks a free port.
    pub port: u16,
    pub include_drafts: bool,
    /// Open the site in the default browser.
    pub open: bool,
}

/// What the page script is told.
#[derive(Debug, Clone)]
pub enum Signal {
    Reload,
    /// Only stylesheets changed.
    Css,
    /// The build failed.
    Failed(Failure),
    Ok,
}

/// The served site and the last build's problems.
pub struct State {
    pub files: RwLock<BTreeMap<String, Vec<u8>>>,
    /// The site graph of the last good build, for one-entry updates.
    pub site: RwLock<Option<Arc<Site>>>,
    /// Pages left to render after the last change (see [`on_demand`]).
    pending: RwLock<Option<Arc<Pending>>>,
    /// Files parsed by the last load, reused when unchanged.
    load_cache: crate::load::LoadCache,
    pub failed: RwLock<Option<Failure>>,
    pub signals: broadcast::Sender<Signal>,
    pub opts: BuildOptions,
    /// Counts changes applied, so a slow full build never overwrites a newer update.
    generation: AtomicU64,
    /// Held while a build result is being swapped in.
    apply: Mutex<()>,
    /// A full build runs in the background / another is wanted after it.
    background_running: AtomicBool,
    background_wanted: AtomicBool,
    /// Threads of the background builds, apart from rayon's global pool:
    /// an edit saved meanwhile renders at once instead of queueing
    /// behind the build's tasks.
    background_pool: Option<rayon::ThreadPool>,
    /// When the last change came in: the background build waits for a pause.
    last_change: Mutex<Instant>,
}

/// How long editing must pause before the full build that follows quick updates.
const PAUSE_BEFORE_FULL_BUILD: std::time::Duration = std::time::Duration::from_millis(700);

/// What a one-entry update did.
pub enum Quick {
    /// The change needs a full build (a new, deleted or moved file, a
    /// change lists would show, a template, config or static file).
    NotApplicable,
    /// The entry's page was re-rendered and served.
    Done,
    /// The entry has errors; the last good pages stay.
    Failed(Failure),
}

impl State {
    pub fn new(opts: BuildOptions) -> State {
        let (signals, _) = broadcast::channel(16);
        State {
            files: RwLock::new(BTreeMap::new()),
            site: RwLock::new(None),
            pending: RwLock::new(None),
            load_cache: crate::load::LoadCache::default(),
            failed: RwLock::new(None),
            signals,
            opts,
            generation: AtomicU64::new(0),
            apply: Mutex::new(()),
            background_running: AtomicBool::new(false),
            background_wanted: AtomicBool::new(false),
            background_pool: rayon::ThreadPoolBuilder::new()
                .thread_name(|i| format!("keng-background-{i}"))
                .build()
                .ok(),
            last_change: Mutex::new(Instant::now()),
        }
    }

    /// Keeps a failed build's findings for clients that connect later.
    fn record_failure(&self, errors: &Diagnostics) -> Failure {
        let found = Failure::of(errors);
        self.set_failed(Some(found.clone()));
        found
    }

    fn set_failed(&self, failed: Option<Failure>) {
        *self.failed.write().unwrap_or_else(|p| p.into_inner()) = failed;
    }

    /// The whole site in memory, reading again only the files that changed.
    fn build_whole(&self) -> Result<(Arc<Site>, crate::MemoryFiles), Diagnostics> {
        let reuse = crate::Reuse {
            files: Some(&self.load_cache),
            previous: None,
        };
        crate::build_site_in_memory_reusing(&self.opts, reuse)
    }

    /// Builds the whole site in memory; keeps the last good pages when it
    /// fails. Returns the number of files, or the findings.
    pub fn rebuild(&self) -> Result<usize, Failure> {
        let _apply = self.apply.lock().unwrap_or_else(|p| p.into_inner());
        self.generation.fetch_add(1, Ordering::SeqCst);
        match self.build_whole() {
            Ok((site, files)) => {
                let count = files.len();
                *self.files.write().unwrap_or_else(|p| p.into_inner()) = files;
                *self.site.write().unwrap_or_else(|p| p.into_inner()) = Some(site);
                self.set_failed(None);
                Ok(count)
            }
            Err(errors) => Err(self.record_failure(&errors)),
        }
    }

    /// Re-renders what one changed entry touches (see [`incremental`]);
    /// what the quick update leaves out (the search index) catches up in a
    /// full build in the background.
    pub fn quick_update(self: &Arc<Self>, rel: &str) -> Quick {
        let Some(site) = self.site.read().unwrap_or_else(|p| p.into_inner()).clone() else {
            return Quick::NotApplicable;
        };
        if self.failed.read().unwrap_or_else(|p| p.into_inner()).is_some() || self.rendering() {
            return Quick::NotApplicable;
        }
        let Some(&i) = site.page_by_rel.get(rel) else {
            let source = self.opts.root.join("content").join(rel);
            return match incremental::photo_jobs(&site, &source) {
                Some(jobs) => self.apply_jobs(Arc::clone(&site), &jobs),
                None => Quick::NotApplicable,
            };
        };
        let inherited = site.sections[site.pages[i].section].meta.kind.clone();
        let page = match crate::load::load_entry(&site.config, &self.opts.root, rel, inherited.as_deref()) {
            Ok(p) => p,
            Err(e) => return Quick::Failed(self.record_failure(&e)),
        };
        let library = match crate::templates::ShortcodeTemplates::load(&self.opts.root, &site.config) {
            Ok(l) => l,
            Err(e) => return Quick::Failed(self.record_failure(&e)),
        };
        let (updated, jobs) = match incremental::update(&site, i, page, self.opts.include_drafts, &library) {
            incremental::Update::FullBuild => return Quick::NotApplicable,
            incremental::Update::Failed(e) => return Quick::Failed(self.record_failure(&e)),
            incremental::Update::Jobs { site, jobs } => (Arc::new(*site), jobs),
        };
        self.apply_jobs(updated, &jobs)
    }

    /// Renders `jobs` of `updated` and serves them with the site graph.
    fn apply_jobs(self: &Arc<Self>, updated: Arc<Site>, jobs: &[crate::plan::Job]) -> Quick {
        let out = crate::emit::MemoryOutput::default();
        if let Err(e) = crate::render_jobs(&updated, &self.opts, jobs, &out) {
            return Quick::Failed(self.record_failure(&e));
        }
        {
            let _apply = self.apply.lock().unwrap_or_else(|p| p.into_inner());
            self.generation.fetch_add(1, Ordering::SeqCst);
            let mut files = self.files.write().unwrap_or_else(|p| p.into_inner());
            for (path, bytes) in out.into_files() {
                files.insert(path, bytes);
            }
            *self.site.write().unwrap_or_else(|p| p.into_inner()) = Some(updated);
            self.set_failed(None);
        }
        self.full_build_in_background();
        Quick::Done
    }

    /// Copies changed static files alone into the served site (a full build
    /// follows in the background for the hashed asset addresses). Returns
    /// false when one of them is not a plain static file of the site.
    pub fn copy_static(self: &Arc<Self>, paths: &[std::path::PathBuf]) -> bool {
        if self.rendering() {
            return false;
        }
        let root = self.opts.root.canonicalize().unwrap_or_else(|_| self.opts.root.clone());
        let theme = self
            .site
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .as_ref()
            .and_then(|s| s.config.theme.clone());
        let mut copies = Vec::new();
        for path in paths {
            let dirs = [
                Some(root.join("static")),
                theme.as_ref().map(|t| root.join("themes").join(t).join("static")),
            ];
            let Some(rel) = dirs.iter().flatten().find_map(|d| path.strip_prefix(d).ok()) else {
                return false;
            };
            let Ok(bytes) = std::fs::read(path) else { return false };
            copies.push((
                rel.components()
                    .map(|c| c.as_os_str().to_string_lossy())
                    .collect::<Vec<_>>()
                    .join("/"),
                bytes,
            ));
        }
        {
            let _apply = self.apply.lock().unwrap_or_else(|p| p.into_inner());
            self.generation.fetch_add(1, Ordering::SeqCst);
            let mut files = self.files.write().unwrap_or_else(|p| p.into_inner());
            for (rel, bytes) in copies {
                // The served pages link the fingerprinted name of a stylesheet
                // or script: it gets the new bytes too, so a stylesheet swaps
                // at once (the background build then gives it its new name).
                let linked: Vec<String> = files
                    .keys()
                    .filter(|name| crate::emit::unfingerprinted(name).as_deref() == Some(rel.as_str()))
                    .cloned()
                    .collect();
                for name in linked {
                    files.insert(name, bytes.clone());
                }
                files.insert(rel, bytes);
            }
        }
        self.full_build_in_background();
        true
    }

    /// Runs full builds on a thread of their own until no change came in
    /// meanwhile; a result is used only if no newer change was applied.
    fn full_build_in_background(self: &Arc<Self>) {
        *self.last_change.lock().unwrap_or_else(|p| p.into_inner()) = Instant::now();
        self.background_wanted.store(true, Ordering::SeqCst);
        if self.background_running.swap(true, Ordering::SeqCst) {
            return;
        }
        let state = Arc::clone(self);
        std::thread::spawn(move || {
            loop {
                // Wait for a pause in the editing, so quick updates keep the CPU.
                loop {
                    let since = state.last_change.lock().unwrap_or_else(|p| p.into_inner()).elapsed();
                    if since >= PAUSE_BEFORE_FULL_BUILD {
                        break;
                    }
                    std::thread::sleep(PAUSE_BEFORE_FULL_BUILD - since);
                }
                state.background_wanted.store(false, Ordering::SeqCst);
                let started_at = state.generation.load(Ordering::SeqCst);
                let build = || state.build_whole();
                let built = match &state.background_pool {
                    Some(pool) => pool.install(build),
                    None => build(),
                };
                if let Ok((site, files)) = built {
                    let _apply = state.apply.lock().unwrap_or_else(|p| p.into_inner());
                    if state.generation.load(Ordering::SeqCst) == started_at {
                        *state.files.write().unwrap_or_else(|p| p.into_inner()) = files;
                        *state.site.write().unwrap_or_else(|p| p.into_inner()) = Some(site);
                    }
                }
                if !state.background_wanted.load(Ordering::SeqCst) {
                    state.background_running.store(false, Ordering::SeqCst);
                    // A change may have slipped in between the check and the store.
                    if !state.background_wanted.load(Ordering::SeqCst)
                        || state.background_running.swap(true, Ordering::SeqCst)
                    {
                        return;
                    }
                }
            }
        });
    }

    /// True while a background build or render is running (tests wait for it).
    pub fn busy(&self) -> bool {
        self.background_running.load(Ordering::SeqCst) || self.rendering()
    }
}
