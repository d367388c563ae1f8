//! A jurisdiction's policy profile (地方政策参数), versioned by effective date like OpenFisca
//! parameters: every value carries its legal reference, and the version in force on the
//! evaluation date is used.
//!
//! The national rules are in code next to their articles; the profile holds what the law
//! leaves to local governments: the 低保 standard (社会救助暂行办法 第十条), asset rules
//! (最低生活保障审核确认办法 第十四条; 特困人员认定办法 第七条), extra excluded income
//! (第十三条(四)), 特困 standards (社会救助暂行办法 第十五条), the disability-subsidy grade sets
//! and amounts (LEGAL.md E4), and local time limits. Loaded from JSON or TOML and validated:
//! every problem is reported at once and nothing is half-loaded.

use super::error::{EligibilityError, ProfileProblem};
use super::household::{AssetKind, DisabilityCategory, ExpenseKind, Flag, IncomeKind};
use crate::deadline::{Catalogue, Override, Overrides, Period, PeriodUnit, Term};
use crate::errors::Coded;
use crate::text::Bilingual;
use crate::Citation;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A value with its legal reference.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Param<T> {
    /// The value.
    pub value: T,
    /// Where it comes from.
    pub basis: Citation,
}

/// How the 低保 allowance is rounded after the exact computation in fen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Rounding {
    /// Whole fen: the exact gap, no rounding needed (the default).
    Fen,
    /// Up to the next whole yuan (in the applicant's favour, never down).
    UpToYuan,
}

/// What a household flag does under local rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum FlagEffect {
    /// The case goes to manual review (the default for any flag a profile names).
    ManualReview,
    /// The household is not eligible under the local rule cited.
    Exclude,
}

/// A local rule on a household flag.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FlagRule {
    /// The flag.
    pub flag: Flag,
    /// Its effect.
    pub effect: FlagEffect,
    /// The local rule.
    pub basis: Citation,
}

/// A monthly amount for a set of disability categories and grades.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GradeAmount {
    /// Categories covered; empty = every category.
    #[serde(default)]
    pub categories: Vec<DisabilityCategory>,
    /// Grades covered (1–4).
    pub grades: Vec<u8>,
    /// Monthly amount in fen.
    pub monthly_fen: i64,
}

impl GradeAmount {
    /// `true` if this entry covers the category and grade.
    pub fn covers(&self, category: DisabilityCategory, grade: u8) -> bool {
        (self.categories.is_empty() || self.categories.contains(&category))
            && self.grades.contains(&grade)
    }
}

/// Who may receive the living subsidy (困难残疾人生活补贴).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum LivingSubsidyScope {
    /// 低保家庭中的残疾人 (the national target group, LEGAL.md E4 \[V2\]).
    DibaoHouseholds,
    /// Also 低保边缘 (low-income) households, where the locality has extended it.
    DibaoAndMarginal,
}

/// Care standards for 特困 by self-care ability (特困人员认定办法 第二十条至第二十二条).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CareStandards {
    /// All six indicators achieved (具备生活自理能力).
    pub self_care_fen: i64,
    /// Up to three not achieved (部分丧失).
    pub partly_lost_fen: i64,
    /// Four or more not achieved (完全丧失).
    pub fully_lost_fen: i64,
}

/// A local rule deducting rigid expenses when household income is counted for 低保
/// (最低生活保障审核确认办法 第十三条第三款: "在核算家庭收入时可按规定适当扣减"). The article
/// permits it and leaves the rule ("按规定") to the locality, so it exists only where a profile
/// sets it.
///
/// The deduction of a household is the sum, over its counted members, of their expenses of
/// the listed kinds, times `share_permille`, rounded **up** to the fen (in the applicant's
/// favour), then capped by `household_cap_fen`; counted income never goes below zero. A
/// person applying alone (单人保, 第八条) has their own expenses deducted from their own income,
/// under the same share and cap.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExpenseDeduction {
    /// The kinds deducted (at least one).
    pub kinds: Vec<ExpenseKind>,
    /// Share deducted, in thousandths (1000 = in full; 1–1000).
    #[serde(default = "full_share")]
    pub share_permille: u32,
    /// At most this much per household per month, fen; none = no cap.
    #[serde(default)]
    pub household_cap_fen: Option<i64>,
}

fn full_share() -> u32 {
    1000
}

