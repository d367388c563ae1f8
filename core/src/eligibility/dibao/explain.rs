//! The full 低保 decision: every finding with its facts and citation, the missing facts, the
//! requirements (separate registration, home visit, written refusal) — built from the same
//! quantities as the quick path, so both always agree.
//!
//! One function per article below, each returning its findings; [`evaluate`] composes them in
//! the order a caseworker reads them: members, income, assets, flags, the fallbacks of a
//! household that fails (marginal household, 单人保, 渐退期), the amount, close relatives.

use super::{
    assets_ok, below, core, decide, fail, single_ground, singles, taper, Core, Quick, Route,
};
use crate::eligibility::context::Context;
use crate::eligibility::finding::{
    yuan, Decision, Finding, FindingStatus as S, MemberAmount, MissingFact, Outcome, Programme,
    Requirement,
};
use crate::eligibility::household::{Household, StaffRole};
use crate::eligibility::members::{classify, Counting};
use crate::eligibility::profile::{FlagEffect, Rounding};
use crate::eligibility::rules;

/// The full 低保 decision with every finding, fact and missing item.
pub fn evaluate(hh: &Household, ctx: &Context) -> Decision {
    let c = core(hh, ctx);
    let q = decide(hh, ctx, &c);
    let Members {
        findings: mut f,
        mut missing,
        mut covered,
    } = members(hh, ctx);
    f.extend(no_member(&c));
    f.extend(rigid_expenses(hh, ctx, &c));
    f.push(income_below_standard(hh, ctx, &c, &q));
    let (asset_findings, asset_missing) = assets(ctx, &c);
    f.extend(asset_findings);
    missing.extend(asset_missing);
    f.extend(flags(hh, ctx));
    let mut per_member = Vec::new();
    // The fallbacks of a household that failed on income (or membership) alone.
    if q.failed != 0 && q.failed & (fail::ASSETS | fail::FLAG) == 0 {
        let (marginal_finding, marginal) = marginal_household(ctx, &c);
        f.push(marginal_finding);
        let assets_pass = c.assets.map(|a| assets_ok(&a, ctx)) == Some(true);
        let single: Vec<(usize, i64)> = if assets_pass {
            singles(hh, ctx, &c, marginal).collect()
        } else {
            Vec::new()
        };
        f.extend(single_persons(hh, &c, &single));
        f.extend(taper_period(hh, ctx, &c, &q, assets_pass));
        if !single.is_empty() && q.route == Some(Route::SinglePersons) {
            covered = single.iter().map(|(i, _)| *i).collect();
            per_member = single
                .iter()
                .map(|(i, a)| MemberAmount {
                    member: *i,
                    amount_fen: *a,
                })
                .collect();
        }
    }
    f.extend(allowance(ctx, &c, &q));
    f.extend(close_relatives(hh));
    let requirements = requirements(&c, &q);
    if !matches!(q.outcome, Outcome::Eligible | Outcome::NeedsManualReview) {
        covered.clear();
    }
    Decision {
        programme: Programme::Dibao,
        member: None,
        outcome: q.outcome,
        amount_fen: q.amount_fen,
        covered,
        per_member,
        findings: f,
        missing,
        requirements,
    }
}

/// What the membership rules found: their findings, the facts they lack, the members counted.
struct Members {
    findings: Vec<Finding>,
    missing: Vec<MissingFact>,
    covered: Vec<usize>,
}

