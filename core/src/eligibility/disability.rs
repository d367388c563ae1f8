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
use super::household::{CurrentBenefit as B, DisabilityCategory, Household};
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

/// Both subsidy decisions for every disabled member.
pub fn evaluate(hh: &Household, ctx: &Context, dibao_household: Option<bool>) -> Vec<Decision> {
    let v = ctx.version;
    let marginal = super::dibao::is_marginal(hh, ctx);
    let mut out = Vec::new();
    for (i, m) in hh.members.iter().enumerate() {
        let Some(d) = m.disability else { continue };
        // Living subsidy.
        let mut f = Vec::new();
        let mut missing = Vec::new();
        let receives_dibao = m.receives(B::Dibao) || dibao_household == Some(true);
        let in_scope = if receives_dibao {
            Some(true)
        } else if v.living_subsidy_scope.value == LivingSubsidyScope::DibaoAndMarginal {
            marginal
        } else {
            dibao_household
        };
        match in_scope {
            Some(true) => f.push(
                Finding::new(
                    rules::LIVING_SUBSIDY,
                    S::Passed,
                    "属低保家庭（或本地扩大范围）".into(),
                    "in a 低保 household (or the local extension)".into(),
                )
                .about(i),
            ),
            Some(false) => f.push(
                Finding::new(
                    rules::LIVING_SUBSIDY,
                    S::Failed,
                    "不属低保家庭或本地扩大范围".into(),
                    "not in a 低保 household nor the local extension".into(),
                )
                .about(i)
                .cite(&v.living_subsidy_scope.basis),
            ),
            None => {
                f.push(
                    Finding::new(
                        rules::LIVING_SUBSIDY,
                        S::Unknown,
                        "是否属低保家庭待核实".into(),
                        "whether the household is a 低保 household is not yet known".into(),
                    )
                    .about(i),
                );
                missing.push(MissingFact {
                    field: "dibao".into(),
                    zh: "家庭低保资格所需的信息".into(),
                    en: "the facts needed for the household's 低保 decision".into(),
                });
            }
        }
        let living_amount = v
            .living_subsidy
            .value
            .iter()
            .find(|g| g.covers(d.category, d.grade))
            .map(|g| g.monthly_fen);
        f.push(
            Finding::new(
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
                    "{:?} grade {} is {}covered by the local living subsidy",
                    d.category,
                    d.grade,
                    if living_amount.is_some() { "" } else { "not " }
                ),
            )
            .about(i)
            .cite(&v.living_subsidy.basis),
        );
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
        if m.receives(B::OtherWelfareSubsidy) {
            f.push(
                Finding::new(
                    rules::SUBSIDY_CHOOSE_HIGHER,
                    S::Review,
                    "同时符合其他福利性补贴条件，择高申领".into(),
                    "also entitled to another welfare subsidy: claim the higher".into(),
                )
                .about(i),
            );
        }
        let mut dec = Decision::conclude(Programme::LivingSubsidy, Some(i), f, missing);
        if matches!(dec.outcome, Outcome::Eligible | Outcome::NeedsManualReview) {
            dec.amount_fen = living_amount;
            dec.covered = vec![i];
        }
        out.push(dec);
        // Nursing subsidy.
        let mut f = Vec::new();
        let mut missing = Vec::new();
        let nursing_amount = v
            .nursing_subsidy
            .value
            .iter()
            .find(|g| g.covers(d.category, d.grade))
            .map(|g| g.monthly_fen);
        f.push(
            Finding::new(
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
                    "{:?} grade {} is {}covered by the nursing subsidy",
                    d.category,
                    d.grade,
                    if nursing_amount.is_some() { "" } else { "not " }
                ),
            )
            .about(i)
            .cite(&v.nursing_subsidy.basis),
        );
        match m.needs_long_term_care {
            Some(true) => f.push(
                Finding::new(
                    rules::NURSING_SUBSIDY,
                    S::Passed,
                    "需要长期照护（6 个月以上）".into(),
                    "needs long-term care (six months or more)".into(),
                )
                .about(i),
            ),
            Some(false) => f.push(
                Finding::new(
                    rules::NURSING_SUBSIDY,
                    S::Failed,
                    "不需要长期照护".into(),
                    "does not need long-term care".into(),
                )
                .about(i),
            ),
            None => {
                f.push(
                    Finding::new(
                        rules::NURSING_SUBSIDY,
                        S::Unknown,
                        "是否需要长期照护未知".into(),
                        "whether long-term care is needed is unknown".into(),
                    )
                    .about(i),
                );
                missing.push(MissingFact {
                    field: format!("members[{i}].needs_long_term_care"),
                    zh: format!("{} 是否需要长期照护（6 个月以上）", m.name),
                    en: format!(
                        "whether {} needs long-term care (six months or more)",
                        m.name
                    ),
                });
            }
        }
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
        if m.receives(B::OtherWelfareSubsidy) {
            f.push(
                Finding::new(
                    rules::SUBSIDY_CHOOSE_HIGHER,
                    S::Review,
                    "同时符合其他福利性护理补贴条件，择高申领".into(),
                    "also entitled to another care subsidy: claim the higher".into(),
                )
                .about(i),
            );
        }
        let mut dec = Decision::conclude(Programme::NursingSubsidy, Some(i), f, missing);
        if matches!(dec.outcome, Outcome::Eligible | Outcome::NeedsManualReview) {
            dec.amount_fen = nursing_amount;
            dec.covered = vec![i];
        }
        out.push(dec);
    }
    out
}
