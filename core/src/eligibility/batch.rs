//! Batch evaluation (在保必核: the yearly re-check of every recipient) over an iterator, in
//! constant memory: each household is assessed and forgotten; only the counts are kept.
//!
//! Two programmes are re-checked household by household ([`BatchProgramme`]): 低保, with the
//! quick path (no findings, no allocation), and 特困, with the full decision for the applicant
//! (its failed rules are the failed findings' rule ids). For a set of households evaluated
//! many times (several dates, or "what if" profiles), pack them once in
//! [`HouseholdColumns`](super::HouseholdColumns) and use [`summarise_packed`].

use super::context::Context;
use super::dibao::{self, fail};
use super::error::EligibilityError;
use super::facts::HouseholdFacts;
use super::finding::{Decision, FindingStatus, Outcome};
use super::household::Household;
use serde::Serialize;
use std::collections::BTreeMap;

/// The programme a batch re-checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum BatchProgramme {
    /// 最低生活保障, the household (quick path).
    #[default]
    Dibao,
    /// 特困人员救助供养, the applicant (full decision).
    Tekun,
}

/// The outcome and amount of one household in a batch, and the rules it failed.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Assessed {
    /// The outcome.
    pub outcome: Outcome,
    /// Monthly amount in fen, when defined.
    pub amount_fen: Option<i64>,
    /// The rule ids that failed, each once, in a stable order.
    pub failed_rules: Vec<String>,
    /// How a 低保 amount was reached (`None` for 特困 and without an amount).
    pub route: Option<dibao::Route>,
}

impl Assessed {
    /// From a quick 低保 result.
    pub fn from_quick(q: &dibao::Quick) -> Assessed {
        Assessed {
            outcome: q.outcome,
            amount_fen: q.amount_fen,
            route: q.route,
            failed_rules: fail::RULES
                .iter()
                .enumerate()
                .filter(|(bit, _)| q.failed & (1u8 << bit) != 0)
                .map(|(_, r)| (*r).to_owned())
                .collect(),
        }
    }

    /// From a full decision: the failed findings' rule ids, each once.
    pub fn from_decision(d: &Decision) -> Assessed {
        let mut failed_rules: Vec<String> = d
            .findings
            .iter()
            .filter(|f| f.status == FindingStatus::Failed)
            .map(|f| f.rule.clone())
            .collect();
        failed_rules.sort_unstable();
        failed_rules.dedup();
        Assessed {
            outcome: d.outcome,
            amount_fen: d.amount_fen,
            failed_rules,
            route: None,
        }
    }
}

/// Assesses one valid household for `programme`.
pub fn assess(hh: &Household, ctx: &Context, programme: BatchProgramme) -> Assessed {
    match programme {
        BatchProgramme::Dibao => Assessed::from_quick(&dibao::quick(hh, ctx)),
        BatchProgramme::Tekun => Assessed::from_decision(&super::tekun::evaluate(hh, ctx)),
    }
}

/// Counts by outcome and by failed rule.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct BatchSummary {
    /// The programme re-checked.
    pub programme: BatchProgramme,
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
    /// Households paid during a 渐退期 (第三十三条), among the eligible and in review.
    pub in_taper: u64,
}

impl BatchSummary {
    /// An empty summary of a batch for `programme`.
    pub fn for_programme(programme: BatchProgramme) -> BatchSummary {
        BatchSummary {
            programme,
            ..BatchSummary::default()
        }
    }

    /// Counts one quick 低保 result.
    pub fn add(&mut self, q: &dibao::Quick) {
        self.count(q.outcome, q.amount_fen);
        if q.route == Some(dibao::Route::Taper) {
            self.in_taper += 1;
        }
        for (bit, rule) in fail::RULES.iter().enumerate() {
            if q.failed & (1u8 << bit) != 0 {
                *self.failed_rules.entry((*rule).to_owned()).or_default() += 1;
            }
        }
    }

    /// Counts one assessed household (any batch programme).
    pub fn add_assessed(&mut self, a: &Assessed) {
        self.count(a.outcome, a.amount_fen);
        if a.route == Some(dibao::Route::Taper) {
            self.in_taper += 1;
        }
        for rule in &a.failed_rules {
            match self.failed_rules.get_mut(rule) {
                Some(n) => *n += 1,
                None => {
                    self.failed_rules.insert(rule.clone(), 1);
                }
            }
        }
    }

    fn count(&mut self, outcome: Outcome, amount_fen: Option<i64>) {
        self.total += 1;
        match outcome {
            Outcome::Eligible => self.eligible += 1,
            Outcome::NotEligible => self.not_eligible += 1,
            Outcome::NeedsInformation => self.needs_information += 1,
            Outcome::NeedsManualReview => self.needs_manual_review += 1,
        }
        if matches!(outcome, Outcome::Eligible | Outcome::NeedsManualReview) {
            self.total_amount_fen = self
                .total_amount_fen
                .saturating_add(amount_fen.unwrap_or(0));
        }
    }

    /// Counts one household that could not be evaluated.
    pub fn add_invalid(&mut self, code: &str) {
        self.total += 1;
        *self.invalid.entry(code.to_owned()).or_default() += 1;
    }

