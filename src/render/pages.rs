//! The HTML pages of the plan: entries, section lists, taxonomies and
//! their terms, group pages of kind sections, the search page. One method
//! per kind of job.

use serde::Serialize;

use super::{Job, Renderer, pager_path, write};
use crate::content::Site;
use crate::diagnostic::Diagnostic;
use crate::emit::{Output, output_path};
use crate::view::{GroupView, PageView, SectionView, ancestors};

impl Renderer<'_> {
    /// An entry's page, with the files of its page bundle.
    pub(super) fn page(&self, job: Job, i: usize, out: &dyn Output) -> Result<(), Diagnostic> {
        let site = self.site;
        let page = &site.pages[i];
        let section = &site.sections[page.section];
        let kind_template = page
            .kind
            .as_ref()
            .map(|k| format!("{k}.html"))
            .filter(|t| self.templates.contains(t));
        let template = page
            .meta
            .template
            .as_deref()
            .or(section.meta.page_template.as_deref())
            .or(kind_template.as_deref())
            .unwrap_or("page.html");
        // First: converting a body late keeps what the context reads of it.
        let html = page.html(site);
        self.search.add(site, i, &html);
        let mut ctx = self.context(job, &page.path);
        ctx.insert("page", &PageView::full(site, i, &html));
        ctx.insert("ancestors", &ancestors(site, Some(page.section)));
        let label = page.source.path.display().to_string();
        self.check_template(template, &page.source.path)?;
        self.write_html(template, &ctx, &page.path, &label, out)?;
        let dir = output_path(&page.path);
        let dir = dir.trim_end_matches("index.html");
        for asset in &page.assets {
            let bytes = std::fs::read(&asset.source).map_err(|e| Diagnostic::io(&asset.source, &e))?;
            write(out, &format!("{dir}{}", asset.rel), &bytes)?;
        }
        Ok(())
    }

    /// List page `pager` of a section (all its entries when it is not paginated).
    pub(super) fn section(&self, job: Job, i: usize, pager: usize, out: &dyn Output) -> Result<(), Diagnostic> {
        let site = self.site;
        let section = &site.sections[i];
        let base = &section.path;
        let paginated = section.paginate_by > 0;
        let view = SectionView::new(site, i, if paginated { None } else { Some(&section.pages) });
        let path = pager_path(site, base, pager);
        let mut ctx = self.context(job, &path);
        ctx.insert("section", &view);
        ctx.insert("ancestors", &ancestors(site, section.parent));
        if paginated {
            ctx.insert(
                "paginator",
                &self.paginator(&section.pages, section.paginate_by, pager, base),
            );
        }
        let kind_template = section
            .meta
            .kind
            .as_ref()
            .map(|k| format!("{k}_section.html"))
            .filter(|t| self.templates.contains(t));
        let default = if i == site.home {
            "index.html"
        } else {
            kind_template.as_deref().unwrap_or("section.html")
        };
        let template = section.meta.template.as_deref().unwrap_or(default);
        let label = section.file_label();
        self.check_template(template, std::path::Path::new(&label))?;
        self.write_html(template, &ctx, &path, &label, out)?;
        if paginated && pager == 1 && !section.pages.is_empty() {
            self.write_redirect(
                &format!("{base}{}/1/", site.config.paginate_path),
                &section.permalink,
                out,
            )?;
        }
        Ok(())
    }

    /// A taxonomy's page: its terms.
    pub(super) fn taxonomy_list(&self, job: Job, t: usize, out: &dyn Output) -> Result<(), Diagnostic> {
        let tax = &self.site.taxonomies[t];
        let mut ctx = self.context(job, &tax.path);
        ctx.insert("taxonomy", &TaxonomyView::new(self.site, t, true));
        let label = format!("taxonomy `{}`", tax.name);
        self.write_html("taxonomy_list.html", &ctx, &tax.path, &label, out)
    }

    /// List page `pager` of a term's entries.
    pub(super) fn term(&self, job: Job, t: usize, k: usize, pager: usize, out: &dyn Output) -> Result<(), Diagnostic> {
        let site = self.site;
        let tax = &site.taxonomies[t];
        let term = &tax.terms[k];
        let path = pager_path(site, &term.path, pager);
        let mut ctx = self.context(job, &path);
        ctx.insert("taxonomy", &TaxonomyView::new(site, t, false));
        ctx.insert("term", &TermView::new(site, t, k));
        let per_page = site.config.paginate_by;
        if per_page > 0 {
            ctx.insert("paginator", &self.paginator(&term.pages, per_page, pager, &term.path));
        } else {
            let pages: Vec<PageView> = term.pages.iter().map(|&p| PageView::summary(site, p)).collect();
            ctx.insert("pages", &pages);
        }
        let label = format!("term \"{}\" of taxonomy `{}`", term.name, tax.name);
        self.write_html("taxonomy_single.html", &ctx, &path, &label, out)?;
        if per_page > 0 && pager == 1 {
            self.write_redirect(
                &format!("{}{}/1/", term.path, site.config.paginate_path),
                &term.permalink,
                out,
            )?;
        }
        Ok(())
    }

    /// The page of a group of a kind section (a warning-sign category).
    pub(super) fn group(&self, job: Job, i: usize, group: usize, out: &dyn Output) -> Result<(), Diagnostic> {
        let site = self.site;
        let section = &site.sections[i];
        let Some(kind) = crate::kinds::of_section(site, i) else {
            return Ok(());
        };
        let Some(g) = kind.group_pages(site, i).into_iter().nth(group) else {
            return Ok(());
        };
        let path = crate::view::group_path(&section.path, &g.slug);
        let mut ctx = self.context(job, &path);
        ctx.insert("section", &SectionView::new(site, i, None));
        ctx.insert("ancestors", &ancestors(site, Some(i)));
        let permalink = format!("{}{path}", site.config.base_url);
        ctx.insert("group", &GroupView::new(site, g, Some(permalink)));
        self.write_html(kind.group_template(), &ctx, &path, &section.file_label(), out)
    }

    /// The search page and the index it queries.
    pub(super) fn search(&self, job: Job, out: &dyn Output) -> Result<(), Diagnostic> {
        let path = crate::search::PAGE_PATH;
        let ctx = self.context(job, path);
        self.write_html("search.html", &ctx, path, "the search page", out)?;
        for (file, bytes) in self.search.files(self.site) {
            write(out, &file, &bytes)?;
        }
        Ok(())
    }
}

#[derive(Serialize)]
struct TermView<'a> {
    name: &'a str,
    slug: &'a str,
    permalink: &'a str,
    page_count: usize,
}

impl<'a> TermView<'a> {
    fn new(site: &'a Site, t: usize, k: usize) -> Self {
        let term = &site.taxonomies[t].terms[k];
        TermView {
            name: &term.name,
            slug: &term.slug,
            permalink: &term.permalink,
            page_count: term.pages.len(),
        }
    }
}

#[derive(Serialize)]
struct TaxonomyView<'a> {
    name: &'a str,
    permalink: &'a str,
    /// Present on the taxonomy's list page only.
    #[serde(skip_serializing_if = "Option::is_none")]
    terms: Option<Vec<TermView<'a>>>,
}

impl<'a> TaxonomyView<'a> {
    fn new(site: &'a Site, t: usize, with_terms: bool) -> Self {
        let tax = &site.taxonomies[t];
        TaxonomyView {
            name: &tax.name,
            permalink: &tax.permalink,
            terms: with_terms.then(|| (0..tax.terms.len()).map(|k| TermView::new(site, t, k)).collect()),
        }
    }
}
