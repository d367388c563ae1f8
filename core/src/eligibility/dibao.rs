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
use super::finding::{
    yuan, Decision, Finding, FindingStatus as S, MemberAmount, MissingFact, Outcome, Programme,
    Requirement,
};
use super::household::{DisabilityCategory, Household, Member, MemberStatus};
use super::members::{classify, Counting};
use super::profile::{FlagEffect, Rounding};
use super::rules;

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

/// The 低保 result without findings: what a batch needs, computed without allocation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quick {
    /// The outcome.
    pub outcome: Outcome,
    /// Monthly amount in fen, when eligible.
    pub amount_fen: Option<i64>,
    /// Failure bits (see [`fail`]).
    pub failed: u8,
}

/// The computed quantities both paths share.
#[derive(Debug, Clone, Copy)]
struct Core {
    counted: i64,
    membership_unknown: bool,
    income: i64,
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

fn member_income(m: &Member, ctx: &Context) -> Option<i64> {
    m.income.as_ref().map(|items| {
        items
            .iter()
            .filter(|i| ctx.income.dibao_counted(i.kind))
            .fold(0i64, |a, i| a.saturating_add(i.monthly_fen))
    })
}

fn core(hh: &Household, ctx: &Context) -> Core {
    let v = ctx.version;
    let mut c = Core {
        counted: 0,
        membership_unknown: false,
        income: 0,
        income_unknown: false,
        standard: v.dibao_standard(hh.area).value,
        assets: None,
        flag_exclude: false,
        flag_review: false,
        ties: !hh.staff_ties.is_empty(),
    };
    for m in &hh.members {
        match classify(m, ctx.date) {
            Counting::Counted(_) => {
                c.counted += 1;
                match member_income(m, ctx) {
                    Some(x) => c.income = c.income.saturating_add(x),
                    None => c.income_unknown = true,
                }
            }
            Counting::NeedsBirthDate => c.membership_unknown = true,
            _ => {}
        }
    }
    c.assets = hh.assets.as_ref().map(|items| {
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
    for f in &hh.flags {
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

/// Why a member may apply alone (第八条第一款), if they may.
fn single_ground(m: &Member) -> Option<(&'static str, &'static str, bool)> {
    if let Some(MemberStatus::ReligiousStaffApart {
        years,
        in_religious_venue: true,
    }) = m
        .statuses
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
    if let Some(d) = m.disability {
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
fn singles<'h>(
    hh: &'h Household,
    ctx: &'h Context,
    c: &'h Core,
    marginal: bool,
) -> impl Iterator<Item = (usize, i64)> + 'h {
    hh.members.iter().enumerate().filter_map(move |(i, m)| {
        let (_, _, needs_marginal) = single_ground(m)?;
        if needs_marginal && !marginal {
            return None;
        }
        let own = member_income(m, ctx)?;
        let gap = c.standard.saturating_sub(own);
        (gap > 0).then(|| (i, round(gap, ctx.version.allowance_rounding.value)))
    })
}

/// The quick assessment: same rules as [`evaluate`], no findings, no allocation.
pub fn quick(hh: &Household, ctx: &Context) -> Quick {
    let c = core(hh, ctx);
    decide(hh, ctx, &c)
}

fn decide(hh: &Household, ctx: &Context, c: &Core) -> Quick {
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
    let review = c.flag_review || c.ties;
    if failed == 0 && !unknown {
        let amount = round(
            c.counted
                .saturating_mul(c.standard)
                .saturating_sub(c.income),
            ctx.version.allowance_rounding.value,
        );
        let outcome = if review {
            Outcome::NeedsManualReview
        } else {
            Outcome::Eligible
        };
        return Quick {
            outcome,
            amount_fen: Some(amount),
            failed,
        };
    }
    if failed != 0 {
        // 单人保: only when the household failed on income (or no one counts), with its assets
        // within the rules; (一)(二) also need a marginal household, (三) does not.
        let marginal = assets_pass == Some(true)
            && below(
                c.income,
                c.counted,
                c.standard,
                i64::from(ctx.version.marginal_factor_permille.value),
            );
        let assets_known_ok =
            assets_pass == Some(true) && failed & (fail::ASSETS | fail::FLAG) == 0;
        let mut total = 0i64;
        let mut any = false;
        if assets_known_ok {
            for (_, a) in singles(hh, ctx, c, marginal) {
                total = total.saturating_add(a);
                any = true;
            }
        }
        if any {
            let outcome = if review {
                Outcome::NeedsManualReview
            } else {
                Outcome::Eligible
            };
            return Quick {
                outcome,
                amount_fen: Some(total),
                failed,
            };
        }
        unknown = false;
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
    }
}

/// The full 低保 decision with every finding, fact and missing item.
pub fn evaluate(hh: &Household, ctx: &Context) -> Decision {
    let c = core(hh, ctx);
    let q = decide(hh, ctx, &c);
    let v = ctx.version;
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
                                format!("{}'s {:?} income of {} yuan is {en}", m.name, it.kind, yuan(it.monthly_fen)))
                                .about(i).fact("kind", format!("{:?}", it.kind)).fact("monthly_fen", it.monthly_fen).fact("counted", t.counted));
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
    if c.counted == 0 && !c.membership_unknown {
        f.push(Finding::new(
            rules::DIBAO_MEMBERS,
            S::Failed,
            "没有计入的共同生活家庭成员".into(),
            "no member counts".into(),
        ));
    }
    let std = v.dibao_standard(hh.area);
    let known = !c.membership_unknown && !c.income_unknown;
    let n_std = c.counted.saturating_mul(c.standard);
    let income_finding = Finding::new(
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
    .fact("standard_fen", c.standard)
    .fact("standard_basis", &std.basis)
    .fact("household_standard_fen", n_std);
    f.push(income_finding);
    match c.assets {
        None => {
            f.push(Finding::new(
                rules::DIBAO_ASSETS,
                S::Unknown,
                "家庭财产未申报".into(),
                "assets not declared".into(),
            ));
            missing.push(MissingFact {
                field: "assets".into(),
                zh: "家庭财产状况（存款、证券、车辆、房屋等）".into(),
                en: "the household's assets (deposits, securities, vehicles, housing, ...)".into(),
            });
        }
        Some(a) => {
            let ok = assets_ok(&a, ctx);
            f.push(Finding::new(rules::DIBAO_ASSETS, if ok { S::Passed } else { S::Failed },
                format!("金融资产 {} 元（限额 {} 元），其他住房 {} 套（限 {} 套），车辆 {} 元（限 {} 元）{}", yuan(a.financial), yuan(a.financial_limit), a.extra_housing, v.max_extra_housing.value, yuan(a.vehicles), yuan(v.vehicle_value_limit_fen.value), if ok { "，符合规定" } else { "，超过规定" }),
                format!("financial assets {} yuan (limit {}), {} extra house(s) (limit {}), vehicles {} yuan (limit {}){}", yuan(a.financial), yuan(a.financial_limit), a.extra_housing, v.max_extra_housing.value, yuan(a.vehicles), yuan(v.vehicle_value_limit_fen.value), if ok { ": within the rules" } else { ": over the limits" }))
                .fact("financial_fen", a.financial).fact("financial_limit_fen", a.financial_limit).fact("limit_basis", &v.financial_assets_per_capita_limit_fen.basis));
        }
    }
    for fl in &hh.flags {
        let rule = v.flag_rules.iter().find(|r| r.flag == *fl);
        let fd = match rule {
            Some(r) if r.effect == FlagEffect::Exclude => Finding::new(
                rules::DIBAO_FLAG,
                S::Failed,
                format!("信息核对发现{}，依地方规定不予纳入", fl.as_zh()),
                format!("matching found {fl:?}: excluded by the local rule"),
            )
            .cite(&r.basis),
            Some(r) => Finding::new(
                rules::DIBAO_FLAG,
                S::Review,
                format!("信息核对发现{}，依地方规定需人工审核", fl.as_zh()),
                format!("matching found {fl:?}: manual review under the local rule"),
            )
            .cite(&r.basis),
            None => Finding::new(
                rules::DIBAO_FLAG,
                S::Review,
                format!("信息核对发现{}，无地方规定，需人工核实", fl.as_zh()),
                format!("matching found {fl:?}; no local rule: a caseworker must check"),
            ),
        };
        f.push(fd.fact("flag", format!("{fl:?}")));
    }
    // Marginal household and 单人保.
    let mut decision_amount = q.amount_fen;
    let mut per_member = Vec::new();
    if q.failed != 0 && q.failed & (fail::ASSETS | fail::FLAG) == 0 {
        let factor = i64::from(v.marginal_factor_permille.value);
        let marginal = below(c.income, c.counted, c.standard, factor);
        let assets_pass = c.assets.map(|a| assets_ok(&a, ctx)) == Some(true);
        f.push(
            Finding::new(
                rules::DIBAO_MARGINAL,
                if marginal && assets_pass {
                    S::Passed
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
            .fact("factor_permille", factor),
        );
        let single: Vec<(usize, i64)> = if assets_pass {
            singles(hh, ctx, &c, marginal).collect()
        } else {
            Vec::new()
        };
        for (i, m) in hh.members.iter().enumerate() {
            if let Some((zh, en, _)) = single_ground(m) {
                let hit = single.iter().find(|(j, _)| *j == i);
                f.push(
                    Finding::new(
                        rules::DIBAO_SINGLE,
                        if hit.is_some() { S::Passed } else { S::Failed },
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
        if !single.is_empty() {
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
    if let Some(a) = decision_amount {
        if q.failed == 0 {
            f.push(
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
            );
        }
    } else {
        decision_amount = None;
    }
    let mut requirements = Vec::new();
    for t in &hh.staff_ties {
        let name = hh
            .members
            .get(t.member)
            .map(|m| m.name.as_str())
            .unwrap_or("?");
        f.push(
            Finding::new(
                rules::DIBAO_CLOSE_RELATIVE,
                S::Review,
                format!(
                    "{name} 与{}有近亲属关系，应单独登记备案",
                    match t.role {
                        super::household::StaffRole::Caseworker => "低保经办人员",
                        super::household::StaffRole::VillageCommitteeMember =>
                            "村（居）民委员会成员",
                    }
                ),
                format!(
                    "{name} is a close relative of a {}: separate registration required",
                    match t.role {
                        super::household::StaffRole::Caseworker => "caseworker",
                        super::household::StaffRole::VillageCommitteeMember =>
                            "village committee member",
                    }
                ),
            )
            .about(t.member),
        );
    }
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
    if !matches!(q.outcome, Outcome::Eligible | Outcome::NeedsManualReview) {
        covered.clear();
    }
    Decision {
        programme: Programme::Dibao,
        member: None,
        outcome: q.outcome,
        amount_fen: decision_amount,
        covered,
        per_member,
        findings: f,
        missing,
        requirements,
    }
}

/// Whether the household is a 低保 household or a marginal one (人均收入低于标准的
/// `marginal_factor` 倍且财产符合规定); `None` if facts are missing.
pub fn is_marginal(hh: &Household, ctx: &Context) -> Option<bool> {
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
