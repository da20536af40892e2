//! Personal data out of the logs. Provider and database errors quote what they were given
//! ("550 <maria@example.com>: mailbox unavailable", "Key (sms_phone)=(+19165550123)"), so
//! every error is passed through [`redact`] before it is logged: email addresses keep only
//! their domain, and any run of 7 or more digits (phone numbers, dates of birth, ZIP+4) keeps
//! only its last two. Names cannot be recognised in free text; nothing here logs them.

/// `text` with email addresses and long digit runs masked.
pub fn redact(text: &str) -> String {
    let masked_digits = mask_digit_runs(text);
    mask_emails(&masked_digits)
}

fn mask_emails(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('@') {
        let before = &rest[..at];
        let local_start = before
            .rfind(|c: char| !is_local_char(c))
            .map(|i| i + before[i..].chars().next().map_or(1, char::len_utf8))
            .unwrap_or(0);
        let after = &rest[at + 1..];
        let domain_len = after
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '.' || c == '-'))
            .unwrap_or(after.len());
        out.push_str(&before[..local_start]);
        if local_start < before.len() && domain_len > 0 {
            out.push_str("•••@");
        } else {
            out.push_str(&before[local_start..]);
            out.push('@');
        }
        out.push_str(&after[..domain_len]);
        rest = &after[domain_len..];
    }
    out.push_str(rest);
    out
}

fn is_local_char(c: char) -> bool {
    c.is_alphanumeric() || "._%+-'".contains(c)
}

/// Digits joined by the separators phone numbers and dates are written with count as one run.
fn mask_digit_runs(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        // Extend over digits and single separators between digits.
        let start = i;
        let mut end = i;
        let mut digits = 0;
        let mut j = i;
        while j < chars.len() {
            if chars[j].is_ascii_digit() {
                digits += 1;
                end = j + 1;
                j += 1;
            } else if let Some(gap) = separator_gap(&chars[j..]) {
                j += gap;
            } else {
                break;
            }
        }
        if digits >= 7 {
            let last_two: String = chars[start..end]
                .iter()
                .filter(|c| c.is_ascii_digit())
                .skip(digits - 2)
                .collect();
            out.push_str("•••");
            out.push_str(&last_two);
        } else {
            out.extend(&chars[start..end]);
        }
        i = end;
    }
    out
}

/// One or two separators (as in "(916) 555-0123") followed by a digit: their length.
fn separator_gap(chars: &[char]) -> Option<usize> {
    let is_separator = |c: &char| " -.()/".contains(*c);
    let gap = chars.iter().take(2).take_while(|c| is_separator(c)).count();
    (gap > 0 && chars.get(gap).is_some_and(char::is_ascii_digit)).then_some(gap)
}

#[cfg(test)]
mod tests {
    use super::redact;
    use proptest::prelude::*;

    #[test]
    fn emails_keep_their_domain_only() {
        assert_eq!(
            redact("550 5.1.1 <maria.garcia+b@example.com>: mailbox unavailable"),
            "550 5.1.1 <•••@example.com>: mailbox unavailable"
        );
        assert_eq!(redact("no address @ here"), "no address @ here");
    }

    #[test]
    fn phone_numbers_and_dates_keep_two_digits() {
        assert_eq!(
            redact("Key (sms_phone)=(+19165550123) already exists"),
            "Key (sms_phone)=(+•••23) already exists"
        );
        assert_eq!(redact("call (916) 555-0123 now"), "call (•••23 now");
        assert_eq!(redact("born 1980-01-23"), "born •••23");
        assert_eq!(redact("HTTP 503 after 2 tries"), "HTTP 503 after 2 tries");
    }

    proptest! {
        #[test]
        fn never_panics_and_leaves_no_long_digit_run(text in "\\PC{0,80}") {
            let out = redact(&text);
            let longest = out
                .split(|c: char| !c.is_ascii_digit())
                .map(str::len)
                .max()
                .unwrap_or(0);
            prop_assert!(longest < 7, "{out}");
        }
    }
}
