//! Findings and decisions: what each rule found, with which facts, in Chinese and English.

use super::error::EligibilityError;
use super::rules::Rule;
use crate::Citation;
use serde::Serialize;

/// A programme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Programme {
    /// 最低生活保障.
    Dibao,
    /// 特困人员救助供养.
    Tekun,
    /// 困难残疾人生活补贴.
    LivingSubsidy,
    /// 重度残疾人护理补贴.
    NursingSubsidy,
    /// 孤儿基本生活保障.
    Orphan,
    /// 事实无人抚养儿童保障.
    DeFactoChild,
    /// 临时救助 (screening only).
    TemporaryAssistance,
}

impl Programme {
    /// The Chinese name.
    pub fn as_zh(self) -> &'static str {
        match self {
            Programme::Dibao => "最低生活保障",
            Programme::Tekun => "特困人员救助供养",
            Programme::LivingSubsidy => "困难残疾人生活补贴",
            Programme::NursingSubsidy => "重度残疾人护理补贴",
            Programme::Orphan => "孤儿基本生活保障",
            Programme::DeFactoChild => "事实无人抚养儿童保障",
            Programme::TemporaryAssistance => "临时救助",
        }
    }

    /// The English name.
    pub fn as_en(self) -> &'static str {
        match self {
            Programme::Dibao => "minimum living allowance",
            Programme::Tekun => "support for persons in extreme poverty",
            Programme::LivingSubsidy => "living subsidy for persons with disabilities in hardship",
            Programme::NursingSubsidy => "nursing subsidy for persons with severe disabilities",
            Programme::Orphan => "orphan basic living support",
            Programme::DeFactoChild => "support for children without de facto care",
            Programme::TemporaryAssistance => "temporary assistance",
        }
    }

    /// The stable English id.
    pub fn as_str(self) -> &'static str {
        match self {
            Programme::Dibao => "dibao",
            Programme::Tekun => "tekun",
            Programme::LivingSubsidy => "living_subsidy",
            Programme::NursingSubsidy => "nursing_subsidy",
            Programme::Orphan => "orphan",
            Programme::DeFactoChild => "de_facto_child",
            Programme::TemporaryAssistance => "temporary_assistance",
        }
    }
}

/// The outcome of a decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Outcome {
    /// 符合条件.
    Eligible,
    /// 不符合条件.
    NotEligible,
    /// 需补充材料 (every missing fact is listed at once).
    NeedsInformation,
    /// 需人工审核.
    NeedsManualReview,
}

impl Outcome {
    /// Stable name.
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Eligible => "eligible",
            Outcome::NotEligible => "not_eligible",
            Outcome::NeedsInformation => "needs_information",
            Outcome::NeedsManualReview => "needs_manual_review",
        }
    }

    /// Chinese name.
    pub fn as_zh(self) -> &'static str {
        match self {
            Outcome::Eligible => "符合条件",
            Outcome::NotEligible => "不符合条件",
            Outcome::NeedsInformation => "需补充材料",
            Outcome::NeedsManualReview => "需人工审核",
        }
    }

    /// All four, in a fixed order (for summaries).
    pub const ALL: [Outcome; 4] = [
        Outcome::Eligible,
        Outcome::NotEligible,
        Outcome::NeedsInformation,
        Outcome::NeedsManualReview,
    ];
}

pub use crate::finding::{Fact, Finding, FindingStatus};

impl Finding {
    /// A finding of an eligibility `rule`, citing the rule's own provision.
    pub fn new(rule: Rule, status: FindingStatus, zh: String, en: String) -> Finding {
        Finding::of_rule(rule.id, rule.citation(), status, zh, en)
    }
}

/// A fact the applicant must still supply (一次性告知: all at once).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[non_exhaustive]
pub struct MissingFact {
    /// The field, e.g. `members[2].income`.
    pub field: String,
    /// Chinese description.
    pub zh: String,
    /// English description.
    pub en: String,
}

/// A procedural requirement attached to a decision (单独登记备案, 入户调查, ...).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Requirement {
    /// The rule's id.
    pub rule: String,
    /// The provision.
    pub citation: Citation,
    /// Chinese.
    pub zh: String,
    /// English.
    pub en: String,
}

/// One person's amount (单人保).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct MemberAmount {
    /// The member (0-based).
    pub member: usize,
    /// Monthly amount, fen.
    pub amount_fen: i64,
}

