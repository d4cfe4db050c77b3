//! Template functions that look into the site: `get_page`, `get_section`.

use std::sync::Arc;

use tera::{Error, Kwargs, State, Tera, TeraResult, Value};

use crate::content::Site;
use crate::view::{PageView, SectionView};

pub fn register(tera: &mut Tera, site: &Arc<Site>) {
    let s = Arc::clone(site);
    // `get_page(path="tin-tuc/bai.md")`: an entry with its content.
    tera.register_function("get_page", move |kwargs: Kwargs, _: &State| -> TeraResult<Value> {
        let path: &str = kwargs.must_get("path")?;
        let &i = s
            .page_by_rel
            .get(path.trim_start_matches("@/"))
            .ok_or_else(|| Error::message(format!("get_page: no entry content/{path}")))?;
        Ok(Value::from_serializable(&PageView::full(&s, i)))
    });
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
