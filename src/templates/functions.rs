//! Template functions: `totals`, `bar_chart`, `get_page`, `get_section`, `image`.

use std::sync::{Arc, Mutex};

use rustc_hash::FxHashMap;

use tera::{Error, Kwargs, State, Tera, TeraResult, Value};

use crate::content::Site;
use crate::view::{PageView, SectionView};

pub fn register(tera: &mut Tera, site: &Arc<Site>) {
    totals(tera, site);
    bar_chart(tera, site);
    get_page(tera, site);
    get_section(tera, site);
    image(tera, site);
}

fn totals(tera: &mut Tera, site: &Arc<Site>) {
    let s = Arc::clone(site);
    // `totals(kind="camera", by="funded_by")`: entries of a kind grouped by a
    // field, summing their `count`: `[{label, value}]`, largest first.
    tera.register_function("totals", move |kwargs: Kwargs, _: &State| -> TeraResult<Value> {
        let kind: &str = kwargs.must_get("kind")?;
        let by: &str = kwargs.must_get("by")?;
        let rows: Vec<serde_json::Value> = crate::kinds::groups::totals_by_field(&s, kind, by)
            .into_iter()
            .map(|g| serde_json::json!({ "label": g.label, "value": g.total, "entries": g.pages.len() }))
            .collect();
        Ok(Value::from_serializable(&rows))
    });
}

fn bar_chart(tera: &mut Tera, site: &Arc<Site>) {
    let lang = site.config.language.clone();
    // `bar_chart(data=[{label, value}], title="...", id="...")`: inline SVG.
    tera.register_function("bar_chart", move |kwargs: Kwargs, _: &State| -> TeraResult<Value> {
        let data: &[Value] = kwargs.must_get("data")?;
        let title: &str = kwargs.must_get("title")?;
        let id: &str = kwargs.must_get("id")?;
        let mut bars = Vec::new();
        for row in data {
            let label = row.get_from_path("label").and_then(|v| v.as_str()).map(str::to_string);
            let value = row
                .get_from_path("value")
                .and_then(|v| v.as_f64().or_else(|| v.as_i64().map(|n| n as f64)));
            match (label, value) {
                (Some(label), Some(value)) => bars.push(crate::chart::Bar { label, value }),
                _ => {
                    return Err(Error::message(
                        "bar_chart: every item of `data` needs a text `label` and a number `value`",
                    ));
                }
            }
        }
        Ok(Value::safe_string(&crate::chart::bar_chart(&bars, title, id, &lang)))
    });
}

fn get_page(tera: &mut Tera, site: &Arc<Site>) {
    let s = Arc::clone(site);
    // Each entry's view is made once per graph: a template that shows the
    // same entry on every page (a featured guide) does not convert its
    // body again for each page when bodies are converted late.
    let made: Mutex<FxHashMap<usize, Value>> = Mutex::default();
    // `get_page(path="tin-tuc/bai.md")`: an entry with its content.
    tera.register_function("get_page", move |kwargs: Kwargs, _: &State| -> TeraResult<Value> {
        let path: &str = kwargs.must_get("path")?;
        let &i = s
            .page_by_rel
            .get(path.trim_start_matches("@/"))
            .ok_or_else(|| Error::message(format!("get_page: no entry content/{path}")))?;
        if let Some(view) = made.lock().unwrap_or_else(|e| e.into_inner()).get(&i) {
            return Ok(view.clone());
        }
        let html = s.pages[i].html(&s);
        let view = Value::from_serializable(&PageView::full(&s, i, &html));
        made.lock().unwrap_or_else(|e| e.into_inner()).insert(i, view.clone());
        Ok(view)
    });
}

fn get_section(tera: &mut Tera, site: &Arc<Site>) {
    let s = Arc::clone(site);
    // `get_section(path="tin-tuc/_index.md", limit=5)`: a section with its
    // entries (the first `limit` of them when given).
    tera.register_function("get_section", move |kwargs: Kwargs, _: &State| -> TeraResult<Value> {
        let path: &str = kwargs.must_get("path")?;
        let limit: Option<usize> = kwargs.get("limit")?;
        let &i = s
            .section_by_rel
            .get(path.trim_start_matches("@/"))
            .ok_or_else(|| Error::message(format!("get_section: no section content/{path}")))?;
        let pages = &s.sections[i].pages;
        let shown = &pages[..limit.unwrap_or(pages.len()).min(pages.len())];
        Ok(Value::from_serializable(&SectionView::new(&s, i, Some(shown))))
    });
}

fn image(tera: &mut Tera, site: &Arc<Site>) {
    let s = Arc::clone(site);
    // `image(path="/tin-tuc/bai/anh.jpg", width=640, format="webp")`: a
    // version of one of the site's photos, `{url, width, height}`: the
    // narrowest version at least `width` wide (else the widest), in
    // `format` (`webp`, or the photo's fallback `jpg`/`png`; the fallback
    // when absent).
    tera.register_function("image", move |kwargs: Kwargs, _: &State| -> TeraResult<Value> {
        let path: &str = kwargs.must_get("path")?;
        let width: Option<u32> = kwargs.get("width")?;
        let format: Option<&str> = kwargs.get("format")?;
        let url = format!("/{}", path.trim_start_matches('/'));
        let &i = s
            .picture_by_url
            .get(&url)
            .ok_or_else(|| Error::message(format!("image: no photo at {url} (give its path from the site root)")))?;
        let picture = &s.pictures[i];
        let format = match format {
            None => picture.fallback,
            Some("webp") => crate::images::Format::Webp,
            Some(f) if f == picture.fallback.extension() || (f == "jpeg" && picture.fallback.extension() == "jpg") => {
                picture.fallback
            }
            Some(f) => {
                return Err(Error::message(format!(
                    "image: {url} has versions in webp and {}, not {f}",
                    picture.fallback.extension()
                )));
            }
        };
        let widths = crate::pictures::widths(picture, &s.config.images);
        let w = widths
            .iter()
            .copied()
            .find(|&w| w >= width.unwrap_or(0))
            .or(widths.last().copied())
            .unwrap_or(picture.width);
        Ok(Value::from_serializable(&serde_json::json!({
            "url": format!("{}{}", s.config.base_url, crate::pictures::version_url(picture, w, format)),
            "width": w,
            "height": crate::pictures::height_at(picture, w),
        })))
    });
}
