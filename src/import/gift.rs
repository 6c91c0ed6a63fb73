//! Moodle GIFT into an infolit course: [`parse`] reads the text into a typed tree with
//! positions, [`convert`] turns the tree into course files and a report of what it could not
//! carry over, and [`html`] turns Moodle's text formats into Markdown.

pub mod convert;
pub mod html;
pub mod parse;
