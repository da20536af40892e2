//! The demo voter file: the documented demo voters (README.md) followed by any number of
//! generated ones, the same for the same seed.

use crate::domain::voter_file::COLUMNS;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use std::io::Write;

/// A voter a newcomer can sign up as; each shows one matching rule.
pub struct DemoVoter {
    pub voter_id: &'static str,
    pub first_name: &'static str,
    pub middle_name: &'static str,
    pub last_name: &'static str,
    pub name_suffix: &'static str,
    pub date_of_birth: &'static str,
    pub residence_zip: &'static str,
    pub county: &'static str,
    pub status: &'static str,
    pub confidential: bool,
    /// What to try with this voter (shown in README.md).
    pub try_it: &'static str,
}

#[allow(clippy::too_many_arguments)] // a row of the table below, in column order
const fn voter(
    voter_id: &'static str,
    first_name: &'static str,
    last_name: &'static str,
    name_suffix: &'static str,
    date_of_birth: &'static str,
    residence_zip: &'static str,
    county: &'static str,
    status: &'static str,
    confidential: bool,
    try_it: &'static str,
) -> DemoVoter {
    DemoVoter {
        voter_id,
        first_name,
        middle_name: "",
        last_name,
        name_suffix,
        date_of_birth,
        residence_zip,
        county,
        status,
        confidential,
        try_it,
    }
}

pub const DEMO_VOTERS: [DemoVoter; 11] = [
    voter("V000000001", "Maria", "Garcia", "", "1980-01-23", "95814", "Sacramento", "active", false,
        "Maria Garcia, 01-23-1980, 95814: the plain case"),
    voter("V000000002", "José", "Núñez", "", "1975-07-04", "90012", "Los Angeles", "active", false,
        "Jose Nunez, 07-04-1975, 90012-3456: accents and ZIP+4"),
    voter("V000000003", "Siobhán", "O’Brien", "", "1990-03-15", "94110", "San Francisco", "active", false,
        "siobhan o'brien, 3/15/1990, 94110: case and apostrophe style"),
    voter("V000000004", "Ana", "García-López", "", "1988-11-30", "92101", "San Diego", "active", false,
        "Ana Garcia Lopez, 11-30-1988, 92101: hyphen or space"),
    voter("V000000005", "Robert", "King", "Jr", "1964-02-29", "93721", "Fresno", "active", false,
        "Robert King Jr., 02-29-1964, 93721: a suffix typed in the last name, a leap day"),
    voter("V000000006", "Emily", "Chen", "", "1995-06-12", "94612", "Alameda", "active", false,
        "Emily Chen, 06-12-1995: an overseas voter; try a UK postcode, then 94612, and a +44 phone"),
    voter("V000000007", "John", "Smith", "", "1970-05-05", "90012", "Los Angeles", "active", false,
        "John Smith, 05-05-1970, 90012: two voters match; voter ID V000000007 or V000000008 decides"),
    voter("V000000008", "John", "Smith", "", "1970-05-05", "90012", "Los Angeles", "active", false,
        "(the other John Smith)"),
    voter("V000000009", "Pat", "Jones", "", "1985-09-09", "95814", "Sacramento", "cancelled", false,
        "Pat Jones, 09-09-1985, 95814: a cancelled registration never matches"),
    voter("V000000010", "Alex", "Rivera", "", "1979-12-01", "95814", "Sacramento", "active", true,
        "Alex Rivera, 12-01-1979, 95814: a confidential (Safe at Home) voter never matches"),
    voter("V000000011", "Linh", "Nguyễn", "", "1992-08-20", "95823", "Sacramento", "inactive", false,
        "Linh Nguyen, 08-20-1992, 95823: Vietnamese diacritics; inactive voters may sign up"),
];

