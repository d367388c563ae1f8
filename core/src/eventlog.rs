//! Append-only event logs in JSON Lines, shared by disclosure requests and window cases: parsing
//! with line numbers, and grouping by case in order of first appearance.

use serde::de::DeserializeOwned;
use std::collections::HashMap;

/// An event that names the case it belongs to.
pub trait CaseEvent {
    /// The case id.
    fn case_id(&self) -> &str;
}

/// Parses JSON Lines (blank lines skipped); the first bad line is returned as
/// `(1-based line, parser message)`.
pub(crate) fn parse_lines<T: DeserializeOwned>(text: &str) -> Result<Vec<T>, (usize, String)> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        out.push(serde_json::from_str(line).map_err(|e| (i + 1, e.to_string()))?);
    }
    Ok(out)
}

/// Groups events by case, keeping the order of first appearance and, within a case, the log's
/// order.
pub(crate) fn group<E: CaseEvent>(events: Vec<E>) -> Vec<(String, Vec<E>)> {
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut groups: Vec<(String, Vec<E>)> = Vec::new();
    for e in events {
        match index.get(e.case_id()) {
            Some(&i) => {
                if let Some(g) = groups.get_mut(i) {
                    g.1.push(e);
                }
            }
            None => {
                index.insert(e.case_id().to_owned(), groups.len());
                groups.push((e.case_id().to_owned(), vec![e]));
            }
        }
    }
    groups
}
