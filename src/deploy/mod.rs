//! `keng deploy`: publishes the last successful build (the output folder)
//! to a target of `[[deploy.targets]]`, sending only what changed.
//!
//! keng's output is deterministic and an unchanged file keeps its bytes, so
//! comparing MD5s with what the target holds finds exactly the files a
//! change touched. They go in the order readers never notice (`plan`):
//! assets, pages, feeds, then deletions, so no live page ever points at a
//! file that is not there yet.

mod credentials;
mod files;
pub mod plan;
mod s3;

use crate::messages::msg;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use crate::config::{Config, TargetPlace};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::progress::Progress;

pub struct DeployOptions {
    /// The site folder, holding `site.toml`.
    pub root: PathBuf,
    /// The build to deploy; `ROOT/public` when `None`.
    pub output: Option<PathBuf>,
    /// The target's name; the first target when `None`.
    pub target: Option<String>,
    /// Only say what would be done.
    pub dry_run: bool,
    /// Delete files the build no longer has (`--no-delete` turns it off).
    pub delete: bool,
    /// Told (done, total) as files are sent.
    pub progress: Option<Progress>,
}

impl DeployOptions {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        DeployOptions {
            root: root.into(),
            output: None,
            target: None,
            dry_run: false,
            delete: true,
            progress: None,
        }
    }

    pub fn output_dir(&self) -> PathBuf {
        self.output.clone().unwrap_or_else(|| self.root.join("public"))
    }
}

/// One change a deploy makes (or would make, with `--dry-run`).
#[derive(Debug, Clone)]
pub struct Change {
    /// `assets`, `pages`, `feeds` for uploads; `delete` last.
    pub step: &'static str,
    pub rel: String,
    /// Bytes sent (0 for a deletion).
    pub bytes: u64,
    /// A file the target did not have.
    pub new: bool,
}

/// What a deploy did.
#[derive(Debug, Default)]
pub struct Outcome {
    /// In the order they were (or would be) made.
    pub changes: Vec<Change>,
    pub uploaded: usize,
    pub uploaded_bytes: u64,
    pub deleted: usize,
    /// Files only the target has, kept because of `--no-delete`.
    pub kept: usize,
    pub unchanged: usize,
    /// The file target's previous tree could not be removed after the swap.
    pub left_behind: Option<Diagnostic>,
}

impl Outcome {
    /// What the plan does; a deploy that returns it carried the plan out.
    fn from_plan(plan: &plan::Plan) -> Outcome {
        let mut changes: Vec<Change> = plan
            .uploads
            .iter()
            .map(|u| Change {
                step: u.phase.label(),
                rel: u.file.rel.clone(),
                bytes: u.file.size,
                new: u.new,
            })
            .collect();
        changes.extend(plan.deletions.iter().map(|rel| Change {
            step: "delete",
            rel: rel.clone(),
            bytes: 0,
            new: false,
        }));
        Outcome {
            changes,
            uploaded: plan.uploads.len(),
            uploaded_bytes: plan.upload_bytes(),
            deleted: plan.deletions.len(),
            kept: plan.kept.len(),
            unchanged: plan.unchanged,
            left_behind: None,
        }
    }
}

/// What `keng deploy` reports.
#[derive(Debug)]
pub struct DeployReport {
    pub target: String,
    /// Where the target is, for people (`s3://bucket/prefix`, a folder).
    pub place: String,
    pub dry_run: bool,
    pub outcome: Outcome,
    pub duration: Duration,
}

/// Deploys the build in the output folder to the chosen target, with
/// credentials from the process environment.
pub fn deploy(opts: &DeployOptions) -> Result<DeployReport, Diagnostics> {
    deploy_with_env(opts, &|name| std::env::var(name).ok())
}

