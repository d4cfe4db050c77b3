//! Progress reports of a long build, for the command line's progress line.

use std::sync::Arc;

/// A callback for progress reports: `(jobs done, jobs in all)`.
#[derive(Clone)]
pub struct Progress(pub Arc<dyn Fn(usize, usize) + Send + Sync>);

impl std::fmt::Debug for Progress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Progress")
    }
}
