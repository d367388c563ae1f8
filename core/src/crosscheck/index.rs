//! Matching by identity number with bounded memory: the recipients' numbers become a sorted
//! array of 8-byte keys (about 20 MB for a million households), departmental records are
//! checked against it one by one as they stream past, and only the matched ones are kept.

use super::record::{Department, RecordFact};
use crate::id::{IdError, ResidentId};
use chrono::NaiveDate;
use serde::Serialize;

/// Province-level codes accepted by [`ResidentId::parse`] (kept equal by a test).
const PROVINCES: [u8; 35] = [
    11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52,
    53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83,
];
const WEIGHTS: [u64; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK: [u8; 11] = *b"10X98765432";

/// The matching key of a resident identity number: its 17-digit body as an integer (the check
/// character follows from it). Accepts exactly what [`ResidentId::parse`] accepts (old 15-digit
/// numbers are converted, so both forms of one person's number give the same key) and returns
/// its typed error otherwise. The 18-character case is checked without allocating.
///
/// ```
/// use minzheng::crosscheck::id_key;
/// assert_eq!(id_key("11010519491231002X"), Ok(11010519491231002));
/// assert_eq!(id_key("370101010203997"), id_key("370101190102039973"));
/// assert_eq!(id_key("110105194912310021").unwrap_err().code(), "id_check_character_wrong");
/// ```
pub fn id_key(text: &str) -> Result<u64, IdError> {
    if let Some(k) = fast_key(text.trim().as_bytes()) {
        return Ok(k);
    }
    let id = ResidentId::parse(text)?;
    fast_key(id.number().as_bytes()).ok_or(IdError::Empty)
}

fn fast_key(b: &[u8]) -> Option<u64> {
    if b.len() != 18 {
        return None;
    }
    let mut body = 0u64;
    let mut sum = 0u64;
    for (c, w) in b.iter().take(17).zip(WEIGHTS) {
        if !c.is_ascii_digit() {
            return None;
        }
        let d = u64::from(c - b'0');
        body = body * 10 + d;
        sum += d * w;
    }
    let last = b.get(17)?.to_ascii_uppercase();
    if CHECK.get((sum % 11) as usize) != Some(&last) {
        return None;
    }
    let digits = |from: usize, to: usize| -> Option<u32> {
        b.get(from..to)?
            .iter()
            .try_fold(0u32, |a, c| Some(a * 10 + u32::from(c - b'0')))
    };
    let province = u8::try_from(digits(0, 2)?).ok()?;
    if !PROVINCES.contains(&province) {
        return None;
    }
    let year = digits(6, 10)?;
    if year < 1800 {
        return None;
    }
    NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, digits(10, 12)?, digits(12, 14)?)?;
    Some(body)
}

/// Where a departmental record stands against the recipients.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Placement {
    /// The number belongs to a member of a household being checked.
    Matched(u64),
    /// A valid number that is not a member of any household being checked (reported: a
    /// department should only return records for the numbers it was asked about).
    NotRecipient(u64),
    /// Not a valid resident identity number (reported, never dropped).
    InvalidId(IdError),
}

/// The identity numbers of every member of every household being checked.
#[derive(Debug, Clone, Default)]
pub struct RecipientIndex {
    keys: Vec<u64>,
    duplicates: u64,
}

impl RecipientIndex {
    /// Builds the index from keys in any order. A number found in two households is kept once
    /// and counted in [`RecipientIndex::duplicates`].
    pub fn from_keys(mut keys: Vec<u64>) -> RecipientIndex {
        keys.sort_unstable();
        let before = keys.len();
        keys.dedup();
        let duplicates = (before - keys.len()) as u64;
        keys.shrink_to_fit();
        RecipientIndex { keys, duplicates }
    }

    /// Distinct numbers indexed.
    pub fn len(&self) -> usize {
        self.keys.len()
    }

    /// `true` if no number is indexed.
    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// Numbers that appeared more than once (one person in two households, or listed twice).
    pub fn duplicates(&self) -> u64 {
        self.duplicates
    }

    /// `true` if the key is a member's.
    pub fn contains(&self, key: u64) -> bool {
        self.keys.binary_search(&key).is_ok()
    }

    /// Checks a record's identity number against the index.
    pub fn place(&self, id_number: &str) -> Placement {
        match id_key(id_number) {
            Ok(k) if self.contains(k) => Placement::Matched(k),
            Ok(k) => Placement::NotRecipient(k),
            Err(e) => Placement::InvalidId(e),
        }
    }
}

/// Where a record was read: the dataset (file) number the caller assigned and the 1-based line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct Source {
    /// The caller's dataset number (e.g. the position of the file among the sorted file names).
    pub dataset: u32,
    /// 1-based line (the header is line 1 in CSV files).
    pub line: u64,
}

/// A record matched to a recipient's key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Matched {
    /// The identity number's key.
    pub key: u64,
    /// The fact.
    pub fact: RecordFact,
    /// Where it was read.
    pub source: Source,
}

impl Matched {
    fn order(&self) -> (u64, (Department, i64, i64), Source) {
        (self.key, self.fact.sort_key(), self.source)
    }
}

/// Every matched record, sorted by key and then canonically (department, values, source), so
/// that neither the order of the files nor the number of threads that read them changes a result.
#[derive(Debug, Clone, Default)]
pub struct MatchedRecords {
    items: Vec<Matched>,
}

impl MatchedRecords {
    /// Merges the parts collected by several readers. Each part is freed as soon as it is
    /// copied, so the peak is about one copy of the records plus one part.
    pub fn from_parts(parts: Vec<Vec<Matched>>) -> MatchedRecords {
        let mut items: Vec<Matched> = Vec::with_capacity(parts.iter().map(Vec::len).sum());
        for p in parts {
            items.extend(p);
        }
        items.sort_unstable_by_key(Matched::order);
        MatchedRecords { items }
    }

    /// Records matched.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// `true` if nothing matched.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The records of one person, in canonical order.
    pub fn for_key(&self, key: u64) -> &[Matched] {
        let start = self.items.partition_point(|m| m.key < key);
        let end = self.items.partition_point(|m| m.key <= key);
        self.items.get(start..end).unwrap_or(&[])
    }
}
