//! Social-assistance eligibility (社会救助资格): households, policy profiles, programmes,
//! decisions with findings, integrity checks, public notices and batch re-checks.
//!
//! Every rule sits next to the article it implements ([`rules`]); every finding carries the
//! citation and the confidence of its source (most measures were read in a transcription:
//! `[V2]`; the disability-subsidy rules are partly `UNVERIFIED`). Where the law leaves room we
//! take the reading that protects the applicant and say so next to the rule and in DESIGN.md.
//!
//! ```
//! use minzheng::eligibility::{evaluate, Household, Outcome, Profile, Programme, SAMPLE_PROFILE_JSON};
//! use chrono::NaiveDate;
//! let profile = Profile::from_json(SAMPLE_PROFILE_JSON)?;
//! let hh = Household::from_json(r#"{
//!   "members": [
//!     {"name": "王芳", "relation": "applicant", "id_number": "11010519491231002X", "income": []},
//!     {"name": "李强", "relation": "spouse", "birth_date": "1950-03-01",
//!      "income": [{"kind": "wages", "monthly_fen": 50000}]}],
//!   "assets": [{"kind": "deposits", "value_fen": 1000000}],
//!   "residence": "110105", "village": "示例社区", "area": "urban",
//!   "application_date": "2026-06-01"}"#)?;
//! let ev = evaluate(&hh, &profile, NaiveDate::from_ymd_opt(2026, 6, 15).unwrap())?;
//! let dibao = ev.decision(Programme::Dibao).unwrap();
//! assert_eq!(dibao.outcome, Outcome::Eligible);
//! // Sample standard 1,000 yuan: 2 × 1,000 − 500 = 1,500 yuan a month, exact in fen.
//! assert_eq!(dibao.amount_fen, Some(150_000));
//! for line in dibao.explanation() { println!("{line}"); }
//! # Ok::<(), minzheng::eligibility::EligibilityError>(())
//! ```

pub mod batch;
mod children;
mod columns;
mod context;
pub mod csv;
pub mod dibao;
mod disability;
mod error;
mod facts;
mod finding;
mod household;
mod income;
mod members;
pub mod notice;
mod place;
mod profile;
pub mod rules;
mod tekun;
mod temporary;
mod validate;

pub use columns::{HouseholdColumns, HouseholdRef, MemberRef};
pub use context::Context;
pub use error::{EligibilityError, HouseholdProblem, ProfileProblem};
pub use facts::{HouseholdFacts, MemberFacts};
pub use finding::{
    yuan, Decision, Fact, Finding, FindingStatus, Ledger, MemberAmount, MissingFact, Outcome,
    Programme, Requirement,
};
pub use household::{
    Area, AssetItem, AssetKind, CurrentBenefit, CurrentDibao, Disability, DisabilityCategory,
    ExpenseItem, ExpenseKind, Flag, Hardship, Household, IncomeItem, IncomeKind, LabourCapacity,
    LiableRelative, Member, MemberStatus, ParentFacts, Relation, Schooling, StaffRole, StaffTie,
};
pub use income::{IncomeTable, Treatment};
pub use members::{classify, Counting};
pub use notice::{NoticeRow, PublicNotice};
pub use place::residence_warnings;
pub use profile::{
    CareStandards, ExpenseDeduction, FlagEffect, FlagRule, GradeAmount, LivingSubsidyScope,
    LocalTimeLimit, Param, Profile, ProfileVersion, Rounding, Taper, SAMPLE_PROFILE_JSON,
};

use crate::calendar::Calendar;
use crate::deadline::{Catalogue, Deadline};
use chrono::NaiveDate;
use serde::Serialize;

