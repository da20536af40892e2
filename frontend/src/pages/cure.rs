//! The cure page, `/cure/{token}` (issue 16): a voter whose ballot's signature is missing or
//! did not match signs the county's statement here, from the link in the message or on the
//! status page. They confirm their date of birth (a forwarded link alone cannot sign), then
//! draw, photograph or type their signature; the same rules (`ballot_shared::cure`) run here
//! before anything is sent, and on the server again.

use crate::api_client::{self, ApiFailure};
use crate::components::error_summary::{snapshot, ErrorSummary, ServerProblem, ERROR_SUMMARY_ID};
use crate::components::signature_pad::SignaturePad;
use crate::components::text_field::TextField;
use crate::dom;
use crate::form_fields::canonical_date;
use crate::handed_over::{self, ON_SERVER};
use crate::i18n::{self, t};
use crate::pages::focus_on_answer;
use ballot_shared::api::{
    field, BallotStatusView, BallotTimeline, SignatureCureReceipt, SignatureCureRequest,
};
use ballot_shared::cure::{cure_field, CureMethod};
use ballot_shared::dob;
use ballot_shared::i18n::{Localize, Message};
use ballot_shared::signup::FieldErrors;
use leptos::prelude::*;
use std::collections::BTreeMap;

/// Why a cure was not sent: the rules' errors (checked here first), or the server's answer.
#[derive(Debug, Clone, PartialEq)]
enum NotSent {
    Rules(FieldErrors),
    Server(ApiFailure),
}

#[component]
pub fn CurePage(token: String) -> impl IntoView {
    let load_token = token.clone();
    let handed = handed_over::handed_over().read::<BallotStatusView>();
    let handed_language = i18n::language();
    let fetched = LocalResource::new({
        let handed = handed.clone();
        move || {
            let token = load_token.clone();
            let language = i18n::tracked_language();
            let handed = handed.clone().filter(|_| language == handed_language);
            async move {
                match handed {
                    Some(answer) => answer,
                    None => api_client::ballot_status(&token).await,
                }
            }
        }
    });
    let loaded = Signal::derive(move || {
        fetched.get().or_else(|| {
            handed
                .clone()
                .filter(|_| i18n::tracked_language() == handed_language)
        })
    });
    let title = move || match loaded.get() {
        Some(Err(ApiFailure::Api { status: 404, .. })) => "status-not-found-title",
        _ => "cure-title",
    };
    dom::follow(move || dom::set_title(&i18n::text(title()), false));
    let status_link = format!("/status/{}", api_client::path_token(&token));
    view! {
        <h1 id="page-heading" tabindex="-1">{move || i18n::text(title())}</h1>
        {move || match loaded.get() {
            None => view! { <p>{t("status-loading")}</p> }.into_any(),
            Some(Err(ApiFailure::Api { status: 404, .. })) => view! {
                <p>{t("status-not-found")}</p>
                <p><a href="/check">{t("status-check-instead")}</a></p>
            }
            .into_any(),
            Some(Err(failure)) => view! { <p>{failure.message()}</p> }.into_any(),
            Some(Ok(status)) => {
                let office = status.county_office.clone();
                match status.ballots.into_iter().find(|b| b.cure_open) {
                    Some(ballot) => view! {
                        <CureForm token=token.clone() ballot office status_link=status_link.clone() />
                    }
                    .into_any(),
                    None => view! {
                        <p>{t("cure-not-open")}</p>
                        <p><a href=status_link.clone()>{t("cure-see-status")}</a></p>
                    }
                    .into_any(),
                }
            }
        }}
    }
}

