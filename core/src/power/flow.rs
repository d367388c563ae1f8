//! 办理流程 — the process of an item: steps and transitions, the source of its 权力运行流程图.
//!
//! REALWORLD.md §3: bureaus publish the process as a table of 程序 · 责任单位及责任人 · 工作内容 ·
//! 办结时限, with time cells such as "即时办理" or "不计算在办理期限内". A [`Step`] holds one row;
//! [`Transition`]s join them, labelled where the flow branches (受理 / 不予受理 / 补正).

use crate::deadline::Period;
use serde::{Deserialize, Serialize};

/// The steps and transitions of an item's process.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Process {
    /// The steps, in the order the bureau lists them.
    #[serde(default)]
    pub steps: Vec<Step>,
    /// The arrows between them.
    #[serde(default)]
    pub transitions: Vec<Transition>,
}

/// One step (程序) of a process.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// Identifier, unique within the process, used by transitions (e.g. `accept`).
    pub id: String,
    /// 环节名称, e.g. `受理`.
    pub name: String,
    /// What kind of step it is; the penalty checks look for the notice steps.
    #[serde(default)]
    pub kind: StepKind,
    /// 责任岗位 / 责任人, e.g. `窗口受理岗`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub post: Option<String>,
    /// 责任单位, when it is not the item's undertaking unit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// 责任人 and contact (name, phone), as published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<String>,
    /// 办结时限 of this step.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_limit: Option<StepTime>,
    /// 工作内容.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// For a prior-notice step: whether it also tells the party of the right to a hearing
    /// (行政处罚法 第四十四条 names 陈述、申辩、要求听证等权利 together).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub hearing_notice: bool,
}

/// The kind of a step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum StepKind {
    /// The start (申请 / 立案 / 发现线索); exactly one per process.
    Start,
    /// An end (办结, 不予受理, 结案); at least one.
    End,
    /// 受理 — a decision whether to accept (受理 / 不予受理 / 补正).
    Acceptance,
    /// 补正 — the applicant corrects the materials.
    Correction,
    /// 审查 / 调查 / 核查.
    #[default]
    Review,
    /// 决定 — a decision that may branch.
    Decision,
    /// 事先告知 — notice of the intended penalty and of the rights of statement and defence
    /// (陈述、申辩; 行政处罚法 第四十四条、第四十五条).
    PriorNotice,
    /// 听证告知 — notice of the right to request a hearing (行政处罚法 第六十三条).
    HearingNotice,
    /// 听证.
    Hearing,
    /// 送达.
    Service,
    /// 公示.
    PublicNotice,
    /// 执行 / 发放.
    Execution,
    /// 事后监管.
    Supervision,
    /// 中止 — the procedure is suspended until its cause ends, then resumes at the step it left;
    /// the time suspended is not counted.
    Suspension,
}

impl StepKind {
    /// Whether the flowchart draws this step as a decision (diamond-like) shape.
    pub fn is_decision(self) -> bool {
        matches!(self, StepKind::Acceptance | StepKind::Decision)
    }

    /// Whether the step is a terminal (start or end), which needs no post or time limit.
    pub fn is_terminal(self) -> bool {
        matches!(self, StepKind::Start | StepKind::End)
    }
}

/// 办结时限 of a step.
///
/// JSON: `{"period": {"amount": 5, "unit": "working_days"}}`, `"immediate"` or `"not_counted"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum StepTime {
    /// A period, e.g. 5 working days.
    Period(Period),
    /// 即时办理 — done at once.
    Immediate,
    /// 不计算在办理期限内 — e.g. the applicant's correction, a hearing, an expert review
    /// (行政许可法 第四十五条).
    NotCounted,
}

impl StepTime {
    /// Chinese label, e.g. `5个工作日`, `即时办理`.
    pub fn zh(&self) -> String {
        match self {
            StepTime::Period(p) => p.zh(),
            StepTime::Immediate => "即时办理".to_owned(),
            StepTime::NotCounted => "不计入办理时限".to_owned(),
        }
    }

    /// The period this step adds to the processing time (none for immediate or not counted).
    pub fn counted(&self) -> Option<Period> {
        match self {
            StepTime::Period(p) if p.amount > 0 => Some(*p),
            _ => None,
        }
    }
}

/// An arrow from one step to another, with an optional label (受理, 不予受理, 补正, 同意, ...).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Transition {
    /// The id of the step it leaves.
    pub from: String,
    /// The id of the step it enters.
    pub to: String,
    /// The branch label, if the step branches.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
}

impl Process {
    /// The step with this id.
    pub fn step(&self, id: &str) -> Option<&Step> {
        self.steps.iter().find(|s| s.id == id)
    }
}