impl ExpenseDeduction {
    /// The deduction for these expenses (already restricted to counted members): the listed
    /// kinds, times the share rounded up to the fen, capped.
    ///
    /// ```
    /// use minzheng::eligibility::{ExpenseDeduction, ExpenseItem, ExpenseKind};
    /// let d = ExpenseDeduction { kinds: vec![ExpenseKind::SeriousIllness],
    ///     share_permille: 500, household_cap_fen: Some(30_000) };
    /// let items = [ExpenseItem { kind: ExpenseKind::SeriousIllness, monthly_fen: 40_001 },
    ///              ExpenseItem { kind: ExpenseKind::Education, monthly_fen: 9_999 }];
    /// // Half of 400.01 yuan, rounded up to the fen; education is not listed.
    /// assert_eq!(d.amount(items.iter()), 20_001);
    /// let big = [ExpenseItem { kind: ExpenseKind::SeriousIllness, monthly_fen: 100_000 }];
    /// assert_eq!(d.amount(big.iter()), 30_000); // the cap
    /// ```
    pub fn amount<'a>(
        &self,
        items: impl IntoIterator<Item = &'a super::household::ExpenseItem>,
    ) -> i64 {
        self.apply(self.listed(items))
    }

    /// The sum of the expenses of the listed kinds (before share and cap).
    pub fn listed<'a>(
        &self,
        items: impl IntoIterator<Item = &'a super::household::ExpenseItem>,
    ) -> i64 {
        items
            .into_iter()
            .filter(|i| self.kinds.contains(&i.kind))
            .fold(0i64, |a, i| a.saturating_add(i.monthly_fen.max(0)))
    }

    /// The deduction for a sum of listed expenses: the share, rounded up to the fen, capped.
    pub fn apply(&self, listed: i64) -> i64 {
        let share = i128::from(listed.max(0)) * i128::from(self.share_permille);
        let rounded_up = (share + 999) / 1000;
        let amount = i64::try_from(rounded_up).unwrap_or(i64::MAX);
        match self.household_cap_fen {
            Some(cap) => amount.min(cap.max(0)),
            None => amount,
        }
    }
}

/// A local 渐退期 (最低生活保障审核确认办法 第三十三条: "对就业后家庭人均收入超过当地最低生活保障
/// 标准的最低生活保障家庭，县级人民政府民政部门可以给予一定时间的渐退期"): the article permits it
/// and leaves its length to the county.
///
/// It applies to a household that receives 低保 ([`CurrentDibao`](super::CurrentDibao)), fails
/// only the income test, and has a counted member employed since a date on or after the
/// household began receiving 低保. The taper runs for `months` whole months after the month
/// in which that employment began (the latest such date when several members took work), and
/// pays the current amount times `share_permille`, rounded up to the fen and then by the
/// profile's rounding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Taper {
    /// Whole months after the month employment began (1–36).
    pub months: u32,
    /// Share of the current amount paid during the taper, in thousandths (1–1000).
    #[serde(default = "full_share")]
    pub share_permille: u32,
}

/// A local time limit: a shorter working-day period for a catalogue id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocalTimeLimit {
    /// The catalogue id, e.g. `dibao.total`.
    pub id: String,
    /// Working days.
    pub working_days: u32,
    /// The local rule.
    pub basis: Citation,
}

