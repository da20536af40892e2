//! HTTP from the browser: `fetch`, through `web_sys`. The app makes a handful of JSON calls;
//! `gloo-net`, with the `http` and `wasm-streams` crates it brings, cost about 8 KB of its
//! WASM for them (`docs/development.md`, Page weight).

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Headers, Request, RequestInit, Response};

/// What the server answered: its status and its body as text.
pub struct Answer {
    pub status: u16,
    pub text: String,
}

impl Answer {
    pub fn ok(&self) -> bool {
        (200..300).contains(&self.status)
    }
}

/// `method url`, with `headers`, and `json` as the body if there is one. An error is no
/// answer at all (offline, refused), said as the browser said it.
pub async fn send(
    method: &str,
    url: &str,
    headers: &[(&str, &str)],
    json: Option<String>,
) -> Result<Answer, String> {
    let init = RequestInit::new();
    init.set_method(method);
    let request_headers = Headers::new().map_err(said)?;
    for (name, value) in headers {
        request_headers.set(name, value).map_err(said)?;
    }
    if let Some(json) = &json {
        request_headers
            .set("Content-Type", "application/json")
            .map_err(said)?;
        init.set_body(&JsValue::from_str(json));
    }
    init.set_headers(&request_headers);
    let request = Request::new_with_str_and_init(url, &init).map_err(said)?;
    let window = web_sys::window().ok_or_else(|| "no window".to_string())?;
    let response: Response = JsFuture::from(window.fetch_with_request(&request))
        .await
        .map_err(said)?
        .dyn_into()
        .map_err(said)?;
    let text = JsFuture::from(response.text().map_err(said)?)
        .await
        .map_err(said)?
        .as_string()
        .unwrap_or_default();
    Ok(Answer {
        status: response.status(),
        text,
    })
}

fn said(error: JsValue) -> String {
    error
        .as_string()
        .or_else(|| {
            error
                .dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
        })
        .unwrap_or_else(|| "the request failed".to_string())
}
