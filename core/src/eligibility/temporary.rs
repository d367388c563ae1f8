//! 临时救助 screening (社会救助暂行办法 第四十七条 \[V1\]): a reported hardship that the article
//! names sends the case to manual review; the amount is local (第四十九条) and decided by people.
//! The article's second limb (生活必需支出突然增加) is for 低保 households; for others the same
//! facts can still be "其他特殊困难", so they are reviewed too — never refused by the screen.

use super::finding::{Decision, Finding, FindingStatus as S, Programme};
use super::household::{Hardship, Household};
use super::rules;

/// The screening decision: manual review if any qualifying hardship is reported, otherwise not
/// eligible (nothing to assess).
pub fn evaluate(hh: &Household, dibao_household: bool) -> Decision {
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
    Decision::conclude(Programme::TemporaryAssistance, None, f, Vec::new())
}
