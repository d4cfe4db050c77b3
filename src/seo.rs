//! What search engines and link previews read in each page's head:
//! schema.org JSON-LD (built with serde_json, never by string pasting) and
//! the values of the Open Graph / Twitter card tags.

use serde::Serialize;
use serde_json::{Value, json};

use crate::content::Site;
use crate::kinds::EntityContext;
use crate::plan::Job;
use crate::view::ancestors;

/// Values for `<meta property="og:…">` and `<meta name="twitter:…">`.
#[derive(Serialize)]
pub struct SocialMeta {
    pub title: String,
    pub description: Option<String>,
    /// `article` for entries, `website` otherwise.
    pub og_type: &'static str,
    pub image: Option<String>,
    /// `vi_VN`, `en_US`.
    pub locale: String,
}

fn locale(lang: &str) -> String {
    match lang {
        "vi" => "vi_VN".into(),
        "en" => "en_US".into(),
        other => other.replace('-', "_"),
    }
}

/// The language of the page a job shows.
fn job_lang(site: &Site, job: Job) -> &str {
    let lang = match job {
        Job::Page(i) => site.pages[i].lang.as_deref(),
        Job::Section { section, .. } | Job::Group { section, .. } => site.sections[section].lang.as_deref(),
        _ => None,
    };
    lang.unwrap_or(&site.config.language)
}

pub fn social(site: &Site, job: Job) -> SocialMeta {
    let (title, description, og_type, image) = match job {
        Job::Page(i) => {
            let p = &site.pages[i];
            let image = p
                .data
                .as_ref()
                .and_then(|d| d.get("image"))
                .and_then(|v| v.as_str())
                .map(|s| match crate::pictures::find(site, &p.path, s) {
                    // The photo's link-preview card, never the original.
                    Some(i) => format!(
                        "{}{}",
                        site.config.base_url,
                        crate::pictures::social_url(&site.pictures[i])
                    ),
                    None => crate::urls::absolute(&site.config.base_url, &p.permalink, s),
                });
            (
                p.title().to_string(),
                p.description(site).map(str::to_string),
                "article",
                image,
            )
        }
        Job::Section { section, .. } => {
            let s = &site.sections[section];
            (
                s.title(&site.config).to_string(),
                s.meta.summary.clone().or_else(|| site.config.description.clone()),
                "website",
                None,
            )
        }
        _ => (
            site.config.title.clone(),
            site.config.description.clone(),
            "website",
            None,
        ),
    };
    SocialMeta {
        title,
        description,
        og_type,
        image,
        locale: locale(job_lang(site, job)),
    }
}

/// The site's publisher, the first node of every page's graph.
#[derive(Serialize)]
struct Publisher<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    #[serde(rename = "@id")]
    id: &'a str,
    name: &'a str,
    url: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    telephone: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    email: Option<&'a str>,
}

#[derive(Serialize)]
struct Breadcrumbs<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    #[serde(rename = "itemListElement")]
    items: Vec<Crumb<'a>>,
}

#[derive(Serialize)]
struct Crumb<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    position: usize,
    name: &'a str,
    item: &'a str,
}

#[derive(Serialize)]
#[serde(untagged)]
enum Node<'a> {
    Publisher(Publisher<'a>),
    Entity(Value),
    Breadcrumbs(Breadcrumbs<'a>),
}

#[derive(Serialize)]
struct Graph<'a> {
    #[serde(rename = "@context")]
    context: &'static str,
    #[serde(rename = "@graph")]
    graph: Vec<Node<'a>>,
}

/// The JSON-LD of a page, ready to go inside `<script type="application/ld+json">`.
/// Written straight from borrowed structs: building it as a `Value` first
/// was a tenth of a build.
pub fn json_ld(site: &Site, job: Job, path: &str) -> String {
    let base = &site.config.base_url;
    let url = format!("{base}{path}");
    let publisher_id = format!("{base}/#publisher");
    let publisher = &site.config.publisher;
    let mut graph = vec![Node::Publisher(Publisher {
        kind: "GovernmentOrganization",
        id: &publisher_id,
        name: &publisher.name,
        url: format!("{base}/"),
        telephone: publisher.telephone.as_deref(),
        email: publisher.email.as_deref(),
    })];
    if let Some(main) = main_entity(site, job, &url, &publisher_id) {
        graph.push(Node::Entity(main));
    }
    let crumbs = breadcrumbs(site, job);
    if crumbs.len() > 1 {
        let items = crumbs
            .iter()
            .enumerate()
            .map(|(n, (name, item))| Crumb {
                kind: "ListItem",
                position: n + 1,
                name,
                item,
            })
            .collect();
        graph.push(Node::Breadcrumbs(Breadcrumbs {
            kind: "BreadcrumbList",
            items,
        }));
    }
    let doc = Graph {
        context: "https://schema.org",
        graph,
    };
    // `</script>` or `<!--` inside a string must not end or comment out the script element.
    let json = serde_json::to_string(&doc).unwrap_or_default();
    if memchr::memchr(b'<', json.as_bytes()).is_none() {
        return json;
    }
    json.replace("</", "<\\/").replace("<!--", "<\\u0021--")
}

fn main_entity(site: &Site, job: Job, url: &str, publisher_id: &str) -> Option<Value> {
    let language = job_lang(site, job);
    match job {
        Job::Page(i) => {
            let p = &site.pages[i];
            let at = EntityContext {
                url,
                language,
                publisher_id,
            };
            let entity =
                crate::kinds::governing(&site.config, p.kind.as_deref()).and_then(|k| k.main_entity(site, i, &at));
            Some(
                entity.unwrap_or_else(
                    || json!({"@type": "WebPage", "name": p.title(), "url": url, "inLanguage": language}),
                ),
            )
        }
        Job::Section { section, .. } if section == site.home => Some(json!({
            "@type": "WebSite",
            "name": site.config.title,
            "url": url,
            "inLanguage": language,
            "publisher": {"@id": publisher_id},
        })),
        Job::Section { section, .. } => Some(json!({
            "@type": "CollectionPage",
            "name": site.sections[section].title(&site.config),
            "url": url,
            "inLanguage": language,
        })),
        _ => None,
    }
}

/// (name, URL) from the home page down to this page.
fn breadcrumbs(site: &Site, job: Job) -> Vec<(String, String)> {
    let chain = |from: Option<usize>| -> Vec<(String, String)> {
        ancestors(site, from)
            .into_iter()
            .map(|a| (a.title.to_string(), a.permalink.to_string()))
            .collect()
    };
    match job {
        Job::Page(i) => {
            let p = &site.pages[i];
            let mut c = chain(Some(p.section));
            c.push((p.title().to_string(), p.permalink.clone()));
            c
        }
        Job::Section { section, .. } | Job::Group { section, .. } => chain(Some(section)),
        Job::TaxonomyList(t) => {
            let mut c = chain(Some(site.home));
            c.push((site.taxonomies[t].name.clone(), site.taxonomies[t].permalink.clone()));
            c
        }
        Job::Term { taxonomy, term, .. } => {
            let tax = &site.taxonomies[taxonomy];
            let mut c = chain(Some(site.home));
            c.push((tax.name.clone(), tax.permalink.clone()));
            c.push((tax.terms[term].name.clone(), tax.terms[term].permalink.clone()));
            c
        }
        _ => Vec::new(),
    }
}
