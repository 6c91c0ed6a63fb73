//! Catalogue search at scale: building the FTS5 index over 100,000 generated records, and
//! answering typical workshop queries on it.
//!
//! `cargo bench --bench search` prints the build time of three builds, criterion's estimate per
//! query, and the median and 99th percentile over 2,000 queries of the mix below.
//!
//! The records are generated (a fixed pseudo-random sequence, so every run sees the same
//! catalogue) from a Zipf-like vocabulary of 4,000 words with Indonesian and English library
//! words among them: titles of 3–9 words, one to three authors, a year, a language, two
//! subjects and a 25-word summary, about the size of a real catalogue entry.

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use infolit::search::catalog::{Catalog, Record, Subject};
use infolit::search::index::Index;
use infolit::search::query::{Query, parse};
use infolit::text::Localized;

const RECORDS: usize = 100_000;

/// Results on one page of the TUI and of `catalog search`.
const PAGE: usize = 20;

const WORDS: [&str; 48] = [
    "literasi",
    "informasi",
    "perpustakaan",
    "digital",
    "pendidikan",
    "masyarakat",
    "anak",
    "remaja",
    "sekolah",
    "kota",
    "surakarta",
    "sejarah",
    "budaya",
    "kesehatan",
    "gizi",
    "stunting",
    "sampah",
    "plastik",
    "laut",
    "iklim",
    "ekonomi",
    "hak",
    "cipta",
    "hukum",
    "library",
    "literacy",
    "information",
    "search",
    "catalogue",
    "copyright",
    "citation",
    "reference",
    "public",
    "children",
    "health",
    "climate",
    "ocean",
    "plastic",
    "history",
    "culture",
    "education",
    "research",
    "data",
    "media",
    "news",
    "reading",
    "internet",
    "evaluation",
];

const SURNAMES: [&str; 12] = [
    "Santoso", "Wijaya", "Rahayu", "Kusuma", "Hidayat", "Smith", "Nguyen", "Garcia", "Putri", "Lestari",
    "Brown", "Tan",
];

/// Syllables for the generated words that make up most of the vocabulary.
const SYLLABLES: [&str; 16] =
    ["ka", "ra", "tu", "ma", "si", "lo", "pe", "nu", "da", "ri", "ba", "go", "te", "wa", "in", "se"];

/// The vocabulary: 4,000 generated words with the real ones placed among them, every 80th
/// rank from the 10th, so some are common ("literasi") and some rare ("evaluation"), as in
/// a real catalogue whose word frequencies fall off with rank (Zipf's law).
fn vocabulary() -> Vec<String> {
    let mut words: Vec<String> = (0..4000)
        .map(|n| (0..3).map(|i| SYLLABLES[(n / 16usize.pow(i)) % 16]).collect::<String>() + "n")
        .collect();
    for (i, word) in WORDS.iter().enumerate() {
        words.insert(10 + i * 80, (*word).to_string());
    }
    words
}

/// A fixed pseudo-random sequence (64-bit LCG), so the catalogue is the same on every run.
struct Sequence(u64);

impl Sequence {
    fn next(&mut self, below: usize) -> usize {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        // The high bits are the well-mixed ones; `below` is small, so the cast keeps them all.
        #[allow(clippy::cast_possible_truncation)]
        let high = (self.0 >> 33) as usize;
        high % below
    }

    /// A word of `vocabulary` at a log-uniform rank, which approximates Zipf's law.
    #[allow(clippy::cast_precision_loss, clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    fn word<'v>(&mut self, vocabulary: &'v [String]) -> &'v str {
        let u = self.next(1 << 20) as f64 / f64::from(1 << 20);
        let rank = ((vocabulary.len() as f64).powf(u) - 1.0) as usize;
        &vocabulary[rank.min(vocabulary.len() - 1)]
    }

    fn words(&mut self, vocabulary: &[String], count: usize) -> String {
        (0..count).map(|_| self.word(vocabulary)).collect::<Vec<_>>().join(" ")
    }
}

