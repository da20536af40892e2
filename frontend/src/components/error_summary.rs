//! "There is a problem": shown at the top of the page after a failed submit, where it takes
//! focus; each error links to its field (GOV.UK error summary).

use crate::dom;
use crate::i18n;
use leptos::prelude::*;

pub const ERROR_SUMMARY_ID: &str = "error-summary";

/// One line of the summary: the id of the field it links to (if any) and the message.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct SummaryItem {
    pub target: Option<&'static str>,
    pub message: String,
}

#[component]
pub fn ErrorSummary(
    #[prop(into)] items: Signal<Vec<SummaryItem>>,
    /// Extra advice under the list (e.g. what to do when no voter matches).
    #[prop(into)]
    help: Signal<Vec<String>>,
) -> impl IntoView {
    view! {
        <div
            class="error-summary"
            id=ERROR_SUMMARY_ID
            tabindex="-1"
            aria-labelledby="error-summary-title"
        >
            <div role="alert">
                <h2 class="error-summary-title" id="error-summary-title">
                    {i18n::t("error-summary-title")}
                </h2>
                <ul class="error-summary-list">
                    <For each=move || items.get() key=|item| item.clone() let:item>
                        <li>
                            {match item.target {
                                Some(target) => {
                                    view! {
                                        <a
                                            href=format!("#{target}")
                                            on:click=move |ev| {
                                                ev.prevent_default();
                                                dom::focus_by_id(target);
                                            }
                                        >
                                            {item.message.clone()}
                                        </a>
                                    }
                                        .into_any()
                                }
                                None => view! { <span>{item.message.clone()}</span> }.into_any(),
                            }}
                        </li>
                    </For>
                </ul>
                <Show when=move || !help.with(Vec::is_empty)>
                    <ul class="error-summary-help">
                        <For each=move || help.get() key=|line| line.clone() let:line>
                            <li>{line}</li>
                        </For>
                    </ul>
                </Show>
            </div>
        </div>
    }
}
