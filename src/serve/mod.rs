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

mod http;
mod watch;

use std::collections::BTreeMap;
use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::sync::{Arc, RwLock};
use std::time::Instant;

use tokio::sync::broadcast;

use crate::BuildOptions;
use crate::diagnostic::Diagnostic;

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
    /// The build failed: one line per finding.
    Failed(Vec<String>),
    Ok,
}

/// The served site and the last build's problems.
pub struct State {
    pub files: RwLock<Arc<BTreeMap<String, Vec<u8>>>>,
    pub failed: RwLock<Option<Vec<String>>>,
    pub signals: broadcast::Sender<Signal>,
    pub opts: BuildOptions,
}

impl State {
    /// Builds the site in memory; keeps the last good pages when it fails.
    /// Returns the findings of a failed build.
    pub fn rebuild(&self) -> Result<usize, Vec<String>> {
        match crate::build_to_memory(&self.opts) {
            Ok(files) => {
                let count = files.len();
                *self.files.write().unwrap_or_else(|p| p.into_inner()) = Arc::new(files);
                *self.failed.write().unwrap_or_else(|p| p.into_inner()) = None;
                Ok(count)
            }
            Err(errors) => {
                let lines: Vec<String> = errors.iter().map(|d| d.to_string()).collect();
                *self.failed.write().unwrap_or_else(|p| p.into_inner()) = Some(lines.clone());
                Err(lines)
            }
        }
    }
}

/// Runs the preview until Ctrl-C or SIGTERM. `log` receives one line per event.
pub fn serve(opts: ServeOptions, log: Arc<dyn Fn(&str) + Send + Sync>) -> Result<(), Diagnostic> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| Diagnostic::new("keng serve", format!("cannot start: {e}")))?;
    runtime.block_on(run(opts, log))
}

async fn run(opts: ServeOptions, log: Arc<dyn Fn(&str) + Send + Sync>) -> Result<(), Diagnostic> {
    let addr = SocketAddr::new(opts.bind, opts.port);
    let listener = tokio::net::TcpListener::bind(addr).await.map_err(|e| {
        let hint = if e.kind() == std::io::ErrorKind::AddrInUse {
            format!(
                "another program uses port {}; choose another with --port {}",
                opts.port,
                opts.port.saturating_add(1)
            )
        } else {
            "check --bind and --port".to_string()
        };
        Diagnostic::new("keng serve", format!("cannot listen on {addr}: {e}")).hint(hint)
    })?;
    let local = listener
        .local_addr()
        .map_err(|e| Diagnostic::new("keng serve", e.to_string()))?;
    if !opts.bind.is_loopback() {
        log(&format!(
            "warning: serving on {} makes the preview (drafts included) reachable from other machines",
            opts.bind
        ));
    }
    let host = if opts.bind.is_unspecified() {
        "127.0.0.1".to_string()
    } else {
        opts.bind.to_string()
    };
    let base_url = format!(
        "http://{}",
        SocketAddr::new(host.parse().unwrap_or(opts.bind), local.port())
    );
    let mut build = BuildOptions::new(&opts.root);
    build.base_url = Some(base_url.clone());
    build.include_drafts = opts.include_drafts;
    let (signals, _) = broadcast::channel(16);
    let state = Arc::new(State {
        files: RwLock::new(Arc::new(BTreeMap::new())),
        failed: RwLock::new(None),
        signals,
        opts: build,
    });
    let started = Instant::now();
    match state.rebuild() {
        Ok(n) => log(&format!("Built {n} files in {} ms", started.elapsed().as_millis())),
        Err(lines) => log(&format!("The build failed; the page shows why:\n{}", lines.join("\n"))),
    }
    log(&format!("Serving {base_url}/ (Ctrl-C to stop)"));
    let _watcher = watch::start(Arc::clone(&state), Arc::clone(&log))?;
    if opts.open {
        let _ = std::process::Command::new("xdg-open")
            .arg(format!("{base_url}/"))
            .spawn();
    }
    // On Ctrl-C or SIGTERM: stop taking requests, give open ones a moment,
    // then stop regardless (an open event stream never ends by itself).
    let (stop_tx, mut stop_rx) = tokio::sync::watch::channel(false);
    tokio::spawn(async move {
        shutdown().await;
        let _ = stop_tx.send(true);
    });
    let mut graceful_rx = stop_rx.clone();
    let server = axum::serve(listener, http::router(state)).with_graceful_shutdown(async move {
        let _ = graceful_rx.wait_for(|stop| *stop).await;
    });
    let deadline = async move {
        let _ = stop_rx.wait_for(|stop| *stop).await;
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    };
    tokio::select! {
        result = server => result.map_err(|e| Diagnostic::new("keng serve", format!("the server stopped: {e}")))?,
        _ = deadline => {}
    }
    log("Stopped.");
    Ok(())
}

/// Ctrl-C or SIGTERM.
async fn shutdown() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
}
