//! Re-checking one household: the records applied, 低保 (and 特困) before and after by the
//! engine, and the changes classified with their reasons and citations.

use super::apply::{apply, MemberRecord};
use super::change::{
    self, Change, ChangeKind, Status, GRADUAL_EXIT, INFORMATION_CHECK, NOTIFY_REDUCTION,
    NO_DIRECT_INCLUSION, NO_OBVIOUS_CHANGE, OBJECTION, PERIODIC_REVIEW, TEKUN_NOTICE,
    TEKUN_OTHER_ASSISTANCE, TEKUN_TERMINATION,
};
use super::record::Fact;
use super::{Options, Recheck};
use crate::eligibility::{
    dibao, evaluate_in, yuan, Context, CurrentBenefit, Decision, EligibilityError, FindingStatus,
    Household, Outcome, Programme,
};

fn status(q: &dibao::Quick) -> Status {
    Status {
        outcome: q.outcome,
        amount_fen: q.amount_fen,
    }
}

fn names(hh: &Household, recs: &[MemberRecord]) -> String {
    let mut v: Vec<String> = Vec::new();
    for r in recs {
        let who = hh.members.get(r.member).map_or("?", |m| m.name.as_str());
        let s = format!("{}（{}）", who, r.department.as_zh());
        if !v.contains(&s) {
            v.push(s);
        }
    }
    v.join("、")
}

