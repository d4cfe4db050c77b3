//! Bar charts as plain inline SVG, drawn at build time.
//!
//! Horizontal bars, each with its label above it and its value after it,
//! so long Vietnamese labels fit a phone screen. Colours come from CSS
//! (`.chart-bar` uses `currentColor` by default), so themes and dark mode
//! restyle them; the chart carries a `<title>` and `role="img"`, and the
//! template places an equivalent data table beside it.

use pulldown_cmark_escape::escape_html;

/// One bar.
pub struct Bar {
    pub label: String,
    pub value: f64,
}

const WIDTH: f64 = 360.0;
const LABEL_HEIGHT: f64 = 20.0;
const BAR_HEIGHT: f64 = 18.0;
const GAP: f64 = 10.0;
/// Room left of the value text after the longest bar.
const VALUE_ROOM: f64 = 60.0;

/// Formats a number the Vietnamese way: `1.022`, `3,5`.
pub fn format_number(value: f64, lang: &str) -> String {
    let (thousands, decimal) = if lang == "en" { (',', '.') } else { ('.', ',') };
    let negative = value < 0.0;
    let abs = value.abs();
    let int = abs.trunc() as u64;
    let digits = int.to_string();
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(thousands);
        }
        out.push(ch);
    }
    let frac = abs - abs.trunc();
    if frac > 1e-9 {
        let f = format!("{:.2}", frac);
        let f = f.trim_start_matches('0').trim_start_matches('.').trim_end_matches('0');
        if !f.is_empty() {
            out.push(decimal);
            out.push_str(f);
        }
    }
    if negative { format!("-{out}") } else { out }
}

/// An accessible SVG bar chart. `id` must be unique on the page.
pub fn bar_chart(bars: &[Bar], title: &str, id: &str, lang: &str) -> String {
    let max = bars.iter().map(|b| b.value).fold(0.0_f64, f64::max);
    let row = LABEL_HEIGHT + BAR_HEIGHT + GAP;
    let height = (bars.len() as f64 * row).max(row);
    let mut svg = String::new();
    let esc = |s: &str| {
        let mut out = String::new();
        let _ = escape_html(&mut out, s);
        out
    };
    let id = esc(id);
    svg.push_str(&format!(
        "<svg class=\"chart\" role=\"img\" aria-labelledby=\"{id}-title\" viewBox=\"0 0 {WIDTH} {height}\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" xmlns=\"http://www.w3.org/2000/svg\">\n<title id=\"{id}-title\">{}</title>\n",
        esc(title)
    ));
    for (i, bar) in bars.iter().enumerate() {
        let y = i as f64 * row;
        let w = if max > 0.0 {
            (bar.value.max(0.0) / max) * (WIDTH - VALUE_ROOM)
        } else {
            0.0
        };
        let value = format_number(bar.value, lang);
        svg.push_str(&format!(
            "<text class=\"chart-label\" x=\"0\" y=\"{:.1}\">{}</text>\n<rect class=\"chart-bar\" x=\"0\" y=\"{:.1}\" width=\"{:.1}\" height=\"{BAR_HEIGHT}\" rx=\"3\"/>\n<text class=\"chart-value\" x=\"{:.1}\" y=\"{:.1}\">{value}</text>\n",
            y + LABEL_HEIGHT - 6.0,
            esc(&bar.label),
            y + LABEL_HEIGHT,
            w.max(1.0),
            w + 8.0,
            y + LABEL_HEIGHT + BAR_HEIGHT - 6.0,
        ));
    }
    svg.push_str("</svg>");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vietnamese_and_english_numbers() {
        assert_eq!(format_number(1022.0, "vi"), "1.022");
        assert_eq!(format_number(1022.0, "en"), "1,022");
        assert_eq!(format_number(102.0, "vi"), "102");
        assert_eq!(format_number(1234567.0, "vi"), "1.234.567");
        assert_eq!(format_number(3.5, "vi"), "3,5");
    }

    #[test]
    fn bars_scale_to_the_largest_and_text_is_escaped() {
        let bars = [
            Bar {
                label: "Dân <lắp>".into(),
                value: 1022.0,
            },
            Bar {
                label: "Công an".into(),
                value: 102.0,
            },
        ];
        let svg = bar_chart(&bars, "Camera & nguồn vốn", "cam", "vi");
        assert!(svg.starts_with("<svg class=\"chart\" role=\"img\" aria-labelledby=\"cam-title\""));
        assert!(svg.contains("<title id=\"cam-title\">Camera &amp; nguồn vốn</title>"));
        assert!(svg.contains("Dân &lt;lắp&gt;"));
        assert!(
            svg.contains("width=\"300.0\""),
            "the largest bar fills the width: {svg}"
        );
        assert!(svg.contains("width=\"29.9\""), "{svg}");
        assert!(svg.contains(">1.022</text>"));
    }
}
