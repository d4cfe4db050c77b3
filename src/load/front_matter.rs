//! Splits a Markdown file into its TOML front matter and its body.
//!
//! The front matter sits between two lines that hold only `+++`. Offsets are
//! kept so that errors in either part can be reported at the right line of
//! the whole file.

/// Where the parts of a Markdown file are, as byte ranges of its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Split {
    /// The TOML between the fences.
    pub front_matter: std::ops::Range<usize>,
    /// Everything after the closing fence's line.
    pub body_start: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SplitError {
    Empty,
    /// The first line is not `+++`.
    NoOpeningFence,
    /// No line closes the front matter.
    Unclosed,
}

pub fn split(text: &str) -> Result<Split, SplitError> {
    let start = if text.starts_with('\u{feff}') { 3 } else { 0 };
    if text[start..].trim().is_empty() {
        return Err(SplitError::Empty);
    }
    let mut lines = LineIter { text, pos: start };
    match lines.next() {
        Some((_, line)) if line.trim_end() == "+++" => {}
        _ => return Err(SplitError::NoOpeningFence),
    }
    let fm_start = lines.pos;
    while let Some((line_start, line)) = lines.next() {
        if line.trim_end() == "+++" {
            return Ok(Split {
                front_matter: fm_start..line_start,
                body_start: lines.pos,
            });
        }
    }
    Err(SplitError::Unclosed)
}

/// Lines with their starting byte offsets, line endings removed.
struct LineIter<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Iterator for LineIter<'a> {
    type Item = (usize, &'a str);

    fn next(&mut self) -> Option<Self::Item> {
        if self.pos >= self.text.len() {
            return None;
        }
        let start = self.pos;
        let rest = &self.text[start..];
        let (line, advance) = match rest.find('\n') {
            Some(i) => (&rest[..i], i + 1),
            None => (rest, rest.len()),
        };
        self.pos += advance;
        Some((start, line.strip_suffix('\r').unwrap_or(line)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_front_matter_and_body() {
        let text = "+++\ntitle = \"a\"\n+++\nbody\n";
        let s = split(text).unwrap();
        assert_eq!(&text[s.front_matter.clone()], "title = \"a\"\n");
        assert_eq!(&text[s.body_start..], "body\n");
    }

    #[test]
    fn handles_crlf_and_bom() {
        let text = "\u{feff}+++\r\ntitle = \"a\"\r\n+++\r\nbody";
        let s = split(text).unwrap();
        assert_eq!(&text[s.front_matter.clone()], "title = \"a\"\r\n");
        assert_eq!(&text[s.body_start..], "body");
    }

    #[test]
    fn empty_front_matter_and_no_body() {
        let s = split("+++\n+++").unwrap();
        assert_eq!(s.front_matter, 4..4);
        assert_eq!(s.body_start, 7);
    }

    #[test]
    fn reports_each_malformed_shape() {
        assert_eq!(split(""), Err(SplitError::Empty));
        assert_eq!(split("  \n"), Err(SplitError::Empty));
        assert_eq!(split("title = 1\n"), Err(SplitError::NoOpeningFence));
        assert_eq!(split("+++\ntitle = 1\n"), Err(SplitError::Unclosed));
        // A fence must be alone on its line.
        assert_eq!(split("+++ x\n+++\n"), Err(SplitError::NoOpeningFence));
    }
}
