//! 最低生活保障 (低保): who counts (第七条), income (第十三条), assets (第十四条 and the
//! profile), the test (社会救助暂行办法 第九条), the allowance (第十二条), the marginal
//! household and single-person inclusion (单人保, 第八条), and close relatives of staff
//! (第十一条, 第二十条第二款).
//!
//! **The allowance and its rounding.** 第十二条 pays "the gap between the per-capita income and
//! the standard" for the household: (standard − income ÷ n) × n. We compute it as
//! n × standard − income, which is the same number without the division, so it is exact in
//! whole fen and needs no rounding. The eligibility test "per-capita income below the standard"
//! is likewise income < n × standard, exact. A profile may ask for rounding up to the whole
//! yuan (`allowance_rounding: up_to_yuan`); rounding is never downwards.

use super::context::Context;
use super::facts::{HouseholdFacts, MemberFacts};
use super::finding::Outcome;
use super::household::{DisabilityCategory, MemberStatus};
use super::members::{classify, Counting};
use super::profile::{FlagEffect, Rounding};
use chrono::{Datelike, NaiveDate};

mod explain;
pub use explain::evaluate;

/// Failure bits of the quick assessment (for batch summaries).
pub mod fail {
    /// Income not below the standard.
    pub const INCOME: u8 = 1;
    /// Assets over the limits.
    pub const ASSETS: u8 = 2;
    /// Excluded by a local flag rule.
    pub const FLAG: u8 = 4;
    /// No member counts.
    pub const NO_MEMBERS: u8 = 8;
    /// The rule ids for each bit, in bit order.
    pub const RULES: [&str; 4] = [
        "dibao.income_below_standard",
        "dibao.assets",
        "dibao.flag",
        "dibao.members",
    ];
}

/// How an amount was reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Route {
    /// The household passes (第九条, 第十二条): n × standard − income.
    Household,
    /// Persons applying alone (单人保, 第八条) in a household that does not pass.
    SinglePersons,
    /// 渐退期 (第三十三条): a 低保 household over the line after a member took work, paid
    /// during the local taper.
    Taper,
}

/// The 低保 result without findings: what a batch needs, computed without allocation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quick {
    /// The outcome.
    pub outcome: Outcome,
    /// Monthly amount in fen, when eligible.
    pub amount_fen: Option<i64>,
    /// Failure bits (see [`fail`]).
    pub failed: u8,
    /// How the amount was reached, when there is one.
    pub route: Option<Route>,
}

/// The 渐退期 of a household on the evaluation date (第三十三条), when it applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TaperPeriod {
    /// The employment that put the household over the line began on this date.
    pub employed_since: NaiveDate,
    /// The first day after the taper.
    pub ends: NaiveDate,
    /// The amount paid during the taper, fen.
    pub amount_fen: i64,
}

/// The taper of a household that receives 低保 and failed only the income test, on
/// `ctx.date`: the latest employment start of a counted member on or after the household began
/// receiving 低保 and not after the date; the taper runs `months` whole months after that
/// month. Judgement call (DESIGN.md): the latest start, because it is the one that can have put
/// the household over the line, and it gives the longer taper.
fn taper<H: HouseholdFacts + ?Sized>(hh: &H, ctx: &Context, failed: u8) -> Option<TaperPeriod> {
    let rule = &ctx.version.dibao_taper.as_ref()?.value;
    let current = hh.current_dibao()?;
    if failed != fail::INCOME {
        return None;
    }
    let employed_since = hh
        .members()
        .filter(|m| classify(m, ctx.date).is_counted())
        .filter_map(|m| m.employed_since())
        .filter(|e| *e >= current.since && *e <= ctx.date)
        .max()?;
    let next_month = employed_since
        .with_day(1)?
        .checked_add_months(chrono::Months::new(1))?;
    let ends = next_month.checked_add_months(chrono::Months::new(rule.months))?;
    if ctx.date >= ends {
        return None;
    }
    let share = i128::from(current.monthly_fen.max(0)) * i128::from(rule.share_permille);
    let amount = i64::try_from((share + 999) / 1000).unwrap_or(i64::MAX);
    Some(TaperPeriod {
        employed_since,
        ends,
        amount_fen: round(amount, ctx.version.allowance_rounding.value),
    })
}

