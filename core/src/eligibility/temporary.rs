//! 临时救助 screening (社会救助暂行办法 第四十七条 \[V1\]): a reported hardship that the article
//! names sends the case to manual review; the amount is local (第四十九条) and decided by people.
//! The article's second limb (生活必需支出突然增加) is for 低保 households; for others the same
//! facts can still be "其他特殊困难", so they are reviewed too — never refused by the screen.
//!
//! Where the profile sets the local standards (`temporary_assistance`), the decision carries the
//! amount of the reported category (the highest, when several are reported: one grant per
//! hardship episode, the reading that protects the household), and the procedure as
//! requirements: 审核、公示 and the county's approval (第四十八条), and for a sudden event the
//! urgent procedure (先行救助, the formalities after).

use super::context::Context;
use super::finding::{Decision, Finding, FindingStatus as S, Programme, Requirement};
use super::household::{Hardship, Household};
use super::rules;

/// The screening decision: manual review if any qualifying hardship is reported (with the local
/// amount and the procedure), otherwise not eligible (nothing to assess).
pub fn evaluate(hh: &Household, ctx: &Context, dibao_household: bool) -> Decision {
    let mut f = Vec::new();
    for h in &hh.hardships {
        let (zh, en) = match h {
            Hardship::Fire => ("火灾等意外事件", "fire or another accident"),
            Hardship::TrafficAccident => ("交通事故", "traffic accident"),
            Hardship::OtherAccident => ("其他意外事件", "other accident"),
            Hardship::SuddenSeriousIllness => ("家庭成员突发重大疾病", "sudden serious illness of a member"),
            Hardship::EssentialExpenseSurge if dibao_household => ("低保家庭生活必需支出突然增加", "sudden rise in essential spending of a 低保 household"),
            Hardship::EssentialExpenseSurge => ("生活必需支出突然增加（非低保家庭，按其他特殊困难审核）", "sudden rise in essential spending (not a 低保 household: reviewed as another special hardship)"),
            Hardship::OtherSpecialHardship => ("其他特殊困难", "other special hardship"),
        };
        f.push(Finding::new(
            rules::TEMPORARY,
            S::Review,
            format!("{zh}，需审核基本生活是否暂时出现严重困难"),
            format!("{en}: review whether basic living is temporarily in serious difficulty"),
        ));
    }
    if f.is_empty() {
        f.push(Finding::new(
            rules::TEMPORARY,
            S::Failed,
            "未报告第四十七条所列困难情形".into(),
            "no hardship of 第四十七条 reported".into(),
        ));
    }
    let standards = ctx.version.temporary_assistance.as_ref();
    let amount = standards.and_then(|p| {
        p.value
            .iter()
            .filter(|a| hh.hardships.contains(&a.hardship))
            .map(|a| a.amount_fen)
            .max()
    });
    if let (Some(a), Some(p)) = (amount, standards) {
        f.push(
            Finding::new(
                rules::TEMPORARY_AMOUNT,
                S::Passed,
                format!(
                    "按本地临时救助标准，所报困难类别救助 {} 元（多项取高）",
                    super::yuan(a)
                ),
                format!(
                    "local standard for the reported category: {} yuan (the highest of several)",
                    super::yuan(a)
                ),
            )
            .fact("amount_fen", a)
            .cite(&p.basis),
        );
    }
    let mut d = Decision::conclude(Programme::TemporaryAssistance, None, f, Vec::new());
    if !hh.hardships.is_empty() {
        d.amount_fen = amount;
        d.requirements = requirements(hh);
    }
    d
}

/// 第四十八条 (V1): “经审核、公示后，由县级人民政府民政部门审批；…情况紧急的，可以按照规定
/// 简化审批手续”: a sudden event (fire, accident, sudden illness) may be helped first.
fn requirements(hh: &Household) -> Vec<Requirement> {
    let mut out = vec![Requirement {
        rule: rules::TEMPORARY_PROCEDURE.id.into(),
        citation: rules::TEMPORARY_PROCEDURE.citation(),
        zh: "乡镇（街道）审核、公示后报县级民政部门审批（金额较小的可委托乡镇审批）".into(),
        en: "township review and public notice, then the county's approval (small amounts may be delegated to the township)".into(),
    }];
    let sudden = hh.hardships.iter().any(|h| {
        matches!(
            h,
            Hardship::Fire
                | Hardship::TrafficAccident
                | Hardship::OtherAccident
                | Hardship::SuddenSeriousIllness
        )
    });
    if sudden {
        out.push(Requirement {
            rule: rules::TEMPORARY_URGENT.id.into(),
            citation: rules::TEMPORARY_URGENT.citation(),
            zh: "情况紧急的，可先行救助，事后补齐审核、公示、审批手续".into(),
            en: "in an emergency, help first (先行救助) and complete the review, notice and approval afterwards".into(),
        });
    }
    out
}
