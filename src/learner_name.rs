//! Choosing who is learning on a shared lab PC: a list of names and a field for a new one.
//! No passwords: a name only keeps one person's progress apart from another's.

/// The longest name accepted.
pub const MAX_NAME_CHARS: usize = 40;

/// Why a typed name cannot be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameProblem {
    Empty,
    TooLong,
    NoSuchNumber(usize),
}

/// A cleaned-up name: trimmed, inner runs of spaces made one, control characters refused.
///
/// # Errors
/// When nothing is left, or it is longer than [`MAX_NAME_CHARS`].
pub fn clean_name(text: &str) -> Result<String, NameProblem> {
    let name: String =
        text.split_whitespace().collect::<Vec<_>>().join(" ").chars().filter(|c| !c.is_control()).collect();
    if name.is_empty() {
        Err(NameProblem::Empty)
    } else if name.chars().count() > MAX_NAME_CHARS {
        Err(NameProblem::TooLong)
    } else {
        Ok(name)
    }
}

/// What the learner does on the picker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PickerAction {
    Up,
    Down,
    Type(char),
    Erase,
    Open,
}

/// The list of learners and the field for a new name. The row after the last name is the
/// "new name" row; typing moves there.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LearnerPicker {
    pub names: Vec<String>,
    pub cursor: usize,
    pub typed: String,
    pub problem: Option<NameProblem>,
}

impl LearnerPicker {
    #[must_use]
    pub fn new(names: Vec<String>) -> Self {
        LearnerPicker { names, ..LearnerPicker::default() }
    }

    /// Whether the cursor is on the "new name" row.
    #[must_use]
    pub fn on_new_name(&self) -> bool {
        self.cursor >= self.names.len()
    }

    /// Applies an action; `Some(name)` once a learner is chosen.
    pub fn update(&mut self, action: PickerAction) -> Option<String> {
        self.problem = None;
        match action {
            PickerAction::Up => self.cursor = self.cursor.saturating_sub(1),
            PickerAction::Down => self.cursor = (self.cursor + 1).min(self.names.len()),
            PickerAction::Type(c) => {
                self.cursor = self.names.len();
                if !c.is_control() && self.typed.chars().count() < MAX_NAME_CHARS {
                    self.typed.push(c);
                }
            }
            PickerAction::Erase => {
                self.typed.pop();
            }
            PickerAction::Open => {
                if let Some(name) = self.names.get(self.cursor) {
                    return Some(name.clone());
                }
                match clean_name(&self.typed) {
                    Ok(name) => return Some(name),
                    Err(problem) => self.problem = Some(problem),
                }
            }
        }
        None
    }

    /// A line typed in plain mode: a listed number, or a new name.
    ///
    /// # Errors
    /// When the line is empty, too long, or a number not in the list.
    pub fn choose_line(&self, line: &str) -> Result<String, NameProblem> {
        if let Ok(n) = line.trim().parse::<usize>() {
            return n
                .checked_sub(1)
                .and_then(|i| self.names.get(i))
                .cloned()
                .ok_or(NameProblem::NoSuchNumber(n));
        }
        clean_name(line)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_cleaned_and_checked() {
        assert_eq!(clean_name("  Budi   Santoso "), Ok("Budi Santoso".into()));
        assert_eq!(clean_name(" \t"), Err(NameProblem::Empty));
        assert_eq!(clean_name(&"x".repeat(41)), Err(NameProblem::TooLong));
        assert_eq!(clean_name("Sari\u{1b}[2J"), Ok("Sari[2J".into()));
    }

    #[test]
    fn picks_a_listed_name_or_types_a_new_one() {
        let mut picker = LearnerPicker::new(vec!["Budi".into(), "Sari".into()]);
        assert_eq!(picker.update(PickerAction::Down), None);
        assert_eq!(picker.update(PickerAction::Open), Some("Sari".into()));
        for c in "Dewi".chars() {
            picker.update(PickerAction::Type(c));
        }
        assert!(picker.on_new_name());
        assert_eq!(picker.update(PickerAction::Open), Some("Dewi".into()));
        let mut empty = LearnerPicker::new(Vec::new());
        assert_eq!(empty.update(PickerAction::Open), None);
        assert_eq!(empty.problem, Some(NameProblem::Empty));
        assert_eq!(picker.choose_line("2"), Ok("Sari".into()));
        assert_eq!(picker.choose_line("7"), Err(NameProblem::NoSuchNumber(7)));
        assert_eq!(picker.choose_line("Rina"), Ok("Rina".into()));
    }
}