/// The computed quantities both paths share.
#[derive(Debug, Clone, Copy)]
struct Core {
    counted: i64,
    membership_unknown: bool,
    /// Counted income after the rigid-expense deduction (never below zero): what the tests
    /// and the allowance use.
    income: i64,
    /// Counted income before the deduction.
    gross_income: i64,
    /// The rigid-expense deduction (第十三条第三款), 0 without a local rule.
    deduction: i64,
    income_unknown: bool,
    standard: i64,
    assets: Option<AssetCheck>,
    flag_exclude: bool,
    flag_review: bool,
    ties: bool,
}

#[derive(Debug, Clone, Copy)]
struct AssetCheck {
    financial: i64,
    financial_limit: i64,
    extra_housing: u32,
    vehicles: i64,
}

impl AssetCheck {
    fn financial_ok(&self) -> bool {
        self.financial <= self.financial_limit
    }
}

fn member_income<M: MemberFacts>(m: &M, ctx: &Context) -> Option<i64> {
    m.income().map(|items| {
        items
            .iter()
            .filter(|i| ctx.income.dibao_counted(i.kind))
            .fold(0i64, |a, i| a.saturating_add(i.monthly_fen))
    })
}

fn core<H: HouseholdFacts + ?Sized>(hh: &H, ctx: &Context) -> Core {
    let v = ctx.version;
    let mut c = Core {
        counted: 0,
        membership_unknown: false,
        income: 0,
        gross_income: 0,
        deduction: 0,
        income_unknown: false,
        standard: v.dibao_standard(hh.area()).value,
        assets: None,
        flag_exclude: false,
        flag_review: false,
        ties: hh.has_staff_ties(),
    };
    let deduction = v.rigid_expense_deduction.as_ref().map(|d| &d.value);
    let mut listed_expenses = 0i64;
    for m in hh.members() {
        match classify(&m, ctx.date) {
            Counting::Counted(_) => {
                c.counted += 1;
                match member_income(&m, ctx) {
                    Some(x) => c.gross_income = c.gross_income.saturating_add(x),
                    None => c.income_unknown = true,
                }
                if let Some(d) = deduction {
                    listed_expenses = listed_expenses.saturating_add(d.listed(m.expenses()));
                }
            }
            Counting::NeedsBirthDate => c.membership_unknown = true,
            _ => {}
        }
    }
    if let Some(d) = deduction {
        c.deduction = d.apply(listed_expenses).min(c.gross_income);
    }
    c.income = c.gross_income.saturating_sub(c.deduction).max(0);
    c.assets = hh.assets().map(|items| {
        let exempt = &v.exempt_asset_kinds.value;
        let mut a = AssetCheck {
            financial: 0,
            financial_limit: v
                .financial_assets_per_capita_limit_fen
                .value
                .saturating_mul(c.counted),
            extra_housing: 0,
            vehicles: 0,
        };
        for i in items.iter().filter(|i| !exempt.contains(&i.kind)) {
            use super::household::AssetKind as K;
            match i.kind {
                k if k.is_financial() => a.financial = a.financial.saturating_add(i.value_fen),
                K::ExtraHousing => a.extra_housing += 1,
                K::Vehicle => a.vehicles = a.vehicles.saturating_add(i.value_fen),
                _ => {}
            }
        }
        a
    });
    for f in hh.flags() {
        match v.flag_rules.iter().find(|r| r.flag == *f).map(|r| r.effect) {
            Some(FlagEffect::Exclude) => c.flag_exclude = true,
            _ => c.flag_review = true,
        }
    }
    c
}

fn assets_ok(a: &AssetCheck, ctx: &Context) -> bool {
    let v = ctx.version;
    a.financial_ok()
        && a.extra_housing <= v.max_extra_housing.value
        && a.vehicles <= v.vehicle_value_limit_fen.value
}

/// income < factor × n × standard, exactly (factor in thousandths).
fn below(income: i64, n: i64, standard: i64, permille: i64) -> bool {
    i128::from(income) * 1000 < i128::from(permille) * i128::from(n) * i128::from(standard)
}

fn round(amount: i64, r: Rounding) -> i64 {
    match r {
        Rounding::Fen => amount,
        Rounding::UpToYuan => amount.saturating_add(99) / 100 * 100,
    }
}

