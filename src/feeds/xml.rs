//! A small writer over quick-xml: every text and attribute is escaped by
//! quick-xml, and characters XML 1.0 cannot hold are dropped.

use std::borrow::Cow;

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};

pub struct Xml {
    writer: Writer<Vec<u8>>,
}

/// Removes characters that are not allowed in XML 1.0 (most control characters).
pub fn clean(text: &str) -> Cow<'_, str> {
    let allowed = |c: char| matches!(c, '\u{9}' | '\u{A}' | '\u{D}' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..);
    if text.chars().all(allowed) {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(text.chars().filter(|&c| allowed(c)).collect())
    }
}

impl Default for Xml {
    fn default() -> Self {
        Xml::new()
    }
}

impl Xml {
    pub fn new() -> Xml {
        let mut writer = Writer::new_with_indent(Vec::new(), b' ', 2);
        // Writing into a Vec cannot fail.
        let _ = writer.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)));
        Xml { writer }
    }

    fn start<'a>(name: &'a str, attrs: &[(&str, &str)]) -> BytesStart<'a> {
        let mut start = BytesStart::new(name);
        for (k, v) in attrs {
            start.push_attribute((*k, clean(v).as_ref()));
        }
        start
    }

    pub fn open(&mut self, name: &str, attrs: &[(&str, &str)]) {
        let _ = self.writer.write_event(Event::Start(Self::start(name, attrs)));
    }

    pub fn close(&mut self, name: &str) {
        let _ = self.writer.write_event(Event::End(BytesEnd::new(name)));
    }

    /// `<name attrs>text</name>`.
    pub fn text(&mut self, name: &str, attrs: &[(&str, &str)], text: &str) {
        self.open(name, attrs);
        let _ = self.writer.write_event(Event::Text(BytesText::new(&clean(text))));
        self.close(name);
    }

    /// `<name attrs/>`.
    pub fn empty(&mut self, name: &str, attrs: &[(&str, &str)]) {
        let _ = self.writer.write_event(Event::Empty(Self::start(name, attrs)));
    }

    pub fn finish(self) -> Vec<u8> {
        let mut bytes = self.writer.into_inner();
        bytes.push(b'\n');
        bytes
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_text_and_attributes_and_drops_control_characters() {
        let mut x = Xml::new();
        x.text("title", &[("href", "/?a=1&b=\"2\"")], "Lừa đảo <b> & ]]> \u{8}😀");
        let out = String::from_utf8(x.finish()).unwrap();
        assert!(
            out.contains("<title href=\"/?a=1&amp;b=&quot;2&quot;\">Lừa đảo &lt;b&gt; &amp; ]]&gt; 😀</title>"),
            "{out}"
        );
    }
}
