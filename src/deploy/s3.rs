//! The `s3://` target: any S3-compatible object storage, through the
//! `object_store` crate (request signing, retries with backoff, bulk
//! delete). keng lists the bucket once, compares MD5s, and sends only what
//! changed, phase by phase.

use crate::messages::Message;
use crate::messages::msg;
use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use futures::{StreamExt, TryStreamExt};
use object_store::aws::{AmazonS3, AmazonS3Builder};
use object_store::path::Path as ObjectPath;
use object_store::{
    Attribute, Attributes, BackoffConfig, ClientOptions, GetOptions, ObjectStore, PutOptions, PutPayload, RetryConfig,
};

use super::plan::{self, LocalFile, Phase, Plan};
use super::{DeployOptions, Outcome};
use crate::config::HeaderRule;
use crate::diagnostic::Diagnostic;

/// Uploads in flight at once.
const PARALLEL: usize = 16;
/// Object metadata holding the MD5 of the bytes, for storage whose ETag is
/// not a plain MD5 (multipart uploads, some encryption settings).
const MD5_METADATA: &str = "keng-md5";

pub struct Bucket<'a> {
    pub name: &'a str,
    pub prefix: &'a str,
    pub endpoint: Option<&'a str>,
    pub region: Option<&'a str>,
}

/// Deploys `local` to the bucket.
pub fn deploy(
    bucket: &Bucket,
    local: &[LocalFile],
    rules: &[HeaderRule],
    opts: &DeployOptions,
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<Outcome, Diagnostic> {
    let (store, credentials) = connect(bucket, env)?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| {
            Diagnostic::new(
                crate::config::CONFIG_FILE,
                msg!("deploy-runtime", detail = e.to_string()),
            )
        })?;
    // Object names as the store spells them (a few characters are escaped).
    let local: Vec<LocalFile> = local
        .iter()
        .map(|f| LocalFile {
            rel: ObjectPath::from(f.rel.as_str()).as_ref().to_string(),
            ..f.clone()
        })
        .collect();
    runtime.block_on(async {
        let remote = list(&store, bucket)
            .await
            .map_err(|e| unreachable_or_refused(&e, bucket, &credentials))?;
        let plan = plan::plan(&local, &remote, opts.delete);
        if opts.dry_run {
            return Ok(Outcome::from_plan(&plan));
        }
        let done = AtomicUsize::new(0);
        let total = plan.uploads.len() + plan.deletions.len();
        let tick = || {
            let n = done.fetch_add(1, Ordering::Relaxed) + 1;
            if let Some(progress) = &opts.progress {
                (progress.0)(n, total);
            }
        };
        for phase in [Phase::Assets, Phase::Pages, Phase::Feeds] {
            let files = plan.uploads.iter().filter(|u| u.phase == phase).map(|u| u.file);
            futures::stream::iter(files)
                .map(|file| {
                    let store = &store;
                    let tick = &tick;
                    async move {
                        upload(store, bucket, file, rules).await?;
                        tick();
                        Ok::<(), Diagnostic>(())
                    }
                })
                .buffer_unordered(PARALLEL)
                .try_collect::<()>()
                .await
                .map_err(|e| interrupted(e, &plan, phase))?;
        }
        delete(&store, bucket, &plan.deletions, &tick).await?;
        Ok(Outcome::from_plan(&plan))
    })
}

/// The store, with credentials from the environment or the AWS files.
/// Also says where the credentials came from.
fn connect(bucket: &Bucket, env: &dyn Fn(&str) -> Option<String>) -> Result<(AmazonS3, Message), Diagnostic> {
    // TLS through ring (see Cargo.toml); a second install is refused, harmlessly.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let credentials = super::credentials::find(env)?;
    let source = credentials.source;
    let region = bucket
        .region
        .map(str::to_string)
        .or_else(|| env("AWS_REGION"))
        .or_else(|| env("AWS_DEFAULT_REGION"))
        .unwrap_or_else(|| "us-east-1".to_string());
    let mut builder = AmazonS3Builder::new()
        .with_bucket_name(bucket.name)
        .with_region(region)
        .with_access_key_id(credentials.key_id)
        .with_secret_access_key(credentials.secret)
        .with_retry(RetryConfig {
            backoff: BackoffConfig {
                init_backoff: Duration::from_millis(200),
                max_backoff: Duration::from_secs(5),
                base: 2.0,
            },
            max_retries: 4,
            retry_timeout: Duration::from_secs(60),
        })
        .with_client_options(
            ClientOptions::new()
                .with_connect_timeout(Duration::from_secs(10))
                .with_timeout(Duration::from_secs(120)),
        );
    if let Some(token) = credentials.token {
        builder = builder.with_token(token);
    }
    if let Some(endpoint) = bucket.endpoint {
        builder = builder
            .with_endpoint(endpoint)
            .with_allow_http(endpoint.starts_with("http://"));
    }
    let store = builder.build().map_err(|e| {
        Diagnostic::new(
            crate::config::CONFIG_FILE,
            msg!("deploy-s3-client", detail = e.to_string()),
        )
        .hint(msg!("deploy-s3-client-hint"))
    })?;
    Ok((store, source))
}

