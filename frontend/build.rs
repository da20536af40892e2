//! Compiles English's rules and pages (`locales/en/`) for the app (`src/i18n.rs`): the
//! browser carries them as data for `ballot_shared::i18n::lite`, without a Fluent parser.

use ballot_shared::i18n::{lite, locale_files};
use ballot_shared::language::Language;

fn main() {
    println!("cargo:rerun-if-changed=../locales/en/rules.ftl");
    println!("cargo:rerun-if-changed=../locales/en/ui.ftl");
    let english = locale_files(Language::English);
    let compiled = lite::compile(Language::English, &[english.rules, english.ui])
        .unwrap_or_else(|e| panic!("locales/en is not valid Fluent: {e}"));
    let json = serde_json::to_string(&compiled).expect("a compiled catalog is JSON");
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR"));
    std::fs::write(out.join("en.json"), json).expect("OUT_DIR is writable");
}
