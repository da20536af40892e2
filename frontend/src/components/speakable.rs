//! Text that may hold a hidden phone number (`(•••) •••-0123`, `+•••0958`, as the server masks
//! numbers on file): a screen reader read it as "left paren bullet bullet bullet…", so the
//! number is shown as it is but read as "number ending in 0123".

use crate::i18n;
use ballot_shared::i18n::Message;
use leptos::prelude::*;

/// How the server writes a masked number before its last four digits.
const MASKS: [&str; 2] = ["(•••) •••-", "+•••"];

#[derive(Debug, PartialEq)]
enum Part<'a> {
    Text(&'a str),
    /// The masked number as shown, and its last four digits.
    Masked(&'a str, &'a str),
}

/// The text cut into plain runs and masked numbers.
fn parts(text: &str) -> Vec<Part<'_>> {
    let mut parts = Vec::new();
    let mut rest = text;
    loop {
        let found = MASKS
            .iter()
            .filter_map(|mask| {
                let at = rest.find(mask)?;
                let end = at + mask.len();
                let last = rest.get(end..end + 4)?;
                last.bytes()
                    .all(|b| b.is_ascii_digit())
                    .then_some((at, end + 4))
            })
            .min();
        let Some((start, end)) = found else {
            if !rest.is_empty() {
                parts.push(Part::Text(rest));
            }
            return parts;
        };
        if start > 0 {
            parts.push(Part::Text(&rest[..start]));
        }
        parts.push(Part::Masked(&rest[start..end], &rest[end - 4..end]));
        rest = &rest[end..];
    }
}

/// `text`, with each masked number read as "number ending in …" in the page's language.
pub fn speakable(text: Signal<String>) -> impl IntoView {
    move || {
        let text = text.get();
        parts(&text)
            .into_iter()
            .map(|part| match part {
                Part::Text(run) => run.to_string().into_any(),
                Part::Masked(shown, last) => {
                    let heard = i18n::say(&Message::new("masked-number").text("last", last));
                    view! {
                        <span aria-hidden="true">{shown.to_string()}</span>
                        <span class="visually-hidden">{heard}</span>
                    }
                    .into_any()
                }
            })
            .collect_view()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masked_numbers_are_found_in_a_sentence() {
        assert_eq!(
            parts("Now: (•••) •••-0123. Leave empty"),
            [
                Part::Text("Now: "),
                Part::Masked("(•••) •••-0123", "0123"),
                Part::Text(". Leave empty"),
            ]
        );
        assert_eq!(
            parts("to +•••0958 and (•••) •••-0123"),
            [
                Part::Text("to "),
                Part::Masked("+•••0958", "0958"),
                Part::Text(" and "),
                Part::Masked("(•••) •••-0123", "0123"),
            ]
        );
        assert_eq!(parts("m•••@example.com"), [Part::Text("m•••@example.com")]);
        assert_eq!(parts("+•••12"), [Part::Text("+•••12")]);
    }
}
