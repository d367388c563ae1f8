//! 孤儿 and 事实无人抚养儿童 (LEGAL.md E5).
//!
//! - 孤儿 [UNVERIFIED national text; secondary FAQ]: under 18, and both parents dead, or one dead
//!   and the other declared missing, or both declared missing.
//! - 事实无人抚养儿童 [V2, 意见 一]: both parents in one of the situations (重残, 重病, 服刑在押 /
//!   强制隔离戒毒 / other restriction of six months or more, 失联 six months or more), or one dead or
//!   missing and the other in one of them. 重残 = grade 1 or 2, or grade 3 or 4 mental or
//!   intellectual. The national text states no age; we use under 18 (Guangdong's rule, \[practice\]).
//!   Past 18 while still in school: manual review (意见 三（三）: "按国家有关规定享受相应政策").
//! - These children are never put on public notice (意见 二（二）: "不宜设置公示环节").

use super::context::Context;
use super::finding::{Decision, Finding, FindingStatus as S, MissingFact, Programme};
use super::household::{DisabilityCategory, Member, ParentFacts, Schooling};
use super::rules;

fn gone(p: &ParentFacts) -> bool {
    p.deceased || p.declared_missing
}

/// One of the situations of 意见 一.
fn unable(p: &ParentFacts) -> bool {
    let severe = p.disability.is_some_and(|d| {
        d.is_severe()
            || (matches!(d.grade, 3 | 4)
                && matches!(
                    d.category,
                    DisabilityCategory::Mental | DisabilityCategory::Intellectual
                ))
    });
    severe
        || p.serious_illness
        || p.restricted_months.is_some_and(|m| m >= 6)
        || p.lost_contact_months.is_some_and(|m| m >= 6)
}

/// Whether the parents make the child an orphan; `None` if the parents are not declared.
pub fn parents_orphan(m: &Member) -> Option<bool> {
    let ps = m.parents.as_ref()?;
    let (a, b) = (ps.first()?, ps.get(1)?);
    // 父母双亡; 一方死亡另一方失踪; 父母双方失踪: both parents dead or declared missing.
    Some(gone(a) && gone(b))
}

/// Whether the parents make the child de facto unsupported (and not an orphan).
pub fn parents_de_facto(m: &Member) -> Option<bool> {
    let ps = m.parents.as_ref()?;
    let (a, b) = (ps.first()?, ps.get(1)?);
    if parents_orphan(m) == Some(true) {
        return Some(false);
    }
    Some((unable(a) && unable(b)) || (gone(a) && unable(b)) || (unable(a) && gone(b)))
}

/// `true` if a minor qualifies (parents only; age checked by the caller) for either benefit.
pub fn child_benefit_possible(m: &Member) -> Option<bool> {
    Some(parents_orphan(m)? || parents_de_facto(m)?)
}

fn in_school(m: &Member) -> bool {
    matches!(
        m.schooling,
        Some(
            Schooling::Compulsory
                | Schooling::SeniorHigh
                | Schooling::SecondaryVocational
                | Schooling::FullTimeUndergraduate
        )
    )
}

/// Decisions for one member: 孤儿 and 事实无人抚养儿童 (at most one of them can be eligible).
pub fn evaluate(m: &Member, i: usize, ctx: &Context) -> Vec<Decision> {
    let age = m.age_on(ctx.date);
    let mut out = Vec::new();
    for (prog, rule, test) in [
        (Programme::Orphan, rules::ORPHAN, parents_orphan(m)),
        (Programme::DeFactoChild, rules::DEFACTO, parents_de_facto(m)),
    ] {
        let (mut f, mut missing) = (Vec::new(), Vec::new());
        child_age(m, i, age, &mut f, &mut missing);
        parents(m, i, prog, rule, test, &mut f, &mut missing);
        let mut d = Decision::conclude(prog, Some(i), f, missing);
        let amount = match prog {
            Programme::Orphan => ctx.version.orphan_allowance_fen.as_ref(),
            _ => ctx.version.de_facto_child_allowance_fen.as_ref(),
        };
        if matches!(
            d.outcome,
            super::finding::Outcome::Eligible | super::finding::Outcome::NeedsManualReview
        ) {
            d.amount_fen = amount.map(|p| p.value);
            d.covered = vec![i];
        }
        out.push(d);
    }
    out
}

/// `children.age` (粤民规字〔2019〕10号, practice): under 18; 18 or over and still in school is
/// left to review under the applicable rules, never refused outright.
fn child_age(
    m: &Member,
    i: usize,
    age: Option<u32>,
    f: &mut Vec<Finding>,
    missing: &mut Vec<MissingFact>,
) {
    let found =
        |status, zh: String, en: String| Finding::new(rules::CHILD_AGE, status, zh, en).about(i);
    match age {
        None => {
            f.push(found(
                S::Unknown,
                format!("{} 的年龄未知", m.name),
                format!("{}'s age is unknown", m.name),
            ));
            missing.push(MissingFact {
                field: format!("members[{i}].birth_date"),
                zh: format!("{} 的身份证号码或出生日期", m.name),
                en: format!("{}'s identity number or birth date", m.name),
            });
        }
        Some(a) if a < 18 => f.push(
            found(
                S::Passed,
                format!("{} 未满 18 周岁（{a} 岁）", m.name),
                format!("{} is under 18 ({a})", m.name),
            )
            .fact("age", a),
        ),
        Some(a) if in_school(m) => f.push(
            found(
                S::Review,
                format!(
                    "{} 已满 18 周岁（{a} 岁）仍在校就读，按有关规定审核",
                    m.name
                ),
                format!(
                    "{} is {a} and still in school: review under the applicable rules",
                    m.name
                ),
            )
            .fact("age", a),
        ),
        Some(a) => f.push(
            found(
                S::Failed,
                format!("{} 已满 18 周岁（{a} 岁）", m.name),
                format!("{} is 18 or over ({a})", m.name),
            )
            .fact("age", a),
        ),
    }
}

/// The parents' situation against the programme's definition (`rule`): both parents dead or
/// missing for 孤儿; each parent dead, missing, severely disabled, seriously ill, detained or
/// out of contact for 事实无人抚养儿童. Undeclared is asked for, not refused.
fn parents(
    m: &Member,
    i: usize,
    prog: Programme,
    rule: super::rules::Rule,
    test: Option<bool>,
    f: &mut Vec<Finding>,
    missing: &mut Vec<MissingFact>,
) {
    match test {
        None => {
            f.push(
                Finding::new(
                    rule,
                    S::Unknown,
                    "父母情况未申报".into(),
                    "the parents' situation is not declared".into(),
                )
                .about(i),
            );
            missing.push(MissingFact {
                field: format!("members[{i}].parents"),
                zh: format!(
                    "{} 父母双方的情况（死亡、失踪、重残、重病、服刑、失联等）",
                    m.name
                ),
                en: format!(
                    "the situation of both of {}'s parents (death, disappearance, disability, illness, detention, lost contact)",
                    m.name
                ),
            });
        }
        Some(meets) => f.push(
            Finding::new(
                rule,
                if meets { S::Passed } else { S::Failed },
                format!(
                    "父母情况{}{}认定条件",
                    if meets { "符合" } else { "不符合" },
                    prog.as_zh()
                ),
                format!(
                    "the parents' situation {} the definition of {}",
                    if meets { "meets" } else { "does not meet" },
                    prog.as_en()
                ),
            )
            .about(i),
        ),
    }
}
