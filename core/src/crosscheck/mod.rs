//! Household economic-status cross-check (家庭经济状况核对): other departments' records about
//! the members of 低保 households, applied to the households and re-evaluated by the
//! eligibility engine — on entry and every year (凡进必核、在保必核; 最低生活保障审核确认办法
//! 第十七条、第三十一条).
//!
//! The pieces, each pure:
//! - [`Record`], [`RecordFact`], [`Department`]: one typed fact about one identity number, parsed
//!   from a JSON Lines or CSV line ([`RecordColumns`]).
//! - [`RecipientIndex`] and [`MatchedRecords`]: the recipients' identity numbers as 8-byte keys
//!   ([`id_key`]), records placed against them as they stream past (matched, not a recipient,
//!   invalid number — the last two are reported, never dropped), the matched ones kept in a
//!   canonical order.
//! - [`recheck`]: one household with its records → the facts they change, the engine's decision
//!   before and after, and the changes against the current status (continue, adjust the amount,
//!   stop, needs review, newly eligible member), each with its reason and citation.
//! - [`RecheckSummary`]: counts that add up across threads; [`synth`]: seeded synthetic data.
//! - [`result_line`], [`result_header`]: the result file's lines, written once here for the CLI
//!   and for a run split over an engine ([`record_key`], [`household_keys`], [`member_records`]).
//!
//! Reading files, threads and progress live in the caller (the CLI's `crosscheck` command).
//!
//! ```
//! use minzheng::crosscheck::{recheck, ChangeKind, Department, RecordFact, MemberRecord, Options, Source};
//! use minzheng::eligibility::{Context, Household, Profile, SAMPLE_PROFILE_JSON};
//! use chrono::NaiveDate;
//! let profile = Profile::from_json(SAMPLE_PROFILE_JSON)?;
//! let ctx = Context::new(&profile, NaiveDate::from_ymd_opt(2026, 7, 1).unwrap())?;
//! let hh = Household::from_json(r#"{"members": [{"name": "王芳", "relation": "applicant",
//!   "id_number": "11010519491231002X", "income": []}], "assets": [], "residence": "110105",
//!   "area": "urban", "application_date": "2026-06-01"}"#)?;
//! // The pension the social-insurance bureau pays her: 400 yuan a month.
//! let pension = MemberRecord { member: 0, department: Department::SocialInsurance,
//!     fact: RecordFact::Pension { scheme: minzheng::crosscheck::PensionScheme::Employee, monthly_fen: 40_000 },
//!     source: Source { dataset: 0, line: 2 } };
//! let r = recheck(&hh, &[pension], &ctx, &Options::default())?;
//! assert_eq!(r.primary(), ChangeKind::AdjustAmount);
//! assert_eq!((r.before.amount_fen, r.after.amount_fen), (Some(100_000), Some(60_000)));
//! # Ok::<(), minzheng::eligibility::EligibilityError>(())
//! ```

mod apply;
mod change;
mod error;
mod index;
mod lines;
mod place;
mod recheck;
mod record;
mod summary;
#[cfg(feature = "synth")]
pub mod synth;

pub use apply::{apply, Applied, FactChange, MemberRecord};
pub use change::{
    BenefitStatus, Change, ChangeKind, GRADUAL_EXIT, INFORMATION_CHECK, NOTIFY_REDUCTION,
    NO_DIRECT_INCLUSION, NO_OBVIOUS_CHANGE, OBJECTION, PERIODIC_REVIEW, TEKUN_NOTICE,
    TEKUN_OTHER_ASSISTANCE, TEKUN_TERMINATION,
};
pub use error::RecordError;
pub use index::{id_key, Matched, MatchedRecords, Placement, RecipientIndex, Source};
pub use lines::{
    household_keys, member_records, record_key, record_line, result_header, result_line,
};
pub use place::{place_record, REPORT_HEADER};
pub use recheck::recheck;
pub use record::{CompanyRole, Department, PensionScheme, Record, RecordColumns, RecordFact};
pub use summary::RecheckSummary;

use crate::eligibility::{Decision, Household};
use serde::Serialize;

/// Options of a re-check run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Options {
    /// Amount changes smaller than this (fen a month) are "no obvious change" and not adjusted
    /// (第三十一条第二款 leaves "明显" to the locality; 0 = every change is reported).
    pub min_adjustment_fen: i64,
}

/// The cross-check of one household.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Recheck {
    /// The caller's case reference.
    pub case_id: String,
    /// The matched records, in canonical order, with their sources.
    pub records: Vec<MemberRecord>,
    /// The facts they changed.
    pub fact_changes: Vec<FactChange>,
    /// Members without an identity number: they could not be checked (第十七条 asks for every
    /// member).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub unverifiable_members: Vec<usize>,
    /// 低保 before the records (the household as declared).
    pub before: BenefitStatus,
    /// 低保 after the records.
    pub after: BenefitStatus,
    /// The engine's full 低保 decision after the records, when anything changed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub decision: Option<Decision>,
    /// Every change, most serious first; `[Continue]` when nothing changes.
    pub changes: Vec<Change>,
}

impl Recheck {
    /// The most serious change (stop, needs review, adjust amount, newly eligible member,
    /// continue).
    pub fn primary(&self) -> ChangeKind {
        self.changes
            .first()
            .map_or(ChangeKind::Continue, |c| c.kind)
    }

    /// `true` if the household has this kind of change.
    pub fn has(&self, k: ChangeKind) -> bool {
        self.changes.iter().any(|c| c.kind == k)
    }
}

/// The records of every member of `hh` that has an identity number, from the matched set.
pub fn gather(hh: &Household, matched: &MatchedRecords) -> Vec<MemberRecord> {
    let mut out = Vec::new();
    for (i, m) in hh.members.iter().enumerate() {
        let Some(key) = m.id_number.as_deref().and_then(|n| id_key(n).ok()) else {
            continue;
        };
        out.extend(matched.for_key(key).iter().map(|r| MemberRecord {
            member: i,
            department: r.fact.department(),
            fact: r.fact,
            source: r.source,
        }));
    }
    out
}

#[cfg(test)]
mod tests;
