//! Starting the preview: the listener, the first build, the watcher, the
//! HTTP server, and stopping on Ctrl-C or SIGTERM.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Instant;

use super::{ServeOptions, State, http, watch};
use crate::BuildOptions;
use crate::diagnostic::Diagnostic;
use crate::messages::{Message, msg};

/// Where the preview's console lines go (the CLI prints them in the
/// run's language; `--quiet` keeps only [`SERVING`]).
pub type Log = Arc<dyn Fn(&Message) + Send + Sync>;

/// The id of the line that says where the preview is.
pub const SERVING: &str = "serve-serving";

/// Runs the preview until Ctrl-C or SIGTERM. `log` receives one line per event.
pub fn serve(opts: ServeOptions, log: Log) -> Result<(), Diagnostic> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| Diagnostic::new("keng serve", msg!("serve-start-failed", detail = e.to_string())))?;
    runtime.block_on(run(opts, log))
}

async fn run(opts: ServeOptions, log: Log) -> Result<(), Diagnostic> {
    let addr = SocketAddr::new(opts.bind, opts.port);
    let cannot_listen = |e: &std::io::Error| {
        Diagnostic::new(
            "keng serve",
            msg!(
                "serve-listen-failed",
                address = addr.to_string(),
                detail = e.to_string()
            ),
        )
    };
    let listener = tokio::net::TcpListener::bind(addr).await.map_err(|e| {
        let hint = if e.kind() == std::io::ErrorKind::AddrInUse {
            msg!(
                "serve-port-in-use-hint",
                port = opts.port.to_string(),
                next = opts.port.saturating_add(1).to_string()
            )
        } else {
            msg!("serve-listen-hint")
        };
        cannot_listen(&e).hint(hint)
    })?;
    let local = listener.local_addr().map_err(|e| cannot_listen(&e))?;
    if !opts.bind.is_loopback() {
        log(&msg!("serve-not-loopback", address = opts.bind.to_string()));
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
    let state = Arc::new(State::new(build));
    let started = Instant::now();
    match state.rebuild() {
        Ok(n) => log(&msg!(
            "serve-built",
            files = n,
            ms = started.elapsed().as_millis() as u64
        )),
        Err(failure) => log(&msg!("serve-first-build-failed", findings = failure.text())),
    }
    log(&msg!("serve-serving", address = format!("{base_url}/")));
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
        result = server => result.map_err(|e| Diagnostic::new("keng serve", msg!("serve-stopped-by-error", detail = e.to_string())))?,
        _ = deadline => {}
    }
    log(&msg!("serve-stopped"));
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
