//! `kind = "order"` (items written in the right order) and `kind = "match"` (pairs, and
//! distractors on the right).

use super::super::localize;
use super::super::raw::{RawMatch, RawOrder};
use crate::diagnostic::{Code, Diagnostic, SourceFile};
use crate::exercise::{ExerciseKind, MatchSpec, OrderSpec};

/// Items and right-hand items are named by the letters a to z.
const MAX_ITEMS: usize = 26;

pub fn read_order(file: &SourceFile, raw: &RawOrder, diags: &mut Vec<Diagnostic>) -> Option<ExerciseKind> {
    let count = raw.items.get_ref().len();
    if !(2..=MAX_ITEMS).contains(&count) {
        diags.push(
            file.error(
                Code::ListLength,
                raw.items.span(),
                format!("an order exercise needs 2 to {MAX_ITEMS} items, found {count}"),
            )
            .with_help("list the items in the right order: `items = [\"first\", \"second\"]`"),
        );
        return None;
    }
    let items: Vec<_> = raw.items.get_ref().iter().map(|i| localize::plain(file, i, "item", diags)).collect();
    Some(ExerciseKind::Order(OrderSpec { items: items.into_iter().collect::<Option<_>>()? }))
}

pub fn read_match(file: &SourceFile, raw: &RawMatch, diags: &mut Vec<Diagnostic>) -> Option<ExerciseKind> {
    let pairs = raw.pair.get_ref().len();
    let rights = pairs + raw.distractors.len();
    if pairs < 2 {
        diags.push(
            file.error(
                Code::ListLength,
                raw.pair.span(),
                format!("a match exercise needs at least 2 pairs, found {pairs}"),
            )
            .with_help("add pairs with `[[exercise.pair]]`, `left = \"…\"` and `right = \"…\"`"),
        );
        return None;
    }
    if rights > MAX_ITEMS {
        diags.push(file.error(Code::ListLength,
            raw.pair.span(),
            format!("a match exercise may have at most {MAX_ITEMS} right-hand items (pairs and distractors), found {rights}"),
        ));
        return None;
    }
    let mut read = Vec::new();
    for pair in raw.pair.get_ref() {
        let left = localize::plain(file, &pair.get_ref().left, "left", diags);
        let right = localize::plain(file, &pair.get_ref().right, "right", diags);
        read.push(left.zip(right));
    }
    let distractors: Vec<_> =
        raw.distractors.iter().map(|d| localize::plain(file, d, "distractor", diags)).collect();
    Some(ExerciseKind::Match(MatchSpec {
        pairs: read.into_iter().collect::<Option<_>>()?,
        distractors: distractors.into_iter().collect::<Option<_>>()?,
    }))
}