/// 共同生活的家庭成员 — 最低生活保障审核确认办法 第七条 (V2): who counts, who is excluded
/// (第二款) and who cannot be placed without a birth date; with each counted member's income
/// items, counted or not (第十三条第一款、第二款, the profile's income table).
fn members(hh: &Household, ctx: &Context) -> Members {
    let mut f = Vec::new();
    let mut missing = Vec::new();
    let mut covered = Vec::new();
    for (i, m) in hh.members.iter().enumerate() {
        match classify(m, ctx.date) {
            Counting::Counted(item) => {
                covered.push(i);
                f.push(Finding::new(rules::DIBAO_MEMBERS, S::Passed,
                    format!("{} 计入共同生活的家庭成员：{item}", m.name),
                    format!("{} is counted as a household member", m.name)).about(i).fact("relation", m.relation.as_zh()));
                match m.income.as_ref() {
                    None => missing.push(MissingFact {
                        field: format!("members[{i}].income"),
                        zh: format!("{} 的月收入情况（无收入请填空列表）", m.name),
                        en: format!("{}'s monthly income (an empty list if none)", m.name),
                    }),
                    Some(items) => {
                        for it in items {
                            let t = ctx.income.dibao(it.kind);
                            let (zh, en) = if t.counted { ("计入", "counted") } else { ("不计入", "not counted") };
                            f.push(Finding::new(t.rule, S::Passed,
                                format!("{} 的{}{} 元{zh}家庭收入", m.name, it.kind.as_zh(), yuan(it.monthly_fen)),
                                format!("{}'s {} of {} yuan is {en}", m.name, it.kind.as_en(), yuan(it.monthly_fen)))
                                .about(i).fact("kind", it.kind.as_str()).fact("monthly_fen", it.monthly_fen).fact("counted", t.counted));
                        }
                    }
                }
            }
            Counting::Excluded(zh, en) => f.push(Finding::new(rules::DIBAO_MEMBER_EXCLUDED, S::Passed,
                format!("{} 不计入共同生活的家庭成员：{zh}", m.name),
                format!("{} is not counted: {en}", m.name)).about(i)),
            Counting::NotFamily => f.push(Finding::new(rules::DIBAO_MEMBERS, S::Passed,
                format!("{} 与申请人无法定赡养、扶养、抚养义务关系或未长期共同居住，不计入", m.name),
                format!("{} has no legal support relation or does not live with the household: not counted", m.name)).about(i)),
            Counting::NeedsBirthDate => {
                f.push(Finding::new(rules::DIBAO_MEMBERS, S::Unknown,
                    format!("{} 是否为未成年子女，需出生日期", m.name),
                    format!("whether {} is a minor child needs the birth date", m.name)).about(i));
                missing.push(MissingFact {
                    field: format!("members[{i}].birth_date"),
                    zh: format!("{} 的身份证号码或出生日期", m.name),
                    en: format!("{}'s identity number or birth date", m.name),
                });
            }
        }
    }
    Members {
        findings: f,
        missing,
        covered,
    }
}

/// 第七条第一款 (V2): a household in which no one counts fails.
fn no_member(c: &Core) -> Option<Finding> {
    (c.counted == 0 && !c.membership_unknown).then(|| {
        Finding::new(
            rules::DIBAO_MEMBERS,
            S::Failed,
            "没有计入的共同生活家庭成员".into(),
            "no member counts".into(),
        )
    })
}

/// 刚性支出 — 最低生活保障审核确认办法 第十三条第三款 (V2): rigid expenses, deducted only under
/// a local rule; declared expenses without one are reported and not deducted.
fn rigid_expenses(hh: &Household, ctx: &Context, c: &Core) -> Option<Finding> {
    let declared: i64 = hh
        .members
        .iter()
        .filter(|m| classify(*m, ctx.date).is_counted())
        .flat_map(|m| m.expenses.iter())
        .fold(0i64, |a, e| a.saturating_add(e.monthly_fen));
    match &ctx.version.rigid_expense_deduction {
        Some(rule) if c.deduction > 0 || declared > 0 => Some(
            Finding::new(
                rules::DIBAO_RIGID_EXPENSES,
                S::Passed,
                format!(
                    "共同生活家庭成员申报刚性支出 {} 元，依地方规定扣减 {} 元，扣减后家庭月收入 {} 元",
                    yuan(declared),
                    yuan(c.deduction),
                    yuan(c.income)
                ),
                format!(
                    "rigid expenses of {} yuan declared; {} yuan deducted under the local rule: household income {} yuan a month",
                    yuan(declared),
                    yuan(c.deduction),
                    yuan(c.income)
                ),
            )
            .fact("declared_fen", declared)
            .fact("deduction_fen", c.deduction)
            .fact("gross_income_fen", c.gross_income)
            .fact("local_rule", &rule.basis),
        ),
        None if declared > 0 => Some(
            Finding::new(
                rules::DIBAO_RIGID_EXPENSES,
                S::Passed,
                format!(
                    "申报刚性支出 {} 元；当地未规定扣减办法，未扣减",
                    yuan(declared)
                ),
                format!(
                    "rigid expenses of {} yuan declared; no local deduction rule, nothing deducted",
                    yuan(declared)
                ),
            )
            .fact("declared_fen", declared)
            .fact("deduction_fen", 0),
        ),
        _ => None,
    }
}