/// The values in force from one effective date on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProfileVersion {
    /// First day in force.
    #[serde(deserialize_with = "crate::dates::strict::date")]
    pub effective_from: NaiveDate,
    /// 城市低保标准, per person per month, fen.
    pub dibao_standard_urban_fen: Param<i64>,
    /// 农村低保标准, per person per month, fen.
    pub dibao_standard_rural_fen: Param<i64>,
    /// 低保边缘家庭 factor in thousandths (1500 = 1.5×, 第八条第二款).
    pub marginal_factor_permille: Param<u32>,
    /// Financial assets per counted member at most (fen).
    pub financial_assets_per_capita_limit_fen: Param<i64>,
    /// Houses beyond the home lived in, at most.
    pub max_extra_housing: Param<u32>,
    /// Total vehicle value at most (fen); 0 = no vehicle allowed.
    pub vehicle_value_limit_fen: Param<i64>,
    /// Asset kinds exempt as necessary for living and production (第十四条).
    pub exempt_asset_kinds: Param<Vec<AssetKind>>,
    /// Extra income kinds not counted (第十三条(四)).
    pub extra_excluded_income: Param<Vec<IncomeKind>>,
    /// Local rules on flags.
    #[serde(default)]
    pub flag_rules: Vec<FlagRule>,
    /// Rounding of the 低保 allowance.
    pub allowance_rounding: Param<Rounding>,
    /// 特困 basic living standard, urban, per month, fen.
    pub tekun_basic_urban_fen: Param<i64>,
    /// 特困 basic living standard, rural, per month, fen.
    pub tekun_basic_rural_fen: Param<i64>,
    /// 特困 care standards, if set.
    #[serde(default)]
    pub tekun_care: Option<Param<CareStandards>>,
    /// 特困 financial assets at most (fen, 第七条).
    pub tekun_assets_limit_fen: Param<i64>,
    /// 当地上年人均可支配收入, per year, fen (第八条(三)(四)).
    pub previous_year_disposable_income_fen: Param<i64>,
    /// Living subsidy: scope.
    pub living_subsidy_scope: Param<LivingSubsidyScope>,
    /// Living subsidy: amounts by grade (the grade set is their union).
    pub living_subsidy: Param<Vec<GradeAmount>>,
    /// Nursing subsidy: amounts by grade (must cover grades 1 and 2 of every category).
    pub nursing_subsidy: Param<Vec<GradeAmount>>,
    /// 孤儿基本生活费 per month, fen.
    #[serde(default)]
    pub orphan_allowance_fen: Option<Param<i64>>,
    /// 事实无人抚养儿童基本生活补贴 per month, fen.
    #[serde(default)]
    pub de_facto_child_allowance_fen: Option<Param<i64>>,
    /// Local time limits (may only shorten national ones).
    #[serde(default)]
    pub time_limits: Vec<LocalTimeLimit>,
    /// Rigid-expense deduction (第十三条第三款), where the locality has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rigid_expense_deduction: Option<Param<ExpenseDeduction>>,
    /// 渐退期 (第三十三条), where the county grants one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dibao_taper: Option<Param<Taper>>,
    /// 临时救助 amounts by hardship category (社会救助暂行办法 第四十九条: the standards are
    /// set by local governments at county level and above).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub temporary_assistance: Option<Param<Vec<HardshipAmount>>>,
}

/// A 临时救助 amount for one hardship category (one-off, per household, fen).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HardshipAmount {
    /// The category.
    pub hardship: super::household::Hardship,
    /// The amount, fen.
    pub amount_fen: i64,
}

/// A jurisdiction's profile: its versions over time.
///
/// ```
/// use minzheng::eligibility::Profile;
/// use chrono::NaiveDate;
/// let p = Profile::from_json(minzheng::eligibility::SAMPLE_PROFILE_JSON)?;
/// let v = p.at(NaiveDate::from_ymd_opt(2026, 7, 1).unwrap())?;
/// assert_eq!(v.marginal_factor_permille.value, 1500);
/// # Ok::<(), minzheng::eligibility::EligibilityError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    /// The jurisdiction's name.
    pub jurisdiction: String,
    /// Its division code.
    #[serde(default)]
    pub division_code: String,
    /// `true` for sample values (not any real jurisdiction's).
    #[serde(default)]
    pub sample: bool,
    /// Versions, any order; sorted on load.
    pub versions: Vec<ProfileVersion>,
}

/// A sample profile embedded for examples and tests (values are samples, not a real city's):
/// `core/data/profile-sample-city.json`, identical to `examples/data/profile-sample-city.json`
/// (a test keeps the two equal).
pub const SAMPLE_PROFILE_JSON: &str = include_str!("../../data/profile-sample-city.json");

impl Profile {
    /// Parses and validates a JSON profile.
    pub fn from_json(json: &str) -> Result<Profile, EligibilityError> {
        let p: Profile = crate::json::from_str(json).map_err(|e| EligibilityError::Json {
            message: e.to_string(),
        })?;
        p.validated()
    }

    /// Parses and validates a TOML profile; the error message names the line and column
    /// (`toml` feature).
    #[cfg(feature = "toml")]
    pub fn from_toml(text: &str) -> Result<Profile, EligibilityError> {
        let p: Profile = crate::toml_text::from_str(text).map_err(|e| EligibilityError::Toml {
            message: e.located(),
        })?;
        p.validated()
    }

    /// Validates (every problem at once) and sorts the versions by effective date.
    pub fn validated(mut self) -> Result<Profile, EligibilityError> {
        let problems = self.problems();
        if !problems.is_empty() {
            return Err(EligibilityError::InvalidProfile { problems });
        }
        self.versions.sort_by_key(|v| v.effective_from);
        Ok(self)
    }

