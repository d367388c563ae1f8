//! 特困人员 (特困人员认定办法 第四条至第九条; 社会救助暂行办法 第十四条、第十五条), for the
//! applicant.
//!
//! - 无劳动能力 (第五条): 60 or over; under 16; grade 1–3 intellectual or mental, grade 1–2
//!   physical, grade 1 visual disability. *Judgement call* (DESIGN.md): a minor of 16 or 17 is
//!   covered too — 第二十四条第二款 keeps minors covered to 18 and the 2020 notice (LEGAL.md E3,
//!   \[V2\]) raised the age from 16 to 18; the reading protects the child. At 18 or over, support
//!   continues only for a current 特困 person still in compulsory education, senior high or
//!   secondary vocational school. An assessed lack of labour capacity outside the list goes to
//!   manual review (第五条第（四）项: provincial rules).
//! - 无生活来源 (第六条): own income below the local 低保 standard, assets within the 特困 limit
//!   (第七条; the household's declared financial assets are used).
//! - 无履行义务能力 (第八条): every liable relative must fall under one of items (一)–(五).
//! - 第九条: a minor who also qualifies as an orphan or de-facto-unsupported child and chooses
//!   that benefit is not 特困; if the choice is not stated we ask (一次性告知).

use super::children::child_benefit_possible;
use super::context::Context;
use super::finding::{
    yuan, Decision, Finding, FindingStatus as S, MissingFact, Outcome, Programme,
};
use super::household::{
    CurrentBenefit, DisabilityCategory as C, Household, LiableRelative, Member, MemberStatus,
    Schooling,
};
use super::rules;

fn listed_disability(m: &Member) -> bool {
    m.disability.is_some_and(|d| match d.category {
        C::Intellectual | C::Mental => d.grade <= 3,
        C::Physical => d.grade <= 2,
        C::Visual => d.grade == 1,
        _ => false,
    })
}

/// Whether a liable relative is unable to support (第八条); `None` if a needed fact is missing.
pub fn relative_unable(r: &LiableRelative, annual_disposable: i64) -> Option<bool> {
    if r.benefits.contains(&CurrentBenefit::Tekun) {
        return Some(true); // (一)
    }
    if r.benefits.contains(&CurrentBenefit::Dibao) && r.age? >= 60 {
        return Some(true); // (二)
    }
    let poor = || -> Option<bool> {
        Some(
            r.monthly_income_fen?.saturating_mul(12) < annual_disposable
                && r.assets_within_low_income_limit?,
        )
    };
    if r.age.is_some_and(|a| a >= 70) && poor()? {
        return Some(true); // (三)
    }
    let severe = r.disability.is_some_and(|d| {
        d.is_severe() || (d.grade == 3 && matches!(d.category, C::Intellectual | C::Mental))
    });
    if severe && poor()? {
        return Some(true); // (四)
    }
    let incapable = r.statuses.iter().any(|s| {
        matches!(
            s,
            MemberStatus::NoCivilCapacity
                | MemberStatus::DeclaredMissing
                | MemberStatus::ServingPrisonSentence
        )
    });
    if incapable && r.assets_within_low_income_limit? {
        return Some(true); // (五)
    }
    r.age?;
    Some(false)
}

/// The 特困 decision for the household's applicant: 第五条 (or the minors' continuation),
/// 第六条, 第七条, 第八条 and 第九条 in turn, then the amount (第十九条、第二十条;
/// 社会救助暂行办法 第十五条) or the written refusal (第十八条).
pub fn evaluate(hh: &Household, ctx: &Context) -> Decision {
    let Some(i) = hh.applicant_index() else {
        return Decision::conclude(
            Programme::Tekun,
            None,
            Vec::new(),
            vec![MissingFact {
                field: "members".into(),
                zh: "申请人".into(),
                en: "the applicant".into(),
            }],
        );
    };
    let Some(m) = hh.members.get(i) else {
        return Decision::conclude(Programme::Tekun, None, Vec::new(), Vec::new());
    };
    let mut f = Vec::new();
    let mut missing = Vec::new();
    let age = m.age_on(ctx.date);
    let (labour, labour_missing) = no_labour_capacity(m, i, age);
    f.push(labour);
    missing.extend(labour_missing);
    let (income, income_missing) = no_living_source(hh, ctx, m, i);
    f.push(income);
    missing.extend(income_missing);
    let (assets, assets_missing) = assets(hh, ctx);
    f.push(assets);
    missing.extend(assets_missing);
    let (supporters, supporters_missing) = no_able_supporter(hh, ctx);
    f.extend(supporters);
    missing.extend(supporters_missing);
    let (choice, choice_missing) = child_benefit_choice(m, i, age);
    f.extend(choice);
    missing.extend(choice_missing);
    let mut d = Decision::conclude(Programme::Tekun, Some(i), f, missing);
    if matches!(d.outcome, Outcome::Eligible | Outcome::NeedsManualReview) {
        let (finding, amount) = support_amount(hh, ctx, m, i);
        d.findings.push(finding);
        d.amount_fen = Some(amount);
        d.covered = vec![i];
    }
    if d.outcome == Outcome::NotEligible {
        d.requirements.push(refusal_notice());
    }
    d
}

