//! What a build was made with, kept in its marker file (`.keng-output`), so
//! that `keng deploy` can refuse a build that must not be published: one
//! with drafts, or one made for another address (`--base-url`).

use std::path::Path;

use super::MARKER;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BuildRecord {
    pub base_url: String,
    pub drafts: bool,
}

impl BuildRecord {
    /// The marker file's text: a line for people, then the record.
    pub fn marker_text(&self) -> String {
        format!(
            "This folder is written by keng build, which removes files it no longer produces.\nbase_url = {}\ndrafts = {}\n",
            toml::Value::String(self.base_url.clone()),
            self.drafts
        )
    }

    /// The record of the build in `dir`; `None` when there is no marker or
    /// it holds no record (a build by an older keng).
    pub fn read(dir: &Path) -> Option<BuildRecord> {
        let text = std::fs::read_to_string(dir.join(MARKER)).ok()?;
        let record: toml::Table = text.lines().skip(1).collect::<Vec<_>>().join("\n").parse().ok()?;
        Some(BuildRecord {
            base_url: record.get("base_url")?.as_str()?.to_string(),
            drafts: record.get("drafts")?.as_bool()?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_record_reads_back() {
        let dir = tempfile::tempdir().unwrap();
        let record = BuildRecord {
            base_url: "https://antt.example.vn/\"x\"".to_string(),
            drafts: true,
        };
        std::fs::write(dir.path().join(MARKER), record.marker_text()).unwrap();
        assert_eq!(BuildRecord::read(dir.path()), Some(record));
        std::fs::write(dir.path().join(MARKER), "This folder is written by keng build.\n").unwrap();
        assert_eq!(BuildRecord::read(dir.path()), None);
    }
}