#[component]
fn CureForm(
    token: String,
    ballot: BallotTimeline,
    office: String,
    status_link: String,
) -> impl IntoView {
    let date_of_birth = RwSignal::new(String::new());
    // The ways the county accepts (all three from a server that does not say); one alone is
    // chosen already.
    let accepted: Vec<CureMethod> = match ballot.cure_methods.as_slice() {
        [] => CureMethod::ALL.to_vec(),
        codes => CureMethod::named(codes),
    };
    let method: RwSignal<Option<CureMethod>> =
        RwSignal::new((accepted.len() == 1).then(|| accepted[0]));
    let typed = RwSignal::new(String::new());
    let drawn = RwSignal::new(false);
    let canvas = NodeRef::<leptos::html::Canvas>::new();
    let photo = NodeRef::<leptos::html::Input>::new();
    let election_id = ballot.election_id.clone();

    let send = Action::new_local(move |request: &SignatureCureRequest| {
        let request = request.clone();
        let token = token.clone();
        async move {
            let request = with_image(request, canvas, photo, drawn.get_untracked()).await?;
            api_client::send_cure(&token, &request)
                .await
                .map_err(NotSent::Server)
        }
    });
    let pending = send.pending();
    // The field errors of the last try: the rules', else the server's.
    let errors = Memo::new(move |_| {
        send.value().with(|answer| match answer {
            Some(Err(NotSent::Rules(errors))) => errors
                .iter()
                .map(|(key, message)| (key.to_string(), i18n::say(message)))
                .collect::<BTreeMap<_, _>>(),
            Some(Err(NotSent::Server(ApiFailure::Api { body, .. }))) => body.error.fields.clone(),
            _ => BTreeMap::new(),
        })
    });
    let error_of =
        move |key: &'static str| Signal::derive(move || errors.with(|e| e.get(key).cloned()));
    let items = Memo::new(move |_| {
        send.value().with(|answer| match answer {
            Some(Err(NotSent::Rules(errors))) => snapshot(errors.clone(), &BTreeMap::new(), None),
            Some(Err(NotSent::Server(failure))) => {
                let fields = match failure {
                    ApiFailure::Api { body, .. } => body.error.fields.clone(),
                    ApiFailure::Network(_) => BTreeMap::new(),
                };
                let problem = fields.is_empty().then(|| ServerProblem::of(failure));
                snapshot(Vec::new(), &fields, problem)
            }
            _ => Vec::new(),
        })
    });
    let summary_visible = move || !items.with(Vec::is_empty);
    dom::follow(move || dom::set_title(&i18n::text("cure-title"), summary_visible()));
    focus_on_answer(send, "cure-sent-heading", Some(ERROR_SUMMARY_ID));

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if pending.get_untracked() {
            return;
        }
        let typed_date = date_of_birth.get_untracked();
        let chosen = method.get_untracked();
        send.dispatch(SignatureCureRequest {
            election_id: election_id.clone(),
            date_of_birth: canonical_date(&typed_date).unwrap_or(typed_date),
            method: chosen.map(CureMethod::code).unwrap_or_default().to_string(),
            typed_name: (chosen == Some(CureMethod::Typed)).then(|| typed.get_untracked()),
            image_base64: None,
        });
    };
    let deadline = ballot.cure_deadline.clone();
    let sent_office = office.clone();
    let lead = Message::new("cure-lead").text("office", office.clone());
    let choice = move |m: CureMethod, label: &'static str, hint: Option<&'static str>| {
        if !accepted.contains(&m) {
            return None;
        }
        let id = format!("method-{}", m.code());
        let hint_id = format!("{id}-hint");
        Some(view! {
            <div class="radio">
                <input
                    type="radio"
                    id=id.clone()
                    name="method"
                    value=m.code()
                    class="radio-input"
                    aria-describedby=hint.map(|_| hint_id.clone())
                    prop:checked=move || method.get() == Some(m)
                    on:change=move |_| method.set(Some(m))
                />
                <label class="radio-label" for=id>{t(label)}</label>
                {hint.map(|hint| view! { <div class="hint radio-hint" id=hint_id>{t(hint)}</div> })}
            </div>
        })
    };
    let method_error = error_of(cure_field::METHOD);
    view! {
        {move || send.value().get().and_then(Result::ok).map(|_receipt: SignatureCureReceipt| {
            let message = Message::new("cure-sent").text("office", sent_office.clone());
            view! {
                <div class="panel-success">
                    <h2 id="cure-sent-heading" tabindex="-1">{t("cure-sent-title")}</h2>
                    <p>{i18n::said(message)}</p>
                </div>
                <p><a href=status_link.clone()>{t("cure-see-status")}</a></p>
            }
        })}
        // Hidden, not removed, once sent: what was drawn or chosen is the voter's until they
        // leave.
        <div hidden=move || send.value().with(|a| matches!(a, Some(Ok(_))))>
            <Show when=summary_visible>
                <ErrorSummary items=items help=Signal::derive(Vec::new) />
            </Show>
            <p class="lead">{i18n::said(lead.clone())}</p>
            {deadline.clone().map(|deadline| view! {
                <p><strong>{i18n::said(Message::new("cure-deadline").text("deadline", deadline))}</strong></p>
            })}
            <h2>{t("cure-statement-heading")}</h2>
            // The county's own wording when it set one (marked with its language when it is
            // English on a page in another), else ours in the page's language.
            {match ballot.cure_statement.clone() {
                Some(text) => view! {
                    <blockquote class="statement" lang=ballot.cure_statement_language.clone().filter(|l| l == "en")>
                        {text.split("\n\n").map(|p| view! { <p>{p.to_string()}</p> }).collect_view()}
                    </blockquote>
                }
                .into_any(),
                None => view! { <blockquote class="statement"><p>{t("cure-statement")}</p></blockquote> }
                    .into_any(),
            }}
            {ON_SERVER.then(|| view! {
                <noscript>
                    <p class="panel-notice">
                        {i18n::said(Message::new("cure-noscript").text("office", office.clone()))}
                    </p>
                </noscript>
            })}
            // Sent by the app only (it carries a drawing or a photo): the server's page has its
            // button off, so nothing typed is ever posted without it.
            <form novalidate method="post" on:submit=on_submit>
                <TextField
                    id="date-of-birth"
                    label=t("field-date-of-birth")
                    hint=t("cure-dob-hint")
                    value=date_of_birth
                    error=error_of(field::DATE_OF_BIRTH)
                    inputmode="numeric"
                    autocomplete="bday"
                    width="input-width-10"
                    while_typing=dob::typing
                    on_leave=canonical_date
                />
                <div class="field" class:field-error=move || method_error.with(Option::is_some)>
                    <fieldset class="fieldset" aria-describedby=move || method_error.with(Option::is_some).then_some("method-error")>
                        <legend class="fieldset-legend">{t("cure-method-legend")}</legend>
                        <Show when=move || method_error.with(Option::is_some)>
                            <p class="error-message" id="method-error">
                                <span class="error-prefix">{t("error-prefix")} " "</span>
                                {move || method_error.get().unwrap_or_default()}
                            </p>
                        </Show>
                        {choice(CureMethod::Drawn, "cure-method-drawn", None)}
                        {choice(CureMethod::Photo, "cure-method-photo", None)}
                        {choice(CureMethod::Typed, "cure-method-typed", Some("cure-method-typed-hint"))}
                    </fieldset>
                </div>
                <Show when=move || method.get() == Some(CureMethod::Drawn)>
                    <SignaturePad canvas drawn error=error_of(cure_field::IMAGE) />
                </Show>
                <Show when=move || method.get() == Some(CureMethod::Photo)>
                    <PhotoField input=photo error=error_of(cure_field::IMAGE) />
                </Show>
                <Show when=move || method.get() == Some(CureMethod::Typed)>
                    <TextField
                        id="typed-name"
                        label=t("cure-typed-label")
                        value=typed
                        error=error_of(cure_field::TYPED_NAME)
                        autocomplete="name"
                        no_spellcheck=true
                    />
                </Show>
                <button type="submit" class="button" disabled=ON_SERVER.then_some(true) aria-disabled=move || pending.get().then_some("true")>
                    {move || if pending.get() { i18n::text("cure-sending") } else { i18n::text("cure-submit") }}
                </button>
            </form>
        </div>
    }
}