/// 家庭人均收入低于当地最低生活保障标准 — 社会救助暂行办法 第九条 (V1): income < n × standard,
/// exact in fen; unknown while a member's place or income is unknown.
fn income_below_standard(hh: &Household, ctx: &Context, c: &Core, q: &Quick) -> Finding {
    let std = ctx.version.dibao_standard(hh.area);
    let known = !c.membership_unknown && !c.income_unknown;
    let n_std = c.counted.saturating_mul(c.standard);
    Finding::new(
        rules::DIBAO_INCOME_BELOW,
        if !known {
            S::Unknown
        } else if q.failed & fail::INCOME == 0 && c.counted > 0 {
            S::Passed
        } else {
            S::Failed
        },
        if known && c.counted > 0 {
            format!(
                "家庭月收入 {} 元，人均 {} 元，{}当地标准 {} 元",
                yuan(c.income),
                yuan(c.income / c.counted),
                if q.failed & fail::INCOME == 0 {
                    "低于"
                } else {
                    "不低于"
                },
                yuan(c.standard)
            )
        } else {
            "家庭人均收入待核实".into()
        },
        if known && c.counted > 0 {
            format!(
                "household income {} yuan a month, {} per person, {} the standard of {} yuan",
                yuan(c.income),
                yuan(c.income / c.counted),
                if q.failed & fail::INCOME == 0 {
                    "below"
                } else {
                    "not below"
                },
                yuan(c.standard)
            )
        } else {
            "per-capita income cannot be computed yet".into()
        },
    )
    .fact("counted_members", c.counted)
    .fact("household_income_fen", c.income)
    .fact("deduction_fen", c.deduction)
    .fact("standard_fen", c.standard)
    .fact("standard_basis", &std.basis)
    .fact("household_standard_fen", n_std)
}

/// 家庭财产 — 最低生活保障审核确认办法 第十四条 (V2), with the profile's limits: financial
/// assets per counted member, extra housing, vehicles. Undeclared assets are a missing fact.
fn assets(ctx: &Context, c: &Core) -> (Vec<Finding>, Option<MissingFact>) {
    let v = ctx.version;
    match c.assets {
        None => (
            vec![Finding::new(
                rules::DIBAO_ASSETS,
                S::Unknown,
                "家庭财产未申报".into(),
                "assets not declared".into(),
            )],
            Some(MissingFact {
                field: "assets".into(),
                zh: "家庭财产状况（存款、证券、车辆、房屋等）".into(),
                en: "the household's assets (deposits, securities, vehicles, housing, ...)".into(),
            }),
        ),
        Some(a) if assets_ok(&a, ctx) => (vec![Finding::new(rules::DIBAO_ASSETS, S::Passed,
                format!("金融资产 {} 元（限额 {} 元），其他住房 {} 套（限 {} 套），车辆 {} 元（限 {} 元），符合规定", yuan(a.financial), yuan(a.financial_limit), a.extra_housing, v.max_extra_housing.value, yuan(a.vehicles), yuan(v.vehicle_value_limit_fen.value)),
                format!("financial assets {} yuan (limit {}), {} extra house(s) (limit {}), vehicles {} yuan (limit {}): within the rules", yuan(a.financial), yuan(a.financial_limit), a.extra_housing, v.max_extra_housing.value, yuan(a.vehicles), yuan(v.vehicle_value_limit_fen.value)))
                .fact("financial_fen", a.financial).fact("financial_limit_fen", a.financial_limit).fact("limit_basis", &v.financial_assets_per_capita_limit_fen.basis)], None),
        Some(a) => (assets_over(ctx, &a), None),
    }
}

