//! Where the household is registered and where the profile applies, read against the division
//! lists (GB/T 2260, [`crate::division`]). Nothing here refuses: a code missing from the lists
//! may be newer or older than they are, and a household registered outside the profile's
//! jurisdiction may still apply there in the cases 第五条 allows; each is a warning a caseworker
//! checks.

use super::household::Household;
use super::profile::Profile;
use crate::division::{self, DivisionTable};
use crate::id::Remark;

/// The warnings on a household's registered residence (户籍所在地):
/// - `household.residence_not_listed`: the code is in none of the table's lists;
/// - `household.residence_not_current`: the code is no longer in the latest list (with its
///   successor where the names show it);
/// - `household.residence_outside_jurisdiction`: the code lies outside `jurisdiction` (the
///   profile's division code, when it has one). 最低生活保障审核确认办法 第四条 (the same in
///   特困人员认定办法 第十条): the application goes to the township of the registered residence,
///   so the profile of another jurisdiction would apply; 第五条 lets a family whose members are
///   registered in different places apply at one member's registration, so this is never a
///   refusal.
///
/// A residence that is not six digits is a validation problem, not a warning, and gets none.
///
/// ```
/// # #[cfg(feature = "divisions")] {
/// use minzheng::division::DivisionTable;
/// use minzheng::eligibility::{residence_warnings, Household};
/// let hh = Household::from_json(r#"{"members": [{"name": "甲", "relation": "applicant"}],
///   "residence": "110103", "area": "urban", "application_date": "2026-06-01"}"#)?;
/// let w = residence_warnings(&hh, "330100", Some(DivisionTable::embedded()));
/// let codes: Vec<&str> = w.iter().map(|r| r.code).collect();
/// // 崇文区 (110103) was merged into 东城区 in 2010, and it is not in 杭州市 (330100).
/// assert_eq!(codes, ["household.residence_not_current", "household.residence_outside_jurisdiction"]);
/// # }
/// # Ok::<(), minzheng::eligibility::EligibilityError>(())
/// ```
pub fn residence_warnings(
    hh: &Household,
    jurisdiction: &str,
    table: Option<&DivisionTable>,
) -> Vec<Remark> {
    let code = hh.residence.as_str();
    if !division::is_code(code) {
        return Vec::new();
    }
    let mut out: Vec<Remark> = table
        .and_then(|t| {
            division::remarks(
                code,
                t,
                (
                    "household.residence_not_listed",
                    "household.residence_not_current",
                ),
                ("户籍所在地代码", "the residence code"),
            )
        })
        .into_iter()
        .collect();
    if division::is_code(jurisdiction) && !division::within(code, jurisdiction) {
        out.push(Remark::new(
            "household.residence_outside_jurisdiction",
            format!(
                "户籍所在地 {code} 不在本政策参数所属辖区 {jurisdiction} 内：申请应向户籍所在地乡镇人民政府（街道办事处）提出（《最低生活保障审核确认办法》第四条、《特困人员认定办法》第十条），适用该地标准；家庭成员户籍不在一地的，按第五条办理。请核对，不据此拒绝"
            ),
            format!(
                "the registered residence {code} is outside this profile's jurisdiction {jurisdiction}: applications go to the township of the registered residence (最低生活保障审核确认办法 art. 4, 特困人员认定办法 art. 10), whose standards apply; families registered in several places apply under art. 5. Check it; not a reason to refuse"
            ),
        ));
    }
    out
}

impl Profile {
    /// The warnings on the profile's division code (never a refusal):
    /// `profile.division_code_malformed` (given but not six digits),
    /// `profile.division_code_not_listed` and `profile.division_code_not_current` (against
    /// `table`). A profile without a division code gets none.
    ///
    /// ```
    /// # #[cfg(feature = "divisions")] {
    /// use minzheng::division::DivisionTable;
    /// use minzheng::eligibility::{Profile, SAMPLE_PROFILE_JSON};
    /// let mut p = Profile::from_json(SAMPLE_PROFILE_JSON)?;
    /// assert!(p.warnings(Some(DivisionTable::embedded())).is_empty()); // 110105 北京市 朝阳区
    /// p.division_code = "110199".into();
    /// assert_eq!(p.warnings(Some(DivisionTable::embedded()))[0].code, "profile.division_code_not_listed");
    /// # }
    /// # Ok::<(), minzheng::eligibility::EligibilityError>(())
    /// ```
    pub fn warnings(&self, table: Option<&DivisionTable>) -> Vec<Remark> {
        jurisdiction_warnings(&self.division_code, table)
    }
}

/// The warnings on a profile's division code ([`Profile::warnings`]); the evaluation gives
/// them too, so every face that evaluates shows them.
pub(crate) fn jurisdiction_warnings(code: &str, table: Option<&DivisionTable>) -> Vec<Remark> {
    let code = code.trim();
    if code.is_empty() {
        return Vec::new();
    }
    if !division::is_code(code) {
        return vec![Remark::new(
            "profile.division_code_malformed",
            format!("政策参数的行政区划代码“{code}”不是六位数字（GB/T 2260）"),
            format!("the profile's division code \"{code}\" is not six digits (GB/T 2260)"),
        )];
    }
    table
        .and_then(|t| {
            division::remarks(
                code,
                t,
                (
                    "profile.division_code_not_listed",
                    "profile.division_code_not_current",
                ),
                ("政策参数的行政区划代码", "the profile's division code"),
            )
        })
        .into_iter()
        .collect()
}