#[component]
fn PhotoField(
    input: NodeRef<leptos::html::Input>,
    #[prop(into)] error: Signal<Option<String>>,
) -> impl IntoView {
    let has_error = move || error.with(Option::is_some);
    view! {
        <div class="field" class:field-error=has_error>
            <label class="label" for="signature-image">{t("cure-photo-label")}</label>
            <div class="hint" id="signature-image-hint">{t("cure-photo-hint")}</div>
            <Show when=has_error>
                <p class="error-message" id="signature-image-error">
                    <span class="error-prefix">{t("error-prefix")} " "</span>
                    {move || error.get().unwrap_or_default()}
                </p>
            </Show>
            // The content decides what it is, here and on the server; `accept` only helps the
            // phone offer photos and scans. The file names' endings are for browsers that do
            // not map HEIC to a type (Chrome on Windows, Firefox).
            <input
                type="file"
                id="signature-image"
                name="signature-image"
                class="file-input"
                accept="image/jpeg,image/png,image/heic,image/heif,application/pdf,.heic,.heif,.pdf"
                aria-describedby=move || if has_error() {
                    "signature-image-hint signature-image-error"
                } else {
                    "signature-image-hint"
                }
                node_ref=input
            />
        </div>
    }
}

/// The request with its image, for a drawn or photographed signature, once the shared rules
/// accept it: the rules run on the bytes the voter chose before anything is sent.
async fn with_image(
    mut request: SignatureCureRequest,
    canvas: NodeRef<leptos::html::Canvas>,
    photo: NodeRef<leptos::html::Input>,
    drawn: bool,
) -> Result<SignatureCureRequest, NotSent> {
    let method = CureMethod::parse(&request.method);
    let mut errors: FieldErrors = Vec::new();
    let mut bytes = None;
    match method {
        Some(CureMethod::Drawn) if !drawn => {
            errors.push((cure_field::IMAGE, Message::new("cure-draw-empty")));
        }
        Some(CureMethod::Drawn | CureMethod::Photo) => {
            match image::read(method == Some(CureMethod::Drawn), canvas, photo).await {
                Ok(Some((image, base64))) => {
                    bytes = Some(image);
                    request.image_base64 = Some(base64);
                }
                Ok(None) => {}
                Err(too_large) => errors.push((cure_field::IMAGE, too_large.message())),
            }
        }
        _ => {}
    }
    let checked = ballot_shared::cure::validate_cure(&request, bytes, dom::today());
    if let Err(rule_errors) = checked {
        // The pad's own error says "draw" rather than "send a PNG".
        for (key, message) in rule_errors {
            if !errors.iter().any(|(k, _)| *k == key) {
                errors.push((key, message));
            }
        }
    }
    if errors.is_empty() {
        Ok(request)
    } else {
        // In the order of the form.
        let order = [
            field::DATE_OF_BIRTH,
            cure_field::METHOD,
            cure_field::IMAGE,
            cure_field::TYPED_NAME,
        ];
        errors.sort_by_key(|(key, _)| order.iter().position(|k| k == key).unwrap_or(order.len()));
        Err(NotSent::Rules(errors))
    }
}

