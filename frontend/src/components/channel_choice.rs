//! One notification channel: its switch, the input it reveals, and where messages will go.

use crate::components::switch::Switch;
use crate::i18n;
use ballot_shared::channels::Channel;
use leptos::prelude::*;

/// One switch, the input it reveals right after it, and the sentence saying where messages
/// will go. The sentence shows as the voter types; what a screen reader hears is a separate
/// `role="status"` region (there from page load, so it is announced) that follows the address
/// only when the voter is done with it (the input's `change`: on leaving it, or on a
/// browser's autofill): a status region that changed with every letter of an address was
/// read out again and again. The shown sentence does not wait for `change`, because it
/// appearing then would move the page between the press and the release of a click on the
/// button below, and the click would be lost.
#[component]
pub fn ChannelChoice<F, V>(
    channel: Channel,
    switch_id: &'static str,
    #[prop(into)] switch_label: Signal<String>,
    /// The id of an error about the channels, which the switch is then described by.
    #[prop(optional, into)]
    switch_error: Signal<Option<&'static str>>,
    on: RwSignal<bool>,
    input: F,
    #[prop(into)] destination: Signal<Option<String>>,
) -> impl IntoView
where
    F: Fn() -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let settled = RwSignal::new(destination.get_untracked());
    let sentence = move |to: Option<String>| {
        if !on.get() {
            return String::new();
        }
        to.map(|d| i18n::say(&channel.will_receive_at(&d)))
            .unwrap_or_default()
    };
    view! {
        <div class="channel" class:channel-on=move || on.get()>
            <Switch id=switch_id label=switch_label checked=on described_by=switch_error />
            <Show when=move || on.get()>
                <div class="channel-input" on:change=move |_| settled.set(destination.get_untracked())>
                    {input()}
                </div>
            </Show>
            <p class="channel-status" aria-hidden="true" id=format!("{}-status", channel.code())>
                // Nothing, not an empty text, when there is nothing to say: the server writes an
                // empty text as a space, and the paragraph would no longer be `:empty`.
                {move || Some(sentence(destination.get())).filter(|s| !s.is_empty())}
            </p>
            <p class="visually-hidden" role="status" id=format!("{}-announced", channel.code())>
                {move || Some(sentence(settled.get())).filter(|s| !s.is_empty())}
            </p>
        </div>
    }
}
