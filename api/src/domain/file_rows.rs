//! What the uploaded files (voter files, ballot events, mail pieces) share: a bad row named by
//! its line, how many of them a report lists, and the rule for the ids they carry.

/// Errors listed in a report; the count says how many there were in all.
pub const MAX_LISTED_ERRORS: usize = 50;

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, utoipa::ToSchema)]
pub struct RowError {
    /// 1-based line in the file (the header is line 1).
    pub line: u64,
    pub message: String,
}

impl std::fmt::Display for RowError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

/// Counts a bad row, and lists it while the list is short.
pub fn reject(errors: &mut Vec<RowError>, rejected: &mut u64, line: u64, message: String) {
    *rejected += 1;
    if errors.len() < MAX_LISTED_ERRORS {
        errors.push(RowError { line, message });
    }
}

/// An operator's id (`event_id`, `election_id`), trimmed: 1 to 64 letters, digits, `-`, `_`,
/// `.` or `:`.
pub fn checked_id(text: &str) -> Option<&str> {
    let text = text.trim();
    let valid = !text.is_empty()
        && text.len() <= 64
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | ':'));
    valid.then_some(text)
}