/// Re-checks one household against its matched records: validates it, applies the records
/// ([`apply`]), re-evaluates 低保 with the engine before and after, and classifies the change.
/// The result does not depend on the order of `records`. An invalid household is an error
/// (the caller reports it; nothing is evaluated).
pub fn recheck(
    hh: &Household,
    records: &[MemberRecord],
    ctx: &Context,
    opts: &Options,
) -> Result<Recheck, EligibilityError> {
    hh.validate()?;
    let mut records = records.to_vec();
    records.sort_unstable_by_key(|r| (r.member, r.fact.sort_key(), r.source));
    let before = status(&dibao::quick(hh, ctx));
    let applied = apply(hh, &records);
    let after = if applied.changes.is_empty() {
        before
    } else {
        status(&dibao::quick(&applied.household, ctx))
    };
    let mut changes = Vec::new();
    let mut decision = None;
    let full = |d: &mut Option<Decision>| -> Decision {
        d.get_or_insert_with(|| dibao::evaluate(&applied.household, ctx))
            .clone()
    };
    // The records that changed a fact are the cause; records that agree with the declaration
    // are listed in `records` but not blamed.
    let changed: Vec<MemberRecord> = records
        .iter()
        .filter(|r| {
            applied
                .changes
                .iter()
                .any(|c| c.sources.contains(&r.source))
        })
        .copied()
        .collect();
    let cause = names(hh, &changed);
    // A 特困 household that does not also receive 低保 is judged on its 特困 decision only.
    let tekun_household = hh.members.iter().any(|m| m.receives(CurrentBenefit::Tekun));
    let dibao_relevant =
        !tekun_household || hh.members.iter().any(|m| m.receives(CurrentBenefit::Dibao));
    if !dibao_relevant {
        // see tekun_change below
    } else if before.paid() && !after.paid() {
        let dec = full(&mut decision);
        let grounds: Vec<_> = dec
            .findings
            .iter()
            .filter(|f| f.status == FindingStatus::Failed)
            .cloned()
            .collect();
        let income_failed = grounds
            .iter()
            .any(|f| f.rule == "dibao.income_below_standard");
        let mut c = Change::new(
            ChangeKind::Stop,
            change::PERIODIC_REVIEW,
            format!(
                "核对后不再符合最低生活保障条件（{}），拟停发每月 {} 元",
                cause,
                yuan(before.amount_fen.unwrap_or(0))
            ),
            format!(
                "after the records the household no longer qualifies; proposed stop of {} yuan a month",
                yuan(before.amount_fen.unwrap_or(0))
            ),
        )
        .amounts(before.amount_fen, None)
        .require(
            NOTIFY_REDUCTION,
            "书面告知家庭成员停发决定并说明理由",
            "tell the family in writing, with the reasons",
        )
        .require(
            OBJECTION,
            "家庭有异议并提供佐证材料的，组织复查后再作决定",
            "if the family objects with evidence, re-examine before deciding",
        );
        if income_failed && records.iter().any(|r| matches!(r.fact, Fact::Wages { .. })) {
            c = c.require(
                GRADUAL_EXIT,
                "因就业收入超过标准的，可给予渐退期",
                "income from new employment: a gradual-exit period may be granted",
            );
        }
        c.grounds = grounds;
        changes.push(c);
    } else if before.paid() && after.paid() {
        if after.outcome == Outcome::NeedsManualReview && before.outcome == Outcome::Eligible {
            let dec = full(&mut decision);
            let mut c = Change::new(
                ChangeKind::NeedsReview,
                INFORMATION_CHECK,
                format!("核对发现须人工核查的情况（{cause}），核查期间继续发放"),
                "the records show facts a caseworker must look into; payment continues meanwhile"
                    .to_owned(),
            )
            .amounts(before.amount_fen, after.amount_fen);
            c.grounds = dec
                .findings
                .iter()
                .filter(|f| f.status == FindingStatus::Review)
                .cloned()
                .collect();
            changes.push(c);
        }
        let (from, to) = (
            before.amount_fen.unwrap_or(0),
            after.amount_fen.unwrap_or(0),
        );
        if from != to {
            let dec = full(&mut decision);
            let (zh, en) = if to > from {
                ("增发", "increase")
            } else {
                ("减发", "reduce")
            };
            if (to - from).abs() >= opts.min_adjustment_fen {
                let mut c = Change::new(
                    ChangeKind::AdjustAmount,
                    PERIODIC_REVIEW,
                    format!(
                        "核对后{zh}：每月 {} 元 → {} 元（{cause}）",
                        yuan(from),
                        yuan(to)
                    ),
                    format!(
                        "{en} the amount: {} → {} yuan a month",
                        yuan(from),
                        yuan(to)
                    ),
                )
                .amounts(Some(from), Some(to));
                if to < from {
                    c = c.require(
                        NOTIFY_REDUCTION,
                        "书面告知家庭成员减发决定并说明理由",
                        "tell the family in writing, with the reasons",
                    );
                }
                c.grounds = dec
                    .findings
                    .iter()
                    .filter(|f| f.rule == "dibao.amount")
                    .cloned()
                    .collect();
                changes.push(c);
            }
        }
    } else if !before.paid() && after.paid() {
        changes.push(
            Change::new(
                ChangeKind::NeedsReview,
                NO_DIRECT_INCLUSION,
                "核对后家庭似符合条件，须经申请、调查、审核确认程序".to_owned(),
                "after the records the household appears to qualify; it must go through the procedure".to_owned(),
            )
            .amounts(None, after.amount_fen),
        );
    }
    if !hh.members.is_empty() {
        let missing: Vec<usize> = hh
            .members
            .iter()
            .enumerate()
            .filter(|(_, m)| m.id_number.is_none())
            .map(|(i, _)| i)
            .collect();
        if !missing.is_empty() {
            let who: Vec<&str> = missing
                .iter()
                .filter_map(|i| hh.members.get(*i).map(|m| m.name.as_str()))
                .collect();
            changes.push(Change::new(
                ChangeKind::NeedsReview,
                INFORMATION_CHECK,
                format!("{} 无身份证号码，无法开展信息核对", who.join("、")),
                format!(
                    "{} without an identity number: cannot be checked",
                    who.join(", ")
                ),
            ));
        }
    }
    for (i, _) in &applied.undeclared_employment {
        let who = hh.members.get(*i).map_or("?", |m| m.name.as_str());
        let mut c = Change::new(
            ChangeKind::NeedsReview,
            INFORMATION_CHECK,
            format!("{who} 在缴住房公积金，但未申报工资性收入：核实就业和收入"),
            format!("{who} pays into a housing provident fund but declared no wages: check employment and income"),
        );
        c.member = Some(*i);
        changes.push(c);
    }
    // The full evaluation (every programme) only where it can change something: a new
    // disability certificate (member benefits) or a 特困 household (its own decision).
    let full_evals =
        if (applied.disability_changed || tekun_household) && !applied.changes.is_empty() {
            Some((evaluate_in(hh, ctx)?, evaluate_in(&applied.household, ctx)?))
        } else {
            None
        };
    if let (true, Some((b, a))) = (tekun_household, full_evals.as_ref()) {
        if let Some(c) = tekun_change(b, a, &cause) {
            changes.push(c);
        }
    }
    if let (true, Some((b, a))) = (applied.disability_changed, full_evals.as_ref()) {
        for d in &a.decisions {
            let Some(i) = d.member else { continue };
            // 应保尽保: a member who qualifies, or may qualify once a fact is supplied, is told.
            if d.outcome == Outcome::NotEligible {
                continue;
            }
            let was = b.decisions.iter().any(|x| {
                x.programme == d.programme
                    && x.member == Some(i)
                    && x.outcome != Outcome::NotEligible
            });
            let receives = hh.members.get(i).is_some_and(|m| match d.programme {
                Programme::LivingSubsidy => m.receives(CurrentBenefit::DisabilityLivingSubsidy),
                Programme::NursingSubsidy => m.receives(CurrentBenefit::DisabilityNursingSubsidy),
                _ => true,
            });
            if was || receives {
                continue;
            }
            let who = hh.members.get(i).map_or("?", |m| m.name.as_str());
            let mut c = Change::new(
                ChangeKind::NewlyEligibleMember,
                INFORMATION_CHECK,
                format!(
                    "{who} 经核对{}{}条件（{}），应告知并协助申请（应保尽保）",
                    if d.outcome == Outcome::Eligible {
                        "符合"
                    } else {
                        "可能符合"
                    },
                    d.programme.as_zh(),
                    d.outcome.as_zh()
                ),
                format!(
                    "{who} {} {} ({}): tell the family and help them apply",
                    if d.outcome == Outcome::Eligible {
                        "now qualifies for"
                    } else {
                        "may now qualify for"
                    },
                    d.programme.as_str(),
                    d.outcome.as_str()
                ),
            )
            .amounts(None, d.amount_fen);
            c.programme = d.programme;
            c.member = Some(i);
            if let Some(f) = d.findings.first() {
                c.citation = f.citation.clone();
            }
            c.grounds = d
                .findings
                .iter()
                .filter(|f| f.status != FindingStatus::Failed)
                .cloned()
                .collect();
            changes.push(c);
        }
    }
    if changes.is_empty() {
        changes.push(
            Change::new(
                ChangeKind::Continue,
                NO_OBVIOUS_CHANGE,
                if records.is_empty() {
                    "各部门无记录，继续保障".to_owned()
                } else {
                    "核对记录与申报一致，家庭经济状况无明显变化，继续保障".to_owned()
                },
                "no change: the household continues as before".to_owned(),
            )
            .amounts(before.amount_fen, after.amount_fen),
        );
    }
    changes.sort_by_key(|c| {
        ChangeKind::BY_SEVERITY
            .iter()
            .position(|k| *k == c.kind)
            .unwrap_or(usize::MAX)
    });
    Ok(Recheck {
        case_id: hh.case_id.clone(),
        records,
        fact_changes: applied.changes,
        unverifiable_members: hh
            .members
            .iter()
            .enumerate()
            .filter(|(_, m)| m.id_number.is_none())
            .map(|(i, _)| i)
            .collect(),
        before,
        after,
        decision,
        changes,
    })
}

