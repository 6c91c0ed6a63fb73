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
    /// Deleting needs the name typed again.
    NotConfirmed,
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
    /// Start renaming the name under the cursor.
    Rename,
    /// Start deleting the name under the cursor (it asks for the name again).
    Delete,
    /// Leave renaming or deleting.
    Cancel,
}

/// What the picker is doing.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum PickerMode {
    #[default]
    Choose,
    /// Typing a new name for the name at this index.
    Rename(usize),
    /// Typing the name at this index again, to confirm deleting it.
    ConfirmDelete(usize),
}

/// What the front end has to carry out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PickerOutcome {
    Chosen(String),
    Rename { old: String, new: String },
    Delete(String),
}

/// The list of learners and the field for a new name. The row after the last name is the
/// "new name" row; typing moves there.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LearnerPicker {
    pub names: Vec<String>,
    pub cursor: usize,
    pub typed: String,
    pub problem: Option<NameProblem>,
    pub mode: PickerMode,
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

    /// Applies an action; what to carry out once a learner is chosen, renamed or deleted.
    pub fn update(&mut self, action: PickerAction) -> Option<PickerOutcome> {
        self.problem = None;
        let editing = self.mode != PickerMode::Choose;
        match action {
            PickerAction::Up if !editing => self.cursor = self.cursor.saturating_sub(1),
            PickerAction::Down if !editing => self.cursor = (self.cursor + 1).min(self.names.len()),
            PickerAction::Type(c) => {
                if !editing {
                    self.cursor = self.names.len();
                }
                if !c.is_control() && self.typed.chars().count() < MAX_NAME_CHARS {
                    self.typed.push(c);
                }
            }
            PickerAction::Erase => {
                self.typed.pop();
            }
            PickerAction::Rename | PickerAction::Delete if !editing && self.cursor < self.names.len() => {
                self.typed.clear();
                self.mode = if action == PickerAction::Rename {
                    PickerMode::Rename(self.cursor)
                } else {
                    PickerMode::ConfirmDelete(self.cursor)
                };
            }
            // Moving while editing a name, or renaming the "new name" row: nothing to do.
            PickerAction::Up | PickerAction::Down | PickerAction::Rename | PickerAction::Delete => {}
            PickerAction::Cancel => {
                self.mode = PickerMode::Choose;
                self.typed.clear();
            }
            PickerAction::Open => return self.open(),
        }
        None
    }

    fn open(&mut self) -> Option<PickerOutcome> {
        match self.mode {
            PickerMode::Choose => {
                if let Some(name) = self.names.get(self.cursor) {
                    return Some(PickerOutcome::Chosen(name.clone()));
                }
                match clean_name(&self.typed) {
                    Ok(name) => Some(PickerOutcome::Chosen(name)),
                    Err(problem) => {
                        self.problem = Some(problem);
                        None
                    }
                }
            }
            PickerMode::Rename(index) => match clean_name(&self.typed) {
                Ok(new) => {
                    let old = self.names.get(index)?.clone();
                    self.mode = PickerMode::Choose;
                    self.typed.clear();
                    Some(PickerOutcome::Rename { old, new })
                }
                Err(problem) => {
                    self.problem = Some(problem);
                    None
                }
            },
            PickerMode::ConfirmDelete(index) => {
                let name = self.names.get(index)?.clone();
                if clean_name(&self.typed).is_ok_and(|typed| typed.eq_ignore_ascii_case(&name)) {
                    self.mode = PickerMode::Choose;
                    self.typed.clear();
                    Some(PickerOutcome::Delete(name))
                } else {
                    self.problem = Some(NameProblem::NotConfirmed);
                    None
                }
            }
        }
    }

    /// The names changed (after a rename or a delete): show the new list.
    pub fn set_names(&mut self, names: Vec<String>) {
        self.names = names;
        self.cursor = self.cursor.min(self.names.len());
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
        assert_eq!(picker.update(PickerAction::Open), Some(PickerOutcome::Chosen("Sari".into())));
        for c in "Dewi".chars() {
            picker.update(PickerAction::Type(c));
        }
        assert!(picker.on_new_name());
        assert_eq!(picker.update(PickerAction::Open), Some(PickerOutcome::Chosen("Dewi".into())));
        let mut empty = LearnerPicker::new(Vec::new());
        assert_eq!(empty.update(PickerAction::Open), None);
        assert_eq!(empty.problem, Some(NameProblem::Empty));
        assert_eq!(picker.choose_line("2"), Ok("Sari".into()));
        assert_eq!(picker.choose_line("7"), Err(NameProblem::NoSuchNumber(7)));
        assert_eq!(picker.choose_line("Rina"), Ok("Rina".into()));
    }

    #[test]
    fn renames_and_deletes_with_confirmation() {
        let mut picker = LearnerPicker::new(vec!["Budi".into(), "Sari".into()]);
        picker.update(PickerAction::Rename);
        assert_eq!(picker.mode, PickerMode::Rename(0));
        for c in "Budi S".chars() {
            picker.update(PickerAction::Type(c));
        }
        assert_eq!(
            picker.update(PickerAction::Open),
            Some(PickerOutcome::Rename { old: "Budi".into(), new: "Budi S".into() })
        );
        picker.update(PickerAction::Down);
        picker.update(PickerAction::Delete);
        picker.update(PickerAction::Type('x'));
        assert_eq!(picker.update(PickerAction::Open), None);
        assert_eq!(picker.problem, Some(NameProblem::NotConfirmed));
        picker.update(PickerAction::Erase);
        for c in "sari".chars() {
            picker.update(PickerAction::Type(c));
        }
        assert_eq!(picker.update(PickerAction::Open), Some(PickerOutcome::Delete("Sari".into())));
        picker.update(PickerAction::Delete);
        picker.update(PickerAction::Cancel);
        assert_eq!(picker.mode, PickerMode::Choose);
    }
}
