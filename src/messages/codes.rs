//! Stable codes of findings (`K0204`): one per kind of problem, printed
//! with every finding and carried by `keng check --format json`, so that
//! scripts and `keng explain` do not depend on wording. Several messages
//! may share a code when they are the same problem in different places.
//!
//! A code is never reused for another problem; a retired one stays listed.

use super::{Arg, Message};

/// Code, the message ids that carry it. Explanations are `explain-CODE`
/// in each catalogue.
pub const CODES: &[(&str, &[&str])] = &[
    ("K0101", &["config-missing"]),
    ("K0102", &["config-not-utf8", "load-not-utf8", "template-not-utf8"]),
    ("K0103", &["toml-syntax"]),
    (
        "K0104",
        &[
            "toml-unknown-key",
            "toml-unknown-key-expected",
            "deploy-unknown-key",
            "field-unknown-key",
        ],
    ),
    (
        "K0105",
        &[
            "toml-wrong-type",
            "deploy-not-string",
            "deploy-precompress-not-bool",
            "field-wrong-type",
        ],
    ),
    ("K0106", &["toml-missing-key", "config-missing-key"]),
    ("K0107", &["config-title-empty"]),
    ("K0108", &["config-base-url-invalid"]),
    ("K0109", &["config-language-invalid", "config-languages-invalid"]),
    ("K0110", &["config-timezone-unknown"]),
    ("K0111", &["config-theme-invalid", "theme-missing"]),
    (
        "K0112",
        &[
            "config-taxonomy-invalid",
            "config-taxonomy-twice",
            "config-feed-taxonomy-unknown",
        ],
    ),
    ("K0113", &["config-paginate-path-invalid"]),
    (
        "K0114",
        &["config-image-widths-invalid", "config-image-value-out-of-range"],
    ),
    ("K0115", &["cap-value-invalid", "cap-sender-invalid"]),
    (
        "K0116",
        &[
            "kind-name-invalid",
            "kind-field-type-unknown",
            "kind-required-undeclared",
            "kind-key-field-undeclared",
            "kind-no-title",
            "kind-built-in",
        ],
    ),
    ("K0117", &["io-error", "load-changed-during-build"]),
    (
        "K0201",
        &[
            "load-empty",
            "load-no-front-matter",
            "load-front-matter-unclosed",
            "load-section-not-entry",
        ],
    ),
    ("K0202", &["field-required-missing"]),
    (
        "K0203",
        &[
            "field-invalid",
            "field-not-allowed",
            "field-not-text-list",
            "field-negative",
        ],
    ),
    ("K0204", &["field-date-not-valid", "field-date-invalid"]),
    ("K0205", &["field-control-character", "field-not-finite"]),
    ("K0206", &["kind-unknown", "entry-unreadable"]),
    ("K0207", &["resolve-no-slug"]),
    ("K0208", &["resolve-url-twice"]),
    ("K0209", &["resolve-alias-unsafe"]),
    ("K0301", &["guide-related-missing"]),
    ("K0302", &["alert-expired-urgent"]),
    ("K0401", &["check-link-missing", "markdown-internal-link-missing"]),
    ("K0402", &["check-link-anchor-missing", "anchor-missing"]),
    ("K0403", &["check-external-status", "check-external-unreachable"]),
    ("K0404", &["check-bundle-file-unlinked"]),
    ("K0405", &["markdown-image-removed", "markdown-link-removed"]),
    ("K0406", &["markdown-unsafe-html"]),
    ("K0407", &["markdown-h1-demoted"]),
    ("K0501", &["template-error", "template-error-rendering"]),
    (
        "K0502",
        &[
            "template-parent-missing",
            "template-not-found",
            "template-not-found-rendering",
            "template-missing",
        ],
    ),
    ("K0601", &["shortcode-unknown"]),
    (
        "K0602",
        &[
            "shortcode-syntax-name-expected",
            "shortcode-syntax-equals-expected",
            "shortcode-argument-twice",
            "shortcode-syntax-comma-expected",
            "shortcode-syntax-list-strings",
            "shortcode-syntax-list-comma",
            "shortcode-syntax-value",
            "shortcode-syntax-unclosed-string",
            "shortcode-block-unclosed",
            "shortcode-no-parentheses",
            "shortcode-tag-unclosed",
            "shortcode-end-without-block",
        ],
    ),
    (
        "K0603",
        &[
            "shortcode-argument-unknown",
            "shortcode-argument-type",
            "shortcode-argument-missing",
            "shortcode-script-address",
        ],
    ),
    ("K0604", &["shortcode-body-unexpected", "shortcode-body-missing"]),
    (
        "K0605",
        &[
            "shortcode-declaration-type-unknown",
            "shortcode-declaration-toml",
            "shortcode-declaration-body",
            "shortcode-declaration-args",
            "shortcode-declaration-arg-type",
            "shortcode-declaration-unknown-key",
        ],
    ),
    (
        "K0606",
        &[
            "shortcode-hotline-unknown",
            "shortcode-guide-missing",
            "shortcode-video-unknown",
        ],
    ),
    ("K0607", &["shortcode-failed"]),
    ("K0608", &["shortcode-link-in-link", "shortcode-block-in-sentence"]),
    ("K0701", &["markdown-image-missing"]),
    ("K0702", &["image-unusable", "markdown-image-unusable"]),
    ("K0703", &["image-refused-format"]),
    (
        "K0801",
        &[
            "emit-output-not-named",
            "emit-output-not-folder",
            "emit-output-foreign",
            "emit-output-is-site",
            "emit-next-foreign",
        ],
    ),
    (
        "K0802",
        &[
            "emit-swap-failed",
            "emit-previous-not-deleted",
            "emit-leftover-not-removed",
        ],
    ),
    (
        "K0803",
        &["output-write-failed", "static-copy-failed", "headers-write-failed"],
    ),
    ("K0804", &["walk-link-outside", "walk-link-loop", "walk-unreadable"]),
    ("K0805", &["load-no-content"]),
    ("K0901", &["lint-placeholder"]),
    ("K0902", &["lint-duplicate-title"]),
    ("K0903", &["lint-no-summary"]),
    ("K0904", &["lint-image-alt-missing", "lint-image-without-alt"]),
    ("K0905", &["lint-future-date"]),
    ("K1001", &["new-no-section", "new-no-file-name", "new-file-exists"]),
    ("K1002", &["init-not-folder", "init-folder-not-empty"]),
    (
        "K1003",
        &[
            "serve-watch-failed",
            "serve-start-failed",
            "serve-listen-failed",
            "serve-stopped-by-error",
        ],
    ),
    (
        "K1101",
        &[
            "deploy-credential-key",
            "deploy-target-incomplete",
            "deploy-target-name-empty",
            "deploy-target-name-twice",
            "deploy-target-url-invalid",
            "deploy-precompress-not-file",
            "deploy-header-incomplete",
            "deploy-header-pattern-invalid",
            "deploy-headers-not-table",
            "deploy-header-invalid",
        ],
    ),
    (
        "K1102",
        &[
            "credentials-unreadable",
            "credentials-profile-incomplete",
            "credentials-missing",
            "deploy-credentials-refused",
        ],
    ),
    (
        "K1103",
        &[
            "deploy-no-build",
            "deploy-drafts",
            "deploy-other-base-url",
            "deploy-build-unreadable",
        ],
    ),
    ("K1104", &["deploy-no-targets", "deploy-unknown-target"]),
    (
        "K1105",
        &[
            "deploy-target-is-build",
            "deploy-file-parent-missing",
            "deploy-file-foreign",
        ],
    ),
    (
        "K1106",
        &[
            "deploy-no-bucket",
            "deploy-list-refused",
            "deploy-unreachable",
            "deploy-runtime",
            "deploy-s3-client",
        ],
    ),
    ("K1107", &["deploy-upload-failed", "deploy-delete-failed"]),
];

/// Messages that wrap another finding's message (`problem`) and take its code.
const WRAPPERS: &[&str] = &[
    "check-link-on-many-pages",
    "template-error-many-pages",
    "deploy-nothing-sent",
    "field-invalid",
];

/// The code of a finding's message; `K0000` for a message that is not a
/// finding (the tests keep that from reaching one).
pub fn code_of(message: &Message) -> &'static str {
    if WRAPPERS.contains(&message.id) {
        if let Some((_, Arg::Nested(inner))) = message.args.iter().find(|(name, _)| *name == "problem") {
            let code = code_of(inner);
            if code != "K0000" {
                return code;
            }
        }
    }
    CODES
        .iter()
        .find(|(_, ids)| ids.contains(&message.id))
        .map_or("K0000", |(code, _)| code)
}

/// `k204`, `K0204` → `K0204`, if it is a known code.
pub fn find(code: &str) -> Option<&'static str> {
    let digits = code.trim().trim_start_matches(['K', 'k']);
    let n: u32 = digits.parse().ok()?;
    let wanted = format!("K{n:04}");
    CODES.iter().map(|(c, _)| *c).find(|c| *c == wanted)
}
