//! Reading an operator's CSV file (voter file, ballot events) as a stream of rows, each with
//! its true line number, its fields in the order the importer expects, and a clear message when
//! the row is broken (wrong column count, not UTF-8, too long, unbalanced quotes).

use std::io::Read;

/// Longest field accepted; a longer one is a broken file, not data.
pub const MAX_FIELD_CHARS: usize = 1000;

pub struct CsvTable<R: Read> {
    csv: csv::Reader<std::io::Chain<R, &'static [u8]>>,
    /// For each expected column, where it is in the file (None: optional and absent).
    positions: Vec<Option<usize>>,
    columns: &'static [&'static str],
    record: csv::ByteRecord,
}

/// One data row: its line and its fields in the expected column order ("" when absent).
pub type Row = (u64, Result<Vec<String>, String>);

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum HeaderError {
    #[error("the file is empty: it needs a header row")]
    Empty,
    #[error("line 1: {0}")]
    Invalid(String),
}

impl<R: Read> CsvTable<R> {
    /// Reads the header: the first `required` of `columns` must be present, in any order.
    pub fn open(
        reader: R,
        columns: &'static [&'static str],
        required: usize,
    ) -> Result<Self, HeaderError> {
        // The csv crate reports a record's position as where its parsing began, which is
        // before any blank lines it skipped; lines are therefore counted back from a record's
        // end, and the extra newline makes every record end with one, the last included.
        let mut csv = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(reader.chain(&b"\n"[..]));
        let mut header = csv::ByteRecord::new();
        match csv.read_byte_record(&mut header) {
            Ok(true) => {}
            Ok(false) => return Err(HeaderError::Empty),
            Err(e) => return Err(HeaderError::Invalid(format!("not valid CSV: {e}"))),
        }
        let mut positions = vec![None; columns.len()];
        for (i, raw) in header.iter().enumerate() {
            let name = std::str::from_utf8(raw)
                .map_err(|_| HeaderError::Invalid("the header is not UTF-8".into()))?
                .trim()
                .trim_start_matches('\u{feff}');
            let Some(column) = columns.iter().position(|c| c.eq_ignore_ascii_case(name)) else {
                return Err(HeaderError::Invalid(format!(
                    "unknown column {name:?}; expected {}",
                    columns.join(",")
                )));
            };
            if positions[column].replace(i).is_some() {
                return Err(HeaderError::Invalid(format!(
                    "column {name:?} appears twice"
                )));
            }
        }
        let missing: Vec<&str> = (0..required)
            .filter(|&c| positions[c].is_none())
            .map(|c| columns[c])
            .collect();
        if !missing.is_empty() {
            return Err(HeaderError::Invalid(format!(
                "missing column(s): {}",
                missing.join(", ")
            )));
        }
        Ok(Self {
            csv,
            positions,
            columns,
            record: csv::ByteRecord::new(),
        })
    }

    /// The next data row, skipping blank lines; `None` at the end of the file.
    pub fn next_row(&mut self) -> Option<Row> {
        loop {
            let start_line = self.csv.position().line();
            match self.csv.read_byte_record(&mut self.record) {
                Ok(false) => return None,
                Err(e) => {
                    let message = match e.kind() {
                        csv::ErrorKind::Io(io) => format!("could not read the file: {io}"),
                        _ => format!("not valid CSV: {e}"),
                    };
                    return Some((start_line, Err(message)));
                }
                Ok(true) => {}
            }
            if self.record.len() == 1 && self.record[0].iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let embedded_newlines = self
                .record
                .iter()
                .flatten()
                .filter(|&&b| b == b'\n')
                .count() as u64;
            let line = self
                .csv
                .position()
                .line()
                .saturating_sub(1 + embedded_newlines)
                .max(1);
            return Some((line, self.fields()));
        }
    }

    fn fields(&self) -> Result<Vec<String>, String> {
        let expected = self.positions.iter().flatten().count();
        if self.record.len() != expected {
            return Err(format!(
                "has {} fields, the header has {expected}",
                self.record.len()
            ));
        }
        self.positions
            .iter()
            .zip(self.columns)
            .map(|(position, name)| {
                let Some(i) = position else {
                    return Ok(String::new());
                };
                let text = std::str::from_utf8(&self.record[*i])
                    .map_err(|_| format!("{name} is not valid UTF-8"))?;
                if text.chars().count() > MAX_FIELD_CHARS {
                    return Err(format!(
                        "{name} is longer than {MAX_FIELD_CHARS} characters"
                    ));
                }
                Ok(text.trim().to_string())
            })
            .collect()
    }
}