/// Every decision for a household on a date, and every missing fact across programmes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Evaluation {
    /// The evaluation date.
    pub date: NaiveDate,
    /// The profile version's effective date.
    pub profile_version: NaiveDate,
    /// Decisions: 低保, 特困 (applicant), 临时救助 screening, then per member the disability
    /// subsidies and, for minors, the child benefits.
    pub decisions: Vec<Decision>,
    /// Every missing fact of every decision, once (一次性告知).
    pub missing: Vec<MissingFact>,
    /// Warnings on the profile's own division code ([`Profile::warnings`]) and on the
    /// registered residence against the division lists and the profile's jurisdiction
    /// ([`residence_warnings`]); never a refusal. Left out of the JSON when empty.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<crate::id::Remark>,
}

impl Evaluation {
    /// The first decision for a programme.
    pub fn decision(&self, p: Programme) -> Option<&Decision> {
        self.decisions.iter().find(|d| d.programme == p)
    }
}

/// Validates the household and evaluates every programme against the profile version in
/// force on `date`.
pub fn evaluate(
    hh: &Household,
    profile: &Profile,
    date: NaiveDate,
) -> Result<Evaluation, EligibilityError> {
    let ctx = Context::new(profile, date)?;
    evaluate_in(hh, &ctx)
}

/// [`evaluate`] with a prepared context.
pub fn evaluate_in(hh: &Household, ctx: &Context) -> Result<Evaluation, EligibilityError> {
    hh.validate()?;
    let mut decisions = Vec::new();
    let dibao = dibao::evaluate(hh, ctx);
    let dibao_household = match dibao.outcome {
        Outcome::Eligible | Outcome::NeedsManualReview if dibao.per_member.is_empty() => Some(true),
        Outcome::NeedsInformation => None,
        _ => Some(false),
    };
    let is_dibao = dibao_household == Some(true)
        || hh.members.iter().any(|m| m.receives(CurrentBenefit::Dibao));
    let single_dibao: Vec<usize> = match dibao.outcome {
        Outcome::Eligible | Outcome::NeedsManualReview => {
            dibao.per_member.iter().map(|m| m.member).collect()
        }
        _ => Vec::new(),
    };
    decisions.push(dibao);
    decisions.push(tekun::evaluate(hh, ctx));
    decisions.push(temporary::evaluate(hh, ctx, is_dibao));
    decisions.extend(disability::evaluate(
        hh,
        ctx,
        if is_dibao {
            Some(true)
        } else {
            dibao_household
        },
        &single_dibao,
    ));
    for (i, m) in hh.members.iter().enumerate() {
        if m.age_on(ctx.date).is_none_or(|a| a < 18) && m.parents.is_some() {
            decisions.extend(children::evaluate(m, i, ctx));
        }
    }
    integrity(hh, &mut decisions);
    let mut missing: Vec<MissingFact> = Vec::new();
    for d in &decisions {
        for m in &d.missing {
            if !missing.iter().any(|x| x.field == m.field) {
                missing.push(m.clone());
            }
        }
    }
    Ok(Evaluation {
        date: ctx.date,
        profile_version: ctx.version.effective_from,
        decisions,
        missing,
        warnings: {
            let table = crate::division::default_table();
            let mut w = place::jurisdiction_warnings(ctx.jurisdiction, table);
            w.extend(residence_warnings(hh, ctx.jurisdiction, table));
            w
        },
    })
}