/// A person's own counted income after their own rigid-expense deduction (单人保).
fn own_net_income<M: MemberFacts>(m: &M, ctx: &Context) -> Option<i64> {
    let gross = member_income(m, ctx)?;
    let deduction = ctx
        .version
        .rigid_expense_deduction
        .as_ref()
        .map_or(0, |d| d.value.amount(m.expenses()).min(gross));
    Some(gross.saturating_sub(deduction).max(0))
}

/// Why a member may apply alone (第八条第一款), if they may.
fn single_ground<M: MemberFacts>(m: &M) -> Option<(&'static str, &'static str, bool)> {
    if let Some(MemberStatus::ReligiousStaffApart {
        years,
        in_religious_venue: true,
    }) = m
        .statuses()
        .iter()
        .find(|s| matches!(s, MemberStatus::ReligiousStaffApart { .. }))
    {
        if *years >= 3 {
            return Some((
                "（三）在宗教场所居住三年以上的宗教教职人员",
                "(3) religious staff living in a religious venue for three years or more",
                false,
            ));
        }
    }
    if let Some(d) = m.disability() {
        let grade3 = d.grade == 3
            && matches!(
                d.category,
                DisabilityCategory::Intellectual | DisabilityCategory::Mental
            );
        if d.is_severe() || grade3 {
            return Some(("（一）边缘家庭中的重度残疾人或三级智力、精神残疾人", "(1) severely disabled, or grade-3 intellectual or mental disability, in a marginal household", true));
        }
    }
    if m.has(|s| matches!(s, MemberStatus::SeriousIllness)) {
        return Some((
            "（二）边缘家庭中的重特大疾病患者",
            "(2) serious illness in a marginal household",
            true,
        ));
    }
    None
}

/// Single persons of a not-eligible marginal household: (member, own-income gap).
/// Judgement call (DESIGN.md): 第八条 does not fix the amount; the person is treated as a
/// one-person household, standard − own counted income.
fn singles<'h, H: HouseholdFacts + ?Sized>(
    hh: &'h H,
    ctx: &'h Context,
    c: &'h Core,
    marginal: bool,
) -> impl Iterator<Item = (usize, i64)> + 'h {
    hh.members().enumerate().filter_map(move |(i, m)| {
        let (_, _, needs_marginal) = single_ground(&m)?;
        if needs_marginal && !marginal {
            return None;
        }
        let own = own_net_income(&m, ctx)?;
        let gap = c.standard.saturating_sub(own);
        (gap > 0).then(|| (i, round(gap, ctx.version.allowance_rounding.value)))
    })
}

/// The quick assessment: same rules as [`evaluate`], no findings, no allocation. `hh` is a
/// [`Household`](super::Household) or a row of [`HouseholdColumns`](super::HouseholdColumns)
/// (the same rules, over facts packed for a batch).
pub fn quick<H: HouseholdFacts + ?Sized>(hh: &H, ctx: &Context) -> Quick {
    let c = core(hh, ctx);
    decide(hh, ctx, &c)
}

fn decide<H: HouseholdFacts + ?Sized>(hh: &H, ctx: &Context, c: &Core) -> Quick {
    let mut failed = 0u8;
    let mut unknown = c.membership_unknown || c.income_unknown || c.assets.is_none();
    if c.counted == 0 && !c.membership_unknown {
        failed |= fail::NO_MEMBERS;
    }
    let income_pass =
        !c.membership_unknown && !c.income_unknown && below(c.income, c.counted, c.standard, 1000);
    if !c.membership_unknown && !c.income_unknown && !income_pass {
        failed |= fail::INCOME;
    }
    let assets_pass = c.assets.map(|a| assets_ok(&a, ctx));
    if assets_pass == Some(false) {
        failed |= fail::ASSETS;
    }
    if c.flag_exclude {
        failed |= fail::FLAG;
    }
    // A close relative of staff is a procedural matter (单独登记备案, 入户调查: the decision's
    // requirements), not a doubt about eligibility: the household stays eligible, so that it
    // reaches the 公示 (issue 17; 第十一条, 第二十条第二款).
    let review = c.flag_review;
    let paid = |amount: i64, route: Route| Quick {
        outcome: if review {
            Outcome::NeedsManualReview
        } else {
            Outcome::Eligible
        },
        amount_fen: Some(amount),
        failed,
        route: Some(route),
    };
    if failed == 0 && !unknown {
        let amount = round(
            c.counted
                .saturating_mul(c.standard)
                .saturating_sub(c.income),
            ctx.version.allowance_rounding.value,
        );
        return paid(amount, Route::Household);
    }
    if failed != 0 {
        match rescue(hh, ctx, c, failed, assets_pass) {
            Some(Rescue::Paid(amount, route)) => return paid(amount, route),
            Some(Rescue::AskForAssets) => {
                return Quick {
                    outcome: Outcome::NeedsInformation,
                    amount_fen: None,
                    failed,
                    route: None,
                }
            }
            None => unknown = false,
        }
    }
    let outcome = if failed != 0 {
        Outcome::NotEligible
    } else if unknown {
        Outcome::NeedsInformation
    } else {
        Outcome::NeedsManualReview
    };
    Quick {
        outcome,
        amount_fen: None,
        failed,
        route: None,
    }
}

