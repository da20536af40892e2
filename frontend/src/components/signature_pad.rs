//! A box to sign in with a finger, a pen or the mouse: pointer events on a canvas, black ink
//! on white (the county prints it). Drawing is a dragging movement, so it is never the only way
//! to sign (WCAG 2.2 2.5.7): the cure page offers a typed name beside it, and the pad's hint
//! says so.

use leptos::prelude::*;

/// The canvas's own pixels; the page scales it to its width, and strokes are mapped back.
pub const WIDTH: u32 = 600;
pub const HEIGHT: u32 = 200;

#[component]
pub fn SignaturePad(
    /// The canvas, for the page to read the drawing from.
    canvas: NodeRef<leptos::html::Canvas>,
    /// Whether anything was drawn since the pad was last cleared.
    drawn: RwSignal<bool>,
    #[prop(into)] error: Signal<Option<String>>,
) -> impl IntoView {
    let has_error = move || error.with(Option::is_some);
    #[cfg(target_arch = "wasm32")]
    let (on_down, on_move, on_up, clear) = ink::handlers(canvas, drawn);
    #[cfg(not(target_arch = "wasm32"))]
    let (on_down, on_move, on_up, clear) = (
        |_: web_sys::PointerEvent| {},
        |_: web_sys::PointerEvent| {},
        |_: web_sys::PointerEvent| {},
        move |_: leptos::ev::MouseEvent| drawn.set(false),
    );
    view! {
        <div class="field" class:field-error=has_error>
            <p class="label" id="signature-image-label">{crate::i18n::t("cure-draw-label")}</p>
            <div class="hint" id="signature-image-hint">{crate::i18n::t("cure-draw-hint")}</div>
            <Show when=has_error>
                <p class="error-message" id="signature-image-error">
                    <span class="error-prefix">{crate::i18n::t("error-prefix")} " "</span>
                    {move || error.get().unwrap_or_default()}
                </p>
            </Show>
            // Focused by the error summary's link only (`tabindex="-1"`): with a keyboard,
            // the typed name is the way to sign.
            <canvas
                id="signature-image"
                class="signature-pad"
                role="img"
                tabindex="-1"
                aria-labelledby="signature-image-label"
                aria-describedby=move || if has_error() {
                    "signature-image-hint signature-image-error"
                } else {
                    "signature-image-hint"
                }
                width=WIDTH
                height=HEIGHT
                node_ref=canvas
                on:pointerdown=on_down
                on:pointermove=on_move
                on:pointerup=on_up
                on:pointercancel=on_up
            ></canvas>
            <button type="button" class="button button-secondary" on:click=clear>
                {crate::i18n::t("cure-draw-clear")}
            </button>
        </div>
    }
}

#[cfg(target_arch = "wasm32")]
mod ink {
    use super::{HEIGHT, WIDTH};
    use leptos::prelude::*;
    use wasm_bindgen::JsCast;
    use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, PointerEvent};

    fn context(canvas: &HtmlCanvasElement) -> Option<CanvasRenderingContext2d> {
        canvas.get_context("2d").ok()??.dyn_into().ok()
    }

    /// White, so the image has no transparent background to print as black.
    pub fn blank(canvas: &HtmlCanvasElement) {
        if let Some(ink) = context(canvas) {
            ink.set_fill_style_str("#fff");
            ink.fill_rect(0.0, 0.0, f64::from(WIDTH), f64::from(HEIGHT));
        }
    }

    /// Where the pointer is, in the canvas's own pixels (it is drawn smaller on a phone).
    fn point(canvas: &HtmlCanvasElement, ev: &PointerEvent) -> (f64, f64) {
        let rect = canvas.get_bounding_client_rect();
        let scale_x = f64::from(WIDTH) / rect.width().max(1.0);
        let scale_y = f64::from(HEIGHT) / rect.height().max(1.0);
        (
            (f64::from(ev.client_x()) - rect.left()) * scale_x,
            (f64::from(ev.client_y()) - rect.top()) * scale_y,
        )
    }

    #[allow(clippy::type_complexity)]
    pub fn handlers(
        canvas_ref: NodeRef<leptos::html::Canvas>,
        drawn: RwSignal<bool>,
    ) -> (
        impl Fn(PointerEvent) + Copy + 'static,
        impl Fn(PointerEvent) + Copy + 'static,
        impl Fn(PointerEvent) + Copy + 'static,
        impl Fn(leptos::ev::MouseEvent) + Copy + 'static,
    ) {
        Effect::new(move |_| {
            if let Some(canvas) = canvas_ref.get() {
                blank(&canvas);
            }
        });
        let down = StoredValue::new(false);
        let on_down = move |ev: PointerEvent| {
            let Some(canvas) = canvas_ref.get_untracked() else {
                return;
            };
            ev.prevent_default();
            // The stroke keeps coming here when the finger leaves the box.
            let _ = canvas.set_pointer_capture(ev.pointer_id());
            down.set_value(true);
            if let Some(ink) = context(&canvas) {
                let (x, y) = point(&canvas, &ev);
                ink.set_line_width(3.0);
                ink.set_line_cap("round");
                ink.set_line_join("round");
                ink.set_stroke_style_str("#000");
                ink.begin_path();
                ink.move_to(x, y);
                // A tap is a dot.
                ink.line_to(x + 0.1, y + 0.1);
                ink.stroke();
            }
            drawn.set(true);
        };
        let on_move = move |ev: PointerEvent| {
            if !down.get_value() {
                return;
            }
            let Some(canvas) = canvas_ref.get_untracked() else {
                return;
            };
            if let Some(ink) = context(&canvas) {
                let (x, y) = point(&canvas, &ev);
                ink.line_to(x, y);
                ink.stroke();
            }
        };
        let on_up = move |_: PointerEvent| down.set_value(false);
        let clear = move |_: leptos::ev::MouseEvent| {
            if let Some(canvas) = canvas_ref.get_untracked() {
                blank(&canvas);
            }
            drawn.set(false);
        };
        (on_down, on_move, on_up, clear)
    }
}
