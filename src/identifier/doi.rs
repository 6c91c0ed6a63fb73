//! DOIs (ISO 26324): `10.` + registrant code, `/`, a suffix chosen by the registrant;
//! case-insensitive. Written as a URL, `https://doi.org/` + the DOI, with the characters the
//! DOI Handbook requires encoded (`%`, `"`, `#`, `?`, space) and those it recommends
//! encoding (`<`, `>`, `{`, `}`, `[`, `]`, `^`, `|`, `\`, `+`).

use std::fmt::Write as _;

/// The resolver prefix of the URL form (HTTPS, no `dx.`), as Crossref's display guidelines
/// and APA 7 / MLA 9 write it.
pub const RESOLVER: &str = "https://doi.org/";

/// How a DOI was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// `10.1234/abc`.
    Bare,
    /// `doi:10.1234/abc` or `DOI: 10.1234/abc`: the old label.
    Label,
    /// A URL; `https` false for `http://`, `dx` true for the old `dx.doi.org`.
    Url { https: bool, dx: bool },
}

/// A DOI as written, read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Written {
    /// The DOI itself, decoded.
    pub name: String,
    pub form: Form,
    /// In a URL: characters that had to be encoded and were not.
    pub unencoded: Vec<char>,
}

/// Reads a DOI in any usual form; `None` when it is not a DOI (no `10.` prefix, no `/`).
#[must_use]
pub fn read(text: &str) -> Option<Written> {
    let text = text.trim();
    let starts = |prefix: &str| text.get(..prefix.len()).is_some_and(|p| p.eq_ignore_ascii_case(prefix));
    let mut form = Form::Bare;
    let mut rest = text;
    for (prefix, https, dx) in [
        ("https://doi.org/", true, false),
        ("http://doi.org/", false, false),
        ("https://dx.doi.org/", true, true),
        ("http://dx.doi.org/", false, true),
        ("doi.org/", true, false),
        ("dx.doi.org/", true, true),
    ] {
        if starts(prefix) {
            form = Form::Url { https, dx };
            rest = &text[prefix.len()..];
            break;
        }
    }
    if form == Form::Bare && (starts("doi:") || starts("doi ")) {
        form = Form::Label;
        rest = text[4..].trim_start();
    }
    let (name, unencoded) = if matches!(form, Form::Url { .. }) {
        let unencoded = rest
            .char_indices()
            .filter(|(i, c)| match c {
                '%' => !is_escape(&rest[*i..]),
                '"' | '#' | '?' | ' ' => true,
                _ => false,
            })
            .map(|(_, c)| c)
            .collect();
        (decode(rest), unencoded)
    } else {
        (rest.to_string(), Vec::new())
    };
    let (prefix, suffix) = name.split_once('/')?;
    let registrant = prefix.strip_prefix("10.")?;
    if registrant.is_empty() || suffix.is_empty() || name.chars().any(char::is_control) {
        return None;
    }
    Some(Written { name, form, unencoded })
}

/// The URL form of a DOI name.
#[must_use]
pub fn url(name: &str) -> String {
    let mut out = String::from(RESOLVER);
    for c in name.chars() {
        match c {
            '%' | '"' | '#' | '?' | ' ' | '<' | '>' | '{' | '}' | '[' | ']' | '^' | '|' | '\\' | '+' => {
                let _ = write!(out, "%{:02X}", u32::from(c));
            }
            _ => out.push(c),
        }
    }
    out
}

/// Two DOI names are the same DOI when they differ only in case.
#[must_use]
pub fn same(a: &str, b: &str) -> bool {
    a.to_lowercase() == b.to_lowercase()
}

fn is_escape(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() >= 3 && bytes[0] == b'%' && bytes[1].is_ascii_hexdigit() && bytes[2].is_ascii_hexdigit()
}

/// Percent-decoding; an invalid escape is kept as written.
fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if is_escape(&text[i..]) {
            let hex = &text[i + 1..i + 3];
            out.push(u8::from_str_radix(hex, 16).unwrap_or(b'%'));
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Record L02 of the fact base (section 3.2): `<`, `>` and `#` encoded, `(`, `)`, `;`
    /// and `:` kept.
    const L02: &str = "10.1002/(SICI)1097-4571(199106)42:5<361::AID-ASI6>3.0.CO;2-#";

    #[test]
    fn the_url_form_encodes_what_the_handbook_asks() {
        assert_eq!(
            url(L02),
            "https://doi.org/10.1002/(SICI)1097-4571(199106)42:5%3C361::AID-ASI6%3E3.0.CO;2-%23"
        );
        assert_eq!(url("10.48550/arXiv.1706.03762"), "https://doi.org/10.48550/arXiv.1706.03762");
    }

    #[test]
    fn every_usual_form_is_read() {
        for text in [
            "10.48550/arXiv.1706.03762",
            "doi:10.48550/arXiv.1706.03762",
            "DOI: 10.48550/arXiv.1706.03762",
            "http://dx.doi.org/10.48550/arXiv.1706.03762",
            "https://doi.org/10.48550/ARXIV.1706.03762",
        ] {
            let written = read(text).expect(text);
            assert!(same(&written.name, "10.48550/arXiv.1706.03762"), "{text}");
        }
        assert_eq!(read("doi:10.1/x").map(|w| w.form), Some(Form::Label));
        assert_eq!(
            read("http://dx.doi.org/10.1/x").map(|w| w.form),
            Some(Form::Url { https: false, dx: true })
        );
    }

    #[test]
    fn an_unencoded_hash_in_a_url_is_noticed_and_decoding_round_trips() {
        let written = read(&format!("https://doi.org/{L02}")).expect("a DOI");
        assert_eq!(written.unencoded, ['#']);
        let encoded = read(&url(L02)).expect("a DOI");
        assert!(encoded.unencoded.is_empty());
        assert_eq!(encoded.name, L02);
    }

    #[test]
    fn what_is_not_a_doi_is_refused() {
        for text in ["", "11.1234/x", "10./x", "10.1234", "10.1234/", "https://example.org/10.1/x"] {
            assert!(read(text).is_none(), "{text}");
        }
    }

    proptest::proptest! {
        #[test]
        fn url_then_read_gives_the_name_back(suffix in "[ -~]{1,30}") {
            let name = format!("10.1234/{suffix}");
            let written = read(&url(&name)).expect("a DOI");
            proptest::prop_assert_eq!(written.name, name);
            proptest::prop_assert!(written.unencoded.is_empty());
        }

        #[test]
        fn reading_never_panics(text in "\\PC{0,40}") {
            let _ = read(&text);
        }
    }
}