    /// Every problem of the profile.
    pub fn problems(&self) -> Vec<ProfileProblem> {
        let mut out = Vec::new();
        if self.jurisdiction.trim().is_empty() {
            out.push(ProfileProblem::MissingJurisdiction);
        }
        if self.versions.is_empty() {
            out.push(ProfileProblem::NoVersions);
        }
        let mut dates: Vec<NaiveDate> = Vec::new();
        for v in &self.versions {
            if dates.contains(&v.effective_from) && !out.iter().any(|p| matches!(p, ProfileProblem::DuplicateEffectiveDate { date } if *date == v.effective_from)) {
                out.push(ProfileProblem::DuplicateEffectiveDate {
                    date: v.effective_from,
                });
            }
            dates.push(v.effective_from);
            v.check(&mut out);
            v.check_care(&mut out);
        }
        out
    }

    /// The version in force on `date`: the latest whose effective date is not after it.
    pub fn at(&self, date: NaiveDate) -> Result<&ProfileVersion, EligibilityError> {
        self.versions
            .iter()
            .filter(|v| v.effective_from <= date)
            .max_by_key(|v| v.effective_from)
            .ok_or_else(|| EligibilityError::NoProfileVersion {
                date,
                first: self
                    .versions
                    .iter()
                    .map(|v| v.effective_from)
                    .min()
                    .unwrap_or(date),
            })
    }
}

impl ProfileVersion {
    /// Every problem of this version, all at once.
    fn check(&self, out: &mut Vec<ProfileProblem>) {
        self.check_amounts(out);
        self.check_national_floors(out);
        self.check_bases(out);
        self.check_subsidy_grades(out);
        self.check_options(out);
        self.check_time_limits(out);
    }

    /// Amounts that must be positive (standards) or not negative (limits).
    fn check_amounts(&self, out: &mut Vec<ProfileProblem>) {
        let ver = self.effective_from;
        let positive = |out: &mut Vec<ProfileProblem>, field: &str, v: i64| {
            if v <= 0 {
                out.push(ProfileProblem::NotPositive {
                    version: ver,
                    field: field.into(),
                });
            }
        };
        positive(
            out,
            "dibao_standard_urban_fen",
            self.dibao_standard_urban_fen.value,
        );
        positive(
            out,
            "dibao_standard_rural_fen",
            self.dibao_standard_rural_fen.value,
        );
        positive(
            out,
            "tekun_basic_urban_fen",
            self.tekun_basic_urban_fen.value,
        );
        positive(
            out,
            "tekun_basic_rural_fen",
            self.tekun_basic_rural_fen.value,
        );
        positive(
            out,
            "previous_year_disposable_income_fen",
            self.previous_year_disposable_income_fen.value,
        );
        for (field, v) in [
            (
                "financial_assets_per_capita_limit_fen",
                self.financial_assets_per_capita_limit_fen.value,
            ),
            (
                "vehicle_value_limit_fen",
                self.vehicle_value_limit_fen.value,
            ),
            ("tekun_assets_limit_fen", self.tekun_assets_limit_fen.value),
        ] {
            if v < 0 {
                out.push(ProfileProblem::NotPositive {
                    version: ver,
                    field: field.into(),
                });
            }
        }
    }

    /// Local values that the national rules forbid: a marginal factor below 1×, excluding income that 第十三条 counts, and a 护理补贴 that leaves out grade 1 or 2 of a category (LEGAL.md E4 [V2]).
    fn check_national_floors(&self, out: &mut Vec<ProfileProblem>) {
        let ver = self.effective_from;
        if self.marginal_factor_permille.value < 1000 {
            out.push(ProfileProblem::ConflictsWithNational {
                version: ver,
                field: "marginal_factor_permille".into(),
                detail: Bilingual::new(
                    "边缘家庭系数不能低于 1 倍",
                    "the marginal factor cannot be below 1×",
                ),
            });
        }
        for k in &self.extra_excluded_income.value {
            if super::income::counted_by_article_13(*k) {
                out.push(ProfileProblem::ConflictsWithNational {
                    version: ver,
                    field: "extra_excluded_income".into(),
                    detail: Bilingual::new(
                        format!("第十三条规定计入的收入类型“{}”不能由地方排除", k.as_zh()),
                        format!(
                            "{} income is counted by Article 13 and cannot be excluded locally",
                            k.as_en()
                        ),
                    ),
                });
            }
        }
        // National floor (LEGAL.md E4 [V2]): 护理补贴 covers grades 1 and 2 of every category.
        for cat in super::disability::ALL_CATEGORIES {
            for grade in [1u8, 2] {
                if !self
                    .nursing_subsidy
                    .value
                    .iter()
                    .any(|g| g.covers(cat, grade))
                {
                    out.push(ProfileProblem::ConflictsWithNational {
                        version: ver,
                        field: "nursing_subsidy".into(),
                        detail: Bilingual::new(
                            format!("未覆盖{}{grade}级", cat.as_zh()),
                            format!("grade {grade} {} is not covered", cat.as_en()),
                        ),
                    });
                }
            }
        }
    }