/// 无劳动能力 — 特困人员认定办法 第五条 (V2): 60 or over, under 16, or a listed disability
/// (第（三）项); a minor of 16 or 17, or an adult still at school who is a current 特困 person,
/// under 第二十四条第二款 (V2, position unverified; protective reading, DESIGN.md); an assessed
/// lack of labour capacity outside the list goes to review (第（四）项, provincial rules).
fn no_labour_capacity(m: &Member, i: usize, age: Option<u32>) -> (Finding, Option<MissingFact>) {
    let school = matches!(
        m.schooling,
        Some(Schooling::Compulsory | Schooling::SeniorHigh | Schooling::SecondaryVocational)
    );
    let mut missing = None;
    let labour = if listed_disability(m) {
        Finding::new(
            rules::TEKUN_NO_LABOUR,
            S::Passed,
            format!(
                "{}属第五条第（三）项",
                m.disability
                    .map(|d| format!("{}{}级", d.category.as_zh(), d.grade))
                    .unwrap_or_default()
            ),
            format!("disability {:?} is listed in item (3)", m.disability),
        )
    } else {
        match age {
            Some(a) if a >= 60 => Finding::new(rules::TEKUN_NO_LABOUR, S::Passed, format!("{a} 周岁，属 60 周岁以上老年人"), format!("aged {a}: 60 or over")),
            Some(a) if a < 16 => Finding::new(rules::TEKUN_NO_LABOUR, S::Passed, format!("{a} 周岁，未满 16 周岁"), format!("aged {a}: under 16")),
            Some(a) if a < 18 => Finding::new(rules::TEKUN_MINOR, S::Passed, format!("{a} 周岁未成年人，救助供养至 18 周岁（从宽解释）"), format!("aged {a}: minors are covered to 18 (protective reading)")),
            Some(a) if school && m.receives(CurrentBenefit::Tekun) => Finding::new(rules::TEKUN_MINOR, S::Passed, format!("{a} 周岁仍在接受义务教育或高中、中职教育，继续享有救助供养"), format!("aged {a}, still in compulsory, senior-high or vocational school: support continues")),
            Some(a) if m.labour_capacity == Some(super::household::LabourCapacity::None) => Finding::new(rules::TEKUN_NO_LABOUR, S::Review, format!("{a} 周岁，经评定无劳动能力但不属第五条所列情形，需按省级规定（第（四）项）审核"), format!("aged {a}, assessed without labour capacity but outside the list: review under provincial rules (item 4)")),
            Some(a) => Finding::new(rules::TEKUN_NO_LABOUR, S::Failed, format!("{a} 周岁，不属无劳动能力情形"), format!("aged {a}: not without labour capacity under 第五条")),
            None => {
                missing = Some(MissingFact { field: format!("members[{i}].birth_date"), zh: format!("{} 的身份证号码或出生日期", m.name), en: format!("{}'s identity number or birth date", m.name) });
                Finding::new(rules::TEKUN_NO_LABOUR, S::Unknown, "年龄未知".into(), "age unknown".into())
            }
        }
    };
    let finding = labour.about(i).fact(
        "age",
        age.map(|a| a.to_string()).unwrap_or_else(|| "?".into()),
    );
    (finding, missing)
}

