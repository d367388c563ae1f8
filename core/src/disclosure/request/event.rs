//! The events of a disclosure request's log (one JSON object per line).

use crate::disclosure::terms::{Applicant, ReplyType};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// How a request reached the office (条例 第三十一条 sets the receipt date by channel).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ReceiptChannel {
    /// 当面提交: received the day it is handed in.
    InPerson,
    /// 邮寄需签收: received the day the office signs for it.
    SignedMail,
    /// 平常信函: received the day the office confirms with the applicant, which must be the day it
    /// arrives.
    OrdinaryLetter,
    /// 互联网: received the day both sides confirm.
    Online,
    /// 传真: received the day both sides confirm.
    Fax,
}

impl ReceiptChannel {
    /// Every channel.
    pub const ALL: [ReceiptChannel; 5] = [
        ReceiptChannel::InPerson,
        ReceiptChannel::SignedMail,
        ReceiptChannel::OrdinaryLetter,
        ReceiptChannel::Online,
        ReceiptChannel::Fax,
    ];

    /// Chinese name.
    pub fn label(self) -> &'static str {
        match self {
            ReceiptChannel::InPerson => "当面提交",
            ReceiptChannel::SignedMail => "邮寄（签收）",
            ReceiptChannel::OrdinaryLetter => "平常信函",
            ReceiptChannel::Online => "互联网",
            ReceiptChannel::Fax => "传真",
        }
    }

    /// Chinese name (the same as [`label`](Self::label)).
    pub fn zh(self) -> &'static str {
        self.label()
    }

    /// English name.
    pub fn en(self) -> &'static str {
        match self {
            ReceiptChannel::InPerson => "in person",
            ReceiptChannel::SignedMail => "mail, signed for",
            ReceiptChannel::OrdinaryLetter => "ordinary letter",
            ReceiptChannel::Online => "online",
            ReceiptChannel::Fax => "fax",
        }
    }
}

/// Whom the office consults (clock stopped, 条例 第三十三条第三款).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Consultee {
    /// A third party whose rights may be harmed (第三十二条; 15 working days to answer).
    ThirdParty,
    /// Another agency that co-produced the information (第三十四条; 15 working days, silence
    /// is consent).
    OtherAgency,
}

/// One event of a request's log.
///
/// ```
/// use minzheng::disclosure::{Event, EventKind};
/// let e: Event = serde_json::from_str(
///     r#"{"case": "2025-001", "date": "2025-09-26", "type": "received",
///         "channel": "in_person", "applicant": "natural_person"}"#).unwrap();
/// assert!(matches!(e.kind, EventKind::Received { .. }));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    /// The case id.
    pub case: String,
    /// The day the event happened.
    #[serde(deserialize_with = "crate::dates::strict::date")]
    pub date: NaiveDate,
    /// What happened.
    #[serde(flatten)]
    pub kind: EventKind,
}

/// What happened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum EventKind {
    /// The request arrived (the event's date: handed in, or arrived by post, online or fax).
    Received {
        /// How.
        channel: ReceiptChannel,
        /// Who asked (the annual report's column).
        applicant: Applicant,
        /// For signed-for mail: the day the office signed; for an ordinary letter, online and
        /// fax: the day of confirmation with the applicant.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[serde(deserialize_with = "crate::dates::strict::opt_date")]
        confirmed: Option<NaiveDate>,
        /// What was asked for.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        subject: Option<String>,
    },
    /// The one-time correction notice (第三十条): every item to correct, and the period granted.
    CorrectionRequested {
        /// Every item to correct.
        items: Vec<String>,
        /// The last day of the correction period granted.
        #[serde(deserialize_with = "crate::dates::strict::date")]
        until: NaiveDate,
    },
    /// The corrected request arrived: the reply period starts again from this day.
    Corrected {},
    /// The correction period passed without a correction: deemed abandoned (第三十条).
    DeemedAbandoned {},
    /// A consultation letter sent: the clock stops.
    ConsultationSent {
        /// Whom.
        party: Consultee,
        /// Name of the party or agency.
        #[serde(default, skip_serializing_if = "String::is_empty")]
        to: String,
    },
    /// An answer to a consultation: the clock resumes once no consultation is pending.
    ///
    /// When several consultations are pending, name the consultee in `to`: two answers on one
    /// day are then two events, while an exact repeat of a line is a duplicate and ignored.
    ConsultationAnswered {
        /// Which kind of party answered (default: the earliest pending consultation).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        party: Option<Consultee>,
        /// Which consultee answered (matched against the `to` of the letter).
        #[serde(default, skip_serializing_if = "String::is_empty")]
        to: String,
    },
    /// An extension approved by the head of the disclosure office (第三十三条第二款).
    ExtensionApproved {
        /// Working days (at most 20 in all).
        amount: u32,
        /// Who approved it.
        approved_by: String,
        /// When the applicant was told.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[serde(deserialize_with = "crate::dates::strict::opt_date")]
        applicant_notified: Option<NaiveDate>,
    },
    /// A notice of the information-processing fee (第四十二条).
    FeeNotice {
        /// Amount in fen.
        amount_fen: i64,
        /// The charging basis.
        #[serde(default, skip_serializing_if = "String::is_empty")]
        basis: String,
        /// The last day to pay.
        #[serde(deserialize_with = "crate::dates::strict::date")]
        pay_by: NaiveDate,
    },
    /// The fee was paid.
    FeePaid {},
    /// The fee was not paid in time: the request is no longer processed.
    FeeLapsed {},
    /// The reply.
    Answered {
        /// The reply type and ground (annual-report taxonomy).
        reply: ReplyType,
        /// The reasons given to the applicant.
        #[serde(default, skip_serializing_if = "String::is_empty")]
        grounds: String,
    },
    /// The applicant withdrew the request.
    Withdrawn {},
}

impl EventKind {
    /// The event's type name.
    pub fn name(&self) -> &'static str {
        match self {
            EventKind::Received { .. } => "received",
            EventKind::CorrectionRequested { .. } => "correction_requested",
            EventKind::Corrected {} => "corrected",
            EventKind::DeemedAbandoned {} => "deemed_abandoned",
            EventKind::ConsultationSent { .. } => "consultation_sent",
            EventKind::ConsultationAnswered { .. } => "consultation_answered",
            EventKind::ExtensionApproved { .. } => "extension_approved",
            EventKind::FeeNotice { .. } => "fee_notice",
            EventKind::FeePaid {} => "fee_paid",
            EventKind::FeeLapsed {} => "fee_lapsed",
            EventKind::Answered { .. } => "answered",
            EventKind::Withdrawn {} => "withdrawn",
        }
    }
}