/// 家庭财产 — 最低生活保障审核确认办法 第十四条 (V2) with the profile's local limits: one failed
/// finding per limit exceeded, each citing its own local basis (the financial-asset, housing or
/// vehicle rule), so a refusal names exactly the rule that refused.
fn assets_over(ctx: &Context, a: &super::AssetCheck) -> Vec<Finding> {
    let v = ctx.version;
    let mut out = Vec::new();
    if !a.financial_ok() {
        out.push(
            Finding::new(
                rules::DIBAO_ASSETS,
                S::Failed,
                format!(
                    "金融资产 {} 元，超过限额 {} 元",
                    yuan(a.financial),
                    yuan(a.financial_limit)
                ),
                format!(
                    "financial assets {} yuan exceed the limit of {} yuan",
                    yuan(a.financial),
                    yuan(a.financial_limit)
                ),
            )
            .fact("limit", "financial")
            .fact("financial_fen", a.financial)
            .fact("financial_limit_fen", a.financial_limit)
            .fact(
                "limit_basis",
                &v.financial_assets_per_capita_limit_fen.basis,
            )
            .cite(&v.financial_assets_per_capita_limit_fen.basis),
        );
    }
    if a.extra_housing > v.max_extra_housing.value {
        out.push(
            Finding::new(
                rules::DIBAO_ASSETS,
                S::Failed,
                format!(
                    "拥有其他住房 {} 套，超过规定的 {} 套",
                    a.extra_housing, v.max_extra_housing.value
                ),
                format!(
                    "{} extra house(s), more than the {} allowed",
                    a.extra_housing, v.max_extra_housing.value
                ),
            )
            .fact("limit", "housing")
            .fact("extra_housing", a.extra_housing)
            .fact("limit_basis", &v.max_extra_housing.basis)
            .cite(&v.max_extra_housing.basis),
        );
    }
    if a.vehicles > v.vehicle_value_limit_fen.value {
        out.push(
            Finding::new(
                rules::DIBAO_ASSETS,
                S::Failed,
                format!(
                    "车辆价值 {} 元，超过限额 {} 元",
                    yuan(a.vehicles),
                    yuan(v.vehicle_value_limit_fen.value)
                ),
                format!(
                    "vehicles worth {} yuan exceed the limit of {} yuan",
                    yuan(a.vehicles),
                    yuan(v.vehicle_value_limit_fen.value)
                ),
            )
            .fact("limit", "vehicle")
            .fact("vehicles_fen", a.vehicles)
            .fact("limit_basis", &v.vehicle_value_limit_fen.basis)
            .cite(&v.vehicle_value_limit_fen.basis),
        );
    }
    out
}

/// 信息核对 — 最低生活保障审核确认办法 第十七条 (V2): what the data matching found, excluded or
/// sent to review under the local rule; without a local rule, always a caseworker's check.
fn flags(hh: &Household, ctx: &Context) -> Vec<Finding> {
    hh.flags
        .iter()
        .map(|fl| {
            let rule = ctx.version.flag_rules.iter().find(|r| r.flag == *fl);
            let fd = match rule {
                Some(r) if r.effect == FlagEffect::Exclude => Finding::new(
                    rules::DIBAO_FLAG,
                    S::Failed,
                    format!("信息核对发现{}，依地方规定不予纳入", fl.as_zh()),
                    format!("matching found {}: excluded by the local rule", fl.as_en()),
                )
                .cite(&r.basis),
                Some(r) => Finding::new(
                    rules::DIBAO_FLAG,
                    S::Review,
                    format!("信息核对发现{}，依地方规定需人工审核", fl.as_zh()),
                    format!(
                        "matching found {}: manual review under the local rule",
                        fl.as_en()
                    ),
                )
                .cite(&r.basis),
                None => Finding::new(
                    rules::DIBAO_FLAG,
                    S::Review,
                    format!("信息核对发现{}，无地方规定，需人工核实", fl.as_zh()),
                    format!(
                        "matching found {}; no local rule: a caseworker must check",
                        fl.as_en()
                    ),
                ),
            };
            fd.fact("flag", fl.as_str())
        })
        .collect()
}

/// 低保边缘家庭 — 最低生活保障审核确认办法 第八条第二款 (V2): per-capita income below the
/// profile's factor of the standard, with the assets within the rules. Returns the finding and
/// whether the income is below the factor.
fn marginal_household(ctx: &Context, c: &Core) -> (Finding, bool) {
    let v = ctx.version;
    let factor = i64::from(v.marginal_factor_permille.value);
    let marginal = below(c.income, c.counted, c.standard, factor);
    let assets_pass = c.assets.map(|a| assets_ok(&a, ctx)) == Some(true);
    let finding = Finding::new(
        rules::DIBAO_MARGINAL,
        if marginal && assets_pass {
            S::Passed
        } else if marginal && c.assets.is_none() {
            S::Unknown
        } else {
            S::Failed
        },
        format!(
            "人均收入{}标准的 {}‰，{}低保边缘家庭",
            if marginal { "低于" } else { "不低于" },
            factor,
            if marginal && assets_pass {
                "属于"
            } else {
                "不属于"
            }
        ),
        format!(
            "per-capita income is {} {}‰ of the standard: {}a marginal household",
            if marginal { "below" } else { "not below" },
            factor,
            if marginal && assets_pass { "" } else { "not " }
        ),
    )
    .cite(&v.marginal_factor_permille.basis)
    .fact("factor_permille", factor);
    (finding, marginal)
}