/// A decision for one programme (for the household, or for one member).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Decision {
    /// The programme.
    pub programme: Programme,
    /// The member concerned for individual programmes (0-based).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub member: Option<usize>,
    /// The outcome.
    pub outcome: Outcome,
    /// Monthly amount in fen where the rule defines one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount_fen: Option<i64>,
    /// Members covered by the benefit (0-based), e.g. the household's counted members or the
    /// single persons of 单人保.
    pub covered: Vec<usize>,
    /// Amounts per person where the benefit is individual (单人保), else empty.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub per_member: Vec<MemberAmount>,
    /// Every finding.
    pub findings: Vec<Finding>,
    /// Every missing fact.
    pub missing: Vec<MissingFact>,
    /// Procedural requirements.
    pub requirements: Vec<Requirement>,
}

impl Decision {
    /// A decision whose outcome follows from its findings: any failure → not eligible; else any
    /// unknown → needs information; else any review → needs manual review; else eligible.
    pub fn conclude(
        programme: Programme,
        member: Option<usize>,
        findings: Vec<Finding>,
        missing: Vec<MissingFact>,
    ) -> Decision {
        let has = |s| findings.iter().any(|f| f.status == s);
        let outcome = if has(FindingStatus::Failed) {
            Outcome::NotEligible
        } else if has(FindingStatus::Unknown) || !missing.is_empty() {
            Outcome::NeedsInformation
        } else if has(FindingStatus::Review) {
            Outcome::NeedsManualReview
        } else {
            Outcome::Eligible
        };
        Decision {
            programme,
            member,
            outcome,
            amount_fen: None,
            covered: Vec::new(),
            per_member: Vec::new(),
            findings,
            missing,
            requirements: Vec::new(),
        }
    }

    /// The rule ids of the failed findings.
    pub fn failed_rules(&self) -> impl Iterator<Item = &str> {
        self.findings
            .iter()
            .filter(|f| f.status == FindingStatus::Failed)
            .map(|f| f.rule.as_str())
    }

    /// A readable explanation, one line per finding, bilingual.
    pub fn explanation(&self) -> Vec<String> {
        let mut out = vec![format!(
            "{} / {}: {} / {}{}",
            self.programme.as_zh(),
            self.programme.as_str(),
            self.outcome.as_zh(),
            self.outcome.as_str(),
            self.amount_fen
                .map(|a| format!("，每月 {} 元 / {} yuan a month", yuan(a), yuan(a)))
                .unwrap_or_default()
        )];
        for f in &self.findings {
            let mark = match f.status {
                FindingStatus::Passed => "✓",
                FindingStatus::Failed => "✗",
                FindingStatus::Unknown => "?",
                FindingStatus::Review => "!",
            };
            let facts = if f.facts.is_empty() {
                String::new()
            } else {
                format!(
                    " [{}]",
                    f.facts
                        .iter()
                        .map(|x| format!("{}={}", x.name, x.value))
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            };
            out.push(format!(
                "{mark} {} — {} / {}{facts} — {}",
                f.rule, f.zh, f.en, f.citation
            ));
        }
        if !self.missing.is_empty() {
            out.push("一次性告知需补充 / please supply, all at once:".to_owned());
            for m in &self.missing {
                out.push(format!("  - {}: {} / {}", m.field, m.zh, m.en));
            }
        }
        for r in &self.requirements {
            out.push(format!("→ {} / {} — {}", r.zh, r.en, r.citation));
        }
        out
    }
}

pub use crate::money::yuan;

/// Answers to questions by rule: the second rule to answer one question differently is an error
/// (Catala's lesson: two rules that both apply must agree).
#[derive(Debug, Default)]
pub struct Ledger {
    entries: Vec<(String, &'static str, bool)>,
}

impl Ledger {
    /// Records `rule`'s answer to `question`.
    pub fn decide(
        &mut self,
        question: &str,
        rule: &'static str,
        answer: bool,
    ) -> Result<(), EligibilityError> {
        if let Some((_, r, a)) = self.entries.iter().find(|(q, _, _)| q == question) {
            if *a != answer {
                return Err(EligibilityError::ConflictingRules {
                    question: question.to_owned(),
                    first_rule: (*r).to_owned(),
                    first_answer: *a,
                    second_rule: rule.to_owned(),
                    second_answer: answer,
                });
            }
            return Ok(());
        }
        self.entries.push((question.to_owned(), rule, answer));
        Ok(())
    }
}
