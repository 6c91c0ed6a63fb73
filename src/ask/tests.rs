//! Ranking: questions a learner might ask, in both languages, and the places whose passages
//! must be among the first three answers.

use super::*;
use crate::content::{self, CourseSource};

fn index() -> AskIndex {
    let course = content::load(&CourseSource::Bundled).expect("bundled course").course;
    AskIndex::build(&course).expect("index")
}

/// Each question must find a passage of the lesson `workshop/lesson` among the first three
/// answers, and the first answer must be in the language of the question.
const QUESTIONS: &[(Lang, &str, &str)] = &[
    (Lang::Id, "Apa itu DOI?", "references/references-issn-doi"),
    (Lang::Id, "cek digit ISBN", "references/references-isbn"),
    (Lang::Id, "berapa lama hak cipta berlaku setelah pencipta meninggal", "copyright/copyright-duration"),
    (Lang::Id, "memotong kata dengan tanda bintang", "search/search-phrase-truncation"),
    (Lang::Id, "tajuk subjek", "search/search-fields-subjects"),
    (Lang::Id, "hak moral", "copyright/copyright-rights"),
    (Lang::En, "what is a DOI", "references/references-issn-doi"),
    (Lang::En, "What does NC mean in a Creative Commons licence?", "copyright/copyright-cc"),
    (Lang::En, "how does truncation with an asterisk work", "search/search-phrase-truncation"),
    (Lang::En, "difference between paraphrase and quotation", "references/references-plagiarism"),
    (Lang::En, "peer review", "references/references-scholarly"),
    (Lang::En, "public domain", "copyright/copyright-duration"),
];

#[test]
fn questions_find_their_lessons_in_the_first_three_answers() {
    let index = index();
    for (lang, question, expected) in QUESTIONS {
        let answers = index.ask(question, *lang, 3).expect("ask");
        let places: Vec<String> = answers
            .iter()
            .filter_map(|a| a.passage.place.as_ref())
            .map(|p| format!("{}/{}", p.workshop, p.lesson))
            .collect();
        assert!(places.iter().any(|p| p == expected), "{question:?}: expected {expected} in {places:?}");
        assert_eq!(
            answers[0].passage.lang, *lang,
            "{question:?}: the first answer is in the learner's language"
        );
    }
}

#[test]
fn word_forms_meet() {
    let index = index();
    // "pencarian" (a search) and "mencari" (to search) share the stem "cari".
    let noun = index.ask("pencarian", Lang::Id, 5).expect("ask");
    let verb = index.ask("mencari", Lang::Id, 5).expect("ask");
    assert!(!noun.is_empty());
    assert_eq!(noun[0].passage.place, verb[0].passage.place);
    let english = index.ask("searching", Lang::En, 5).expect("ask");
    let base = index.ask("search", Lang::En, 5).expect("ask");
    assert_eq!(english[0].passage.place, base[0].passage.place);
}

#[test]
fn a_question_without_content_words_has_no_answers_and_odd_input_is_safe() {
    let index = index();
    assert!(index.ask("apa itu?", Lang::Id, 3).expect("ask").is_empty());
    assert!(index.ask("", Lang::En, 3).expect("ask").is_empty());
    for odd in ["\"", "NEAR(a b)", "* OR *", "a\"b\" OR", "^", "title:x", "-x"] {
        let _ = index.ask(odd, Lang::En, 3).expect("FTS5 syntax in a question is only words");
    }
}

#[test]
fn snippets_keep_addresses_whole() {
    assert_eq!(
        sentences("Write it as https://doi.org/10.1/x. Then check."),
        ["Write it as https://doi.org/10.1/x.", "Then check."]
    );
}