/// The object of `rel`, a name as the store spells it.
fn object_path(bucket: &Bucket, rel: &str) -> ObjectPath {
    let name = if bucket.prefix.is_empty() {
        rel.to_string()
    } else {
        format!("{}/{rel}", bucket.prefix)
    };
    ObjectPath::parse(&name).unwrap_or_else(|_| ObjectPath::from(name))
}

/// Every object under the prefix: name relative to the prefix → MD5 when known.
async fn list(store: &AmazonS3, bucket: &Bucket<'_>) -> Result<HashMap<String, Option<String>>, object_store::Error> {
    let prefix = (!bucket.prefix.is_empty()).then(|| ObjectPath::from(bucket.prefix));
    let objects: Vec<_> = store.list(prefix.as_ref()).try_collect().await?;
    let strip = if bucket.prefix.is_empty() {
        String::new()
    } else {
        format!("{}/", bucket.prefix)
    };
    let mut remote = HashMap::with_capacity(objects.len());
    let mut unknown = Vec::new();
    for object in objects {
        let name = object.location.as_ref();
        let rel = name.strip_prefix(strip.as_str()).unwrap_or(name).to_string();
        let md5 = object
            .e_tag
            .as_deref()
            .map(|t| t.trim_matches('"'))
            .filter(|t| is_md5(t))
            .map(str::to_lowercase);
        if md5.is_none() {
            unknown.push((rel.clone(), object.location.clone()));
        }
        remote.insert(rel, md5);
    }
    // ETags that are not a plain MD5: ask for the MD5 keng stored.
    let found: Vec<(String, Option<String>)> = futures::stream::iter(unknown)
        .map(|(rel, location)| async move {
            let head = GetOptions {
                head: true,
                ..GetOptions::default()
            };
            let md5 = match store.get_opts(&location, head).await {
                Ok(result) => result
                    .attributes
                    .get(&Attribute::Metadata(MD5_METADATA.into()))
                    .map(|v| v.as_ref().to_string()),
                Err(_) => None,
            };
            (rel, md5)
        })
        .buffer_unordered(PARALLEL)
        .collect()
        .await;
    remote.extend(found);
    Ok(remote)
}

fn is_md5(tag: &str) -> bool {
    tag.len() == 32 && tag.bytes().all(|b| b.is_ascii_hexdigit())
}

async fn upload(
    store: &AmazonS3,
    bucket: &Bucket<'_>,
    file: &LocalFile,
    rules: &[HeaderRule],
) -> Result<(), Diagnostic> {
    let bytes = tokio::fs::read(&file.path)
        .await
        .map_err(|e| Diagnostic::io(&file.path, &e))?;
    let mut attributes = Attributes::new();
    for (name, value) in crate::headers::for_file(&file.rel, rules) {
        let attribute = match name.to_ascii_lowercase().as_str() {
            "content-type" => Attribute::ContentType,
            "cache-control" => Attribute::CacheControl,
            "content-disposition" => Attribute::ContentDisposition,
            "content-language" => Attribute::ContentLanguage,
            "content-encoding" => Attribute::ContentEncoding,
            // Object storage keeps no other response headers; `_headers`
            // and the CDN carry those.
            _ => continue,
        };
        attributes.insert(attribute, value.into());
    }
    attributes.insert(Attribute::Metadata(MD5_METADATA.into()), file.md5.clone().into());
    let options = PutOptions {
        attributes,
        ..PutOptions::default()
    };
    store
        .put_opts(&object_path(bucket, &file.rel), PutPayload::from(bytes), options)
        .await
        .map(drop)
        .map_err(|e| {
            Diagnostic::new(
                &file.path,
                msg!("deploy-upload-failed", file = &file.rel, detail = first_line(&e)),
            )
        })
}