fn catalogue() -> Catalog {
    let vocabulary = vocabulary();
    let v = vocabulary.as_slice();
    let mut seq = Sequence(2026);
    let subjects: Vec<Subject> = (0..40)
        .map(|i| Subject {
            id: format!("s{i:02}"),
            label: Localized::both(format!("{} {}", WORDS[i], WORDS[i + 8])),
        })
        .collect();
    let records = (0..RECORDS)
        .map(|n| {
            let title_words = 3 + seq.next(7);
            let authors = (0..=seq.next(3))
                .map(|_| {
                    format!("{}, {}", SURNAMES[seq.next(SURNAMES.len())], SURNAMES[seq.next(SURNAMES.len())])
                })
                .collect();
            Record {
                id: format!("G{n:06}"),
                kind: ["book", "article", "thesis", "website"][seq.next(4)].into(),
                lang: if seq.next(2) == 0 { "id".into() } else { "en".into() },
                title: seq.words(v, title_words),
                subtitle: (seq.next(3) == 0).then(|| seq.words(v, 4)),
                authors,
                year: Some(1970 + i32::try_from(seq.next(56)).unwrap_or(0)),
                publisher: Some(format!("Penerbit {}", SURNAMES[seq.next(SURNAMES.len())])),
                container: None,
                isbn: vec![format!("978-602-{:05}-{}", n % 100_000, n % 10)],
                issn: Vec::new(),
                doi: None,
                url: None,
                subjects: vec![format!("s{:02}", seq.next(40)), format!("s{:02}", seq.next(40))],
                keywords: vec![seq.word(v).into(), seq.word(v).into()],
                // A summary in each language, as real records have.
                summary: Some(Localized::Both { id: seq.words(v, 25), en: seq.words(v, 25) }),
                call_number: None,
            }
        })
        .collect();
    Catalog { records, subjects }
}

/// Queries like the ones the lessons teach: plain words, AND/OR/NOT, fields, phrases,
/// truncation, year ranges and filters.
const QUERIES: [&str; 10] = [
    "stunting",
    "literasi AND informasi",
    "(sampah OR plastik) AND laut NOT iklim",
    "ti:\"hak cipta\"",
    "litera*",
    "au:santoso AND year:2015..2020",
    "su:kesehatan AND lang:id",
    "\"information literacy\" OR \"literasi informasi\"",
    "type:thesis AND surakarta NOT anak",
    "isbn:978-602-00042-2",
];

#[allow(clippy::print_stdout)] // the build times and percentiles are this benchmark's output
fn search_100_000_records(c: &mut Criterion) {
    let catalog = catalogue();
    let mut builds = Vec::new();
    let mut index = None;
    for _ in 0..3 {
        let start = Instant::now();
        index = Some(Index::build(&catalog).expect("index"));
        builds.push(start.elapsed());
    }
    println!("build the index over {RECORDS} records: {builds:?}");
    let index = index.expect("built three times");
    let queries: Vec<_> = QUERIES.iter().map(|q| (q, parse(q).expect("valid query"))).collect();
    for (text, query) in &queries {
        let found = index.page(query, PAGE).expect("search").total;
        println!("{found:>6} records  {text}");
    }
    // What a learner waits for: the count and the first page of ranked results.
    let mut group = c.benchmark_group("search 100,000 records, first page");
    for (text, query) in &queries {
        group.bench_function(**text, |b| b.iter(|| black_box(index.page(query, PAGE).expect("search"))));
    }
    group.finish();
    mix(
        "query mix, count and first page",
        |query| black_box(index.page(query, PAGE).expect("search")).total,
        &queries,
    );
    // `catalog search --json`: every match, ranked.
    mix(
        "query mix, every match ranked",
        |query| black_box(index.search(query).expect("search")).len(),
        &queries,
    );
}

/// Runs the query mix 2,000 times and prints the median, 99th percentile and maximum.
#[allow(clippy::print_stdout)]
fn mix(label: &str, run: impl Fn(&Query) -> usize, queries: &[(&&str, Query)]) {
    let mut times: Vec<Duration> = (0..2000)
        .map(|i| {
            let query = &queries[i % queries.len()].1;
            let start = Instant::now();
            black_box(run(query));
            start.elapsed()
        })
        .collect();
    times.sort();
    println!("{label}, 2000 runs: median {:?}, p99 {:?}, max {:?}", times[1000], times[1980], times[1999]);
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10).measurement_time(Duration::from_secs(2));
    targets = search_100_000_records
}
criterion_main!(benches);
