//! 残疾人两项补贴: the living subsidy (困难残疾人生活补贴) and the nursing subsidy (重度残疾人护理
//! 补贴), per disabled member. [V2 / partly UNVERIFIED] — the State Council text (国发〔2015〕52号)
//! was not read; target groups and non-duplication rules are as repeated by local documents
//! (LEGAL.md E4). Each finding carries that confidence.
//!
//! - Living subsidy: a member of a 低保 household (or of a marginal household where the profile
//!   extends it), with a category and grade the profile pays.
//! - Nursing subsidy: a category and grade the profile pays (at least grades 1 and 2: the national
//!   floor), and long-term care needed (six months or more).
//! - Non-duplication: 工伤保险生活护理费 → neither; 孤儿 allowance or a full 事实无人抚养儿童
//!   allowance → no living subsidy, nursing allowed; another welfare subsidy → choose the higher
//!   (manual review). 特困 → no living subsidy (local documents); whether the national rule also
//!   bars the nursing subsidy is UNVERIFIED, so we send it to manual review instead of refusing —
//!   the reading that protects the applicant (DESIGN.md).

use super::context::Context;
use super::finding::{
    yuan, Decision, Finding, FindingStatus as S, MissingFact, Outcome, Programme,
};
use super::household::{CurrentBenefit as B, Disability, DisabilityCategory, Household, Member};
use super::profile::LivingSubsidyScope;
use super::rules;

/// Every disability category.
pub const ALL_CATEGORIES: [DisabilityCategory; 7] = [
    DisabilityCategory::Visual,
    DisabilityCategory::Hearing,
    DisabilityCategory::Speech,
    DisabilityCategory::Physical,
    DisabilityCategory::Intellectual,
    DisabilityCategory::Mental,
    DisabilityCategory::Multiple,
];

/// Both subsidy decisions for every disabled member: the living subsidy, then the nursing
/// subsidy.
///
/// `single_dibao`: the members receiving 低保 alone (单人保, 第八条). Each is a 低保 recipient
/// for the living subsidy, whose target group is “低保家庭中的残疾人”: a person covered alone is
/// paid 低保 as a one-person 低保 household (issue 17; the reading that protects the applicant).
pub fn evaluate(
    hh: &Household,
    ctx: &Context,
    dibao_household: Option<bool>,
    single_dibao: &[usize],
) -> Vec<Decision> {
    let marginal = super::dibao::is_marginal(hh, ctx);
    let mut out = Vec::new();
    for (i, m) in hh.members.iter().enumerate() {
        let Some(d) = m.disability else { continue };
        let in_dibao = if single_dibao.contains(&i) {
            Some(true)
        } else {
            dibao_household
        };
        out.push(living_subsidy(ctx, m, i, d, in_dibao, marginal));
        out.push(nursing_subsidy(ctx, m, i, d));
    }
    out
}

/// 困难残疾人生活补贴 (V2): the target group, the grades the profile pays, the non-duplication
/// rules and the choice of the higher welfare subsidy.
fn living_subsidy(
    ctx: &Context,
    m: &Member,
    i: usize,
    d: Disability,
    dibao_household: Option<bool>,
    marginal: Option<bool>,
) -> Decision {
    let (scope, missing) = living_scope(ctx, m, i, dibao_household, marginal);
    let (grade, amount) = living_grade(ctx, i, d);
    let mut f = vec![scope, grade];
    f.extend(living_no_duplication(m, i));
    f.extend(choose_higher(
        m,
        i,
        "同时符合其他福利性补贴条件，择高申领",
        "also entitled to another welfare subsidy: claim the higher",
    ));
    let dec = Decision::conclude(
        Programme::LivingSubsidy,
        Some(i),
        f,
        missing.into_iter().collect(),
    );
    grant(dec, amount, i)
}

