//! Applying matched departmental facts to a household (家庭经济状况核对结果的采用).
//!
//! A record is a floor, never an addition: a declared amount of the same kind may already
//! include it, so a recorded income or asset replaces the declared one only when it is higher
//! (DESIGN.md, "Cross-check"). Nothing here decides eligibility; the engine does that on the
//! household that comes out.

use super::index::Source;
use super::record::{Department, PensionScheme, RecordFact};
use crate::eligibility::{
    yuan, AssetItem, AssetKind, Disability, Flag, Household, IncomeKind, Member,
};
use serde::Serialize;

/// A departmental record matched to one member of the household.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct MemberRecord {
    /// The member (0-based).
    pub member: usize,
    /// The department.
    pub department: Department,
    /// The fact.
    pub fact: RecordFact,
    /// Where it was read.
    pub source: Source,
}

/// A fact of the household that the records changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct FactChange {
    /// The member, for a member's fact.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub member: Option<usize>,
    /// The field, e.g. `members[1].income.wages`, `assets.vehicle`, `flags`.
    pub field: String,
    /// Declared value, as text.
    pub declared: String,
    /// Value after the records, as text.
    pub checked: String,
    /// The records that gave it.
    pub sources: Vec<Source>,
    /// Chinese.
    pub zh: String,
    /// English.
    pub en: String,
}

/// The household after the records, and what they changed.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Applied {
    /// The household with the checked facts.
    pub household: Household,
    /// Every changed fact.
    pub changes: Vec<FactChange>,
    /// Members with provident-fund contributions but neither declared nor recorded wages.
    pub undeclared_employment: Vec<(usize, Source)>,
    /// `true` if a disability certificate was added or changed (member programmes may change).
    pub disability_changed: bool,
}

fn sources<'a>(recs: impl Iterator<Item = &'a MemberRecord>) -> Vec<Source> {
    recs.map(|r| r.source).collect()
}

/// Applies the records (any order; they are used in canonical order) to a copy of `hh`.
pub fn apply(hh: &Household, records: &[MemberRecord]) -> Applied {
    let mut new = hh.clone();
    let mut changes = Vec::new();
    let mut undeclared = Vec::new();
    let mut disability_changed = false;
    for (i, m) in hh.members.iter().enumerate() {
        apply_income(i, m, records, &mut new, &mut changes);
        disability_changed |= apply_disability(i, m, records, &mut new, &mut changes);
        if let Some(source) = undeclared_employment(i, m, records) {
            undeclared.push((i, source));
        }
    }
    apply_assets(hh, records, &mut new, &mut changes);
    apply_flags(hh, records, &mut new, &mut changes);
    Applied {
        household: new,
        changes,
        undeclared_employment: undeclared,
        disability_changed,
    }
}

/// Income: wages and pensions on record above what was declared replace the declaration (the
/// records are the checked amount; a lower record does not lower a declaration).
fn apply_income(
    i: usize,
    m: &Member,
    records: &[MemberRecord],
    new: &mut Household,
    changes: &mut Vec<FactChange>,
) {
    // The records of member `i`.
    let mine = || records.iter().filter(move |r| r.member == i);
    for (kind, pick) in [
        (IncomeKind::Wages, 0u8),
        (IncomeKind::TransferNet, 1),
        (IncomeKind::BasicPensionBase, 2),
    ] {
        let matching = |r: &&MemberRecord| {
            matches!(
                (r.fact, pick),
                (RecordFact::Wages { .. }, 0)
                    | (
                        RecordFact::Pension {
                            scheme: PensionScheme::Employee,
                            ..
                        },
                        1
                    )
                    | (
                        RecordFact::Pension {
                            scheme: PensionScheme::Resident,
                            ..
                        },
                        2
                    )
            )
        };
        let recorded: i64 = mine().filter(matching).fold(0i64, |a, r| match r.fact {
            RecordFact::Wages { monthly_fen } | RecordFact::Pension { monthly_fen, .. } => {
                a.saturating_add(monthly_fen)
            }
            _ => a,
        });
        if mine().filter(matching).count() == 0 {
            continue;
        }
        let declared: i64 = m
            .income
            .iter()
            .flatten()
            .filter(|x| x.kind == kind)
            .fold(0i64, |a, x| a.saturating_add(x.monthly_fen));
        if recorded > declared {
            if let Some(nm) = new.members.get_mut(i) {
                let items = nm.income.get_or_insert_with(Vec::new);
                items.retain(|x| x.kind != kind);
                items.push(crate::eligibility::IncomeItem {
                    kind,
                    monthly_fen: recorded,
                });
            }
            changes.push(FactChange {
                member: Some(i),
                field: format!("members[{i}].income.{}", kind_id(kind)),
                declared: yuan(declared),
                checked: yuan(recorded),
                sources: sources(mine().filter(matching)),
                zh: format!(
                    "{} 的{}：申报 {} 元，核对 {} 元",
                    m.name,
                    kind.as_zh(),
                    yuan(declared),
                    yuan(recorded)
                ),
                en: format!(
                    "{}'s {}: declared {} yuan, records show {} yuan a month",
                    m.name,
                    kind_id(kind),
                    yuan(declared),
                    yuan(recorded)
                ),
            });
        }
    }
}

