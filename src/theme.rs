//! The default theme, compiled into the binary so `keng` works on any site
//! folder. A site's `themes/<name>/` and `templates/` are layered over it.

use include_dir::{Dir, include_dir};

static DEFAULT_THEME: Dir = include_dir!("$CARGO_MANIFEST_DIR/themes/default");

/// A file of the built-in theme.
pub struct ThemeFile {
    /// Path inside the theme's subfolder, with `/` separators.
    pub rel: String,
    pub contents: &'static [u8],
}

/// Files under `themes/default/<sub>/`, in path order.
pub fn files(sub: &str) -> Vec<ThemeFile> {
    let mut out = Vec::new();
    if let Some(dir) = DEFAULT_THEME.get_dir(sub) {
        collect(dir, sub, &mut out);
    }
    out.sort_by(|a, b| a.rel.cmp(&b.rel));
    out
}

fn collect(dir: &'static Dir, prefix: &str, out: &mut Vec<ThemeFile>) {
    for file in dir.files() {
        let path = file.path().to_string_lossy().replace('\\', "/");
        let rel = path
            .strip_prefix(prefix)
            .unwrap_or(&path)
            .trim_start_matches('/')
            .to_string();
        out.push(ThemeFile {
            rel,
            contents: file.contents(),
        });
    }
    for sub in dir.dirs() {
        collect(sub, prefix, out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_theme_has_the_base_templates() {
        let names: Vec<String> = files("templates").into_iter().map(|f| f.rel).collect();
        for t in [
            "base.html",
            "index.html",
            "section.html",
            "page.html",
            "taxonomy_list.html",
            "taxonomy_single.html",
            "404.html",
        ] {
            assert!(names.iter().any(|n| n == t), "{t} missing from {names:?}");
        }
    }
}
