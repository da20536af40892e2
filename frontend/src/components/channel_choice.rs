//! One notification channel: its switch, the input it reveals, and where messages will go.

use crate::components::switch::Switch;
use crate::i18n;
use ballot_shared::channels::Channel;
use leptos::prelude::*;

/// One switch, the input it reveals right after it, and the sentence saying where messages
/// will go, in a `role="status"` region that exists from page load so it is announced.
#[component]
pub fn ChannelChoice<F, V>(
    channel: Channel,
    switch_id: &'static str,
    #[prop(into)] switch_label: Signal<String>,
    on: RwSignal<bool>,
    input: F,
    #[prop(into)] destination: Signal<Option<String>>,
) -> impl IntoView
where
    F: Fn() -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let sentence = move || {
        if !on.get() {
            return String::new();
        }
        destination
            .get()
            .map(|d| i18n::say(&channel.will_receive_at(&d)))
            .unwrap_or_default()
    };
    view! {
        <div class="channel" class:channel-on=move || on.get()>
            <Switch id=switch_id label=switch_label checked=on />
            <Show when=move || on.get()>
                <div class="channel-input">{input()}</div>
            </Show>
            <p class="channel-status" role="status" id=format!("{}-status", channel.code())>
                {sentence}
            </p>
        </div>
    }
}
