//! Who the voter is: first and last name, date of birth, ZIP code and, once more than one
//! voter matches, the voter ID. The sign-up and the look-up ask the same way, with the same
//! rules (`ballot_shared::signup`), so they share this.

use crate::components::text_field::TextField;
use crate::form_fields::canonical_date;
use crate::i18n::t;
use ballot_shared::api::field;
use ballot_shared::dob;
use leptos::prelude::*;

/// What was typed in each field.
#[derive(Clone, Copy)]
pub struct Identity {
    pub first_name: RwSignal<String>,
    pub last_name: RwSignal<String>,
    pub date_of_birth: RwSignal<String>,
    pub zip: RwSignal<String>,
    pub voter_id: RwSignal<String>,
}

impl Identity {
    /// As the server handed them over (a form posted before the app took over), else empty.
    pub fn handed_over() -> Self {
        use crate::handed_over::field;
        Self {
            first_name: RwSignal::new(field("first-name")),
            last_name: RwSignal::new(field("last-name")),
            date_of_birth: RwSignal::new(field("date-of-birth")),
            zip: RwSignal::new(field("zip")),
            voter_id: RwSignal::new(field("voter-id")),
        }
    }
}

impl Default for Identity {
    fn default() -> Self {
        Self {
            first_name: RwSignal::new(String::new()),
            last_name: RwSignal::new(String::new()),
            date_of_birth: RwSignal::new(String::new()),
            zip: RwSignal::new(String::new()),
            voter_id: RwSignal::new(String::new()),
        }
    }
}

#[component]
pub fn IdentityFields(
    identity: Identity,
    /// The error shown under a field, by the API's field key.
    error: Callback<&'static str, Signal<Option<String>>>,
    /// The ZIP code's hint (the look-up's is shorter).
    zip_hint: &'static str,
    /// Shown once the server said more than one voter matches.
    #[prop(into)]
    voter_id_needed: Signal<bool>,
) -> impl IntoView {
    view! {
        <TextField
            id="first-name"
            label=t("field-first-name")
            value=identity.first_name
            error=error.run(field::FIRST_NAME)
            autocomplete="given-name"
            no_spellcheck=true
        />
        <TextField
            id="last-name"
            label=t("field-last-name")
            value=identity.last_name
            error=error.run(field::LAST_NAME)
            autocomplete="family-name"
            no_spellcheck=true
        />
        <TextField
            id="date-of-birth"
            label=t("field-date-of-birth")
            hint=t("field-date-of-birth-hint")
            value=identity.date_of_birth
            error=error.run(field::DATE_OF_BIRTH)
            inputmode="numeric"
            autocomplete="bday"
            width="input-width-10"
            while_typing=dob::typing
            on_leave=canonical_date
        />
        <TextField
            id="zip"
            label=t("field-zip")
            hint=t(zip_hint)
            value=identity.zip
            error=error.run(field::ZIP)
            inputmode="numeric"
            autocomplete="postal-code"
            width="input-width-10"
        />
        <Show when=move || voter_id_needed.get()>
            <TextField
                id="voter-id"
                label=t("field-voter-id")
                hint=t("field-voter-id-hint")
                value=identity.voter_id
                error=error.run(field::VOTER_ID)
                autocomplete="off"
                no_spellcheck=true
                width="input-width-20"
            />
        </Show>
    }
}