/// 对象范围 — 生活补贴 (V2, as repeated by local documents): a member of a 低保 household, or of a
/// marginal household where the profile extends the subsidy; unknown until the household's
/// 低保 decision is.
fn living_scope(
    ctx: &Context,
    m: &Member,
    i: usize,
    dibao_household: Option<bool>,
    marginal: Option<bool>,
) -> (Finding, Option<MissingFact>) {
    let v = ctx.version;
    let receives_dibao = m.receives(B::Dibao) || dibao_household == Some(true);
    let in_scope = if receives_dibao {
        Some(true)
    } else if v.living_subsidy_scope.value == LivingSubsidyScope::DibaoAndMarginal {
        marginal
    } else {
        dibao_household
    };
    match in_scope {
        Some(true) => (
            Finding::new(
                rules::LIVING_SUBSIDY,
                S::Passed,
                "属低保对象（低保家庭成员或单人保）或本地扩大范围".into(),
                "a 低保 recipient (in a 低保 household or covered alone) or in the local extension"
                    .into(),
            )
            .about(i),
            None,
        ),
        Some(false) => (
            Finding::new(
                rules::LIVING_SUBSIDY,
                S::Failed,
                "不属低保家庭或本地扩大范围".into(),
                "not in a 低保 household nor the local extension".into(),
            )
            .about(i)
            .cite(&v.living_subsidy_scope.basis),
            None,
        ),
        None => (
            Finding::new(
                rules::LIVING_SUBSIDY,
                S::Unknown,
                "是否属低保家庭待核实".into(),
                "whether the household is a 低保 household is not yet known".into(),
            )
            .about(i),
            Some(MissingFact {
                field: "dibao".into(),
                zh: "家庭低保资格所需的信息".into(),
                en: "the facts needed for the household's 低保 decision".into(),
            }),
        ),
    }
}

/// 对象范围 — 生活补贴 (V2): the category and grade must be one the profile pays; the finding
/// and the monthly amount when it is.
fn living_grade(ctx: &Context, i: usize, d: Disability) -> (Finding, Option<i64>) {
    let v = ctx.version;
    let living_amount = v
        .living_subsidy
        .value
        .iter()
        .find(|g| g.covers(d.category, d.grade))
        .map(|g| g.monthly_fen);
    let finding = Finding::new(
        rules::LIVING_SUBSIDY,
        if living_amount.is_some() {
            S::Passed
        } else {
            S::Failed
        },
        format!(
            "{}{}级{}本地生活补贴范围",
            d.category.as_zh(),
            d.grade,
            if living_amount.is_some() {
                "属于"
            } else {
                "不属"
            }
        ),
        format!(
            "{} grade {} is {}covered by the local living subsidy",
            d.category.as_en(),
            d.grade,
            if living_amount.is_some() { "" } else { "not " }
        ),
    )
    .about(i)
    .cite(&v.living_subsidy.basis);
    (finding, living_amount)
}

/// 衔接规定 — 生活补贴: 特困 (local documents; Unverified), the work-injury nursing fee (V2),
/// the orphan allowance (V2), a full de-facto-unsupported-child allowance (关于进一步加强事实无人
/// 抚养儿童保障工作的意见 三（一）、三（二）, V2) each bar the living subsidy.
fn living_no_duplication(m: &Member, i: usize) -> Vec<Finding> {
    let mut f = Vec::new();
    for (b, rule, zh, en) in [
        (B::Tekun, rules::SUBSIDY_TEKUN, "纳入特困供养的残疾人不享受生活补贴", "特困 recipients do not receive the living subsidy"),
        (B::WorkInjuryNursingFee, rules::SUBSIDY_WORK_INJURY, "领取工伤保险生活护理费的不享受两项补贴", "recipients of the work-injury nursing fee receive neither subsidy"),
        (B::OrphanAllowance, rules::SUBSIDY_ORPHAN, "享受孤儿基本生活保障的不享受生活补贴", "orphan-allowance recipients do not receive the living subsidy"),
        (B::DeFactoChildAllowanceFull, rules::SUBSIDY_DEFACTO, "已全额领取事实无人抚养儿童补贴的不享受生活补贴", "children with the full de-facto-unsupported allowance do not receive the living subsidy"),
    ] {
        if m.receives(b) {
            f.push(Finding::new(rule, S::Failed, zh.into(), en.into()).about(i));
        }
    }
    f
}

/// 择高申领 (V2, as repeated by local documents): a member also entitled to another welfare
/// subsidy claims the higher one — a caseworker's review.
fn choose_higher(m: &Member, i: usize, zh: &str, en: &str) -> Option<Finding> {
    m.receives(B::OtherWelfareSubsidy).then(|| {
        Finding::new(
            rules::SUBSIDY_CHOOSE_HIGHER,
            S::Review,
            zh.into(),
            en.into(),
        )
        .about(i)
    })
}

