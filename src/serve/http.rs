//! The preview's HTTP side: files from memory, the reload script and the
//! event stream.

use std::convert::Infallible;
use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::extract::State as Extract;
use axum::http::{HeaderValue, StatusCode, Uri, header};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use tokio_stream::wrappers::BroadcastStream;
use tokio_stream::{Stream, StreamExt};

use super::{Found, Signal, State};

const RELOAD_JS: &str = include_str!("reload.js");
const SCRIPT_TAG: &str = "<script src=\"/__keng/reload.js\" defer></script>";

pub fn router(state: Arc<State>) -> Router {
    Router::new()
        .route("/__keng/reload.js", get(reload_js))
        .route("/__keng/events", get(events))
        .fallback(get(file))
        .layer(axum::middleware::from_fn(refuse_foreign_hosts))
        .with_state(state)
}

/// Whether a `Host` header names this machine: `localhost` (and
/// `*.localhost`) or an IP address, with any port. A web page that rebinds
/// its own domain name to 127.0.0.1 (DNS rebinding) sends its domain name,
/// and must not read the preview, drafts included.
pub fn host_allowed(host: &str) -> bool {
    let name = match host.strip_prefix('[') {
        Some(v6) => {
            return v6
                .split_once(']')
                .is_some_and(|(ip, _)| ip.parse::<std::net::Ipv6Addr>().is_ok());
        }
        None => host.rsplit_once(':').map_or(host, |(name, port)| {
            if port.chars().all(|c| c.is_ascii_digit()) {
                name
            } else {
                host
            }
        }),
    };
    let name = name.trim_end_matches('.').to_ascii_lowercase();
    name == "localhost" || name.ends_with(".localhost") || name.parse::<std::net::Ipv4Addr>().is_ok()
}

async fn refuse_foreign_hosts(request: axum::extract::Request, next: axum::middleware::Next) -> Response {
    let host = request
        .headers()
        .get(header::HOST)
        .map(|h| h.to_str().unwrap_or("\u{0}"));
    match host {
        Some(h) if !host_allowed(h) => (
            StatusCode::FORBIDDEN,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            format!("{}\n", crate::messages::msg!("serve-foreign-host").text()),
        )
            .into_response(),
        _ => next.run(request).await,
    }
}

async fn reload_js() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        RELOAD_JS,
    )
        .into_response()
}

async fn events(Extract(state): Extract<Arc<State>>) -> Sse<impl Stream<Item = Result<Event, Infallible>>> {
    let first = state
        .failed
        .read()
        .unwrap_or_else(|p| p.into_inner())
        .clone()
        .map(Signal::Failed);
    let live = BroadcastStream::new(state.signals.subscribe()).filter_map(|s| s.ok());
    let stream = tokio_stream::iter(first).chain(live).map(|signal| {
        let event = match signal {
            Signal::Reload => Event::default().event("reload").data("reload"),
            Signal::Css => Event::default().event("css").data("css"),
            Signal::Ok => Event::default().event("ok").data("ok"),
            Signal::Failed(failure) => Event::default()
                .event("failed")
                .data(serde_json::to_string(&failure).unwrap_or_default()),
        };
        Ok(event)
    });
    Sse::new(stream).keep_alive(KeepAlive::default())
}

#[cfg(test)]
mod host_tests {
    #[test]
    fn only_names_of_this_machine_are_answered() {
        for ok in [
            "127.0.0.1:1111",
            "localhost:1111",
            "LOCALHOST",
            "a.localhost:8",
            "[::1]:1111",
            "192.168.1.5:1111",
            "127.0.0.1",
        ] {
            assert!(super::host_allowed(ok), "{ok}");
        }
        for bad in [
            "evil.example:1111",
            "attacker.com",
            "127.0.0.1.nip.io:1111",
            "[::1",
            "localhost.evil.com",
            "",
        ] {
            assert!(!super::host_allowed(bad), "{bad}");
        }
    }
}

