//! The pre-publication review chain (seed 001 四(二)) and the timeliness of proactive
//! disclosure (条例 第二十六条).
//!
//! Draft → 统计数据口径审查 → 法规合法性审查 → 保密审查 → 分管领导审批 → 信息中心备案 → 公开
//! (`Approve` moves one stage on; the information centre's `Approve` at `Filing` records the
//! filing; `Publish` is allowed only once filed).
//! A rejection at any review returns the item to the draft, with reasons. Every step records
//! who acted and when.

use super::error::DisclosureError;
use crate::calendar::Calendar;
use crate::deadline::{Catalogue as Periods, Deadline, Status};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Where an item stands in the chain.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ReviewStage {
    /// 起草 (or returned to the drafter).
    Draft,
    /// 统计数据口径审查.
    StatisticalReview,
    /// 法规合法性审查.
    LegalityReview,
    /// 保密审查.
    ConfidentialityReview,
    /// 分管领导审批.
    LeaderApproval,
    /// 送信息中心备案 (waiting for the information centre).
    Filing,
    /// 已备案 (filed; ready to publish).
    Filed,
    /// 已公开.
    Published,
}

impl ReviewStage {
    /// The stage that follows an approval of this one.
    pub fn next(self) -> ReviewStage {
        match self {
            ReviewStage::Draft => ReviewStage::StatisticalReview,
            ReviewStage::StatisticalReview => ReviewStage::LegalityReview,
            ReviewStage::LegalityReview => ReviewStage::ConfidentialityReview,
            ReviewStage::ConfidentialityReview => ReviewStage::LeaderApproval,
            ReviewStage::LeaderApproval => ReviewStage::Filing,
            ReviewStage::Filing => ReviewStage::Filed,
            ReviewStage::Filed | ReviewStage::Published => ReviewStage::Published,
        }
    }

    /// Chinese name.
    pub fn label(self) -> &'static str {
        match self {
            ReviewStage::Draft => "起草",
            ReviewStage::StatisticalReview => "统计数据口径审查",
            ReviewStage::LegalityReview => "法规合法性审查",
            ReviewStage::ConfidentialityReview => "保密审查",
            ReviewStage::LeaderApproval => "分管领导审批",
            ReviewStage::Filing => "信息中心备案",
            ReviewStage::Filed => "已备案待公开",
            ReviewStage::Published => "已公开",
        }
    }

    /// Chinese name (the same as [`label`](Self::label)).
    pub fn zh(self) -> &'static str {
        self.label()
    }

    /// English name.
    pub fn en(self) -> &'static str {
        match self {
            ReviewStage::Draft => "drafting",
            ReviewStage::StatisticalReview => "statistical review",
            ReviewStage::LegalityReview => "legality review",
            ReviewStage::ConfidentialityReview => "confidentiality review",
            ReviewStage::LeaderApproval => "approval by the leader in charge",
            ReviewStage::Filing => "filing with the information centre",
            ReviewStage::Filed => "filed, to be published",
            ReviewStage::Published => "published",
        }
    }

    fn is_review(self) -> bool {
        matches!(
            self,
            ReviewStage::StatisticalReview
                | ReviewStage::LegalityReview
                | ReviewStage::ConfidentialityReview
                | ReviewStage::LeaderApproval
        )
    }
}

/// What an actor did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "action", rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum ReviewAction {
    /// The drafter submits (from the draft) — or a reviewer approves the current stage, or the
    /// information centre files it.
    Approve {},
    /// A reviewer rejects: back to the draft.
    Reject {
        /// Why (required).
        reasons: Vec<String>,
    },
    /// The item is published.
    Publish {},
}

/// One step of the chain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewStep {
    /// The stage acted on.
    pub stage: ReviewStage,
    /// The action.
    #[serde(flatten)]
    pub action: ReviewAction,
    /// Who.
    pub actor: String,
    /// When.
    #[serde(deserialize_with = "crate::dates::strict::date")]
    pub date: NaiveDate,
}

/// An item going through the chain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewRecord {
    /// The item (e.g. a catalogue entry id or a document title).
    pub item: String,
    /// The day the information was formed or changed (starts `disclosure.proactive`).
    #[serde(deserialize_with = "crate::dates::strict::date")]
    pub formed: NaiveDate,
    /// The steps so far.
    #[serde(default)]
    pub steps: Vec<ReviewStep>,
}

/// Where a record stands, with its timeliness.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct ReviewState {
    /// The current stage.
    pub stage: ReviewStage,
    /// Number of rejections so far.
    pub rejections: usize,
    /// The publication date, once published.
    pub published: Option<NaiveDate>,
    /// The due date for publication (`disclosure.proactive`, 20 working days) with its
    /// explanation.
    pub deadline: Deadline,
    /// Timeliness on the given day: met / met late once published; running, due soon or
    /// overdue before.
    pub status: Status,
}

