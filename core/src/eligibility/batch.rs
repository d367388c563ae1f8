//! Batch evaluation (在保必核: the yearly re-check of every recipient) over an iterator, in
//! constant memory: each household is assessed with the quick 低保 path and forgotten; only the
//! counts are kept.

use super::context::Context;
use super::dibao::{self, fail};
use super::error::EligibilityError;
use super::finding::Outcome;
use super::household::Household;
use serde::Serialize;
use std::collections::BTreeMap;

/// Counts by outcome and by failed rule.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// Households read.
    pub total: u64,
    /// Eligible.
    pub eligible: u64,
    /// Not eligible.
    pub not_eligible: u64,
    /// Needs information.
    pub needs_information: u64,
    /// Needs manual review.
    pub needs_manual_review: u64,
    /// Households that could not be evaluated (invalid input), by error code.
    pub invalid: BTreeMap<String, u64>,
    /// Failed 低保 rules (a household may fail several).
    pub failed_rules: BTreeMap<String, u64>,
    /// Sum of the monthly amounts of the eligible households, fen.
    pub total_amount_fen: i64,
}

impl Summary {
    /// Counts one quick result.
    pub fn add(&mut self, q: &dibao::Quick) {
        self.total += 1;
        match q.outcome {
            Outcome::Eligible => self.eligible += 1,
            Outcome::NotEligible => self.not_eligible += 1,
            Outcome::NeedsInformation => self.needs_information += 1,
            Outcome::NeedsManualReview => self.needs_manual_review += 1,
        }
        if matches!(q.outcome, Outcome::Eligible | Outcome::NeedsManualReview) {
            self.total_amount_fen = self
                .total_amount_fen
                .saturating_add(q.amount_fen.unwrap_or(0));
        }
        for (bit, rule) in fail::RULES.iter().enumerate() {
            if q.failed & (1u8 << bit) != 0 {
                *self.failed_rules.entry((*rule).to_owned()).or_default() += 1;
            }
        }
    }

    /// Counts one household that could not be evaluated.
    pub fn add_invalid(&mut self, code: &str) {
        self.total += 1;
        *self.invalid.entry(code.to_owned()).or_default() += 1;
    }

    /// Adds another summary (for multi-threaded runs).
    pub fn merge(&mut self, o: &Summary) {
        self.total += o.total;
        self.eligible += o.eligible;
        self.not_eligible += o.not_eligible;
        self.needs_information += o.needs_information;
        self.needs_manual_review += o.needs_manual_review;
        self.total_amount_fen = self.total_amount_fen.saturating_add(o.total_amount_fen);
        for (k, v) in &o.invalid {
            *self.invalid.entry(k.clone()).or_default() += v;
        }
        for (k, v) in &o.failed_rules {
            *self.failed_rules.entry(k.clone()).or_default() += v;
        }
    }
}

/// Assesses every household of `input` for 低保 and returns the counts. `each` sees every
/// result (e.g. to write a line per household); validation is on (an invalid household is
/// counted by its error code, never evaluated). Memory does not grow with the input.
///
/// ```
/// use minzheng::eligibility::{batch, Context, Household, Profile, SAMPLE_PROFILE_JSON};
/// use chrono::NaiveDate;
/// let profile = Profile::from_json(SAMPLE_PROFILE_JSON)?;
/// let ctx = Context::new(&profile, NaiveDate::from_ymd_opt(2026, 7, 1).unwrap())?;
/// let hh: Household = serde_json::from_str(r#"{"members": [{"name": "张三", "relation": "applicant",
///   "birth_date": "1960-01-01", "income": []}], "assets": [], "residence": "110105",
///   "area": "urban", "application_date": "2026-06-01"}"#).unwrap();
/// let summary = batch::summarise(&ctx, std::iter::once(Ok::<_, String>(hh)), |_, _| {});
/// assert_eq!(summary.eligible, 1);
/// # Ok::<(), minzheng::eligibility::EligibilityError>(())
/// ```
pub fn summarise<E: ToString>(
    ctx: &Context,
    input: impl IntoIterator<Item = Result<Household, E>>,
    mut each: impl FnMut(&Household, Result<&dibao::Quick, &EligibilityError>),
) -> Summary {
    let mut s = Summary::default();
    for item in input {
        match item {
            Ok(hh) => match hh.validate() {
                Ok(()) => {
                    let q = dibao::quick(&hh, ctx);
                    s.add(&q);
                    each(&hh, Ok(&q));
                }
                Err(e) => {
                    s.add_invalid(e.code());
                    each(&hh, Err(&e));
                }
            },
            Err(e) => {
                let _ = e.to_string();
                s.add_invalid("parse");
            }
        }
    }
    s
}
