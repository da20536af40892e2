//! Which page an address shows. Pages are few and are reached by links in messages, so each
//! is a full page load and this is a plain parse of the path: leptos_router measured 34 KB of
//! brotli'd WASM, a fifth of the sign-up page's budget on a slow phone.

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    SignUp,
    /// Look a ballot up without signing up.
    Check,
    Status(String),
    Manage(String),
    /// A confirmation link: confirm a new destination.
    Confirm(String),
    /// A change notice's link: undo the change.
    Undo(String),
    /// Sign a ballot's statement (a signature cure) with a status link.
    Cure(String),
    /// Check a message's reference.
    Verify,
    NotFound,
}

impl Route {
    pub fn from_path(path: &str) -> Self {
        let path = path.trim_end_matches('/');
        let token =
            |rest: &str| (!rest.is_empty() && !rest.contains('/')).then(|| rest.to_string());
        if let Some(t) = path.strip_prefix("/status/").and_then(token) {
            return Route::Status(t);
        }
        if let Some(t) = path.strip_prefix("/cure/").and_then(token) {
            return Route::Cure(t);
        }
        if let Some(t) = path.strip_prefix("/manage/").and_then(token) {
            return Route::Manage(t);
        }
        if let Some(t) = path.strip_prefix("/confirm/").and_then(token) {
            return Route::Confirm(t);
        }
        if let Some(t) = path.strip_prefix("/undo/").and_then(token) {
            return Route::Undo(t);
        }
        match path {
            "" | "/index.html" => Route::SignUp,
            "/check" => Route::Check,
            "/verify" => Route::Verify,
            _ => Route::NotFound,
        }
    }

    /// The route of the page the browser is showing.
    #[cfg(target_arch = "wasm32")]
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
        assert_eq!(Route::from_path("/check"), Route::Check);
        assert_eq!(Route::from_path("/status/abc"), Route::Status("abc".into()));
        assert_eq!(
            Route::from_path("/manage/abc/"),
            Route::Manage("abc".into())
        );
        assert_eq!(
            Route::from_path("/confirm/abc"),
            Route::Confirm("abc".into())
        );
        assert_eq!(Route::from_path("/undo/abc"), Route::Undo("abc".into()));
        assert_eq!(Route::from_path("/verify"), Route::Verify);
        assert_eq!(Route::from_path("/cure/abc"), Route::Cure("abc".into()));
        assert_eq!(Route::from_path("/cure/"), Route::NotFound);
        assert_eq!(Route::from_path("/status/"), Route::NotFound);
        assert_eq!(Route::from_path("/status/a/b"), Route::NotFound);
        assert_eq!(Route::from_path("/nope"), Route::NotFound);
    }
}