/// 无生活来源 — 特困人员认定办法 第六条 (V2): the applicant's own counted income below the local
/// 低保 standard.
fn no_living_source(
    hh: &Household,
    ctx: &Context,
    m: &Member,
    i: usize,
) -> (Finding, Option<MissingFact>) {
    let standard = ctx.version.dibao_standard(hh.area).value;
    match &m.income {
        None => (
            Finding::new(
                rules::TEKUN_NO_LIVING_SOURCE,
                S::Unknown,
                "本人收入未申报".into(),
                "own income not declared".into(),
            )
            .about(i),
            Some(MissingFact {
                field: format!("members[{i}].income"),
                zh: format!("{} 本人的月收入情况", m.name),
                en: format!("{}'s own monthly income", m.name),
            }),
        ),
        Some(items) => {
            let own: i64 = items
                .iter()
                .filter(|x| ctx.income.tekun_counted(x.kind))
                .fold(0, |a, x| a.saturating_add(x.monthly_fen));
            let ok = own < standard;
            let finding = Finding::new(
                rules::TEKUN_NO_LIVING_SOURCE,
                if ok { S::Passed } else { S::Failed },
                format!(
                    "本人计入收入 {} 元/月，{}当地低保标准 {} 元",
                    yuan(own),
                    if ok { "低于" } else { "不低于" },
                    yuan(standard)
                ),
                format!(
                    "own counted income {} yuan a month, {} the 低保 standard of {} yuan",
                    yuan(own),
                    if ok { "below" } else { "not below" },
                    yuan(standard)
                ),
            )
            .about(i)
            .fact("own_income_fen", own)
            .fact("standard_fen", standard);
            (finding, None)
        }
    }
}

/// 财产 — 特困人员认定办法 第七条 (V2): the household's declared financial assets (exempt kinds
/// left out) within the profile's 特困 limit.
fn assets(hh: &Household, ctx: &Context) -> (Finding, Option<MissingFact>) {
    let v = ctx.version;
    match &hh.assets {
        None => (
            Finding::new(
                rules::TEKUN_ASSETS,
                S::Unknown,
                "财产未申报".into(),
                "assets not declared".into(),
            ),
            Some(MissingFact {
                field: "assets".into(),
                zh: "财产状况".into(),
                en: "assets".into(),
            }),
        ),
        Some(items) => {
            let fin: i64 = items
                .iter()
                .filter(|x| x.kind.is_financial() && !v.exempt_asset_kinds.value.contains(&x.kind))
                .fold(0, |a, x| a.saturating_add(x.value_fen));
            let ok = fin <= v.tekun_assets_limit_fen.value;
            let finding = Finding::new(
                rules::TEKUN_ASSETS,
                if ok { S::Passed } else { S::Failed },
                format!(
                    "金融资产 {} 元，特困财产限额 {} 元",
                    yuan(fin),
                    yuan(v.tekun_assets_limit_fen.value)
                ),
                format!(
                    "financial assets {} yuan; the 特困 limit is {} yuan",
                    yuan(fin),
                    yuan(v.tekun_assets_limit_fen.value)
                ),
            )
            .fact("financial_fen", fin)
            .fact("limit_basis", &v.tekun_assets_limit_fen.basis);
            (finding, None)
        }
    }
}

/// 无履行义务能力 — 特困人员认定办法 第八条 (V2): every liable relative unable to support under
/// items (一)–(五) (see [`relative_unable`]); none at all passes.
fn no_able_supporter(hh: &Household, ctx: &Context) -> (Vec<Finding>, Vec<MissingFact>) {
    let mut f = Vec::new();
    let mut missing = Vec::new();
    match &hh.liable_relatives {
        None => {
            missing.push(MissingFact {
                field: "liable_relatives".into(),
                zh: "法定赡养、抚养、扶养义务人情况（没有请填空列表）".into(),
                en: "the liable relatives (an empty list if none)".into(),
            });
            f.push(Finding::new(
                rules::TEKUN_NO_SUPPORTER,
                S::Unknown,
                "法定义务人情况未申报".into(),
                "liable relatives not declared".into(),
            ));
        }
        Some(rs) if rs.is_empty() => f.push(Finding::new(
            rules::TEKUN_NO_SUPPORTER,
            S::Passed,
            "无法定赡养、抚养、扶养义务人".into(),
            "no liable relative".into(),
        )),
        Some(rs) => {
            for (k, r) in rs.iter().enumerate() {
                let u = relative_unable(r, ctx.version.previous_year_disposable_income_fen.value);
                let (st, zh, en) = match u {
                    Some(true) => (S::Passed, "无履行义务能力", "unable to support"),
                    Some(false) => (
                        S::Failed,
                        "不属第八条所列无履行义务能力情形",
                        "not unable to support under 第八条",
                    ),
                    None => (
                        S::Unknown,
                        "是否有履行义务能力需补充信息",
                        "more facts needed",
                    ),
                };
                if u.is_none() {
                    missing.push(MissingFact { field: format!("liable_relatives[{k}]"), zh: "该义务人的年龄、本人收入及财产是否符合低收入家庭规定".into(), en: "this relative's age, own income, and whether their assets meet the low-income rules".into() });
                }
                f.push(
                    Finding::new(
                        rules::TEKUN_NO_SUPPORTER,
                        st,
                        format!("义务人 {}（{}）：{zh}", k + 1, r.relation.as_zh()),
                        format!("liable relative {} ({:?}): {en}", k + 1, r.relation),
                    )
                    .fact("relation", format!("{:?}", r.relation)),
                );
            }
        }
    }
    (f, missing)
}

