//! An entry as a list shows it, made into a template value once and shared
//! by the lists rendered near it.
//!
//! A list page shows ten entries, and each entry is on several lists (its
//! section's, each of its terms'). Making the same [`PageView::summary`]
//! into a template value again for every list was 14% of a build's user
//! time. Keeping every entry's value costs memory (36 MiB at 10,000
//! articles), so each thread keeps only the entries of the lists it
//! rendered last; `render` renders lists newest first, so the lists that
//! show an entry are rendered close together, and each entry's value is
//! made about once.

use std::cell::RefCell;
use std::sync::atomic::{AtomicU64, Ordering};

use rustc_hash::FxHashMap;
use serde::Serialize;

use super::PageView;
use crate::content::Site;

/// Entry `i` of `site` in a list rendered in render pass `pass` (see
/// [`new_pass`]): serialized as [`PageView::summary`].
pub struct Listed<'a> {
    pub site: &'a Site,
    pub i: usize,
    pub pass: u64,
}

/// A number for a new render pass: values made in another pass (of another
/// site graph, in `keng serve`) are never reused in this one.
pub fn new_pass() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// Entries kept per thread before the older half is dropped.
const KEPT: usize = 512;

/// The values this thread made last, in two generations: when the young
/// one is full it becomes the old one, and a value found in the old one
/// moves back to the young one. (The pass they were made in, by entry.)
#[derive(Default)]
struct Kept {
    pass: u64,
    young: FxHashMap<usize, tera::Value>,
    old: FxHashMap<usize, tera::Value>,
}

impl Kept {
    fn get(&mut self, pass: u64, i: usize) -> Option<tera::Value> {
        if self.pass != pass {
            return None;
        }
        if let Some(value) = self.young.get(&i) {
            return Some(value.clone());
        }
        let value = self.old.remove(&i)?;
        self.put(pass, i, value.clone());
        Some(value)
    }

    fn put(&mut self, pass: u64, i: usize, value: tera::Value) {
        if self.pass != pass {
            self.pass = pass;
            self.young.clear();
            self.old.clear();
        }
        if self.young.len() >= KEPT / 2 {
            self.old = std::mem::take(&mut self.young);
        }
        self.young.insert(i, value);
    }
}

thread_local! {
    static KEPT_VALUES: RefCell<Kept> = RefCell::default();
}

impl Serialize for Listed<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if let Some(value) = KEPT_VALUES.with(|kept| kept.borrow_mut().get(self.pass, self.i)) {
            return value.serialize(serializer);
        }
        // Made with the table not borrowed: making a view may convert the
        // entry's body.
        let view = PageView::summary(self.site, self.i);
        let Ok(value) = tera::Value::try_from_serializable(&view) else {
            return view.serialize(serializer);
        };
        KEPT_VALUES.with(|kept| kept.borrow_mut().put(self.pass, self.i, value.clone()));
        value.serialize(serializer)
    }
}

#[cfg(test)]
mod tests {
    use super::{KEPT, Kept};

    fn value(i: usize) -> tera::Value {
        tera::Value::from(i as i64)
    }

    #[test]
    fn values_are_kept_for_their_pass_only() {
        let mut kept = Kept::default();
        kept.put(7, 3, value(3));
        assert_eq!(kept.get(7, 3), Some(value(3)));
        assert_eq!(kept.get(7, 4), None);
        // Another pass (a changed site in `keng serve`) never sees them.
        assert_eq!(kept.get(8, 3), None);
        kept.put(8, 4, value(4));
        assert_eq!(kept.get(7, 3), None);
        assert_eq!(kept.get(8, 3), None);
    }

    #[test]
    fn the_entries_used_last_are_kept() {
        let mut kept = Kept::default();
        kept.put(1, 0, value(0));
        kept.put(1, 1, value(1));
        // Entry 0 is used again while the others come; entry 1 is not.
        for i in 2..2 * KEPT {
            kept.put(1, i, value(i));
            if i % 64 == 0 {
                assert_eq!(kept.get(1, 0), Some(value(0)), "after {i}");
            }
        }
        assert_eq!(kept.get(1, 0), Some(value(0)));
        assert_eq!(kept.get(1, 1), None);
        assert_eq!(kept.get(1, 2 * KEPT - 1), Some(value(2 * KEPT - 1)));
        assert!(kept.young.len() + kept.old.len() <= KEPT);
    }
}
