//! Schemas of entry kinds: which fields an entry of a kind has, of what
//! type, and which are required, and the check of an entry's fields
//! against them ([`check::validate`]). This is the part of a kind that
//! `site.toml` and the load stage need; each built-in kind declares its
//! schema in its own module under `kinds/`, a site declares its own kinds
//! in site.toml (`[kinds.NAME]`).

pub mod check;

pub use check::validate;

/// The type a field's value must have.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldType {
    Text,
    /// Text that is Markdown; rendered to HTML for templates (`page.html.FIELD`).
    Markdown,
    Integer,
    /// A whole number from 0 to [`MAX_COUNT`]: how many cameras, signs, roads.
    Count,
    /// A web address or a path on this site (an image): never `javascript:`.
    Url,
    Number,
    Bool,
    /// A TOML date or date-time (a quoted one is accepted too).
    Date,
    TextList,
    /// One of the listed values.
    Enum(&'static [&'static str]),
    /// A list whose items are each one of the listed values.
    EnumList(&'static [&'static str]),
    /// A table of label → number: `[figures]` `"Thôn tham gia" = 12`.
    Figures,
    /// A list of `{ channel = "...", contact = "..." }` tables.
    Reports,
    /// `[latitude, longitude]`.
    Coordinates,
    /// A CAP polygon: `"lat,lon lat,lon ..."`, at least four points, closed.
    Polygon,
    /// A CAP circle: `"lat,lon radius_km"`.
    Circle,
}

impl FieldType {
    /// How the type is named to users.
    pub fn describe(&self) -> crate::messages::Message {
        use crate::messages::msg;
        match self {
            FieldType::Text => msg!("type-text"),
            FieldType::Markdown => msg!("type-markdown"),
            FieldType::Integer => msg!("type-integer"),
            FieldType::Count => msg!("type-count", max = MAX_COUNT),
            FieldType::Url => msg!("type-url"),
            FieldType::Number => msg!("type-number"),
            FieldType::Bool => msg!("type-bool"),
            FieldType::Date => msg!("type-date"),
            FieldType::TextList => msg!("type-text-list"),
            FieldType::Enum(values) => msg!("type-enum", values = quoted(values)),
            FieldType::EnumList(values) => msg!("type-enum-list", values = quoted(values)),
            FieldType::Figures => msg!("type-figures"),
            FieldType::Reports => msg!("type-reports"),
            FieldType::Coordinates => msg!("type-coordinates"),
            FieldType::Polygon => msg!("type-polygon"),
            FieldType::Circle => msg!("type-circle"),
        }
    }

    /// An example value, for hints and `keng new`.
    pub fn example(&self) -> String {
        match self {
            FieldType::Text | FieldType::Markdown => "\"...\"".into(),
            FieldType::Integer | FieldType::Count => "10".into(),
            FieldType::Url => "\"anh.jpg\"".into(),
            FieldType::Number => "1.5".into(),
            FieldType::Bool => "true".into(),
            FieldType::Date => "2020-12-31".into(),
            FieldType::TextList => "[\"...\", \"...\"]".into(),
            FieldType::Enum(values) => format!("\"{}\"", values[0]),
            FieldType::EnumList(values) => format!("[\"{}\"]", values[0]),
            FieldType::Figures => "{ \"Số camera\" = 102 }".into(),
            FieldType::Reports => "[{ channel = \"Gọi điện\", contact = \"113\" }]".into(),
            FieldType::Coordinates => "[11.73, 108.37]".into(),
            FieldType::Polygon => "\"11.70,108.30 11.80,108.30 11.80,108.45 11.70,108.30\"".into(),
            FieldType::Circle => "\"11.73,108.37 5\"".into(),
        }
    }

    /// From a type name in site.toml.
    pub fn from_name(name: &str) -> Option<FieldType> {
        Some(match name {
            "text" | "string" => FieldType::Text,
            "markdown" => FieldType::Markdown,
            "integer" => FieldType::Integer,
            "number" => FieldType::Number,
            "bool" => FieldType::Bool,
            "date" => FieldType::Date,
            "list" => FieldType::TextList,
            _ => return None,
        })
    }
}

/// The largest count a field may hold: far above any district's figures,
/// far below where sums could overflow.
pub const MAX_COUNT: i64 = 1_000_000_000;

pub const CUSTOM_TYPE_NAMES: &str = "\"text\", \"markdown\", \"integer\", \"number\", \"bool\", \"date\", \"list\"";

pub fn quoted(values: &[&str]) -> String {
    values.iter().map(|v| format!("\"{v}\"")).collect::<Vec<_>>().join(", ")
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldSpec {
    pub name: String,
    pub ty: FieldType,
    pub required: bool,
}

/// A kind: its fields, and which of them name and date an entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KindSchema {
    pub name: String,
    /// The field that is the entry's title.
    pub title_field: String,
    /// The field that dates the entry (for ordering), if any.
    pub date_field: Option<String>,
    pub fields: Vec<FieldSpec>,
}

/// A kind of the site's own, from site.toml.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SiteKind {
    pub schema: KindSchema,
    /// (line, column) of its `[kinds.NAME]` table in site.toml.
    pub declared_at: (usize, usize),
}

impl KindSchema {
    pub fn field(&self, name: &str) -> Option<&FieldSpec> {
        self.fields.iter().find(|f| f.name == name)
    }
}

/// Builds a schema's field list from (name, type, required) rows.
pub fn fields(rows: &[(&str, FieldType, bool)]) -> Vec<FieldSpec> {
    rows.iter()
        .map(|(n, t, r)| FieldSpec {
            name: n.to_string(),
            ty: t.clone(),
            required: *r,
        })
        .collect()
}