/// 特困人员认定办法 第九条 (V2): a minor who also qualifies as an orphan or de-facto-unsupported
/// child and chooses that benefit is not 特困; an unstated choice is asked for (一次性告知).
fn child_benefit_choice(
    m: &Member,
    i: usize,
    age: Option<u32>,
) -> (Option<Finding>, Option<MissingFact>) {
    if age.is_none_or(|a| a >= 18) {
        return (None, None);
    }
    match (child_benefit_possible(m), m.prefers_child_benefit) {
        (Some(true), Some(true)) => (
            Some(
                Finding::new(
                    rules::TEKUN_CHILD_CHOICE,
                    S::Failed,
                    "同时符合孤儿或事实无人抚养儿童条件并选择该保障，不再认定为特困人员".into(),
                    "also qualifies for a child benefit and chose it: not 特困".into(),
                )
                .about(i),
            ),
            None,
        ),
        (Some(true), None) => (
            Some(
                Finding::new(
                    rules::TEKUN_CHILD_CHOICE,
                    S::Unknown,
                    "同时符合儿童保障条件，需申请人选择".into(),
                    "also qualifies for a child benefit: the applicant must choose".into(),
                )
                .about(i),
            ),
            Some(MissingFact {
                field: format!("members[{i}].prefers_child_benefit"),
                zh: "选择特困供养或孤儿、事实无人抚养儿童保障".into(),
                en: "the choice between 特困 support and the child benefit".into(),
            }),
        ),
        (Some(true), Some(false)) => (
            Some(
                Finding::new(
                    rules::TEKUN_CHILD_CHOICE,
                    S::Passed,
                    "选择特困供养".into(),
                    "chose 特困 support".into(),
                )
                .about(i),
            ),
            None,
        ),
        _ => (None, None),
    }
}

/// 救助供养标准 — 社会救助暂行办法 第十五条 (V1); 特困人员认定办法 第十九条 (the rural standard
/// where the standards differ and the person is rural) and 第二十条 (the care standard by the
/// self-care assessment): the finding and the monthly amount.
fn support_amount(hh: &Household, ctx: &Context, m: &Member, i: usize) -> (Finding, i64) {
    let v = ctx.version;
    let basic = v.tekun_basic(hh.area);
    let care = match (&v.tekun_care, m.self_care_items_failed) {
        (Some(c), Some(n)) => Some(match n {
            0 => c.value.self_care_fen,
            1..=3 => c.value.partly_lost_fen,
            _ => c.value.fully_lost_fen,
        }),
        _ => None,
    };
    let amount = basic.value.saturating_add(care.unwrap_or(0));
    let finding = Finding::new(
        rules::TEKUN_AMOUNT,
        S::Passed,
        format!(
            "基本生活标准 {} 元{}",
            yuan(basic.value),
            care.map(|c| format!(" + 照料护理标准 {} 元", yuan(c)))
                .unwrap_or_else(|| "（照料护理标准待生活自理能力评估后确定，第二十条）".into())
        ),
        format!(
            "basic living standard {} yuan{}",
            yuan(basic.value),
            care.map(|c| format!(" + care standard {} yuan", yuan(c)))
                .unwrap_or_else(|| {
                    " (care standard after the self-care assessment, 第二十条)".into()
                })
        ),
    )
    .about(i)
    .fact("basic_fen", basic.value)
    .fact("basic_basis", &basic.basis);
    (finding, amount)
}

/// 特困人员认定办法 第十八条 (V2): a refusal is notified in writing with reasons within 3
/// working days.
fn refusal_notice() -> super::finding::Requirement {
    super::finding::Requirement {
        rule: "tekun.refusal_notice".into(),
        citation: crate::Citation::new("特困人员认定办法", "第十八条", crate::Confidence::V2),
        zh: "作出决定 3 个工作日内书面告知并说明理由".into(),
        en: "written notice with reasons within 3 working days".into(),
    }
}