    /// Every local value names its legal basis.
    fn check_bases(&self, out: &mut Vec<ProfileProblem>) {
        let ver = self.effective_from;
        for (field, basis) in self.bases() {
            if basis.instrument.trim().is_empty() {
                out.push(ProfileProblem::MissingBasis {
                    version: ver,
                    field: field.into(),
                });
            }
        }
    }

    /// Subsidy grades within 1–4 and positive amounts.
    fn check_subsidy_grades(&self, out: &mut Vec<ProfileProblem>) {
        let ver = self.effective_from;
        for (field, list) in [
            ("living_subsidy", &self.living_subsidy.value),
            ("nursing_subsidy", &self.nursing_subsidy.value),
        ] {
            for g in list {
                for grade in &g.grades {
                    if !(1..=4).contains(grade) {
                        out.push(ProfileProblem::BadGrade {
                            version: ver,
                            field: field.into(),
                            grade: *grade,
                        });
                    }
                }
                if g.monthly_fen <= 0 {
                    out.push(ProfileProblem::NotPositive {
                        version: ver,
                        field: field.into(),
                    });
                }
            }
        }
    }

    /// The optional rules: the rigid-expense deduction and the 低保 taper.
    fn check_options(&self, out: &mut Vec<ProfileProblem>) {
        let ver = self.effective_from;
        if let Some(d) = &self.rigid_expense_deduction {
            let d = &d.value;
            let mut bad = |zh: &str, en: &str| {
                out.push(ProfileProblem::BadValue {
                    version: ver,
                    field: "rigid_expense_deduction".into(),
                    detail: Bilingual::new(zh, en),
                })
            };
            if d.kinds.is_empty() {
                bad("未列出可扣减的支出类型", "no expense kind listed");
            }
            if !(1..=1000).contains(&d.share_permille) {
                bad(
                    "扣减比例应为 1‰ 至 1000‰",
                    "the share must be 1 to 1000 per mille",
                );
            }
            if d.household_cap_fen.is_some_and(|c| c <= 0) {
                bad("每户上限应为正数", "the household cap must be positive");
            }
        }
        if let Some(t) = &self.dibao_taper {
            if !(1..=36).contains(&t.value.months) {
                out.push(ProfileProblem::BadValue {
                    version: ver,
                    field: "dibao_taper".into(),
                    detail: Bilingual::new(
                        "渐退期应为 1 至 36 个月",
                        "the taper must be 1 to 36 months",
                    ),
                });
            }
            if !(1..=1000).contains(&t.value.share_permille) {
                out.push(ProfileProblem::BadValue {
                    version: ver,
                    field: "dibao_taper".into(),
                    detail: Bilingual::new(
                        "发放比例应为 1‰ 至 1000‰",
                        "the share must be 1 to 1000 per mille",
                    ),
                });
            }
        }
        if let Some(t) = &self.temporary_assistance {
            if t.value.iter().any(|a| a.amount_fen <= 0) {
                out.push(ProfileProblem::BadValue {
                    version: ver,
                    field: "temporary_assistance".into(),
                    detail: Bilingual::new("临时救助金额应为正数", "the amounts must be positive"),
                });
            }
        }
    }

    /// Local time limits the national period catalogue accepts.
    fn check_time_limits(&self, out: &mut Vec<ProfileProblem>) {
        let ver = self.effective_from;
        if let Err(e) = self.catalogue(&Catalogue::national()) {
            out.push(ProfileProblem::BadTimeLimit {
                version: ver,
                detail: Bilingual::new(e.zh(), e.en()),
            });
        }
    }

