//! The events of a social-assistance case's log (one JSON object per line).

use crate::eligibility::Programme;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One event of a social-assistance case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AssistanceEvent {
    /// The case id.
    pub case: String,
    /// The day it happened.
    #[serde(deserialize_with = "crate::dates::strict::date")]
    pub date: NaiveDate,
    /// What happened.
    #[serde(flatten)]
    pub kind: AssistanceEventKind,
}

impl AssistanceEvent {
    /// An event of `case` on `date`.
    pub fn new(case: &str, date: NaiveDate, kind: AssistanceEventKind) -> AssistanceEvent {
        AssistanceEvent {
            case: case.to_owned(),
            date,
            kind,
        }
    }
}

/// What happened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum AssistanceEventKind {
    /// The written application arrived at the township (街道) office.
    Received {
        /// The programme applied for.
        programme: Programme,
        /// The applicant's name (published in the 公示, never in errors).
        applicant: String,
        /// The township or street office (乡镇街道), for the statistics.
        township: String,
        /// The village or community (村、社区), where the 公示 is posted.
        #[serde(default)]
        village: String,
        /// The six-digit division code of the county (for the figures).
        #[serde(default)]
        division: String,
        /// Members of the household (1 for 单人保 and individual programmes).
        #[serde(default = "one")]
        household_size: u32,
        /// A member is a close relative of a caseworker or of a village (community) committee
        /// member (最低生活保障审核确认办法 第十一条, applied to every programme).
        #[serde(default)]
        staff_relative: bool,
        /// The published category where the programme has several (低保 urban or rural, 特困
        /// centralised or dispersed), for the county figures.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        category: Option<super::figures::AssistanceCategory>,
    },
    /// The one-time correction notice (一次性告知): every missing item at once.
    CorrectionRequested {
        /// Every missing item.
        missing: Vec<String>,
    },
    /// The missing items supplied.
    Corrected {},
    /// Accepted (受理): the procedure clock starts.
    Accepted {},
    /// Not accepted (不予受理), with grounds.
    NotAccepted {
        /// The grounds.
        grounds: String,
    },
    /// 临时救助 in an emergency: aid given first (先行救助), the formalities follow
    /// (社会救助暂行办法 第四十八条).
    UrgentAid {
        /// The amount paid, in fen.
        amount_fen: i64,
    },
    /// The township started the household economic investigation.
    InvestigationStarted {},
    /// The township asked the county to match the household's information.
    MatchingRequested {},
    /// The county started the matching and answered.
    MatchingAnswered {},
    /// A home visit (入户调查).
    HomeVisit {
        /// The investigators present (低保: at least two, 第十六条).
        investigators: Vec<String>,
    },
    /// A democratic appraisal (民主评议), where held.
    Appraisal {},
    /// The township's preliminary opinion (初审意见).
    TownshipOpinion {
        /// In favour of granting?
        favourable: bool,
    },
    /// The 公示 posted in the village or community.
    Posted {},
    /// An objection to the 公示.
    Objection {
        /// What was objected (kept in the file, never published).
        #[serde(default)]
        summary: String,
    },
    /// The township's materials received by the county.
    SubmittedToCounty {},
    /// 低保 special case: the whole procedure extended to 45 working days (第二十二条).
    Extended {
        /// The special circumstance.
        reason: String,
    },
    /// Approved, with the monthly amount.
    Approved {
        /// The monthly amount, in fen.
        amount_fen: i64,
    },
    /// Refused, with the reasons in plain words.
    Refused {
        /// The reasons (every failed finding, in plain words).
        reasons: Vec<String>,
    },
    /// The written refusal notice delivered (书面告知并说明理由).
    RefusalNotified {},
    /// The procedure terminated for non-cooperation (低保 第二十九条).
    Terminated {
        /// What the household refused to do.
        reason: String,
    },
    /// The applicant withdrew.
    Withdrawn {},
    /// A periodic re-check of a recipient (低保 第三十一条).
    Rechecked {
        /// Income not fixed and members able to work: re-checked every half-year.
        #[serde(default)]
        half_yearly: bool,
    },
    /// The benefit reduced, with reasons (低保 第三十二条).
    Reduced {
        /// The new monthly amount, in fen.
        amount_fen: i64,
        /// The reasons.
        reasons: Vec<String>,
    },
    /// 特困: after an objection to the proposed termination and its re-investigation, the
    /// county decides not to terminate (特困人员认定办法 第二十六条 “作出是否终止救助供养决定”);
    /// a later termination needs a new 公示.
    SupportContinued {},
    /// The benefit stopped, with reasons (低保 第三十二条; 特困 第二十四条、第二十六条).
    Stopped {
        /// The reasons.
        reasons: Vec<String>,
    },
}

fn one() -> u32 {
    1
}

impl AssistanceEventKind {
    /// The event's type name.
    pub fn name(&self) -> &'static str {
        use AssistanceEventKind as K;
        match self {
            K::Received { .. } => "received",
            K::CorrectionRequested { .. } => "correction_requested",
            K::Corrected {} => "corrected",
            K::Accepted {} => "accepted",
            K::NotAccepted { .. } => "not_accepted",
            K::UrgentAid { .. } => "urgent_aid",
            K::InvestigationStarted {} => "investigation_started",
            K::MatchingRequested {} => "matching_requested",
            K::MatchingAnswered {} => "matching_answered",
            K::HomeVisit { .. } => "home_visit",
            K::Appraisal {} => "appraisal",
            K::TownshipOpinion { .. } => "township_opinion",
            K::Posted {} => "posted",
            K::Objection { .. } => "objection",
            K::SubmittedToCounty {} => "submitted_to_county",
            K::Extended { .. } => "extended",
            K::Approved { .. } => "approved",
            K::Refused { .. } => "refused",
            K::RefusalNotified {} => "refusal_notified",
            K::Terminated { .. } => "terminated",
            K::Withdrawn {} => "withdrawn",
            K::Rechecked { .. } => "rechecked",
            K::Reduced { .. } => "reduced",
            K::SupportContinued {} => "support_continued",
            K::Stopped { .. } => "stopped",
        }
    }
}
