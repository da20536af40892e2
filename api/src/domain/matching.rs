//! Finding the voter in the registration file from what they typed (docs/product.md, Rules:
//! "Matching and the voter ID").

use crate::store::voters::{self, MatchedVoter};
use crate::store::Store;
use ballot_shared::name::{last_name_key, name_key};
use ballot_shared::signup::Identity;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VoterMatch {
    Found(MatchedVoter),
    NotFound,
    /// More than one voter has this identity and no (matching) voter ID was given.
    Ambiguous,
}

/// Matches on the name keys, date of birth and ZIP; a voter ID, when given, must be the
/// matched voter's and settles a tie.
pub async fn match_voter(store: &Store, identity: &Identity) -> Result<VoterMatch, sqlx::Error> {
    let candidates = voters::find_signup_candidates(
        store.pool(),
        &name_key(identity.first_name.as_str()),
        &last_name_key(identity.last_name.as_str()),
        &identity.date_of_birth.to_iso(),
        identity.zip.as_str(),
    )
    .await?;
    Ok(decide(candidates, identity.voter_id.as_deref()))
}

fn decide(mut candidates: Vec<MatchedVoter>, voter_id: Option<&str>) -> VoterMatch {
    if let Some(id) = voter_id {
        return match candidates.into_iter().find(|c| c.voter_id == id) {
            Some(voter) => VoterMatch::Found(voter),
            None => VoterMatch::NotFound,
        };
    }
    match candidates.len() {
        0 => VoterMatch::NotFound,
        1 => VoterMatch::Found(candidates.remove(0)),
        _ => VoterMatch::Ambiguous,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn voter(id: &str) -> MatchedVoter {
        MatchedVoter {
            voter_id: id.into(),
            first_name: "John".into(),
            county: "Los Angeles".into(),
        }
    }

    #[test]
    fn one_candidate_matches_and_a_voter_id_must_agree() {
        assert_eq!(
            decide(vec![voter("A")], None),
            VoterMatch::Found(voter("A"))
        );
        assert_eq!(
            decide(vec![voter("A")], Some("A")),
            VoterMatch::Found(voter("A"))
        );
        assert_eq!(decide(vec![voter("A")], Some("B")), VoterMatch::NotFound);
        assert_eq!(decide(vec![], None), VoterMatch::NotFound);
    }

    #[test]
    fn a_voter_id_settles_a_tie() {
        assert_eq!(
            decide(vec![voter("A"), voter("B")], None),
            VoterMatch::Ambiguous
        );
        assert_eq!(
            decide(vec![voter("A"), voter("B")], Some("B")),
            VoterMatch::Found(voter("B"))
        );
        assert_eq!(
            decide(vec![voter("A"), voter("B")], Some("C")),
            VoterMatch::NotFound
        );
    }
}
