//! Findings of the checker and the report that collects them.

pub use crate::finding::Finding;
use crate::finding::Severity;
use serde::Serialize;

/// The result of checking a list: every finding, in one pass.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
#[non_exhaustive]
pub struct Report {
    /// How many items were checked.
    pub items: usize,
    /// Every finding, in item order, then in rule order within an item.
    pub findings: Vec<Finding>,
}

impl Report {
    /// The number of error-level findings.
    pub fn errors(&self) -> usize {
        self.count(Severity::Error)
    }

    /// The number of warnings.
    pub fn warnings(&self) -> usize {
        self.count(Severity::Warning)
    }

    /// Whether any finding is an error (the list should not be published as it stands).
    pub fn has_errors(&self) -> bool {
        self.errors() > 0
    }

    fn count(&self, s: Severity) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == Some(s))
            .count()
    }

    /// The distinct rule ids that fired, sorted.
    pub fn rules_fired(&self) -> Vec<&str> {
        let mut v: Vec<&str> = self.findings.iter().map(|f| f.rule.as_str()).collect();
        v.sort_unstable();
        v.dedup();
        v
    }
}
