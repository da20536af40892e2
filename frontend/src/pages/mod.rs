pub mod cure;
pub mod destination_links;
pub mod lookup;
pub mod manage;
pub mod not_found;
pub mod signup;
pub mod status;
pub mod verify;

use crate::dom;
use leptos::prelude::*;

/// Moves focus when an action's answer arrives (an effect: focus is outside the reactive
/// world): to `done`, the heading that says what happened, or on a failure to `failed` (the
/// error summary, if the page has one for it). Nothing while no answer is there: before the
/// first, and while the next is on its way.
pub(crate) fn focus_on_answer<I, T, E>(
    action: Action<I, Result<T, E>>,
    done: &'static str,
    failed: Option<&'static str>,
) where
    I: 'static,
    T: 'static,
    E: 'static,
{
    Effect::new(move |_| {
        let target = action.value().with(|answer| match answer {
            Some(Ok(_)) => Some(done),
            Some(Err(_)) => failed,
            None => None,
        });
        if let Some(id) = target {
            request_animation_frame(move || dom::focus_by_id(id));
        }
    });
}