/// 单人保 — 最低生活保障审核确认办法 第八条第一款 (V2): each member with a ground to apply alone,
/// and whether they are paid (`single`: the members who pass, with their amounts).
fn single_persons(hh: &Household, c: &Core, single: &[(usize, i64)]) -> Vec<Finding> {
    let mut f = Vec::new();
    for (i, m) in hh.members.iter().enumerate() {
        if let Some((zh, en, _)) = single_ground(m) {
            let hit = single.iter().find(|(j, _)| *j == i);
            f.push(
                Finding::new(
                    rules::DIBAO_SINGLE,
                    if hit.is_some() {
                        S::Passed
                    } else if c.assets.is_none() {
                        S::Unknown
                    } else {
                        S::Failed
                    },
                    format!(
                        "{} 可单独提出申请：{zh}{}",
                        m.name,
                        hit.map(|(_, a)| format!("；按一人户计算，每月 {} 元", yuan(*a)))
                            .unwrap_or_else(|| "；但条件未全部满足".into())
                    ),
                    format!(
                        "{} may apply alone: {en}{}",
                        m.name,
                        hit.map(|(_, a)| format!(
                            "; as a one-person household, {} yuan a month",
                            yuan(*a)
                        ))
                        .unwrap_or_else(|| "; but not every condition is met".into())
                    ),
                )
                .about(i),
            );
        }
    }
    f
}

/// 渐退期 — 最低生活保障审核确认办法 第三十三条 (V2), under a local rule: a 低保 household over
/// the line after a member took work, failing on income alone with its assets within the rules
/// (or not yet declared).
fn taper_period(
    hh: &Household,
    ctx: &Context,
    c: &Core,
    q: &Quick,
    assets_pass: bool,
) -> Option<Finding> {
    let (Some(rule), Some(current)) = (&ctx.version.dibao_taper, hh.current_dibao) else {
        return None;
    };
    if !(q.failed == fail::INCOME && (assets_pass || c.assets.is_none())) {
        return None;
    }
    let finding = match taper(hh, ctx, q.failed) {
        Some(t) if !assets_pass => Finding::new(
            rules::DIBAO_TAPER,
            S::Unknown,
            format!(
                "家庭成员 {} 起就业，可能处于渐退期（至 {} 止）；需先核实家庭财产",
                t.employed_since,
                t.ends.pred_opt().unwrap_or(t.ends)
            ),
            format!(
                "a member took work on {}: a taper may apply (until {}), once the assets are known",
                t.employed_since,
                t.ends.pred_opt().unwrap_or(t.ends)
            ),
        ),
        Some(t) => {
            let last = t.ends.pred_opt().unwrap_or(t.ends);
            let chosen = q.route == Some(Route::Taper);
            Finding::new(
                rules::DIBAO_TAPER,
                S::Passed,
                format!(
                    "家庭成员 {} 起就业，家庭人均收入超过标准；渐退期至 {last} 止，期间按现领 {} 元的 {}‰ 发放 {} 元{}",
                    t.employed_since,
                    yuan(current.monthly_fen),
                    rule.value.share_permille,
                    yuan(t.amount_fen),
                    if chosen { "" } else { "（单人保金额更高，按单人保发放）" }
                ),
                format!(
                    "a member took work on {}: taper until {last}, paying {}‰ of the current {} yuan: {} yuan{}",
                    t.employed_since,
                    rule.value.share_permille,
                    yuan(current.monthly_fen),
                    yuan(t.amount_fen),
                    if chosen { "" } else { " (单人保 pays more and is paid instead)" }
                ),
            )
            .fact("employed_since", t.employed_since)
            .fact("taper_ends", t.ends)
            .fact("amount_fen", t.amount_fen)
        }
        None => Finding::new(
            rules::DIBAO_TAPER,
            S::Failed,
            "不在渐退期：没有共同生活的家庭成员在享受低保后就业，或渐退期已满".into(),
            "no taper: no counted member took work after the household began receiving 低保, or the taper is over".into(),
        ),
    };
    Some(
        finding
            .fact("receiving_since", current.since)
            .fact("taper_months", rule.value.months)
            .fact("local_rule", &rule.basis),
    )
}