/// Disability: a certificate is the authority; the most severe one wins. Returns whether the
/// member's disability changed.
fn apply_disability(
    i: usize,
    m: &Member,
    records: &[MemberRecord],
    new: &mut Household,
    changes: &mut Vec<FactChange>,
) -> bool {
    let mine = || records.iter().filter(move |r| r.member == i);
    // A certificate is the authority on disability; the most severe one wins.
    let cert = mine()
        .filter_map(|r| match r.fact {
            RecordFact::Disability { category, grade } => Some(Disability { category, grade }),
            _ => None,
        })
        .min_by_key(|d| d.grade);
    if let Some(d) = cert {
        if m.disability != Some(d) {
            if let Some(nm) = new.members.get_mut(i) {
                nm.disability = Some(d);
            }
            changes.push(FactChange {
                member: Some(i),
                field: format!("members[{i}].disability"),
                declared: m.disability.map_or("—".to_owned(), |x| {
                    format!("{}{}级", x.category.as_zh(), x.grade)
                }),
                checked: format!("{}{}级", d.category.as_zh(), d.grade),
                sources: sources(
                    mine().filter(|r| matches!(r.fact, RecordFact::Disability { .. })),
                ),
                zh: format!("{} 持残疾人证：{}{}级", m.name, d.category.as_zh(), d.grade),
                en: format!(
                    "{} holds a disability certificate: {}, grade {}",
                    m.name,
                    d.category.as_en(),
                    d.grade
                ),
            });
            return true;
        }
    }
    false
}

/// A provident-fund contribution of member `i` with no wages declared or on record: employment
/// the household did not declare (the record that shows it).
fn undeclared_employment(i: usize, m: &Member, records: &[MemberRecord]) -> Option<Source> {
    let mine = || records.iter().filter(move |r| r.member == i);
    let wages_known = m
        .income
        .iter()
        .flatten()
        .any(|x| x.kind == IncomeKind::Wages && x.monthly_fen > 0)
        || mine().any(|r| matches!(r.fact, RecordFact::Wages { monthly_fen } if monthly_fen > 0));
    if !wages_known {
        if let Some(r) = mine().find(|r| {
            matches!(r.fact, RecordFact::ProvidentFund { monthly_contribution_fen, .. } if monthly_contribution_fen > 0)
        }) {
            return Some(r.source);
        }
    }
    None
}

fn kind_id(k: IncomeKind) -> &'static str {
    match k {
        IncomeKind::Wages => "wages",
        IncomeKind::TransferNet => "transfer_net",
        IncomeKind::BasicPensionBase => "basic_pension_base",
        _ => "other",
    }
}

fn apply_assets(
    hh: &Household,
    records: &[MemberRecord],
    new: &mut Household,
    changes: &mut Vec<FactChange>,
) {
    apply_deposits_and_vehicles(hh, records, new, changes);
    apply_properties(hh, records, new, changes);
}

/// The declared count and total value of the household's assets of kind `k`.
fn declared_assets(hh: &Household, k: AssetKind) -> (i64, i64) {
    hh.assets
        .iter()
        .flatten()
        .filter(|a| a.kind == k)
        .fold((0i64, 0i64), |(n, v), a| {
            (n + 1, v.saturating_add(a.value_fen))
        })
}