#[cfg(target_arch = "wasm32")]
mod image {
    use ballot_shared::cure::{CureError, MAX_IMAGE_BYTES};
    use leptos::prelude::*;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    use web_sys::Blob;

    /// The image's bytes and its standard base64 (the browser's own encoder, by a data URL):
    /// the drawing as PNG, or the chosen photo. `None` when no photo was chosen; a photo over
    /// the limit is refused by its size, before it is read.
    pub async fn read(
        drawing: bool,
        canvas: NodeRef<leptos::html::Canvas>,
        photo: NodeRef<leptos::html::Input>,
    ) -> Result<Option<(Vec<u8>, String)>, CureError> {
        if drawing {
            let Some(canvas) = canvas.get_untracked() else {
                return Ok(None);
            };
            return Ok(canvas_png(&canvas));
        }
        let Some(file) = photo
            .get_untracked()
            .and_then(|input| input.files())
            .and_then(|files| files.get(0))
        else {
            return Ok(None);
        };
        if file.size() > MAX_IMAGE_BYTES as f64 {
            return Err(CureError::ImageTooLarge);
        }
        Ok(encoded(&file).await)
    }

    /// The drawing as a PNG, at once: `toDataURL` is synchronous, where a send that waited on
    /// `toBlob`'s callback was once seen stuck for good in a browser test on a loaded machine;
    /// `atob` gives its bytes back for the rules.
    fn canvas_png(canvas: &web_sys::HtmlCanvasElement) -> Option<(Vec<u8>, String)> {
        let url = canvas.to_data_url_with_type("image/png").ok()?;
        let base64 = url.split_once(',')?.1.to_string();
        let binary = web_sys::window()?.atob(&base64).ok()?;
        // `atob` gives one character per byte, each below 256.
        let bytes = binary.chars().map(|c| c as u32 as u8).collect();
        Some((bytes, base64))
    }

    async fn encoded(blob: &Blob) -> Option<(Vec<u8>, String)> {
        let buffer = JsFuture::from(blob.array_buffer()).await.ok()?;
        let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
        let reader = web_sys::FileReader::new().ok()?;
        let promise = js_sys::Promise::new(&mut |resolve, _reject| {
            let finished = reader.clone();
            let done = Closure::once_into_js(move || {
                let _ = resolve.call1(&JsValue::NULL, &finished.result().unwrap_or(JsValue::NULL));
            });
            reader.set_onloadend(Some(done.unchecked_ref()));
        });
        reader.read_as_data_url(blob).ok()?;
        let url = JsFuture::from(promise).await.ok()?.as_string()?;
        let base64 = url.split_once(',')?.1.to_string();
        Some((bytes, base64))
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod image {
    use ballot_shared::cure::CureError;
    use leptos::prelude::*;

    /// The server renders the page but never sends it.
    pub async fn read(
        _drawing: bool,
        _canvas: NodeRef<leptos::html::Canvas>,
        _photo: NodeRef<leptos::html::Input>,
    ) -> Result<Option<(Vec<u8>, String)>, CureError> {
        Ok(None)
    }
}
