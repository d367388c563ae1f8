//! What the cross-check changes against the current status (第三十一条: 增发、减发、停发), each
//! change with its reason, its citation and the findings of the engine that ground it.

use crate::eligibility::rules::Rule;
use crate::eligibility::{Finding, Outcome, Programme, Requirement};
use crate::{Citation, Confidence};
use serde::Serialize;

const DIBAO_MEASURES: &str = "最低生活保障审核确认办法";

/// `crosscheck.information_check` — 第十七条: the departments' records on every member.
pub const INFORMATION_CHECK: Rule = Rule {
    id: "crosscheck.information_check",
    instrument: DIBAO_MEASURES,
    article: "第十七条第一款",
    confidence: Confidence::V2,
};
/// `crosscheck.periodic_review` — 第三十一条第一款: 增发、减发、停发 after the periodic check.
pub const PERIODIC_REVIEW: Rule = Rule {
    id: "crosscheck.periodic_review",
    instrument: DIBAO_MEASURES,
    article: "第三十一条第一款",
    confidence: Confidence::V2,
};
/// `crosscheck.no_obvious_change` — 第三十一条第二款: no obvious change, no adjustment.
pub const NO_OBVIOUS_CHANGE: Rule = Rule {
    id: "crosscheck.no_obvious_change",
    instrument: DIBAO_MEASURES,
    article: "第三十一条第二款",
    confidence: Confidence::V2,
};
/// `crosscheck.notify_reduction` — 第三十二条: reductions and stops are notified with reasons.
pub const NOTIFY_REDUCTION: Rule = Rule {
    id: "crosscheck.notify_reduction",
    instrument: DIBAO_MEASURES,
    article: "第三十二条",
    confidence: Confidence::V2,
};
/// `crosscheck.objection` — 第十八条第二款: the family may object with evidence; a re-check follows.
pub const OBJECTION: Rule = Rule {
    id: "crosscheck.objection",
    instrument: DIBAO_MEASURES,
    article: "第十八条第二款",
    confidence: Confidence::V2,
};
/// `crosscheck.gradual_exit` — 第三十三条: a gradual-exit period after employment.
pub const GRADUAL_EXIT: Rule = Rule {
    id: "crosscheck.gradual_exit",
    instrument: DIBAO_MEASURES,
    article: "第三十三条",
    confidence: Confidence::V2,
};
/// `crosscheck.no_direct_inclusion` — 第二十八条: nobody is included without the procedure.
pub const NO_DIRECT_INCLUSION: Rule = Rule {
    id: "crosscheck.no_direct_inclusion",
    instrument: DIBAO_MEASURES,
    article: "第二十八条",
    confidence: Confidence::V2,
};

const TEKUN_MEASURES: &str = "特困人员认定办法";

/// `crosscheck.tekun_termination` — 特困人员认定办法 第二十四条第一款第（四）项: income and assets no
/// longer within 第六条.
pub const TEKUN_TERMINATION: Rule = Rule {
    id: "crosscheck.tekun_termination",
    instrument: TEKUN_MEASURES,
    article: "第二十四条第一款第（四）项",
    confidence: Confidence::V2,
};
/// `crosscheck.tekun_notice` — 第二十六条: a proposed termination is posted for 7 days and the
/// reasons are given in writing.
pub const TEKUN_NOTICE: Rule = Rule {
    id: "crosscheck.tekun_notice",
    instrument: TEKUN_MEASURES,
    article: "第二十六条",
    confidence: Confidence::V2,
};
/// `crosscheck.tekun_other_assistance` — 第二十七条: after termination, 低保 and temporary
/// assistance are considered.
pub const TEKUN_OTHER_ASSISTANCE: Rule = Rule {
    id: "crosscheck.tekun_other_assistance",
    instrument: TEKUN_MEASURES,
    article: "第二十七条",
    confidence: Confidence::V2,
};

/// The kind of change against the current status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ChangeKind {
    /// 继续保障: nothing changes.
    Continue,
    /// 增发或减发: the amount changes.
    AdjustAmount,
    /// 停发 (proposed: the family is told and may object).
    Stop,
    /// 需人工核查: the records raise a question the rules leave to a caseworker.
    NeedsReview,
    /// 新增符合条件的成员: a member newly qualifies for a benefit (应保尽保).
    NewlyEligibleMember,
}

impl ChangeKind {
    /// Stable name.
    pub fn as_str(self) -> &'static str {
        match self {
            ChangeKind::Continue => "continue",
            ChangeKind::AdjustAmount => "adjust_amount",
            ChangeKind::Stop => "stop",
            ChangeKind::NeedsReview => "needs_review",
            ChangeKind::NewlyEligibleMember => "newly_eligible_member",
        }
    }

    /// Chinese name.
    pub fn as_zh(self) -> &'static str {
        match self {
            ChangeKind::Continue => "继续保障",
            ChangeKind::AdjustAmount => "调整金额",
            ChangeKind::Stop => "停发",
            ChangeKind::NeedsReview => "人工核查",
            ChangeKind::NewlyEligibleMember => "新增符合条件成员",
        }
    }

    /// All kinds, most serious first (the order of [`super::Recheck::primary`]).
    pub const BY_SEVERITY: [ChangeKind; 5] = [
        ChangeKind::Stop,
        ChangeKind::NeedsReview,
        ChangeKind::AdjustAmount,
        ChangeKind::NewlyEligibleMember,
        ChangeKind::Continue,
    ];
}

/// An outcome and amount of the quick 低保 assessment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct BenefitStatus {
    /// The outcome.
    pub outcome: Outcome,
    /// Monthly amount, fen, when paid.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount_fen: Option<i64>,
}

impl BenefitStatus {
    /// `true` if a benefit is paid (eligible, or in review with an amount).
    pub fn paid(&self) -> bool {
        self.amount_fen.is_some()
            && matches!(self.outcome, Outcome::Eligible | Outcome::NeedsManualReview)
    }
}

/// One change, with its reason and citation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Change {
    /// What changes.
    pub kind: ChangeKind,
    /// The programme.
    pub programme: Programme,
    /// The member, for a member's benefit.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub member: Option<usize>,
    /// Monthly amount before, fen.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from_fen: Option<i64>,
    /// Monthly amount after, fen.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to_fen: Option<i64>,
    /// The reason, Chinese.
    pub zh: String,
    /// The reason, English.
    pub en: String,
    /// The provision for the change itself.
    pub citation: Citation,
    /// The engine's findings that ground it (failed or review findings, each with its citation).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub grounds: Vec<Finding>,
    /// What the office must do next.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub requirements: Vec<Requirement>,
}

impl Change {
    pub(crate) fn new(kind: ChangeKind, rule: Rule, zh: String, en: String) -> Change {
        Change {
            kind,
            programme: Programme::Dibao,
            member: None,
            from_fen: None,
            to_fen: None,
            zh,
            en,
            citation: rule.citation(),
            grounds: Vec::new(),
            requirements: Vec::new(),
        }
    }

    pub(crate) fn amounts(mut self, from: Option<i64>, to: Option<i64>) -> Change {
        self.from_fen = from;
        self.to_fen = to;
        self
    }

    pub(crate) fn require(mut self, rule: Rule, zh: &str, en: &str) -> Change {
        self.requirements.push(Requirement {
            rule: rule.id.to_owned(),
            citation: rule.citation(),
            zh: zh.to_owned(),
            en: en.to_owned(),
        });
        self
    }
}
