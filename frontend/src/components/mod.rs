pub mod channel_choice;
pub mod error_summary;
pub mod identity_fields;
pub mod signature_pad;
pub mod speakable;
pub mod switch;
pub mod text_field;
pub mod timeline;
