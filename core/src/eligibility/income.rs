//! Which income counts (最低生活保障审核确认办法 第十三条; 特困人员认定办法 第六条第二款),
//! prepared once per profile version and date so that evaluation is a table lookup.

use super::error::EligibilityError;
use super::finding::Ledger;
use super::household::IncomeKind;
use super::profile::ProfileVersion;
use super::rules::{self, Rule};
use chrono::NaiveDate;

/// Every income kind, in declaration order (the table index).
pub const ALL_INCOME: [IncomeKind; 15] = [
    IncomeKind::Wages,
    IncomeKind::BusinessNet,
    IncomeKind::PropertyNet,
    IncomeKind::TransferNet,
    IncomeKind::Other,
    IncomeKind::PreferentialCare,
    IncomeKind::FamilyPlanningReward,
    IncomeKind::Scholarship,
    IncomeKind::HeroicDeedAward,
    IncomeKind::SocialAssistance,
    IncomeKind::BasicPensionBase,
    IncomeKind::AdvancedAgeAllowance,
    IncomeKind::DisabilitySubsidy,
    IncomeKind::ChildAllowance,
    IncomeKind::SocialInsuranceBenefit,
];

/// `true` for the kinds 第十三条第一款 lists as counted: a locality cannot exclude them.
pub(crate) fn counted_by_article_13(k: IncomeKind) -> bool {
    matches!(
        k,
        IncomeKind::Wages
            | IncomeKind::BusinessNet
            | IncomeKind::PropertyNet
            | IncomeKind::TransferNet
    )
}

/// How one kind is treated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Treatment {
    /// Counted as income.
    pub counted: bool,
    /// The rule that decided.
    pub rule: Rule,
}

/// The income rules in force for one profile version on one date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IncomeTable {
    dibao: [Treatment; 15],
    /// `dibao[k].counted`, compact for the batch hot path.
    dibao_counted: [bool; 15],
    tekun: [Treatment; 15],
}

/// 第十三条第二款第（三）项 applies "‘十四五’期间" — 2021-01-01 to 2025-12-31. After that the
/// basic pension is excluded only where the profile excludes it (第十三条第二款第（四）项).
fn five_year_plan(date: NaiveDate) -> bool {
    (2021..=2025).contains(&chrono::Datelike::year(&date))
}

impl IncomeTable {
    /// Builds the table; a profile that excludes a kind the national rule counts is a
    /// [`EligibilityError::ConflictingRules`] error, never a silent pick.
    pub fn prepare(v: &ProfileVersion, date: NaiveDate) -> Result<IncomeTable, EligibilityError> {
        let counted = Treatment {
            counted: true,
            rule: rules::DIBAO_INCOME_COUNTED,
        };
        let mut dibao = [counted; 15];
        let mut ledger = Ledger::default();
        for (i, k) in ALL_INCOME.iter().enumerate() {
            let national = match k {
                k if counted_by_article_13(*k) => Some(counted),
                IncomeKind::PreferentialCare
                | IncomeKind::FamilyPlanningReward
                | IncomeKind::Scholarship
                | IncomeKind::HeroicDeedAward
                | IncomeKind::SocialAssistance => Some(Treatment {
                    counted: false,
                    rule: rules::DIBAO_INCOME_EXCLUDED,
                }),
                IncomeKind::BasicPensionBase if five_year_plan(date) => Some(Treatment {
                    counted: false,
                    rule: rules::DIBAO_PENSION_EXCLUDED,
                }),
                IncomeKind::ChildAllowance => Some(Treatment {
                    counted: false,
                    rule: rules::DIBAO_CHILD_ALLOWANCE_EXCLUDED,
                }),
                _ => None,
            };
            let q = format!(
                "低保是否计入收入类型 {} / is {} counted for 低保",
                k.as_zh(),
                k.as_en()
            );
            if let Some(t) = national {
                ledger.decide(&q, t.rule.id, t.counted)?;
                if let Some(slot) = dibao.get_mut(i) {
                    *slot = t;
                }
            }
            if v.extra_excluded_income.value.contains(k) {
                ledger.decide(&q, rules::DIBAO_LOCAL_INCOME_EXCLUDED.id, false)?;
                if national.is_none() {
                    if let Some(slot) = dibao.get_mut(i) {
                        *slot = Treatment {
                            counted: false,
                            rule: rules::DIBAO_LOCAL_INCOME_EXCLUDED,
                        };
                    }
                }
            }
        }
        let mut tekun = [Treatment {
            counted: true,
            rule: rules::TEKUN_NO_LIVING_SOURCE,
        }; 15];
        for (i, k) in ALL_INCOME.iter().enumerate() {
            // 第六条第二款 lists the pension base, social insurance, preferential care and the
            // advanced-age allowance. Judgement calls (DESIGN.md): government assistance, the
            // child allowances (意见 三（一）) and the disability subsidies (which pay for the
            // extra costs of disability, not for living) are not a "source of living" either.
            let excluded = matches!(
                k,
                IncomeKind::BasicPensionBase
                    | IncomeKind::SocialInsuranceBenefit
                    | IncomeKind::PreferentialCare
                    | IncomeKind::AdvancedAgeAllowance
                    | IncomeKind::ChildAllowance
                    | IncomeKind::SocialAssistance
                    | IncomeKind::DisabilitySubsidy
            );
            if let Some(slot) = tekun.get_mut(i) {
                slot.counted = !excluded;
            }
        }
        let dibao_counted = dibao.map(|t| t.counted);
        Ok(IncomeTable {
            dibao,
            dibao_counted,
            tekun,
        })
    }

    /// The 低保 treatment of a kind.
    pub fn dibao(&self, k: IncomeKind) -> Treatment {
        self.dibao.get(k as usize).copied().unwrap_or(Treatment {
            counted: true,
            rule: rules::DIBAO_INCOME_COUNTED,
        })
    }

    /// Whether a kind counts for 低保 (the same answer as `dibao(k).counted`, without the rule).
    #[inline]
    pub fn dibao_counted(&self, k: IncomeKind) -> bool {
        self.dibao_counted.get(k as usize).copied().unwrap_or(true)
    }

    /// Whether a kind counts for 特困 第六条.
    pub fn tekun_counted(&self, k: IncomeKind) -> bool {
        self.tekun
            .get(k as usize)
            .map(|t| t.counted)
            .unwrap_or(true)
    }
}