/// The integrity rules across programmes (issue 17), as procedural requirements that never
/// change an outcome:
///
/// - a close relative of a caseworker or village cadre: 单独登记备案 and the county's home visit
///   (最低生活保障审核确认办法 第十一条、第二十条第二款 \[V2\]) for **every** programme, not only
///   低保 (seed 004 (一), local practice: tagged `Practice`);
/// - one person qualifying for both 低保 and 特困: no national text makes them exclusive
///   (LEGAL.md I4; 社会救助暂行办法 第十五条 only asks the systems to be linked, 衔接), so both
///   decisions say so and ask for the coordination — neither is dropped, neither is paid silently
///   alongside the other.
fn integrity(hh: &Household, decisions: &mut [Decision]) {
    let open = |d: &Decision| matches!(d.outcome, Outcome::Eligible | Outcome::NeedsManualReview);
    if hh.has_staff_ties() {
        for d in decisions.iter_mut() {
            if d.programme == Programme::Dibao || !open(d) {
                continue;
            }
            d.requirements.push(Requirement {
                rule: rules::INTEGRITY_CLOSE_RELATIVE.id.into(),
                citation: rules::INTEGRITY_CLOSE_RELATIVE.citation(),
                zh: "申请人或家庭成员与经办人员或村（居）民委员会成员有近亲属关系：单独登记备案，县级入户调查".into(),
                en: "a close relative of a caseworker or village cadre: separate registration and a county home visit".into(),
            });
        }
    }
    let both = decisions
        .iter()
        .filter(|d| matches!(d.programme, Programme::Dibao | Programme::Tekun) && open(d))
        .count()
        == 2;
    if both {
        for d in decisions
            .iter_mut()
            .filter(|d| matches!(d.programme, Programme::Dibao | Programme::Tekun))
        {
            d.requirements.push(Requirement {
                rule: rules::TEKUN_DIBAO_COORDINATION.id.into(),
                citation: rules::TEKUN_DIBAO_COORDINATION.citation(),
                zh: "同时符合低保和特困供养条件：国家层面未见二者互斥的规定（社会救助暂行办法 第十五条只要求制度衔接），请按本地衔接规定协调确定，不得同时发放或擅自择一".into(),
                en: "qualifies for both 低保 and 特困: no national text makes them exclusive (Art. 15 only asks the systems to be linked); coordinate under the local rule — do not pay both or pick one silently".into(),
            });
        }
    }
}

impl Decision {
    /// The due date of the written refusal notice (`dibao.refusal_notice` / `tekun.refusal_notice`,
    /// 3 working days from the decision) for a refusal decided on `decided_on`; `None` if the
    /// decision is not a refusal or the programme has no such period. Pass the catalogue with the
    /// jurisdiction's local limits applied (`ProfileVersion::catalogue`).
    ///
    /// ```
    /// use minzheng::calendar::Calendar;
    /// use minzheng::deadline::Catalogue;
    /// use minzheng::eligibility::{evaluate, Household, Outcome, Profile, Programme, SAMPLE_PROFILE_JSON};
    /// use chrono::NaiveDate;
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let profile = Profile::from_json(SAMPLE_PROFILE_JSON)?;
    /// let hh = Household::from_json(r#"{"members": [{"name": "冯一", "relation": "applicant",
    ///   "birth_date": "1980-01-01", "income": [{"kind": "wages", "monthly_fen": 200000}]}],
    ///   "assets": [], "residence": "110105", "area": "urban", "application_date": "2026-09-01"}"#)?;
    /// let ev = evaluate(&hh, &profile, d(2026, 9, 30))?;
    /// let refusal = ev.decision(Programme::Dibao).unwrap();
    /// assert_eq!(refusal.outcome, Outcome::NotEligible);
    /// let due = refusal.refusal_notice_due(d(2026, 9, 30), &Calendar::china(), &Catalogue::national())?;
    /// // 3 working days: the National Day block is skipped, 10-10 is a make-up workday.
    /// assert_eq!(due.map(|dl| dl.due), Some(d(2026, 10, 10)));
    /// # Ok::<(), minzheng::eligibility::EligibilityError>(())
    /// ```
    pub fn refusal_notice_due(
        &self,
        decided_on: NaiveDate,
        cal: &Calendar,
        catalogue: &Catalogue,
    ) -> Result<Option<Deadline>, EligibilityError> {
        if self.outcome != Outcome::NotEligible {
            return Ok(None);
        }
        let id = match self.programme {
            Programme::Dibao => "dibao.refusal_notice",
            Programme::Tekun => "tekun.refusal_notice",
            _ => return Ok(None),
        };
        Ok(Some(catalogue.clock(id, decided_on)?.compute(cal)?))
    }
}

#[cfg(test)]
mod tests;
