//! Learner-visible text: bilingual values with fallback, the rich text that Markdown becomes,
//! and the sanitising that keeps terminal escape sequences out of both.

mod field;
mod localized;
mod markdown;
mod sanitize;

pub use field::TextField;
pub use localized::Localized;
pub use markdown::{Doc, Line, LineKind, Span, SpanStyle, render_markdown};
pub use sanitize::sanitize;
