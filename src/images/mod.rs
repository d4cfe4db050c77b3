//! Images of content: every photo a page shows is decoded, turned the
//! right way up, resized to a few widths and re-encoded without any of
//! its metadata (a phone photo's GPS position never reaches a reader).

pub mod cache;
pub mod process;
#[cfg(test)]
pub mod testdata;

pub use process::{Format, Picture, Problem};