/// [`deploy`] with the environment given (tests).
pub fn deploy_with_env(
    opts: &DeployOptions,
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<DeployReport, Diagnostics> {
    let started = Instant::now();
    let config = Config::load(&opts.root)?;
    let target = choose(&config, opts.target.as_deref())?;
    let output = opts.output_dir();
    if !output.join(crate::emit::MARKER).is_file() {
        return Err(Diagnostics(vec![
            Diagnostic::new(&output, msg!("deploy-no-build")).hint(msg!("deploy-no-build-hint")),
        ]));
    }
    refuse_unpublishable(&config, &output)?;
    let local = plan::scan(&output, |_| false)?;
    let (place, outcome) = match &target.place {
        TargetPlace::S3 {
            bucket,
            prefix,
            endpoint,
            region,
        } => {
            let place = if prefix.is_empty() {
                format!("s3://{bucket}")
            } else {
                format!("s3://{bucket}/{prefix}")
            };
            let bucket = s3::Bucket {
                name: bucket,
                prefix,
                endpoint: endpoint.as_deref(),
                region: region.as_deref(),
            };
            (place, s3::deploy(&bucket, &local, &config.deploy.headers, opts, env)?)
        }
        TargetPlace::File(dir) => {
            // Replacing the target must not touch the site or the build.
            crate::emit::check_output_location(&opts.root, dir)?;
            let (build, place) = (crate::emit::resolved(&output), crate::emit::resolved(dir));
            if place.starts_with(&build) || build.starts_with(&place) {
                return Err(Diagnostics(vec![
                    Diagnostic::new(dir, msg!("deploy-target-is-build")).hint(msg!("deploy-target-is-build-hint")),
                ]));
            }
            (
                dir.display().to_string(),
                files::deploy(dir, &local, target.precompress, opts)?,
            )
        }
    };
    Ok(DeployReport {
        target: target.name.clone(),
        place,
        dry_run: opts.dry_run,
        outcome,
        duration: started.elapsed(),
    })
}

/// The name of an upload step ("assets", "pages", "feeds") or "delete", in words.
pub fn step_name(step: &str) -> crate::messages::Message {
    match step {
        "assets" => msg!("deploy-step-assets"),
        "pages" => msg!("deploy-step-pages"),
        "feeds" => msg!("deploy-step-feeds"),
        _ => msg!("deploy-step-delete"),
    }
}

/// A build with drafts, or made for another address, must not go live.
fn refuse_unpublishable(config: &Config, output: &std::path::Path) -> Result<(), Diagnostic> {
    let Some(record) = crate::emit::BuildRecord::read(output) else {
        return Ok(());
    };
    if record.drafts {
        return Err(Diagnostic::new(output, msg!("deploy-drafts")).hint(msg!("deploy-drafts-hint")));
    }
    if record.base_url != config.base_url {
        return Err(Diagnostic::new(
            output,
            msg!(
                "deploy-other-base-url",
                built = &record.base_url,
                configured = &config.base_url
            ),
        )
        .hint(msg!("deploy-other-base-url-hint")));
    }
    Ok(())
}

fn choose<'a>(config: &'a Config, name: Option<&str>) -> Result<&'a crate::config::DeployTarget, Diagnostic> {
    let names = || {
        config
            .deploy
            .targets
            .iter()
            .map(|t| format!("\"{}\"", t.name))
            .collect::<Vec<_>>()
            .join(", ")
    };
    match name {
        None => config.deploy.targets.first().ok_or_else(|| {
            Diagnostic::new(crate::config::CONFIG_FILE, msg!("deploy-no-targets")).hint(msg!("deploy-no-targets-hint"))
        }),
        Some(name) => config.deploy.targets.iter().find(|t| t.name == name).ok_or_else(|| {
            let known = if config.deploy.targets.is_empty() {
                msg!("deploy-unknown-target-none")
            } else {
                msg!("deploy-unknown-target-hint", targets = names())
            };
            Diagnostic::new(crate::config::CONFIG_FILE, msg!("deploy-unknown-target", name = name)).hint(known)
        }),
    }
}
