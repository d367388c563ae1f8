//! Findings of the checker and the report that collects them.

use super::rules::{rule, Rule, Severity};
use serde::Serialize;
use std::fmt;

/// One problem found in a power list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// The rule's stable id, e.g. `PL008`.
    pub rule: &'static str,
    /// Error or warning.
    pub severity: Severity,
    /// The code of the item concerned, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub item: Option<String>,
    /// The path of the offending field, e.g. `items[3].process.steps[2].post`; from
    /// [`check_item`](super::check_item) it starts at the item (`process.steps[2].post`), and is
    /// empty when the finding concerns the item as a whole.
    pub path: String,
    /// The message in Chinese.
    pub message: String,
    /// The message in English.
    pub message_en: String,
}

impl Finding {
    /// The rule, with its legal basis.
    pub fn rule(&self) -> Option<Rule> {
        rule(self.rule)
    }
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} {} {}: {} / {}",
            self.rule,
            self.severity.as_str(),
            self.path,
            self.message,
            self.message_en
        )
    }
}

/// The result of checking a list: every finding, in one pass.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
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
        self.findings.iter().filter(|f| f.severity == s).count()
    }

    /// The distinct rule ids that fired, sorted.
    pub fn rules_fired(&self) -> Vec<&'static str> {
        let mut v: Vec<&'static str> = self.findings.iter().map(|f| f.rule).collect();
        v.sort_unstable();
        v.dedup();
        v
    }
}
