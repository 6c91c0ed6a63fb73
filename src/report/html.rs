//! The class report as one self-contained HTML page: no scripts, no files beside it, SVG
//! bar charts drawn inline, readable on screen and printable on A4 (a librarian's folder).

use std::fmt::Write as _;

use super::{ClassReport, percent};

/// The page, with `title` as its heading (the workshop or class it is about).
#[must_use]
pub fn page(report: &ClassReport, title: &str) -> String {
    let mut html = String::new();
    let _ = write!(
        html,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<h1>{}</h1>\n",
        escape(title),
        escape(title)
    );
    learners(&mut html, report);
    lessons(&mut html, report);
    gains(&mut html, report);
    items(&mut html, report);
    responses(&mut html, report);
    html.push_str("</body>\n</html>\n");
    html
}

const STYLE: &str = "body{font-family:sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem;color:#222}\
table{border-collapse:collapse;margin:.5rem 0 1.5rem}th,td{border-bottom:1px solid #ccc;padding:.2rem .6rem;text-align:left}\
td.n{text-align:right}h2{margin-top:2rem}svg text{font-size:12px;font-family:sans-serif}\
@media print{body{max-width:none}h2{break-before:auto}table,svg{break-inside:avoid}}";

fn learners(html: &mut String, report: &ClassReport) {
    let _ = write!(
        html,
        "<h2>Learners ({})</h2>\n<table>\n<tr><th>learner</th><th>lessons</th><th>score</th><th>exercises tried</th><th>time</th></tr>\n",
        report.learners.len()
    );
    for l in &report.learners {
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let seconds = l.seconds.round() as u64;
        let _ = writeln!(
            html,
            "<tr><td>{}</td><td class=\"n\">{}/{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}:{:02}</td></tr>",
            escape(&l.learner),
            l.lessons_completed,
            l.lessons_total,
            percent(l.score),
            l.exercises_tried,
            seconds / 60,
            seconds % 60
        );
    }
    html.push_str("</table>\n");
}

fn lessons(html: &mut String, report: &ClassReport) {
    if report.lessons.is_empty() {
        return;
    }
    html.push_str("<h2>Lessons: average grade</h2>\n");
    let bars: Vec<(String, f64, String)> = report
        .lessons
        .iter()
        .map(|l| {
            (
                format!("{}/{}", l.workshop, l.lesson),
                l.average,
                format!("{} ({} learners)", percent(l.average), l.learners),
            )
        })
        .collect();
    chart(html, &bars);
}

fn gains(html: &mut String, report: &ClassReport) {
    if report.gains.is_empty() {
        return;
    }
    html.push_str("<h2>Learning gain: pre-test and post-test</h2>\n");
    let mut bars = Vec::new();
    for g in &report.gains {
        bars.push((format!("{} before", g.workshop), g.pre, percent(g.pre)));
        let normalized = g.normalized.map_or_else(|| "-".to_string(), |n| format!("{n:.2}"));
        bars.push((
            format!("{} after", g.workshop),
            g.post,
            format!("{} (normalised gain {normalized}, {} learners)", percent(g.post), g.learners),
        ));
    }
    chart(html, &bars);
}

fn items(html: &mut String, report: &ClassReport) {
    if report.items.is_empty() {
        return;
    }
    html.push_str("<h2>Items</h2>\n<p>Facility: the share of first answers that were right. Discrimination: facility in the top 27&nbsp;% of learners minus the bottom 27&nbsp;%; a low or negative value marks a question that misleads the stronger learners.</p>\n");
    let bars: Vec<(String, f64, String)> =
        report.items.iter().map(|i| (i.exercise.clone(), i.facility, percent(i.facility))).collect();
    chart(html, &bars);
    html.push_str("<table>\n<tr><th>exercise</th><th>learners</th><th>facility</th><th>discrimination</th><th>hints</th><th>median time</th><th>picks</th></tr>\n");
    for i in &report.items {
        let discrimination = i.discrimination.map_or_else(|| "-".to_string(), |d| format!("{d:+.2}"));
        let picks: Vec<String> = i.picks.iter().map(|(k, v)| format!("{}: {v}", escape(k))).collect();
        let _ = writeln!(
            html,
            "<tr><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{:.0} s</td><td>{}</td></tr>",
            escape(&i.exercise),
            i.learners,
            percent(i.facility),
            discrimination,
            i.hints_used,
            i.median_seconds,
            picks.join(", ")
        );
    }
    html.push_str("</table>\n");
}

fn responses(html: &mut String, report: &ClassReport) {
    if report.responses.is_empty() {
        return;
    }
    html.push_str("<h2>Polls and surveys</h2>\n<table>\n<tr><th>exercise</th><th>question</th><th>response</th><th>learners</th></tr>\n");
    for r in &report.responses {
        let _ = writeln!(
            html,
            "<tr><td>{}</td><td class=\"n\">{}</td><td>{}</td><td class=\"n\">{}</td></tr>",
            escape(&r.exercise),
            r.question,
            escape(&r.response),
            r.count
        );
    }
    html.push_str("</table>\n");
}

/// A horizontal bar chart: a label, a bar for a value from 0 to 1, and a caption.
fn chart(html: &mut String, bars: &[(String, f64, String)]) {
    const ROW: usize = 22;
    const LABEL: usize = 260;
    const WIDTH: usize = 300;
    let height = ROW * bars.len() + 4;
    let total = LABEL + WIDTH + 260;
    let _ = writeln!(
        html,
        "<svg role=\"img\" width=\"{total}\" height=\"{height}\" viewBox=\"0 0 {total} {height}\">"
    );
    for (n, (label, value, caption)) in bars.iter().enumerate() {
        let y = n * ROW + 2;
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss, clippy::cast_precision_loss)]
        let width = (value.clamp(0.0, 1.0) * WIDTH as f64).round() as usize;
        let _ = writeln!(
            html,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text><rect x=\"{LABEL}\" y=\"{y}\" width=\"{WIDTH}\" height=\"16\" fill=\"#eee\"/><rect x=\"{LABEL}\" y=\"{y}\" width=\"{width}\" height=\"16\" fill=\"#3b6ea5\"/><text x=\"{}\" y=\"{}\">{}</text>",
            LABEL - 6,
            y + 12,
            escape(label),
            LABEL + WIDTH + 6,
            y + 12,
            escape(caption)
        );
    }
    html.push_str("</svg>\n");
}

/// Text made safe inside HTML elements and attributes.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{ItemRow, LearnerRow};

    #[test]
    fn the_page_is_self_contained_and_escapes_what_it_shows() {
        let report = ClassReport {
            learners: vec![LearnerRow {
                learner: "<script>alert(1)</script>".into(),
                lessons_completed: 1,
                lessons_total: 2,
                score: 0.5,
                exercises_tried: 1,
                seconds: 75.0,
            }],
            lessons: Vec::new(),
            items: vec![ItemRow {
                exercise: "q&a".into(),
                learners: 1,
                facility: 0.25,
                discrimination: None,
                picks: std::collections::BTreeMap::new(),
                hints_used: 0,
                median_seconds: 3.0,
            }],
            responses: Vec::new(),
            gains: Vec::new(),
        };
        let html = page(&report, "Kelas 7A");
        assert!(html.starts_with("<!DOCTYPE html>"));
        assert!(!html.contains("<script>"), "{html}");
        assert!(html.contains("&lt;script&gt;"));
        assert!(html.contains("q&amp;a"));
        assert!(html.contains("<svg") && html.contains("width=\"75\""), "a quarter of 300 is 75");
        assert!(!html.contains("src=") && !html.contains("href="), "nothing outside the page");
    }
}