async fn delete(
    store: &AmazonS3,
    bucket: &Bucket<'_>,
    names: &[String],
    tick: &(dyn Fn() + Sync),
) -> Result<(), Diagnostic> {
    let paths: Vec<object_store::Result<ObjectPath>> = names.iter().map(|rel| Ok(object_path(bucket, rel))).collect();
    let paths = futures::stream::iter(paths).boxed();
    let mut deleted = store.delete_stream(paths);
    while let Some(result) = deleted.next().await {
        match result {
            Ok(_) | Err(object_store::Error::NotFound { .. }) => tick(),
            Err(e) => {
                return Err(Diagnostic::new(
                    crate::config::CONFIG_FILE,
                    msg!("deploy-delete-failed", detail = first_line(&e)),
                )
                .hint(msg!("deploy-delete-failed-hint")));
            }
        }
    }
    Ok(())
}

/// The first error of a phase: nothing later was sent, nothing deleted.
fn interrupted(e: Diagnostic, plan: &Plan, phase: Phase) -> Diagnostic {
    e.hint(msg!(
        "deploy-interrupted-hint",
        step = super::step_name(phase.label()),
        count = plan.uploads.len()
    ))
}

/// What went wrong before anything was sent, in words an editor can act on.
fn unreachable_or_refused(e: &object_store::Error, bucket: &Bucket, credentials: &Message) -> Diagnostic {
    let text = format!("{e:?}");
    let endpoint = bucket.endpoint.unwrap_or("AWS S3");
    // The S3 error code of the answer decides; object_store's own kinds
    // cover answers without one.
    use object_store::Error as E;
    let code = s3_error_code(&text);
    let (message, hint) = match (code, e) {
        (Some("InvalidAccessKeyId" | "SignatureDoesNotMatch" | "AccessDenied"), _)
        | (None, E::PermissionDenied { .. } | E::Unauthenticated { .. }) => (
            msg!(
                "deploy-credentials-refused",
                endpoint = endpoint,
                source = credentials.clone(),
                bucket = bucket.name
            ),
            msg!("deploy-credentials-refused-hint"),
        ),
        (Some("NoSuchBucket"), _) | (None, E::NotFound { .. }) => (
            msg!("deploy-no-bucket", bucket = bucket.name, endpoint = endpoint),
            msg!("deploy-no-bucket-hint"),
        ),
        (Some(code), _) => (
            msg!(
                "deploy-list-refused",
                endpoint = endpoint,
                bucket = bucket.name,
                code = code
            ),
            if code == "InvalidBucketName" {
                msg!("deploy-bucket-name-hint")
            } else {
                msg!("deploy-list-refused-hint")
            },
        ),
        (None, _) => (
            msg!("deploy-unreachable", endpoint = endpoint, detail = first_line(e)),
            msg!("deploy-unreachable-hint"),
        ),
    };
    Diagnostic::new(
        crate::config::CONFIG_FILE,
        msg!("deploy-nothing-sent", problem = message),
    )
    .hint(hint)
}

/// The `<Code>` of an S3 error answer, when the server answered with one.
fn s3_error_code(text: &str) -> Option<&str> {
    let start = text.find("<Code>")? + "<Code>".len();
    let len = text[start..].find("</Code>")?;
    Some(&text[start..start + len])
}

fn first_line(e: &dyn std::fmt::Display) -> String {
    let text = e.to_string();
    text.lines().next().unwrap_or_default().chars().take(300).collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn etags_that_are_md5() {
        assert!(super::is_md5("5d41402abc4b2a76b9719d911017c592"));
        assert!(!super::is_md5("5d41402abc4b2a76b9719d911017c592-2"));
        assert!(!super::is_md5(""));
    }

    #[test]
    fn error_codes_of_answers() {
        let text = "Server returned non-2xx status code: 400 Bad Request: <?xml?><Error><Code>InvalidBucketName</Code></Error>";
        assert_eq!(super::s3_error_code(text), Some("InvalidBucketName"));
        assert_eq!(super::s3_error_code("connection refused"), None);
    }

    #[test]
    fn object_names_go_under_the_prefix() {
        let b = |prefix| super::Bucket {
            name: "b",
            prefix,
            endpoint: None,
            region: None,
        };
        assert_eq!(super::object_path(&b(""), "a/index.html").as_ref(), "a/index.html");
        assert_eq!(
            super::object_path(&b("site"), "a/index.html").as_ref(),
            "site/a/index.html"
        );
    }
}
