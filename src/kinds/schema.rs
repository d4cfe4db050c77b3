//! Schemas of entry kinds: which fields an entry of a kind has, of what type,
//! and which are required. The built-in kinds are declared here; a site adds
//! its own in site.toml (`[kinds.NAME]`).

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
    pub fn describe(&self) -> String {
        match self {
            FieldType::Text => "a string".into(),
            FieldType::Markdown => "a string (Markdown)".into(),
            FieldType::Integer => "a whole number".into(),
            FieldType::Count => format!("a whole number from 0 to {MAX_COUNT}"),
            FieldType::Url => "a path on this site (anh.jpg, /anh/a.jpg) or an http(s) address".into(),
            FieldType::Number => "a number".into(),
            FieldType::Bool => "true or false".into(),
            FieldType::Date => "a date like 2020-12-31 or 2020-12-31T14:00:00+07:00".into(),
            FieldType::TextList => "a list of strings".into(),
            FieldType::Enum(values) => format!("one of {}", quoted(values)),
            FieldType::EnumList(values) => format!("a list of values from {}", quoted(values)),
            FieldType::Figures => "a table of label = number".into(),
            FieldType::Reports => "a list of { channel = \"...\", contact = \"...\" } tables".into(),
            FieldType::Coordinates => "[latitude, longitude]".into(),
            FieldType::Polygon => {
                "a CAP polygon: \"lat,lon lat,lon lat,lon lat,lon\" with the first point repeated last".into()
            }
            FieldType::Circle => "a CAP circle: \"lat,lon radius\" (radius in km)".into(),
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

fn quoted(values: &[&str]) -> String {
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

impl KindSchema {
    pub fn field(&self, name: &str) -> Option<&FieldSpec> {
        self.fields.iter().find(|f| f.name == name)
    }
}

pub const CHANNELS: &[&str] = &["phone", "sms", "social", "web", "in-person"];
pub const SEVERITIES: &[&str] = &["Extreme", "Severe", "Moderate", "Minor", "Unknown"];
pub const URGENCIES: &[&str] = &["Immediate", "Expected", "Future", "Past", "Unknown"];
pub const CERTAINTIES: &[&str] = &["Observed", "Likely", "Possible", "Unlikely", "Unknown"];
/// CAP 1.2 `category` values.
pub const CAP_CATEGORIES: &[&str] = &[
    "Geo",
    "Met",
    "Safety",
    "Security",
    "Rescue",
    "Fire",
    "Health",
    "Env",
    "Transport",
    "Infra",
    "CBRNE",
    "Other",
];

/// CAP 1.2 `responseType` values.
pub const CAP_RESPONSE_TYPES: &[&str] = &[
    "Shelter", "Evacuate", "Prepare", "Execute", "Avoid", "Monitor", "Assess", "AllClear", "None",
];
/// CAP 1.2 `msgType` values an alert file can carry (Ack and Error answer other messages).
pub const CAP_MSG_TYPES: &[&str] = &["Alert", "Update", "Cancel"];

pub const BUILTIN_KINDS: &[&str] = &["article", "model", "sign", "camera", "guide", "alert"];

fn spec(fields: &[(&str, FieldType, bool)]) -> Vec<FieldSpec> {
    fields
        .iter()
        .map(|(n, t, r)| FieldSpec {
            name: n.to_string(),
            ty: t.clone(),
            required: *r,
        })
        .collect()
}

/// The schema of a built-in kind.
pub fn builtin(name: &str) -> Option<KindSchema> {
    use FieldType::*;
    let (title, date, fields): (&str, Option<&str>, Vec<FieldSpec>) = match name {
        "article" => (
            "title",
            Some("date"),
            spec(&[
                ("title", Text, true),
                ("date", Date, true),
                ("summary", Text, false),
                ("author", Text, false),
                ("image", Url, false),
                ("image_alt", Text, false),
            ]),
        ),
        "model" => (
            "name",
            Some("started"),
            spec(&[
                ("name", Text, true),
                ("summary", Text, true),
                ("name_en", Text, false),
                ("started", Date, false),
                ("communes", TextList, false),
                ("how_it_works", Markdown, false),
                ("how_to_join", Markdown, false),
                ("contact", Text, false),
                ("figures", Figures, false),
                ("image", Url, false),
                ("image_alt", Text, false),
            ]),
        ),
        "sign" => (
            "title",
            Some("installed"),
            spec(&[
                ("title", Text, true),
                ("category", Text, true),
                ("message", Markdown, true),
                ("count", Count, false),
                ("commune", Text, false),
                ("location", Text, false),
                ("coordinates", Coordinates, false),
                ("installed", Date, false),
            ]),
        ),
        "camera" => (
            "title",
            Some("installed"),
            spec(&[
                ("title", Text, true),
                ("count", Count, true),
                ("funded_by", Text, true),
                ("area", Text, false),
                ("roads", Count, false),
                ("installed", Date, false),
            ]),
        ),
        "guide" => (
            "title",
            None,
            spec(&[
                ("title", Text, true),
                ("scam", Text, true),
                ("channels", EnumList(CHANNELS), true),
                ("summary", Text, false),
                ("how_it_works", Markdown, false),
                ("warning_signs", TextList, false),
                ("what_to_do", TextList, false),
                ("if_you_paid", TextList, false),
                ("how_to_report", Reports, false),
                ("hotlines", TextList, false),
                ("related", TextList, false),
            ]),
        ),
        "alert" => (
            "headline",
            Some("effective"),
            spec(&[
                ("headline", Text, true),
                ("severity", Enum(SEVERITIES), true),
                ("urgency", Enum(URGENCIES), true),
                ("certainty", Enum(CERTAINTIES), true),
                ("effective", Date, true),
                ("expires", Date, true),
                ("area", Text, true),
                ("description", Markdown, false),
                ("instruction", Markdown, false),
                ("category", Enum(CAP_CATEGORIES), false),
                ("event", Text, false),
                ("response_type", EnumList(CAP_RESPONSE_TYPES), false),
                ("msg_type", Enum(CAP_MSG_TYPES), false),
                ("sent", Date, false),
                ("polygon", Polygon, false),
                ("circle", Circle, false),
            ]),
        ),
        _ => return None,
    };
    Some(KindSchema {
        name: name.to_string(),
        title_field: title.to_string(),
        date_field: date.map(str::to_string),
        fields,
    })
}
