pub mod error_summary;
pub mod switch;
pub mod text_field;
