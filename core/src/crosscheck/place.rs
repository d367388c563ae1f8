//! One departmental record placed against the recipients and counted: the decision the CLI, a
//! server or a binding makes for every record as it streams past.

use super::error::RecordError;
use super::index::{Matched, Placement, RecipientIndex, Source};
use super::record::RecordFact;
use super::summary::RecheckSummary;
use std::fmt::Write;

/// The header line of the report of records not used (tab-separated, one line per record):
/// the dataset's name, the 1-based line, the code (`not_recipient` or an error code), the
/// masked identity number (or, for a record that could not be read, the message), the message.
pub const REPORT_HEADER: &str = "dataset\tline\tcode\tid_masked_or_message\tmessage";

/// Places one record read from dataset `dataset_name` at `source`: a record of a member being
/// checked is returned to be kept; any other is counted in `summary` and reported as one line
/// (ending in `\n`) appended to `report`, never dropped silently — a record that could not be
/// read (its error code), a valid identity number of no member (`not_recipient`), an invalid
/// identity number (its error code). Identity numbers in the report are masked.
///
/// ```
/// use minzheng::crosscheck::{id_key, place_record, RecordFact, RecipientIndex, Source, RecheckSummary};
/// let index = RecipientIndex::from_keys(vec![id_key("11010519491231002X")?]);
/// let (mut summary, mut report) = (RecheckSummary::default(), String::new());
/// let fact = RecordFact::PublicPost;
/// let at = Source { dataset: 0, line: 2 };
/// assert!(place_record(&index, Ok(("11010519491231002X", fact)), "civil.csv", at, &mut summary, &mut report).is_some());
/// assert!(place_record(&index, Ok(("110105194912310021", fact)), "civil.csv", at, &mut summary, &mut report).is_none());
/// assert_eq!(summary.records_rejected.get("id_check_character_wrong"), Some(&1));
/// assert!(report.starts_with("civil.csv\t2\tid_check_character_wrong\t110105********0021\t"));
/// # Ok::<(), minzheng::id::IdError>(())
/// ```
pub fn place_record(
    index: &RecipientIndex,
    parsed: Result<(&str, RecordFact), RecordError>,
    dataset_name: &str,
    source: Source,
    summary: &mut RecheckSummary,
    report: &mut String,
) -> Option<Matched> {
    let line = source.line;
    let (id, fact) = match parsed {
        Ok(x) => x,
        Err(e) => {
            summary.add_rejected(e.code());
            let _ = writeln!(report, "{dataset_name}\t{line}\t{}\t{e}", e.code());
            return None;
        }
    };
    match index.place(id) {
        Placement::Matched(key) => {
            summary.add_matched(fact.department());
            Some(Matched { key, fact, source })
        }
        Placement::NotRecipient(_) => {
            summary.add_not_recipient(dataset_name);
            let _ = writeln!(
                report,
                "{dataset_name}\t{line}\tnot_recipient\t{}\t非核对对象 / not a member of any household checked",
                crate::id::mask(id)
            );
            None
        }
        Placement::InvalidId(e) => {
            summary.add_rejected(e.code());
            let _ = writeln!(
                report,
                "{dataset_name}\t{line}\t{}\t{}\t{e}",
                e.code(),
                crate::id::mask(id)
            );
            None
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::indexing_slicing)]
mod tests {
    use super::*;
    use crate::crosscheck::{id_key, Department};

    #[test]
    fn every_record_is_kept_or_reported_and_counted() {
        let index = RecipientIndex::from_keys(vec![id_key("11010519491231002X").unwrap()]);
        let mut s = RecheckSummary::default();
        let mut report = String::new();
        let fact = RecordFact::PublicPost;
        let at = |line| Source { dataset: 3, line };
        let kept = place_record(
            &index,
            Ok(("11010519491231002X", fact)),
            "d",
            at(2),
            &mut s,
            &mut report,
        );
        assert_eq!(kept.map(|m| m.source.line), Some(2));
        // A valid number of nobody checked (check character computed for this body).
        let body = "11010519500101001";
        let other = format!("{body}{}", crate::id::resident_check_char(body).unwrap());
        let other = other.as_str();
        assert!(id_key(other).is_ok());
        assert!(place_record(&index, Ok((other, fact)), "d", at(3), &mut s, &mut report).is_none());
        assert!(
            place_record(&index, Ok(("12345", fact)), "d", at(4), &mut s, &mut report).is_none()
        );
        let missing = RecordError::MissingColumn { column: "kind" };
        assert!(place_record(&index, Err(missing), "d", at(5), &mut s, &mut report).is_none());
        assert_eq!(
            s.records_matched.get(Department::PublicPayroll.as_str()),
            Some(&1)
        );
        assert_eq!(s.records_not_recipient.get("d"), Some(&1));
        assert_eq!(s.records_rejected.values().sum::<u64>(), 2);
        let lines: Vec<&str> = report.lines().collect();
        assert_eq!(lines.len(), 3);
        assert!(
            lines[0].starts_with(&format!(
                "d\t3\tnot_recipient\t110105********{}\t",
                &other[14..]
            )),
            "{}",
            lines[0]
        );
        assert!(
            lines[1].starts_with("d\t4\tid_wrong_length\t*****\t"),
            "{}",
            lines[1]
        );
        assert!(lines[2].starts_with("d\t5\t"), "{}", lines[2]);
        assert!(!report.contains(other));
    }
}