/// 重度残疾人护理补贴 (V2): the grades the profile pays (at least grades 1 and 2), long-term care,
/// the non-duplication rules and the choice of the higher care subsidy.
fn nursing_subsidy(ctx: &Context, m: &Member, i: usize, d: Disability) -> Decision {
    let (grade, amount) = nursing_grade(ctx, i, d);
    let (care, missing) = long_term_care(m, i);
    let mut f = vec![grade, care];
    f.extend(nursing_no_duplication(m, i));
    f.extend(choose_higher(
        m,
        i,
        "同时符合其他福利性护理补贴条件，择高申领",
        "also entitled to another care subsidy: claim the higher",
    ));
    let dec = Decision::conclude(
        Programme::NursingSubsidy,
        Some(i),
        f,
        missing.into_iter().collect(),
    );
    grant(dec, amount, i)
}

/// 对象范围 — 护理补贴 (V2): the category and grade must be one the profile pays; the finding and
/// the monthly amount when it is.
fn nursing_grade(ctx: &Context, i: usize, d: Disability) -> (Finding, Option<i64>) {
    let v = ctx.version;
    let nursing_amount = v
        .nursing_subsidy
        .value
        .iter()
        .find(|g| g.covers(d.category, d.grade))
        .map(|g| g.monthly_fen);
    let finding = Finding::new(
        rules::NURSING_SUBSIDY,
        if nursing_amount.is_some() {
            S::Passed
        } else {
            S::Failed
        },
        format!(
            "{}{}级{}护理补贴范围{}",
            d.category.as_zh(),
            d.grade,
            if nursing_amount.is_some() {
                "属于"
            } else {
                "不属"
            },
            nursing_amount
                .map(|a| format!("，每月 {} 元", yuan(a)))
                .unwrap_or_default()
        ),
        format!(
            "{} grade {} is {}covered by the nursing subsidy",
            d.category.as_en(),
            d.grade,
            if nursing_amount.is_some() { "" } else { "not " }
        ),
    )
    .about(i)
    .cite(&v.nursing_subsidy.basis);
    (finding, nursing_amount)
}

/// 对象范围 — 护理补贴 (V2): long-term care needed, six months or more.
fn long_term_care(m: &Member, i: usize) -> (Finding, Option<MissingFact>) {
    match m.needs_long_term_care {
        Some(true) => (
            Finding::new(
                rules::NURSING_SUBSIDY,
                S::Passed,
                "需要长期照护（6 个月以上）".into(),
                "needs long-term care (six months or more)".into(),
            )
            .about(i),
            None,
        ),
        Some(false) => (
            Finding::new(
                rules::NURSING_SUBSIDY,
                S::Failed,
                "不需要长期照护".into(),
                "does not need long-term care".into(),
            )
            .about(i),
            None,
        ),
        None => (
            Finding::new(
                rules::NURSING_SUBSIDY,
                S::Unknown,
                "是否需要长期照护未知".into(),
                "whether long-term care is needed is unknown".into(),
            )
            .about(i),
            Some(MissingFact {
                field: format!("members[{i}].needs_long_term_care"),
                zh: format!("{} 是否需要长期照护（6 个月以上）", m.name),
                en: format!(
                    "whether {} needs long-term care (six months or more)",
                    m.name
                ),
            }),
        ),
    }
}

/// 衔接规定 — 护理补贴: the work-injury nursing fee bars it (V2); whether 特困 bars it too is
/// Unverified nationally, so it goes to manual review rather than a refusal (DESIGN.md).
fn nursing_no_duplication(m: &Member, i: usize) -> Vec<Finding> {
    let mut f = Vec::new();
    if m.receives(B::WorkInjuryNursingFee) {
        f.push(
            Finding::new(
                rules::SUBSIDY_WORK_INJURY,
                S::Failed,
                "领取工伤保险生活护理费的不享受两项补贴".into(),
                "work-injury nursing fee recipients receive neither subsidy".into(),
            )
            .about(i),
        );
    }
    if m.receives(B::Tekun) {
        f.push(Finding::new(rules::SUBSIDY_TEKUN, S::Review, "特困人员能否享受护理补贴，全国规定未核实，需人工审核".into(), "whether 特困 recipients may receive the nursing subsidy is unverified nationally: manual review".into()).about(i));
    }
    f
}

/// A subsidy granted (or sent to review) pays its amount to the member.
fn grant(mut dec: Decision, amount: Option<i64>, i: usize) -> Decision {
    if matches!(dec.outcome, Outcome::Eligible | Outcome::NeedsManualReview) {
        dec.amount_fen = amount;
        dec.covered = vec![i];
    }
    dec
}