/// 保障金 — 社会救助暂行办法 第十二条 (V1): n × standard − income, exact in fen, rounded up to
/// the yuan only when the profile asks; stated for a household that passes every test.
fn allowance(ctx: &Context, c: &Core, q: &Quick) -> Option<Finding> {
    let v = ctx.version;
    let a = q.amount_fen.filter(|_| q.failed == 0)?;
    Some(
        Finding::new(
            rules::DIBAO_AMOUNT,
            S::Passed,
            format!(
                "保障金 = {} 人 × {} 元 − 家庭收入 {} 元 = {} 元（按分精确计算{}）",
                c.counted,
                yuan(c.standard),
                yuan(c.income),
                yuan(a),
                if v.allowance_rounding.value == Rounding::UpToYuan {
                    "，向上取整到元"
                } else {
                    "，无需舍入"
                }
            ),
            format!(
                "allowance = {} × {} − income {} = {} yuan (exact in fen{})",
                c.counted,
                yuan(c.standard),
                yuan(c.income),
                yuan(a),
                if v.allowance_rounding.value == Rounding::UpToYuan {
                    ", rounded up to the yuan"
                } else {
                    ", no rounding"
                }
            ),
        )
        .fact("amount_fen", a)
        .fact("rounding_basis", &v.allowance_rounding.basis),
    )
}

/// 近亲属备案 — 最低生活保障审核确认办法 第十一条 (V2): a member who is a close relative of a
/// caseworker or village committee member is registered separately. The finding records the
/// tie (passed: the check was made); the steps are the decision's requirements, and the
/// decision stays eligible when the household is.
fn close_relatives(hh: &Household) -> Vec<Finding> {
    hh.staff_ties
        .iter()
        .map(|t| {
            let name = hh
                .members
                .get(t.member)
                .map(|m| m.name.as_str())
                .unwrap_or("?");
            Finding::new(
                rules::DIBAO_CLOSE_RELATIVE,
                S::Passed,
                format!(
                    "{name} 与{}有近亲属关系，应单独登记备案",
                    match t.role {
                        StaffRole::Caseworker => "低保经办人员",
                        StaffRole::VillageCommitteeMember => "村（居）民委员会成员",
                    }
                ),
                format!(
                    "{name} is a close relative of a {}: separate registration required",
                    match t.role {
                        StaffRole::Caseworker => "caseworker",
                        StaffRole::VillageCommitteeMember => "village committee member",
                    }
                ),
            )
            .about(t.member)
        })
        .collect()
}

/// What the office must do: separate registration (第十一条) and a home visit (第二十条第二款)
/// for a household with close relatives of staff; a written refusal with reasons within 3
/// working days (第二十一条) for a household found not eligible. All V2.
fn requirements(c: &Core, q: &Quick) -> Vec<Requirement> {
    let mut requirements = Vec::new();
    if c.ties {
        requirements.push(Requirement {
            rule: rules::DIBAO_CLOSE_RELATIVE.id.into(),
            citation: rules::DIBAO_CLOSE_RELATIVE.citation(),
            zh: "乡镇（街道）单独登记备案".into(),
            en: "separate registration by the township".into(),
        });
        requirements.push(Requirement {
            rule: rules::DIBAO_HOME_VISIT.id.into(),
            citation: rules::DIBAO_HOME_VISIT.citation(),
            zh: "县级民政部门入户调查".into(),
            en: "a home visit by the county civil-affairs bureau".into(),
        });
    }
    if q.outcome == Outcome::NotEligible {
        requirements.push(Requirement {
            rule: rules::DIBAO_REFUSAL.id.into(),
            citation: rules::DIBAO_REFUSAL.citation(),
            zh: "作出决定 3 个工作日内书面告知申请人并说明理由".into(),
            en: "written notice with reasons within 3 working days of the decision".into(),
        });
    }
    requirements
}
