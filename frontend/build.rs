//! Compiles English's rules and pages (`locales/en/`) for the app (`src/i18n.rs`): the
//! browser carries them as data for `ballot_shared::i18n::lite`, without a Fluent parser.

use ballot_shared::i18n::{lite, ENGLISH_RULES};
use ballot_shared::language::Language;

fn main() {
    println!("cargo:rerun-if-changed=../locales/en/rules.ftl");
    println!("cargo:rerun-if-changed=../locales/en/ui.ftl");
    let ui = std::fs::read_to_string("../locales/en/ui.ftl").expect("locales/en/ui.ftl");
    let compiled = lite::compile(Language::English, &[ENGLISH_RULES, &ui])
        .unwrap_or_else(|e| panic!("locales/en is not valid Fluent: {e}"));
    let json = serde_json::to_string(&compiled).expect("a compiled catalog is JSON");
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR"));
    std::fs::write(out.join("en.json"), json).expect("OUT_DIR is writable");
}