impl ReviewRecord {
    /// A new record in the draft stage.
    pub fn new(item: &str, formed: NaiveDate) -> ReviewRecord {
        ReviewRecord {
            item: item.to_owned(),
            formed,
            steps: Vec::new(),
        }
    }

    /// The stage after the recorded steps (they are validated as they are replayed).
    pub fn stage(&self) -> Result<(ReviewStage, usize), DisclosureError> {
        let mut stage = ReviewStage::Draft;
        let mut rejections = 0;
        let mut last = self.formed;
        for (i, s) in self.steps.iter().enumerate() {
            stage = transition(stage, s, last, i)?;
            if matches!(s.action, ReviewAction::Reject { .. }) {
                rejections += 1;
            }
            last = s.date;
        }
        Ok((stage, rejections))
    }

    /// Appends a step if it is allowed in the current stage; on error the record is unchanged.
    ///
    /// ```
    /// use minzheng::disclosure::{ReviewAction, ReviewRecord, ReviewStage, ReviewStep};
    /// use chrono::NaiveDate;
    /// let d = |m, day| NaiveDate::from_ymd_opt(2025, m, day).unwrap();
    /// let mut r = ReviewRecord::new("2025年城乡低保标准", d(3, 3));
    /// let step = |stage, action, day| ReviewStep { stage, action, actor: "张三".into(), date: d(3, day) };
    /// r.push(step(ReviewStage::Draft, ReviewAction::Approve {}, 4))?;
    /// // Publishing before the reviews is refused, and the record stays as it was.
    /// assert!(r.push(step(ReviewStage::StatisticalReview, ReviewAction::Publish {}, 5)).is_err());
    /// assert_eq!(r.stage()?.0, ReviewStage::StatisticalReview);
    /// # Ok::<(), minzheng::disclosure::DisclosureError>(())
    /// ```
    pub fn push(&mut self, step: ReviewStep) -> Result<(), DisclosureError> {
        let (stage, _) = self.stage()?;
        let last = self.steps.last().map(|s| s.date).unwrap_or(self.formed);
        transition(stage, &step, last, self.steps.len())?;
        self.steps.push(step);
        Ok(())
    }

    /// The stage and the timeliness on `today` (`disclosure.proactive` from the formation date).
    pub fn state(
        &self,
        calendar: &Calendar,
        periods: &Periods,
        today: NaiveDate,
    ) -> Result<ReviewState, DisclosureError> {
        let (stage, rejections) = self.stage()?;
        let published = self
            .steps
            .iter()
            .find(|s| matches!(s.action, ReviewAction::Publish {}))
            .map(|s| s.date);
        let deadline = periods
            .clock("disclosure.proactive", self.formed)?
            .compute(calendar)?;
        let status = match published {
            Some(p) => deadline.status(calendar, today.max(p), Some(p), 3)?,
            None => deadline.status(calendar, today, None, 3)?,
        };
        Ok(ReviewState {
            stage,
            rejections,
            published,
            deadline,
            status,
        })
    }
}

fn transition(
    stage: ReviewStage,
    step: &ReviewStep,
    last: NaiveDate,
    index: usize,
) -> Result<ReviewStage, DisclosureError> {
    let refuse = |why: &str, why_en: &str| DisclosureError::ReviewStepRefused {
        index,
        stage,
        why: crate::text::Bilingual::new(why, why_en),
    };
    if step.actor.trim().is_empty() {
        return Err(refuse("未记录办理人", "the actor is missing"));
    }
    if step.date < last {
        return Err(refuse(
            "日期早于上一步",
            "the date is before the previous step",
        ));
    }
    if step.stage != stage {
        return Err(refuse(
            &format!(
                "当前环节是“{}”，不是“{}”",
                stage.label(),
                step.stage.label()
            ),
            "the step names another stage than the current one",
        ));
    }
    match (&step.action, stage) {
        (ReviewAction::Approve {}, ReviewStage::Published) => {
            Err(refuse("已公开，不能再审批", "already published"))
        }
        (ReviewAction::Approve {}, ReviewStage::Filed) => Err(refuse(
            "已备案，下一步应为公开",
            "filed: the next step is publication",
        )),
        (ReviewAction::Approve {}, s) => Ok(s.next()),
        (ReviewAction::Reject { reasons }, s) if s.is_review() => {
            if reasons.iter().all(|r| r.trim().is_empty()) {
                Err(refuse("退回必须写明理由", "a rejection needs reasons"))
            } else {
                Ok(ReviewStage::Draft)
            }
        }
        (ReviewAction::Reject { .. }, _) => Err(refuse(
            "只有审查、审批环节可以退回",
            "only a review or approval stage can reject",
        )),
        (ReviewAction::Publish {}, ReviewStage::Filed) => Ok(ReviewStage::Published),
        (ReviewAction::Publish {}, _) => Err(refuse(
            "未完成审查、审批和备案，不能公开",
            "cannot publish before the reviews, the approval and the filing",
        )),
    }
}
