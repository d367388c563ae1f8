//! One shape for what a rule found, in every domain.
//!
//! The power-list checker (`PL001`…), the disclosure-catalogue checks (`DC001`…), the eligibility
//! rules (`dibao.income`, `tekun.assets`, …) and the cross-check's grounds all report a
//! [`Finding`]: the rule's id, what it found ([`FindingStatus`], and for checks a [`Severity`]),
//! the provision with its confidence, where (a field path, an item, a member), the facts used,
//! and the message in Chinese (`zh`) and in English (`en`). A binding or a form handles one type.
//!
//! ```
//! use minzheng::finding::{Finding, FindingStatus, Severity};
//! use minzheng::power::{check, PowerList};
//!
//! let list = PowerList::from_json(r#"{"authority": "某市民政局", "items": [
//!   {"code": "X1", "name": "某事项", "category": "penalty", "implementing_body": "某市民政局",
//!    "handling": "promised"}]}"#)?;
//! let first: &Finding = &check(&list).findings[0];
//! assert_eq!(first.rule, "PL001");
//! assert_eq!(first.status, FindingStatus::Failed);
//! assert_eq!(first.severity, Some(Severity::Error));
//! assert!(!first.zh.is_empty() && !first.en.is_empty());
//! # Ok::<(), minzheng::power::PowerError>(())
//! ```

use crate::{Citation, Confidence};
use serde::{Deserialize, Serialize};
use std::fmt;

/// How serious a check's finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Severity {
    /// Must be fixed (the item cannot be published as it stands; the CLI's checks exit 1).
    Error,
    /// Should be looked at; publication is not blocked.
    Warning,
}

impl Severity {
    /// `error` / `warning`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// What a rule found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum FindingStatus {
    /// The condition is met.
    Passed,
    /// The condition is not met (every finding of a check is a failed condition).
    Failed,
    /// A fact is missing; see the decision's `missing`.
    Unknown,
    /// Met or not decidable by rule: a caseworker must look (the law leaves it open).
    Review,
}

impl FindingStatus {
    /// `passed` / `failed` / `unknown` / `review`.
    pub fn as_str(self) -> &'static str {
        match self {
            FindingStatus::Passed => "passed",
            FindingStatus::Failed => "failed",
            FindingStatus::Unknown => "unknown",
            FindingStatus::Review => "review",
        }
    }
}

/// A fact a rule used, as shown in explanations.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Fact {
    /// Name, e.g. `per_capita_income_fen`.
    pub name: String,
    /// Value as text.
    pub value: String,
}

/// One finding of one rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Finding {
    /// The rule's stable id (`PL008`, `DC001`, `dibao.income`, …).
    pub rule: String,
    /// The provision applied (for a check resting on several, the first; the check's own
    /// table lists them all).
    pub citation: Citation,
    /// Confidence of the legal source (same as `citation.confidence`, for filtering).
    pub confidence: Confidence,
    /// Passed, failed, unknown or review.
    pub status: FindingStatus,
    /// For a check: error or warning.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub severity: Option<Severity>,
    /// The item concerned (a power-list item's code), if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub item: Option<String>,
    /// The path of the field concerned, e.g. `items[3].process.steps[2].post`, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// The member concerned (0-based), if the finding is about one person.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub member: Option<usize>,
    /// The facts used.
    pub facts: Vec<Fact>,
    /// The message in Chinese.
    pub zh: String,
    /// The message in English.
    pub en: String,
}

impl Finding {
    /// A failed check (`PL…`, `DC…`) with its severity, basis and field path.
    pub fn check(
        rule: &str,
        severity: Severity,
        citation: Citation,
        path: String,
        zh: String,
        en: String,
    ) -> Finding {
        Finding {
            rule: rule.to_owned(),
            confidence: citation.confidence,
            citation,
            status: FindingStatus::Failed,
            severity: Some(severity),
            item: None,
            path: Some(path),
            member: None,
            facts: Vec::new(),
            zh,
            en,
        }
    }

    /// A finding of a rule identified by id and citation.
    pub fn of_rule(
        rule: &str,
        citation: Citation,
        status: FindingStatus,
        zh: String,
        en: String,
    ) -> Finding {
        Finding {
            rule: rule.to_owned(),
            confidence: citation.confidence,
            citation,
            status,
            severity: None,
            item: None,
            path: None,
            member: None,
            facts: Vec::new(),
            zh,
            en,
        }
    }

    /// Adds a fact.
    pub fn fact(mut self, name: &str, value: impl ToString) -> Finding {
        self.facts.push(Fact {
            name: name.to_owned(),
            value: value.to_string(),
        });
        self
    }

    /// Sets the member.
    pub fn about(mut self, member: usize) -> Finding {
        self.member = Some(member);
        self
    }

    /// Sets the item.
    pub fn in_item(mut self, item: &str) -> Finding {
        self.item = Some(item.to_owned());
        self
    }

    /// Uses another citation (a profile value's own basis) instead of the rule's.
    pub fn cite(mut self, c: &Citation) -> Finding {
        self.citation = c.clone();
        self.confidence = c.confidence;
        self
    }

    /// The field path, or `""`.
    pub fn path(&self) -> &str {
        self.path.as_deref().unwrap_or("")
    }

    /// `error`/`warning` for a check, else the status.
    pub fn level(&self) -> &'static str {
        self.severity
            .map_or_else(|| self.status.as_str(), Severity::as_str)
    }
}

/// `RULE level path: 中文 / English`, one line.
impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} {} {}: {} / {}",
            self.rule,
            self.level(),
            self.path(),
            self.zh,
            self.en
        )
    }
}