/// What can still be paid, or must be asked, when the household as a whole fails.
enum Rescue {
    /// 单人保 or the 渐退期 pays this amount.
    Paid(i64, Route),
    /// Only income failed and the assets are not declared: 单人保 or the taper would pay once
    /// they are found within the rules (一次性告知: ask, do not refuse).
    AskForAssets,
}

/// 单人保 (第十一条 and the local rules) and the 渐退期 (第三十三条) for a household that failed
/// as a whole (`failed` ≠ 0); `None` when neither applies.
#[inline]
fn rescue<H: HouseholdFacts + ?Sized>(
    hh: &H,
    ctx: &Context,
    c: &Core,
    failed: u8,
    assets_pass: Option<bool>,
) -> Option<Rescue> {
    // 单人保: only when the household failed on income (or no one counts), with its assets
    // within the rules; (一)(二) also need a marginal household, (三) does not.
    let marginal = below(
        c.income,
        c.counted,
        c.standard,
        i64::from(ctx.version.marginal_factor_permille.value),
    );
    let assets_known_ok = assets_pass == Some(true) && failed & (fail::ASSETS | fail::FLAG) == 0;
    let mut total = 0i64;
    let mut any = false;
    if assets_known_ok {
        for (_, a) in singles(hh, ctx, c, marginal) {
            total = total.saturating_add(a);
            any = true;
        }
    }
    // 渐退期: only a household failing on income alone, with its assets known and within the
    // rules. Where 单人保 also applies, the larger amount is paid (ties: the taper).
    let tapered = if assets_pass == Some(true) {
        taper(hh, ctx, failed)
    } else {
        None
    };
    match tapered {
        Some(t) if !any || t.amount_fen >= total => {
            return Some(Rescue::Paid(t.amount_fen, Route::Taper))
        }
        _ if any => return Some(Rescue::Paid(total, Route::SinglePersons)),
        _ => {}
    }
    // Only the income test failed and the assets are not declared yet: if 单人保 or the taper
    // would pay once the assets are found within the rules, ask for them (一次性告知) rather
    // than refuse on income.
    let would_pay =
        || taper(hh, ctx, failed).is_some() || singles(hh, ctx, c, marginal).next().is_some();
    (failed == fail::INCOME && c.assets.is_none() && would_pay()).then_some(Rescue::AskForAssets)
}

/// The 渐退期 that applies to the household on `ctx.date`, if any (第三十三条; only with a
/// local `dibao_taper` rule).
pub fn taper_period<H: HouseholdFacts + ?Sized>(hh: &H, ctx: &Context) -> Option<TaperPeriod> {
    let q = quick(hh, ctx);
    if q.route != Some(Route::Taper) {
        return None;
    }
    taper(hh, ctx, q.failed)
}

/// Whether the household is a 低保 household or a marginal one (人均收入低于标准的
/// `marginal_factor` 倍且财产符合规定); `None` if facts are missing.
pub fn is_marginal<H: HouseholdFacts + ?Sized>(hh: &H, ctx: &Context) -> Option<bool> {
    let c = core(hh, ctx);
    if c.membership_unknown || c.income_unknown {
        return None;
    }
    let a = c.assets?;
    Some(
        assets_ok(&a, ctx)
            && below(
                c.income,
                c.counted,
                c.standard,
                i64::from(ctx.version.marginal_factor_permille.value),
            ),
    )
}
