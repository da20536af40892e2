//! Email addresses: a practical syntax check, not RFC 5322's full grammar.
//!
//! The goal is to catch typing mistakes (a missing `@`, a space, `gmail,com`) without refusing
//! real addresses. Delivery is the real test, which is why every sign-up sends a confirmation.

use std::fmt;

/// RFC 5321's limit on a forward path, which is what a mail server will accept.
pub const MAX_EMAIL_CHARS: usize = 254;

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct EmailAddress(String);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EmailError {
    Empty,
    TooLong,
    Format,
}

impl fmt::Display for EmailError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        crate::i18n::write_english(f, self)
    }
}

impl crate::i18n::Localize for EmailError {
    fn message(&self) -> crate::i18n::Message {
        use crate::i18n::Message;
        match self {
            EmailError::Empty => Message::new("email-empty"),
            EmailError::TooLong => {
                Message::new("email-too-long").number("max", MAX_EMAIL_CHARS as i64)
            }
            EmailError::Format => Message::new("email-format"),
        }
    }
}

impl std::error::Error for EmailError {}

impl EmailAddress {
    /// Trims, checks, and lower-cases the domain (the local part is the mailbox owner's, and
    /// may be case-sensitive).
    pub fn parse(text: &str) -> Result<Self, EmailError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(EmailError::Empty);
        }
        if text.chars().count() > MAX_EMAIL_CHARS {
            return Err(EmailError::TooLong);
        }
        let (local, domain) = text.rsplit_once('@').ok_or(EmailError::Format)?;
        if !valid_local(local) || !valid_domain(domain) {
            return Err(EmailError::Format);
        }
        Ok(Self(format!("{local}@{}", domain.to_lowercase())))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// `j•••@example.com`: the first character of the mailbox and the whole domain.
    pub fn masked(&self) -> String {
        let (local, domain) = self.0.rsplit_once('@').unwrap_or(("", &self.0));
        let first: String = local.chars().take(1).collect();
        format!("{first}•••@{domain}")
    }
}

fn valid_local(local: &str) -> bool {
    const SPECIALS: &str = "!#$%&'*+/=?^_`{|}~.-";
    !local.is_empty()
        && local.len() <= 64
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && local
            .chars()
            .all(|c| c.is_alphanumeric() || SPECIALS.contains(c))
}

fn valid_domain(domain: &str) -> bool {
    let labels: Vec<&str> = domain.split('.').collect();
    let Some(tld) = labels.last() else {
        return false;
    };
    labels.len() >= 2
        && domain.len() <= 253
        && labels.iter().all(|label| {
            !label.is_empty()
                && label.chars().count() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
        && tld.chars().count() >= 2
        && !tld.chars().all(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn accepts_real_addresses_and_lowercases_the_domain() {
        let cases = [
            ("voter@example.com", "voter@example.com"),
            (
                " Jane.Doe+ballot@Example.ORG ",
                "Jane.Doe+ballot@example.org",
            ),
            ("o'brien@mail.co.uk", "o'brien@mail.co.uk"),
            ("josé@correo.mx", "josé@correo.mx"),
            ("a@xn--bcher-kva.example", "a@xn--bcher-kva.example"),
        ];
        for (input, expected) in cases {
            assert_eq!(
                EmailAddress::parse(input).map(|e| e.as_str().to_string()),
                Ok(expected.to_string())
            );
        }
    }

    #[test]
    fn refuses_typing_mistakes() {
        for input in [
            "voter",
            "voter@",
            "@example.com",
            "voter@example",
            "voter@example,com",
            "voter example@example.com",
            "voter@@example.com",
            ".voter@example.com",
            "vo..ter@example.com",
            "voter@-example.com",
            "voter@example.c",
            "voter@example..com",
            "voter@127.0.0.1",
        ] {
            assert_eq!(
                EmailAddress::parse(input),
                Err(EmailError::Format),
                "{input}"
            );
        }
        assert_eq!(EmailAddress::parse("  "), Err(EmailError::Empty));
    }

    #[test]
    fn at_most_254_characters() {
        let address = |last: usize| {
            format!(
                "{}@{}.{}.{}.com",
                "a".repeat(64),
                "b".repeat(63),
                "c".repeat(63),
                "d".repeat(last)
            )
        };
        let at_limit = address(57);
        assert_eq!(at_limit.len(), 254);
        assert!(EmailAddress::parse(&at_limit).is_ok());
        let over = address(58);
        assert_eq!(EmailAddress::parse(&over), Err(EmailError::TooLong));
    }

    #[test]
    fn masks_the_mailbox() {
        let email = EmailAddress::parse("jane@example.com").unwrap();
        assert_eq!(email.masked(), "j•••@example.com");
    }

    proptest! {
        #[test]
        fn never_panics(s in "\\PC{0,40}") {
            let _ = EmailAddress::parse(&s).map(|e| e.masked());
        }

        #[test]
        fn normalising_is_idempotent(s in "[a-zA-Z0-9.+_-]{1,12}@[a-zA-Z0-9-]{1,10}\\.[a-zA-Z]{2,5}") {
            if let Ok(email) = EmailAddress::parse(&s) {
                prop_assert_eq!(EmailAddress::parse(email.as_str()), Ok(email.clone()));
            }
        }
    }
}
