//! The events of a window case's log (one JSON object per line).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Why the decision clock stops (行政许可法 第四十五条).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum SuspensionReason {
    /// 听证.
    Hearing,
    /// 招标.
    Tendering,
    /// 拍卖.
    Auction,
    /// 检验.
    Inspection,
    /// 检测.
    Testing,
    /// 检疫.
    Quarantine,
    /// 鉴定.
    Appraisal,
    /// 专家评审.
    ExpertReview,
}

impl SuspensionReason {
    /// Chinese name.
    pub fn label(self) -> &'static str {
        match self {
            SuspensionReason::Hearing => "听证",
            SuspensionReason::Tendering => "招标",
            SuspensionReason::Auction => "拍卖",
            SuspensionReason::Inspection => "检验",
            SuspensionReason::Testing => "检测",
            SuspensionReason::Quarantine => "检疫",
            SuspensionReason::Appraisal => "鉴定",
            SuspensionReason::ExpertReview => "专家评审",
        }
    }
}

/// One event of a window case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WindowEvent {
    /// The case id.
    pub case: String,
    /// The day it happened.
    #[serde(deserialize_with = "crate::dates::strict::date")]
    pub date: NaiveDate,
    /// What happened.
    #[serde(flatten)]
    pub kind: WindowEventKind,
}

/// What happened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum WindowEventKind {
    /// The application arrived at the window.
    Received {
        /// The power item's code.
        item: String,
        /// The applicant's name.
        applicant: String,
        /// The materials handed in.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        submitted: Vec<String>,
    },
    /// The one-time correction notice (一次性告知): every missing material.
    CorrectionRequested {
        /// The missing materials (from the item's list).
        missing: Vec<String>,
    },
    /// Materials supplied.
    Corrected {
        /// What was supplied.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        supplied: Vec<String>,
    },
    /// Accepted (受理).
    Accepted {},
    /// Not accepted (不予受理), with grounds.
    Refused {
        /// The grounds.
        grounds: String,
    },
    /// The decision clock stops (行政许可法 第四十五条).
    Suspended {
        /// Why.
        reason: SuspensionReason,
    },
    /// The clock resumes.
    Resumed {},
    /// An extension of the decision period approved by the head of the agency.
    ExtensionApproved {
        /// Working days.
        amount: u32,
        /// Who approved it.
        approved_by: String,
    },
    /// The decision: granted or refused.
    Decided {
        /// Granted?
        granted: bool,
        /// The grounds (required for a refusal).
        #[serde(default, skip_serializing_if = "String::is_empty")]
        grounds: String,
    },
    /// The licence document issued (颁发证件).
    Issued {},
    /// The decision delivered (送达).
    Delivered {},
    /// The applicant withdrew.
    Withdrawn {},
}

impl WindowEventKind {
    /// The event's type name.
    pub fn name(&self) -> &'static str {
        match self {
            WindowEventKind::Received { .. } => "received",
            WindowEventKind::CorrectionRequested { .. } => "correction_requested",
            WindowEventKind::Corrected { .. } => "corrected",
            WindowEventKind::Accepted {} => "accepted",
            WindowEventKind::Refused { .. } => "refused",
            WindowEventKind::Suspended { .. } => "suspended",
            WindowEventKind::Resumed {} => "resumed",
            WindowEventKind::ExtensionApproved { .. } => "extension_approved",
            WindowEventKind::Decided { .. } => "decided",
            WindowEventKind::Issued {} => "issued",
            WindowEventKind::Delivered {} => "delivered",
            WindowEventKind::Withdrawn {} => "withdrawn",
        }
    }
}