/// Deposits and vehicles: the recorded total is a floor for the declared total.
fn apply_deposits_and_vehicles(
    hh: &Household,
    records: &[MemberRecord],
    new: &mut Household,
    changes: &mut Vec<FactChange>,
) {
    let declared = |k: AssetKind| declared_assets(hh, k);
    for (kind, field, zh, en) in [
        (
            AssetKind::Deposits,
            "assets.deposits",
            "银行存款",
            "bank deposits",
        ),
        (
            AssetKind::Vehicle,
            "assets.vehicle",
            "车辆价值",
            "vehicle value",
        ),
    ] {
        let recs = || {
            records.iter().filter(move |r| {
                matches!(
                    (r.fact, kind),
                    (RecordFact::Deposits { .. }, AssetKind::Deposits)
                        | (RecordFact::Vehicle { .. }, AssetKind::Vehicle)
                )
            })
        };
        if recs().count() == 0 {
            continue;
        }
        let recorded = recs().fold(0i64, |a, r| match r.fact {
            RecordFact::Deposits { balance_fen } => a.saturating_add(balance_fen),
            RecordFact::Vehicle { value_fen } => a.saturating_add(value_fen),
            _ => a,
        });
        let (_, dv) = declared(kind);
        if recorded > dv {
            let applied = if let Some(items) = new.assets.as_mut() {
                items.push(AssetItem {
                    kind,
                    value_fen: recorded - dv,
                });
                ""
            } else {
                "（家庭财产未申报，仅记录）"
            };
            changes.push(FactChange {
                member: None,
                field: field.to_owned(),
                declared: yuan(dv),
                checked: yuan(recorded),
                sources: sources(recs()),
                zh: format!(
                    "{zh}：申报 {} 元，核对 {} 元{applied}",
                    yuan(dv),
                    yuan(recorded)
                ),
                en: format!(
                    "{en}: declared {} yuan, records show {} yuan{}",
                    yuan(dv),
                    yuan(recorded),
                    if applied.is_empty() {
                        ""
                    } else {
                        " (assets not declared: noted only)"
                    }
                ),
            });
        }
    }
}

/// Properties: the first registered property is taken as the home lived in (exempt under the
/// sample profiles); every further one is a house beyond it. Judgement call in the applicant's
/// favour: the register does not say which one the family lives in.
fn apply_properties(
    hh: &Household,
    records: &[MemberRecord],
    new: &mut Household,
    changes: &mut Vec<FactChange>,
) {
    let declared = |k: AssetKind| declared_assets(hh, k);
    let props: Vec<&MemberRecord> = records
        .iter()
        .filter(|r| matches!(r.fact, RecordFact::Property { .. }))
        .collect();
    if !props.is_empty() {
        let extra = props.len() as i64 - 1;
        let (declared_extra, _) = declared(AssetKind::ExtraHousing);
        if extra > declared_extra {
            let area: u64 = props
                .iter()
                .map(|r| match r.fact {
                    RecordFact::Property { area_m2 } => u64::from(area_m2),
                    _ => 0,
                })
                .sum();
            if let Some(items) = new.assets.as_mut() {
                for _ in declared_extra..extra {
                    items.push(AssetItem {
                        kind: AssetKind::ExtraHousing,
                        value_fen: 0,
                    });
                }
            }
            changes.push(FactChange {
                member: None,
                field: "assets.extra_housing".to_owned(),
                declared: declared_extra.to_string(),
                checked: extra.to_string(),
                sources: props.iter().map(|r| r.source).collect(),
                zh: format!(
                    "不动产登记 {} 处（共 {area} 平方米），除一处住房外另有 {extra} 处，申报 {declared_extra} 处",
                    props.len()
                ),
                en: format!(
                    "{} registered properties ({area} m² in all): {extra} beyond the home, {declared_extra} declared",
                    props.len()
                ),
            });
        }
    }
}

fn apply_flags(
    hh: &Household,
    records: &[MemberRecord],
    new: &mut Household,
    changes: &mut Vec<FactChange>,
) {
    for flag in [Flag::VehicleOwner, Flag::BusinessOwner, Flag::PublicServant] {
        let recs: Vec<&MemberRecord> = records
            .iter()
            .filter(|r| {
                matches!(
                    (r.fact, flag),
                    (RecordFact::Vehicle { .. }, Flag::VehicleOwner)
                        | (RecordFact::CompanyRole { .. }, Flag::BusinessOwner)
                        | (RecordFact::PublicPost, Flag::PublicServant)
                )
            })
            .collect();
        if recs.is_empty() || hh.flags.contains(&flag) {
            continue;
        }
        new.flags.push(flag);
        let who: Vec<String> = recs
            .iter()
            .filter_map(|r| hh.members.get(r.member).map(|m| m.name.clone()))
            .collect();
        let capital: i64 = recs
            .iter()
            .map(|r| match r.fact {
                RecordFact::CompanyRole {
                    registered_capital_fen,
                    ..
                } => registered_capital_fen,
                _ => 0,
            })
            .sum();
        let extra = if capital > 0 {
            format!("，注册资本 {} 元", yuan(capital))
        } else {
            String::new()
        };
        changes.push(FactChange {
            member: recs.first().map(|r| r.member),
            field: "flags".to_owned(),
            declared: "—".to_owned(),
            checked: flag.as_str().to_owned(),
            sources: recs.iter().map(|r| r.source).collect(),
            zh: format!("{}：{}{extra}", flag.as_zh(), who.join("、")),
            en: format!("{}: {}", flag.as_en(), who.join(", ")),
        });
    }
}
