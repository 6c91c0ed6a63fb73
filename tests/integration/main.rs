//! Integration tests: the real `infolit` binary, run on temporary course folders.

mod ask;
mod catalog;
mod check;
mod cite;
mod companion;
mod docs;
mod durability;
mod explain;
mod export;
mod glossary;
mod grade;
mod import;
mod learn;
mod list;
mod mounts;
mod new;
mod next;
mod profiles;
mod report;
mod review;
mod schema;
mod sync;
mod util;
