//! Local overlays: extra rest days of a jurisdiction or an office, stacked on the national
//! calendar (e.g. an autonomous region's festivals, set by its own government).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A named set of local rest days.
///
/// A local rest day turns a workday (or a make-up working day) into a rest day; on a day that is
/// already a rest day it changes nothing. Overlays cannot add working days: only the national
/// notice can move rest days (国务院关于职工工作时间的规定 第七条).
///
/// ```
/// use minzheng::calendar::{Calendar, DayKind, Overlay};
/// use chrono::NaiveDate;
/// let d = NaiveDate::from_ymd_opt(2025, 3, 3).unwrap(); // a Monday
/// let mut cal = Calendar::china();
/// let overlay: Overlay = serde_json::from_str(r#"{
///     "name": "示例自治州",
///     "rest_days": [{"date": "2025-03-03", "name": "示例民族节日", "basis": "示例州人民政府令"}]
/// }"#).unwrap();
/// cal.add_overlay(overlay).unwrap();
/// assert_eq!(cal.day(d).unwrap().kind, DayKind::Holiday);
/// ```
///
/// Unknown keys are refused (a misspelled `rest_days` would otherwise be an overlay of no days).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Overlay {
    /// Name of the jurisdiction or office, e.g. `某自治州`.
    pub name: String,
    /// The extra rest days.
    #[serde(default)]
    pub rest_days: Vec<LocalRestDay>,
}

/// One local rest day (unknown keys refused).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocalRestDay {
    /// The date.
    #[serde(deserialize_with = "crate::dates::strict::date")]
    pub date: NaiveDate,
    /// The day's name, e.g. the festival.
    pub name: String,
    /// English name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_en: Option<String>,
    /// The local rule that sets it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basis: Option<String>,
}
