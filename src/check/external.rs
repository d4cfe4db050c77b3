//! `keng check --external`: request every link to another site, a few at a
//! time, never hammering one host, with a timeout and retries.

use crate::messages::msg;
use std::collections::{BTreeMap, HashMap, VecDeque};
use std::path::PathBuf;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::diagnostic::Diagnostic;

#[derive(Debug, Clone)]
pub struct ExternalOptions {
    /// Requests in flight at once.
    pub concurrency: usize,
    /// Least time between two requests to the same host.
    pub per_host_interval: Duration,
    pub timeout: Duration,
    /// Extra attempts after a failure that may pass (network error, 429, 5xx).
    pub retries: u32,
}

impl Default for ExternalOptions {
    fn default() -> Self {
        ExternalOptions {
            concurrency: 8,
            per_host_interval: Duration::from_millis(500),
            timeout: Duration::from_secs(10),
            retries: 2,
        }
    }
}

/// What became of one URL.
#[derive(Debug, PartialEq, Eq)]
enum Outcome {
    Ok,
    Status(u16),
    Failed(String),
}

fn host_of(url: &str) -> String {
    url.split("://")
        .nth(1)
        .unwrap_or(url)
        .split(['/', '?', '#'])
        .next()
        .unwrap_or_default()
        .to_string()
}

/// Checks `links` (URL → where it is written); a finding for each that fails.
pub fn check(links: &BTreeMap<String, (PathBuf, usize, usize)>, opts: &ExternalOptions) -> Vec<Diagnostic> {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(opts.timeout))
        .http_status_as_error(false)
        .user_agent(concat!("keng-check/", env!("CARGO_PKG_VERSION")))
        .build()
        .into();
    let queue: Mutex<VecDeque<&String>> = Mutex::new(links.keys().collect());
    let last_request: Mutex<HashMap<String, Instant>> = Mutex::new(HashMap::new());
    let results: Mutex<Vec<(String, Outcome)>> = Mutex::new(Vec::new());
    let workers = opts.concurrency.max(1).min(links.len().max(1));
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| {
                loop {
                    let next = queue.lock().unwrap_or_else(|p| p.into_inner()).pop_front();
                    let Some(url) = next else { break };
                    let outcome = fetch(&agent, url, opts, &last_request);
                    results
                        .lock()
                        .unwrap_or_else(|p| p.into_inner())
                        .push((url.clone(), outcome));
                }
            });
        }
    });
    let mut findings = Vec::new();
    for (url, outcome) in results.into_inner().unwrap_or_else(|p| p.into_inner()) {
        let problem = match outcome {
            Outcome::Ok => continue,
            Outcome::Status(code) => msg!("check-external-status", url = &url, status = code.to_string()),
            Outcome::Failed(why) => msg!("check-external-unreachable", url = &url, detail = why),
        };
        let (path, line, col) = &links[&url];
        findings.push(
            Diagnostic::new(path, problem)
                .at(*line, *col)
                .hint(msg!("check-external-hint")),
        );
    }
    findings
}

/// Waits for the host's turn, then requests `url` (HEAD, then GET when HEAD
/// is refused), retrying what may pass on a second try.
fn fetch(agent: &ureq::Agent, url: &str, opts: &ExternalOptions, last: &Mutex<HashMap<String, Instant>>) -> Outcome {
    let host = host_of(url);
    let mut outcome = Outcome::Failed("not tried".into());
    for attempt in 0..=opts.retries {
        if attempt > 0 {
            std::thread::sleep(Duration::from_millis(200 * u64::from(attempt)));
        }
        wait_for_host(&host, opts.per_host_interval, last);
        outcome = match agent.head(url).call() {
            Ok(r) if matches!(r.status().as_u16(), 405 | 501) => {
                wait_for_host(&host, opts.per_host_interval, last);
                status_of(agent.get(url).call())
            }
            other => status_of(other),
        };
        let retry = match &outcome {
            Outcome::Ok => false,
            Outcome::Status(code) => *code == 429 || *code >= 500,
            Outcome::Failed(_) => true,
        };
        if !retry {
            break;
        }
    }
    outcome
}

fn status_of(result: Result<ureq::http::Response<ureq::Body>, ureq::Error>) -> Outcome {
    match result {
        Ok(r) if r.status().as_u16() < 400 => Outcome::Ok,
        Ok(r) => Outcome::Status(r.status().as_u16()),
        Err(e) => Outcome::Failed(e.to_string()),
    }
}

/// Sleeps until `interval` has passed since the last request to `host`.
fn wait_for_host(host: &str, interval: Duration, last: &Mutex<HashMap<String, Instant>>) {
    loop {
        let wait = {
            let mut map = last.lock().unwrap_or_else(|p| p.into_inner());
            let now = Instant::now();
            match map.get(host) {
                Some(&t) if now < t + interval => Some(t + interval - now),
                _ => {
                    map.insert(host.to_string(), now);
                    None
                }
            }
        };
        match wait {
            Some(d) => std::thread::sleep(d),
            None => return,
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn hosts() {
        assert_eq!(super::host_of("https://x.vn:8080/a?b"), "x.vn:8080");
        assert_eq!(super::host_of("http://127.0.0.1:9/"), "127.0.0.1:9");
    }
}