/// The output file a request path names, or `None` for a path that tries
/// to leave the site (`..`, encoded or not, backslashes, NUL).
pub fn output_file(raw_path: &str) -> Option<String> {
    let decoded = percent_encoding::percent_decode_str(raw_path).decode_utf8().ok()?;
    if decoded.contains(['\\', '\0']) {
        return None;
    }
    let mut parts = Vec::new();
    for part in decoded.split('/') {
        match part {
            "" | "." => {}
            ".." => return None,
            p => parts.push(p),
        }
    }
    let mut rel = parts.join("/");
    if rel.is_empty() || decoded.ends_with('/') {
        rel = if rel.is_empty() {
            "index.html".to_string()
        } else {
            format!("{rel}/index.html")
        };
    }
    Some(rel)
}

fn content_type(rel: &str) -> &'static str {
    match rel.rsplit('.').next().unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "xml" => "application/xml; charset=utf-8",
        "atom" => "application/atom+xml; charset=utf-8",
        "txt" => "text/plain; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "pdf" => "application/pdf",
        _ => "application/octet-stream",
    }
}

async fn file(Extract(state): Extract<Arc<State>>, uri: Uri) -> Response {
    let found = match output_file(uri.path()) {
        Some(rel) => find(state.clone(), rel).await,
        None => None,
    };
    let (status, rel, bytes) = match found {
        Some((rel, bytes)) => (StatusCode::OK, rel, bytes),
        None => {
            let page = match find(state, "404.html".to_string()).await {
                Some((_, page)) => page,
                None => {
                    let text = crate::messages::msg!("serve-not-found").text();
                    format!("<!doctype html><title>404</title><p>{text}").into_bytes()
                }
            };
            (StatusCode::NOT_FOUND, "404.html".to_string(), page)
        }
    };
    let ty = content_type(&rel);
    let body = if ty.starts_with("text/html") {
        inject(bytes)
    } else {
        bytes
    };
    let mut response = Response::new(Body::from(body));
    *response.status_mut() = status;
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(ty));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    response
}

/// Output file `rel` (or `rel/index.html`) with its name: from the served
/// files, rendered on demand, or once the render after a change is done.
async fn find(state: Arc<State>, rel: String) -> Option<(String, Vec<u8>)> {
    // Each wait ends with the render it waited for; a newer change may
    // start another, hence a few rounds.
    for _ in 0..8 {
        let lookup = Arc::clone(&state);
        let name = rel.clone();
        let found = tokio::task::spawn_blocking(move || lookup.find(&name)).await.ok()?;
        match found {
            Found::File(name, bytes) => return Some((name, bytes)),
            Found::Wait(pending) => pending.finished().await,
            Found::Missing => return None,
        }
    }
    None
}

/// Adds the reload script before `</body>` (or at the end).
fn inject(mut html: Vec<u8>) -> Vec<u8> {
    match html.windows(7).rposition(|w| w == b"</body>") {
        Some(at) => {
            html.splice(at..at, SCRIPT_TAG.bytes());
        }
        None => html.extend_from_slice(SCRIPT_TAG.as_bytes()),
    }
    html
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_paths_cannot_leave_the_site() {
        for bad in [
            "/../site.toml",
            "/%2e%2e/site.toml",
            "/a/%2E%2E/%2e%2e/x",
            "/..%2fsite.toml",
            "/%5c..%5csite.toml",
            "/a\\\\..\\\\b",
            "/%00",
        ] {
            assert_eq!(output_file(bad), None, "{bad}");
        }
        assert_eq!(output_file("/").as_deref(), Some("index.html"));
        assert_eq!(output_file("/tin-tuc/").as_deref(), Some("tin-tuc/index.html"));
        assert_eq!(output_file("/tin-t%E1%BB%A9c/").as_deref(), Some("tin-tức/index.html"));
        assert_eq!(output_file("/style.css").as_deref(), Some("style.css"));
    }

    #[test]
    fn the_script_goes_before_the_end_of_body() {
        let out = String::from_utf8(inject(b"<html><body><p>x</p></body></html>".to_vec())).unwrap();
        assert_eq!(out, format!("<html><body><p>x</p>{SCRIPT_TAG}</body></html>"));
    }
}