    fn bases(&self) -> Vec<(&'static str, &Citation)> {
        let mut v = vec![
            (
                "dibao_standard_urban_fen",
                &self.dibao_standard_urban_fen.basis,
            ),
            (
                "dibao_standard_rural_fen",
                &self.dibao_standard_rural_fen.basis,
            ),
            (
                "marginal_factor_permille",
                &self.marginal_factor_permille.basis,
            ),
            (
                "financial_assets_per_capita_limit_fen",
                &self.financial_assets_per_capita_limit_fen.basis,
            ),
            ("max_extra_housing", &self.max_extra_housing.basis),
            (
                "vehicle_value_limit_fen",
                &self.vehicle_value_limit_fen.basis,
            ),
            ("exempt_asset_kinds", &self.exempt_asset_kinds.basis),
            ("extra_excluded_income", &self.extra_excluded_income.basis),
            ("allowance_rounding", &self.allowance_rounding.basis),
            ("tekun_basic_urban_fen", &self.tekun_basic_urban_fen.basis),
            ("tekun_basic_rural_fen", &self.tekun_basic_rural_fen.basis),
            ("tekun_assets_limit_fen", &self.tekun_assets_limit_fen.basis),
            (
                "previous_year_disposable_income_fen",
                &self.previous_year_disposable_income_fen.basis,
            ),
            ("living_subsidy_scope", &self.living_subsidy_scope.basis),
            ("living_subsidy", &self.living_subsidy.basis),
            ("nursing_subsidy", &self.nursing_subsidy.basis),
        ];
        if let Some(c) = &self.tekun_care {
            v.push(("tekun_care", &c.basis));
        }
        if let Some(c) = &self.orphan_allowance_fen {
            v.push(("orphan_allowance_fen", &c.basis));
        }
        if let Some(c) = &self.de_facto_child_allowance_fen {
            v.push(("de_facto_child_allowance_fen", &c.basis));
        }
        if let Some(c) = &self.rigid_expense_deduction {
            v.push(("rigid_expense_deduction", &c.basis));
        }
        if let Some(c) = &self.dibao_taper {
            v.push(("dibao_taper", &c.basis));
        }
        if let Some(c) = &self.temporary_assistance {
            v.push(("temporary_assistance", &c.basis));
        }
        for f in &self.flag_rules {
            v.push(("flag_rules", &f.basis));
        }
        for t in &self.time_limits {
            v.push(("time_limits", &t.basis));
        }
        v
    }

    /// The 低保 standard for an area.
    pub fn dibao_standard(&self, area: super::household::Area) -> &Param<i64> {
        match area {
            super::household::Area::Urban => &self.dibao_standard_urban_fen,
            super::household::Area::Rural => &self.dibao_standard_rural_fen,
        }
    }

    /// The 特困 basic standard for an area.
    pub fn tekun_basic(&self, area: super::household::Area) -> &Param<i64> {
        match area {
            super::household::Area::Urban => &self.tekun_basic_urban_fen,
            super::household::Area::Rural => &self.tekun_basic_rural_fen,
        }
    }

    /// The period catalogue with this version's local time limits applied (local limits may
    /// only shorten national ones; the catalogue enforces it).
    pub fn catalogue(
        &self,
        national: &Catalogue,
    ) -> Result<Catalogue, crate::deadline::DeadlineError> {
        if self.time_limits.is_empty() {
            return Ok(national.clone());
        }
        let o = Overrides {
            jurisdiction: "profile".into(),
            overrides: self
                .time_limits
                .iter()
                .map(|t| Override {
                    id: t.id.clone(),
                    term: Term::Period(Period {
                        amount: t.working_days,
                        unit: PeriodUnit::WorkingDays,
                    }),
                    basis: t.basis.clone(),
                    note: None,
                })
                .collect(),
            additions: Vec::new(),
        };
        national.with_overrides(&o)
    }
}

impl ProfileVersion {
    /// The 特困 care standards (特困人员认定办法 第二十条至第二十二条) are amounts paid each month:
    /// none may be negative (a self-caring person's may be 0). Found by the bad-input corpus
    /// (tests/bad-inputs/cases.json, `profile-negative-care-standard`).
    fn check_care(&self, out: &mut Vec<ProfileProblem>) {
        let Some(care) = &self.tekun_care else { return };
        let c = &care.value;
        for (field, v) in [
            ("tekun_care.self_care_fen", c.self_care_fen),
            ("tekun_care.partly_lost_fen", c.partly_lost_fen),
            ("tekun_care.fully_lost_fen", c.fully_lost_fen),
        ] {
            if v < 0 {
                out.push(ProfileProblem::NotPositive {
                    version: self.effective_from,
                    field: field.into(),
                });
            }
        }
    }
}