const FIRST_NAMES: [&str; 40] = [
    "James",
    "Mary",
    "Michael",
    "Patricia",
    "David",
    "Jennifer",
    "Daniel",
    "Linda",
    "Carlos",
    "Guadalupe",
    "Luis",
    "Rosa",
    "Wei",
    "Mei",
    "Jin",
    "Hyun",
    "Minh",
    "Thanh",
    "Priya",
    "Arjun",
    "Aiko",
    "Hiroshi",
    "Sokha",
    "Dara",
    "Somchai",
    "Malee",
    "Juan",
    "Sofía",
    "Ángel",
    "Chloé",
    "Kevin",
    "Ashley",
    "Brian",
    "Jessica",
    "Tyler",
    "Samantha",
    "Omar",
    "Fatima",
    "Noah",
    "Ava",
];
const LAST_NAMES: [&str; 40] = [
    "Smith",
    "Johnson",
    "Williams",
    "Brown",
    "Jones",
    "Miller",
    "Davis",
    "Rodriguez",
    "Martinez",
    "Hernández",
    "Lopez",
    "Gonzalez",
    "Wilson",
    "Anderson",
    "Nguyen",
    "Tran",
    "Le",
    "Pham",
    "Kim",
    "Lee",
    "Park",
    "Wong",
    "Chen",
    "Wang",
    "Li",
    "Patel",
    "Singh",
    "Tanaka",
    "Sato",
    "Chan",
    "Santos",
    "Reyes",
    "Cruz",
    "Bautista",
    "O’Connor",
    "Saelee",
    "Srisai",
    "Mendoza-Ruiz",
    "Van Der Berg",
    "D’Angelo",
];
/// ZIP codes of each county seat's area.
const PLACES: [(&str, &str); 20] = [
    ("95814", "Sacramento"),
    ("95823", "Sacramento"),
    ("90012", "Los Angeles"),
    ("90026", "Los Angeles"),
    ("91101", "Los Angeles"),
    ("94110", "San Francisco"),
    ("94103", "San Francisco"),
    ("92101", "San Diego"),
    ("92024", "San Diego"),
    ("94612", "Alameda"),
    ("94704", "Alameda"),
    ("93721", "Fresno"),
    ("95113", "Santa Clara"),
    ("95014", "Santa Clara"),
    ("92701", "Orange"),
    ("92501", "Riverside"),
    ("92401", "San Bernardino"),
    ("95202", "San Joaquin"),
    ("93301", "Kern"),
    ("96001", "Shasta"),
];

/// Writes a voter file of the demo voters plus `generated` more, as CSV.
pub fn write_voter_file(out: impl Write, generated: u64, seed: u64) -> csv::Result<()> {
    let mut csv = csv::Writer::from_writer(out);
    csv.write_record(COLUMNS)?;
    for v in &DEMO_VOTERS {
        csv.write_record([
            v.voter_id,
            v.first_name,
            v.middle_name,
            v.last_name,
            v.name_suffix,
            v.date_of_birth,
            v.residence_zip,
            v.county,
            v.status,
            if v.confidential { "true" } else { "false" },
        ])?;
    }
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut written = 0;
    let mut n = 1000u64;
    while written < generated {
        n += 1;
        let first = FIRST_NAMES[rng.random_range(0..FIRST_NAMES.len())];
        let last = LAST_NAMES[rng.random_range(0..LAST_NAMES.len())];
        let (zip, county) = PLACES[rng.random_range(0..PLACES.len())];
        let year = rng.random_range(1926..=2008);
        let month = rng.random_range(1..=12u8);
        let day = rng.random_range(1..=ballot_shared::date::days_in_month(year, month));
        let dob = format!("{year:04}-{month:02}-{day:02}");
        // A generated twin of a documented voter would make the README's examples ambiguous.
        if DEMO_VOTERS.iter().any(|d| {
            d.date_of_birth == dob
                && d.residence_zip == zip
                && d.last_name == last
                && d.first_name == first
        }) {
            continue;
        }
        let status = match rng.random_range(0..100) {
            0..=1 => "cancelled",
            2..=7 => "inactive",
            _ => "active",
        };
        let confidential = rng.random_range(0..200) == 0;
        let suffix = if rng.random_range(0..50) == 0 {
            "Jr"
        } else {
            ""
        };
        csv.write_record([
            format!("V{n:09}").as_str(),
            first,
            "",
            last,
            suffix,
            &dob,
            zip,
            county,
            status,
            if confidential { "true" } else { "false" },
        ])?;
        written += 1;
    }
    csv.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::voter_file::VoterRow;

    #[test]
    fn same_seed_same_file_and_every_row_is_valid() {
        let mut a = Vec::new();
        let mut b = Vec::new();
        write_voter_file(&mut a, 300, 7).unwrap();
        write_voter_file(&mut b, 300, 7).unwrap();
        assert_eq!(a, b);
        let mut c = Vec::new();
        write_voter_file(&mut c, 300, 8).unwrap();
        assert_ne!(a, c);

        // Read as an import reads it: the header names the columns.
        let mut reader = csv::Reader::from_reader(a.as_slice());
        let mut rows = 0;
        for row in reader.deserialize::<VoterRow>() {
            let row = row.unwrap();
            row.check().unwrap_or_else(|e| panic!("{e}: {row:?}"));
            rows += 1;
        }
        assert_eq!(rows, 300 + DEMO_VOTERS.len());
    }
}
