//! What the uploaded files (voter files, ballot events) share: a bad row named by its line,
//! and how many of them a report lists.

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
