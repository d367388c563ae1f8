//! Re-checking one household: the records applied, 低保 (and 特困) before and after by the
//! engine, and the changes classified with their reasons and citations.

use super::apply::{apply, Applied, MemberRecord};
use super::change::{
    self, BenefitStatus, Change, ChangeKind, GRADUAL_EXIT, INFORMATION_CHECK, NOTIFY_REDUCTION,
    NO_DIRECT_INCLUSION, NO_OBVIOUS_CHANGE, OBJECTION, PERIODIC_REVIEW, TEKUN_NOTICE,
    TEKUN_OTHER_ASSISTANCE, TEKUN_TERMINATION,
};
use super::record::RecordFact;
use super::{Options, Recheck};
use crate::eligibility::{
    dibao, evaluate_in, yuan, Context, CurrentBenefit, Decision, EligibilityError, Evaluation,
    FindingStatus, Household, Outcome, Programme,
};

fn status(q: &dibao::Quick) -> BenefitStatus {
    BenefitStatus {
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
    let mut full = FullDecision {
        household: &applied.household,
        ctx,
        decision: None,
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
    // A 特困 household that does not also receive 低保 is judged on its 特困 decision only
    // (see tekun_change below).
    let tekun_household = hh.members.iter().any(|m| m.receives(CurrentBenefit::Tekun));
    let dibao_relevant =
        !tekun_household || hh.members.iter().any(|m| m.receives(CurrentBenefit::Dibao));
    let mut changes = Vec::new();
    if dibao_relevant {
        changes = dibao_changes(before, after, &records, &cause, opts, &mut full);
    }
    changes.extend(unverifiable(hh));
    changes.extend(undeclared_employment(hh, &applied));
    // The full evaluation (every programme) only where it can change something: a new
    // disability certificate (member benefits) or a 特困 household (its own decision).
    let full_evals =
        if (applied.disability_changed || tekun_household) && !applied.changes.is_empty() {
            Some((evaluate_in(hh, ctx)?, evaluate_in(&applied.household, ctx)?))
        } else {
            None
        };
    if let (true, Some((b, a))) = (tekun_household, full_evals.as_ref()) {
        changes.extend(tekun_change(b, a, &cause));
    }
    if let (true, Some((b, a))) = (applied.disability_changed, full_evals.as_ref()) {
        changes.extend(newly_eligible_members(hh, b, a));
    }
    if changes.is_empty() {
        changes.push(no_obvious_change(&records, before, after));
    }
    changes.sort_by_key(|c| {
        ChangeKind::BY_SEVERITY
            .iter()
            .position(|k| *k == c.kind)
            .unwrap_or(usize::MAX)
    });
    let decision = full.decision;
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

/// The engine's full 低保 decision after the records, made at most once and only when a change
/// needs its findings as grounds (it is reported in [`Recheck::decision`]).
struct FullDecision<'h> {
    household: &'h Household,
    ctx: &'h Context<'h>,
    decision: Option<Decision>,
}

impl FullDecision<'_> {
    fn get(&mut self) -> &Decision {
        let (hh, ctx) = (self.household, self.ctx);
        self.decision
            .get_or_insert_with(|| dibao::evaluate(hh, ctx))
    }
}

/// The 低保 changes (第三十一条): a stop, a review, an adjustment of the amount, or a household
/// that now appears to qualify.
fn dibao_changes(
    before: BenefitStatus,
    after: BenefitStatus,
    records: &[MemberRecord],
    cause: &str,
    opts: &Options,
    full: &mut FullDecision,
) -> Vec<Change> {
    let mut changes = Vec::new();
    if before.paid() && !after.paid() {
        changes.push(dibao_stop(before, records, cause, full.get()));
    } else if before.paid() && after.paid() {
        changes.extend(dibao_review(before, after, cause, full));
        changes.extend(dibao_adjust(before, after, cause, opts, full));
    } else if !before.paid() && after.paid() {
        changes.push(no_direct_inclusion(after));
    }
    changes
}

/// 停发 — 最低生活保障审核确认办法 第三十一条第一款 (V2): a paid household that no longer
/// qualifies; notified with reasons (第三十二条), open to objection (第十八条第二款), and a
/// gradual exit when new wages put it over the line (第三十三条).
fn dibao_stop(
    before: BenefitStatus,
    records: &[MemberRecord],
    cause: &str,
    dec: &Decision,
) -> Change {
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
    if income_failed
        && records
            .iter()
            .any(|r| matches!(r.fact, RecordFact::Wages { .. }))
    {
        c = c.require(
            GRADUAL_EXIT,
            "因就业收入超过标准的，可给予渐退期",
            "income from new employment: a gradual-exit period may be granted",
        );
    }
    c.grounds = grounds;
    c
}

/// 信息核对 — 第十七条 (V2): a paid household whose records raise a question for a caseworker;
/// payment continues meanwhile.
fn dibao_review(
    before: BenefitStatus,
    after: BenefitStatus,
    cause: &str,
    full: &mut FullDecision,
) -> Option<Change> {
    if !(after.outcome == Outcome::NeedsManualReview && before.outcome == Outcome::Eligible) {
        return None;
    }
    let dec = full.get();
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
    Some(c)
}

/// 增发、减发 — 第三十一条第一款 (V2): the amount of a household that stays paid changes by at
/// least the caller's threshold; a reduction is notified with reasons (第三十二条).
fn dibao_adjust(
    before: BenefitStatus,
    after: BenefitStatus,
    cause: &str,
    opts: &Options,
    full: &mut FullDecision,
) -> Option<Change> {
    let (from, to) = (
        before.amount_fen.unwrap_or(0),
        after.amount_fen.unwrap_or(0),
    );
    if from == to {
        return None;
    }
    let dec = full.get();
    let (zh, en) = if to > from {
        ("增发", "increase")
    } else {
        ("减发", "reduce")
    };
    if (to - from).abs() < opts.min_adjustment_fen {
        return None;
    }
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
    Some(c)
}

/// 第二十八条 (V2): a household that now appears to qualify is not included directly; it goes
/// through the application procedure.
fn no_direct_inclusion(after: BenefitStatus) -> Change {
    Change::new(
        ChangeKind::NeedsReview,
        NO_DIRECT_INCLUSION,
        "核对后家庭似符合条件，须经申请、调查、审核确认程序".to_owned(),
        "after the records the household appears to qualify; it must go through the procedure"
            .to_owned(),
    )
    .amounts(None, after.amount_fen)
}

/// 第十七条第一款 (V2): every member is checked; members without an identity number cannot be.
fn unverifiable(hh: &Household) -> Option<Change> {
    let who: Vec<&str> = hh
        .members
        .iter()
        .filter(|m| m.id_number.is_none())
        .map(|m| m.name.as_str())
        .collect();
    if who.is_empty() {
        return None;
    }
    Some(Change::new(
        ChangeKind::NeedsReview,
        INFORMATION_CHECK,
        format!("{} 无身份证号码，无法开展信息核对", who.join("、")),
        format!(
            "{} without an identity number: cannot be checked",
            who.join(", ")
        ),
    ))
}

/// 第十七条 (V2): a member paying into a housing provident fund who declared no wages — their
/// employment and income are checked.
fn undeclared_employment(hh: &Household, applied: &Applied) -> Vec<Change> {
    applied
        .undeclared_employment
        .iter()
        .map(|(i, _)| {
            let who = hh.members.get(*i).map_or("?", |m| m.name.as_str());
            let mut c = Change::new(
                ChangeKind::NeedsReview,
                INFORMATION_CHECK,
                format!("{who} 在缴住房公积金，但未申报工资性收入：核实就业和收入"),
                format!("{who} pays into a housing provident fund but declared no wages: check employment and income"),
            );
            c.member = Some(*i);
            c
        })
        .collect()
}

/// 应保尽保 (第十七条, V2): after a new disability certificate, a member who qualifies for a
/// member benefit, or may once a fact is supplied, and neither had it before nor receives it, is
/// told and helped to apply.
fn newly_eligible_members(hh: &Household, b: &Evaluation, a: &Evaluation) -> Vec<Change> {
    let mut changes = Vec::new();
    for d in &a.decisions {
        let Some(i) = d.member else { continue };
        if d.outcome == Outcome::NotEligible {
            continue;
        }
        let was = b.decisions.iter().any(|x| {
            x.programme == d.programme && x.member == Some(i) && x.outcome != Outcome::NotEligible
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
    changes
}

/// 第三十一条第二款 (V2): no obvious change in the household's circumstances, no adjustment.
fn no_obvious_change(
    records: &[MemberRecord],
    before: BenefitStatus,
    after: BenefitStatus,
) -> Change {
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
    .amounts(before.amount_fen, after.amount_fen)
}

/// The change of a 特困 household's own decision: termination when the records put income or
/// assets outside 第六条, review when they raise a question. The 低保 result of the same household
/// is reported separately.
fn tekun_change(b: &Evaluation, a: &Evaluation, cause: &str) -> Option<Change> {
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