/// The change of a 特困 household's own decision: termination when the records put income or
/// assets outside 第六条, review when they raise a question. The 低保 result of the same household
/// is reported separately.
fn tekun_change(
    b: &crate::eligibility::Evaluation,
    a: &crate::eligibility::Evaluation,
    cause: &str,
) -> Option<Change> {
    let before = b.decision(Programme::Tekun)?;
    let after = a.decision(Programme::Tekun)?;
    let paid = |d: &Decision| {
        d.amount_fen.is_some()
            && matches!(d.outcome, Outcome::Eligible | Outcome::NeedsManualReview)
    };
    if !paid(before) {
        return None;
    }
    if after.outcome == Outcome::NotEligible {
        let mut c = Change::new(
            ChangeKind::Stop,
            TEKUN_TERMINATION,
            format!(
                "核对后收入或财产不再符合特困人员认定办法第六条（{cause}），拟终止救助供养（每月 {} 元）",
                yuan(before.amount_fen.unwrap_or(0))
            ),
            "after the records income or assets no longer meet article 6: proposed termination"
                .to_owned(),
        )
        .amounts(before.amount_fen, None)
        .require(
            TEKUN_NOTICE,
            "在村（社区）公示 7 天，无异议后作出终止决定并书面告知理由",
            "post the proposal for 7 days; then decide and give the reasons in writing",
        )
        .require(
            TEKUN_OTHER_ASSISTANCE,
            "终止后符合低保、临时救助等条件的，及时纳入",
            "after termination, include in 低保 or temporary assistance where eligible",
        );
        c.programme = Programme::Tekun;
        c.grounds = after
            .findings
            .iter()
            .filter(|f| f.status == FindingStatus::Failed)
            .cloned()
            .collect();
        return Some(c);
    }
    if after.outcome == Outcome::NeedsManualReview && before.outcome == Outcome::Eligible {
        let mut c = Change::new(
            ChangeKind::NeedsReview,
            INFORMATION_CHECK,
            format!("核对发现须人工核查的情况（{cause}），核查期间继续供养"),
            "the records raise a question for a caseworker; support continues meanwhile".to_owned(),
        )
        .amounts(before.amount_fen, after.amount_fen);
        c.programme = Programme::Tekun;
        return Some(c);
    }
    None
}
