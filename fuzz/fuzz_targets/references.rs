//! Any text as the things a learner or an author types about references: a reference
//! file in each format, a DOI, an ISBN or ISSN, a licence name. Each is read or refused,
//! never a panic; what is read as a reference file renders in every style.
#![no_main]

use infolit::cite::library::{Format, read};
use infolit::cite::{Style, render_library};
use infolit::identifier::{Scheme, doi, is_valid, isbn10_to_13, isbn13_to_10};
use infolit::lang::Lang;
use infolit::license::Licence;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    for format in [Format::Toml, Format::Bibtex, Format::Yaml] {
        if let Ok(library) = read(text, format, Style::Apa) {
            for style in [Style::Apa, Style::Mla, Style::Chicago] {
                let _ = render_library(&library, style, Lang::Id);
            }
        }
    }
    if let Some(written) = doi::read(text) {
        let again = doi::read(&doi::url(&written.name)).expect("a DOI's URL reads as a DOI");
        assert_eq!(again.name, written.name);
    }
    for scheme in [Scheme::Isbn10, Scheme::Isbn13, Scheme::Issn] {
        let _ = is_valid(scheme, text);
    }
    if let Some(isbn13) = isbn10_to_13(text) {
        assert!(is_valid(Scheme::Isbn13, &isbn13));
    }
    let _ = isbn13_to_10(text);
    let _ = Licence::parse(text);
});
