//! `keng init DIR` and `keng new KIND "TITLE"`: starting a site, starting an entry.

use crate::messages::msg;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use include_dir::{Dir, include_dir};

use crate::config::Config;
use crate::diagnostic::Diagnostic;
use crate::load::front_matter;
use crate::schema::{FieldType, KindSchema};

static SCAFFOLD: Dir = include_dir!("$CARGO_MANIFEST_DIR/scaffold");

/// Writes a small working site into `dir` (site.toml with every key
/// explained, an article, a model, a guide and an alert). Refuses a folder
/// that is not empty unless `force`. Returns the files written.
pub fn init(dir: &Path, force: bool, today: NaiveDate) -> Result<Vec<PathBuf>, Diagnostic> {
    if dir.exists() {
        if !dir.is_dir() {
            return Err(Diagnostic::new(dir, msg!("init-not-folder")).hint(msg!("init-not-folder-hint")));
        }
        let empty = std::fs::read_dir(dir)
            .map_err(|e| Diagnostic::io(dir, &e))?
            .next()
            .is_none();
        if !empty && !force {
            return Err(Diagnostic::new(dir, msg!("init-folder-not-empty")).hint(msg!("init-folder-not-empty-hint")));
        }
    }
    let in_30_days = today + chrono::Days::new(30);
    let mut written = Vec::new();
    let mut files = Vec::new();
    collect(&SCAFFOLD, &mut files);
    for (rel, contents) in files {
        let text = String::from_utf8_lossy(contents)
            .replace("{{TODAY}}", &today.to_string())
            .replace("{{IN_30_DAYS}}", &in_30_days.to_string());
        let target = dir.join(&rel);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent).map_err(|e| Diagnostic::io(parent, &e))?;
        }
        std::fs::write(&target, text).map_err(|e| Diagnostic::io(&target, &e))?;
        written.push(target);
    }
    Ok(written)
}

fn collect(dir: &'static Dir, out: &mut Vec<(PathBuf, &'static [u8])>) {
    for f in dir.files() {
        out.push((f.path().to_path_buf(), f.contents()));
    }
    for d in dir.dirs() {
        collect(d, out);
    }
}

/// Creates an entry of `kind` titled `title` in the section whose
/// `_index.md` has that kind, with every required field filled in.
/// Refuses to overwrite a file. Returns the new file's path.
pub fn new_entry(root: &Path, kind: &str, title: &str, today: NaiveDate) -> Result<PathBuf, Diagnostic> {
    let config = Config::load(root).map_err(|mut e| e.0.remove(0))?;
    let kind_ref = crate::kinds::get(&config, kind).ok_or_else(|| {
        let (message, hint) = crate::kinds::unknown(&config, &format!("\"{kind}\""));
        Diagnostic::new(root.join("site.toml"), message).hint(hint)
    })?;
    let schema = kind_ref.schema;
    let slug = crate::slugs::slugify(title);
    if slug.is_empty() {
        return Err(Diagnostic::new(root, msg!("new-no-file-name", title = title)).hint(msg!("new-no-file-name-hint")));
    }
    let section = section_of_kind(root, kind, config.allow_outside_links)?;
    let markdown = kind_ref.is_markdown();
    let file = section.join(format!("{slug}.{}", if markdown { "md" } else { "toml" }));
    if file.exists() {
        return Err(Diagnostic::new(&file, msg!("new-file-exists")).hint(msg!("new-file-exists-hint")));
    }
    let fields = entry_fields(schema, title, today);
    let text = if markdown {
        format!("+++\n{fields}+++\n\nViết nội dung bài ở đây.\n{SHORTCODE_EXAMPLE}")
    } else {
        fields
    };
    std::fs::write(&file, text).map_err(|e| Diagnostic::io(&file, &e))?;
    Ok(file)
}

/// Shortcodes an editor can copy, in a comment the page does not show.
const SHORTCODE_EXAMPLE: &str = r#"
<!-- Ảnh có chú thích, số điện thoại, khung cảnh báo (shortcode): chép một
mẫu ra ngoài khung chú thích này, trên dòng riêng. Xem "Shortcodes" trong README.

{{ figure(src="anh.jpg", alt="Tả ảnh cho người không nhìn thấy", caption="Chú thích", credit="Người chụp") }}

{{ hotline() }}

{% callout(type="warning", title="Cảnh giác") %}
Điều bà con cần lưu ý.
{% end %}
-->
"#;

/// The folder of the section whose `_index.md` says `kind = "<kind>"`.
fn section_of_kind(root: &Path, kind: &str, allow_outside_links: bool) -> Result<PathBuf, Diagnostic> {
    let content = root.join("content");
    // The same files a build reads; problems with them are the build's to report.
    let walk = crate::walk::Walk {
        site_root: root,
        allow_outside_links,
        skip_hidden_folders: true,
    };
    let files = walk.files(&content, &mut Default::default());
    for (path, rel) in files {
        if rel.rsplit('/').next() != Some(crate::load::SECTION_FILE) {
            continue;
        }
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        let Ok(split) = front_matter::split(&text) else {
            continue;
        };
        let Ok(table) = toml::from_str::<toml::Table>(&text[split.front_matter]) else {
            continue;
        };
        if table.get("kind").and_then(|k| k.as_str()) == Some(kind) {
            return Ok(path.parent().unwrap_or(&content).to_path_buf());
        }
    }
    Err(Diagnostic::new(&content, msg!("new-no-section", kind = kind)).hint(msg!("new-no-section-hint", kind = kind)))
}

/// TOML lines for every field of the kind: required ones filled in, the
/// others commented out, each with a short comment.
fn entry_fields(schema: &KindSchema, title: &str, today: NaiveDate) -> String {
    let quote = |s: &str| toml::Value::String(s.to_string()).to_string();
    let mut out = String::new();
    for field in &schema.fields {
        let value = if field.name == schema.title_field {
            quote(title)
        } else {
            match &field.ty {
                FieldType::Date if field.name == "expires" => (today + chrono::Days::new(30)).to_string(),
                FieldType::Date => today.to_string(),
                FieldType::Text | FieldType::Markdown => quote(crate::lint::PLACEHOLDER),
                other => other.example(),
            }
        };
        let note = format!(
            "# {}{}",
            if field.required {
                "bắt buộc (required): "
            } else {
                ""
            },
            field.ty.describe()
        );
        if field.required {
            out.push_str(&format!("{note}\n{} = {value}\n", field.name));
        } else {
            out.push_str(&format!("{note}\n# {} = {value}\n", field.name));
        }
    }
    out
}