    /// Adds another summary (for multi-threaded runs).
    pub fn merge(&mut self, o: &BatchSummary) {
        self.total += o.total;
        self.eligible += o.eligible;
        self.not_eligible += o.not_eligible;
        self.needs_information += o.needs_information;
        self.needs_manual_review += o.needs_manual_review;
        self.in_taper += o.in_taper;
        self.total_amount_fen = self.total_amount_fen.saturating_add(o.total_amount_fen);
        for (k, v) in &o.invalid {
            *self.invalid.entry(k.clone()).or_default() += v;
        }
        for (k, v) in &o.failed_rules {
            *self.failed_rules.entry(k.clone()).or_default() += v;
        }
    }
}

/// Assesses every household of `input` for 低保 and returns the counts (the quick path; see
/// [`summarise_programme`] for 特困). `each` sees every
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
    each: impl FnMut(&Household, Result<&dibao::Quick, &EligibilityError>),
) -> BatchSummary {
    drive(
        BatchSummary::default(),
        input,
        |hh| dibao::quick(hh, ctx),
        BatchSummary::add,
        each,
    )
}

/// The loop both summaries share: validate, evaluate, count, show.
fn drive<T, E: ToString>(
    mut s: BatchSummary,
    input: impl IntoIterator<Item = Result<Household, E>>,
    mut eval: impl FnMut(&Household) -> T,
    mut count: impl FnMut(&mut BatchSummary, &T),
    mut each: impl FnMut(&Household, Result<&T, &EligibilityError>),
) -> BatchSummary {
    for item in input {
        match item {
            Ok(hh) => match hh.validate() {
                Ok(()) => {
                    let r = eval(&hh);
                    count(&mut s, &r);
                    each(&hh, Ok(&r));
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

/// Assesses every household of `input` for `programme` and returns the counts. `each` sees
/// every household with its assessment or its validation error. Memory does not grow with the
/// input.
///
/// ```
/// use minzheng::eligibility::{batch, Context, Household, Profile, SAMPLE_PROFILE_JSON};
/// use minzheng::eligibility::batch::BatchProgramme;
/// use chrono::NaiveDate;
/// let profile = Profile::from_json(SAMPLE_PROFILE_JSON)?;
/// let ctx = Context::new(&profile, NaiveDate::from_ymd_opt(2026, 7, 1).unwrap())?;
/// // A man of 40 with no income: 低保 yes, 特困 no (he is of working age, 第五条).
/// let hh: Household = serde_json::from_str(r#"{"members": [{"name": "张三", "relation": "applicant",
///   "birth_date": "1986-01-01", "income": []}], "assets": [], "residence": "110105",
///   "area": "urban", "application_date": "2026-06-01", "liable_relatives": []}"#).unwrap();
/// let t = batch::summarise_programme(&ctx, BatchProgramme::Tekun,
///     std::iter::once(Ok::<_, String>(hh)), |_, _| {});
/// assert_eq!((t.total, t.not_eligible), (1, 1));
/// assert_eq!(t.failed_rules.get("tekun.no_labour_capacity"), Some(&1));
/// # Ok::<(), minzheng::eligibility::EligibilityError>(())
/// ```
pub fn summarise_programme<E: ToString>(
    ctx: &Context,
    programme: BatchProgramme,
    input: impl IntoIterator<Item = Result<Household, E>>,
    each: impl FnMut(&Household, Result<&Assessed, &EligibilityError>),
) -> BatchSummary {
    let start = BatchSummary {
        programme,
        ..BatchSummary::default()
    };
    drive(
        start,
        input,
        |hh| assess(hh, ctx, programme),
        BatchSummary::add_assessed,
        each,
    )
}

/// The 低保 counts of households already validated and packed (any [`HouseholdFacts`], e.g.
/// the rows of [`HouseholdColumns::iter_range`](super::HouseholdColumns::iter_range), one
/// range per worker thread, merged with [`BatchSummary::merge`]).
///
/// ```
/// use minzheng::eligibility::{batch, Context, Household, HouseholdColumns, Profile, SAMPLE_PROFILE_JSON};
/// use chrono::NaiveDate;
/// let profile = Profile::from_json(SAMPLE_PROFILE_JSON)?;
/// let ctx = Context::new(&profile, NaiveDate::from_ymd_opt(2026, 7, 1).unwrap())?;
/// let hh = Household::from_json(r#"{"members": [{"name": "张三", "relation": "applicant",
///   "birth_date": "1960-01-01", "income": []}], "assets": [], "residence": "110105",
///   "area": "urban", "application_date": "2026-06-01"}"#)?;
/// let mut cols = HouseholdColumns::new();
/// cols.push(&hh)?;
/// cols.push(&hh)?;
/// let s = batch::summarise_packed(&ctx, cols.iter());
/// assert_eq!((s.total, s.eligible, s.total_amount_fen), (2, 2, 200_000));
/// # Ok::<(), minzheng::eligibility::EligibilityError>(())
/// ```
pub fn summarise_packed<H: HouseholdFacts>(
    ctx: &Context,
    households: impl IntoIterator<Item = H>,
) -> BatchSummary {
    let mut s = BatchSummary::default();
    for h in households {
        s.add(&dibao::quick(&h, ctx));
    }
    s
}
