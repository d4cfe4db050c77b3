//! Object-storage credentials, from where AWS tools look for them: the
//! environment (`AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`,
//! `AWS_SESSION_TOKEN`), then the shared credentials file
//! (`AWS_SHARED_CREDENTIALS_FILE`, else `~/.aws/credentials`) at the
//! profile `AWS_PROFILE` names (`default` otherwise). Never site.toml.

use crate::messages::msg;
use std::path::{Path, PathBuf};

use crate::diagnostic::Diagnostic;

pub struct Credentials {
    pub key_id: String,
    pub secret: String,
    pub token: Option<String>,
    /// Where they came from, for messages.
    pub source: crate::messages::Message,
}

/// The credentials to use; an error names every place looked at.
pub fn find(env: &dyn Fn(&str) -> Option<String>) -> Result<Credentials, Diagnostic> {
    let set = |name: &str| env(name).filter(|v| !v.trim().is_empty());
    if let (Some(key_id), Some(secret)) = (set("AWS_ACCESS_KEY_ID"), set("AWS_SECRET_ACCESS_KEY")) {
        return Ok(Credentials {
            key_id,
            secret,
            token: set("AWS_SESSION_TOKEN"),
            source: msg!("credentials-from-environment"),
        });
    }
    let file = set("AWS_SHARED_CREDENTIALS_FILE")
        .map(PathBuf::from)
        .or_else(|| set("HOME").map(|home| Path::new(&home).join(".aws").join("credentials")));
    let profile = set("AWS_PROFILE").unwrap_or_else(|| "default".to_string());
    if let Some(file) = file.filter(|f| f.is_file()) {
        let ini = ini::Ini::load_from_file(&file).map_err(|e| {
            Diagnostic::new(&file, msg!("credentials-unreadable", detail = e.to_string()))
                .hint(msg!("credentials-unreadable-hint"))
        })?;
        let section = ini.section(Some(profile.as_str()));
        let get = |key: &str| {
            section
                .and_then(|s| s.get(key))
                .map(str::to_string)
                .filter(|v| !v.is_empty())
        };
        return match (get("aws_access_key_id"), get("aws_secret_access_key")) {
            (Some(key_id), Some(secret)) => Ok(Credentials {
                key_id,
                secret,
                token: get("aws_session_token"),
                source: msg!("credentials-from-file", file = &file, profile = &profile),
            }),
            _ => Err(
                Diagnostic::new(&file, msg!("credentials-profile-incomplete", profile = &profile))
                    .hint(msg!("credentials-profile-incomplete-hint")),
            ),
        };
    }
    Err(Diagnostic::new(crate::config::CONFIG_FILE, msg!("credentials-missing")).hint(msg!("credentials-missing-hint")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn lookup(vars: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let vars: HashMap<String, String> = vars.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        move |name| vars.get(name).cloned()
    }

    #[test]
    fn the_environment_comes_first() {
        let c = find(&lookup(&[
            ("AWS_ACCESS_KEY_ID", "AK"),
            ("AWS_SECRET_ACCESS_KEY", "SK"),
            ("AWS_SESSION_TOKEN", "T"),
        ]))
        .unwrap();
        assert_eq!(
            (c.key_id.as_str(), c.secret.as_str(), c.token.as_deref()),
            ("AK", "SK", Some("T"))
        );
    }

    #[test]
    fn then_the_profile_of_the_credentials_file() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("credentials");
        std::fs::write(
            &file,
            "[default]\naws_access_key_id = D\naws_secret_access_key = DS\n\n[congan]\naws_access_key_id = C\naws_secret_access_key = CS\n",
        )
        .unwrap();
        let path = file.to_string_lossy().into_owned();
        let c = find(&lookup(&[("AWS_SHARED_CREDENTIALS_FILE", &path)])).unwrap();
        assert_eq!((c.key_id.as_str(), c.secret.as_str()), ("D", "DS"));
        let c = find(&lookup(&[
            ("AWS_SHARED_CREDENTIALS_FILE", &path),
            ("AWS_PROFILE", "congan"),
        ]))
        .unwrap();
        assert_eq!((c.key_id.as_str(), c.secret.as_str()), ("C", "CS"));
        let e = find(&lookup(&[
            ("AWS_SHARED_CREDENTIALS_FILE", &path),
            ("AWS_PROFILE", "khac"),
        ]))
        .err()
        .unwrap();
        assert!(e.to_string().contains("[khac]"), "{e}");
    }

    #[test]
    fn nothing_found_says_where_to_put_them() {
        let e = find(&lookup(&[("HOME", "/nonexistent")])).err().unwrap();
        assert!(
            e.hint
                .as_ref()
                .map(|h| h.to_string())
                .unwrap_or_default()
                .contains("AWS_ACCESS_KEY_ID")
        );
    }
}
