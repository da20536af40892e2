//! Which page an address shows. Pages are few and are reached by links in messages, so each
//! is a full page load and this is a plain parse of the path: leptos_router measured 34 KB of
//! brotli'd WASM, a fifth of the sign-up page's budget on a slow phone.

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    SignUp,
    NotFound,
}

impl Route {
    pub fn from_path(path: &str) -> Self {
        match path.trim_end_matches('/') {
            "" | "/index.html" => Route::SignUp,
            _ => Route::NotFound,
        }
    }

    /// The route of the page the browser is showing.
    pub fn current() -> Self {
        Self::from_path(
            &leptos::prelude::window()
                .location()
                .pathname()
                .unwrap_or_default(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_paths() {
        assert_eq!(Route::from_path("/"), Route::SignUp);
        assert_eq!(Route::from_path(""), Route::SignUp);
        assert_eq!(Route::from_path("/nope"), Route::NotFound);
    }
}
