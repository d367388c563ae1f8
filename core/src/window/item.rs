//! What the window needs to know about a power item (权责清单事项): its materials, time limits,
//! handling type, legal bases and remedies.

use super::error::WindowError;
use crate::deadline::Period;
use crate::{Citation, Confidence};
use serde::{Deserialize, Serialize};

/// A material of the item's list (申请材料).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ItemMaterial {
    /// Its name.
    pub name: String,
    /// Whether it must be submitted.
    #[serde(default = "yes")]
    pub required: bool,
}

fn yes() -> bool {
    true
}

/// A remedy open to the applicant (救济途径), printed on refusals.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ItemRemedy {
    /// `行政复议` or `行政诉讼`.
    pub kind: String,
    /// The body, e.g. `某市人民政府`.
    pub body: String,
    /// The time limit, e.g. 60 natural days.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_limit: Option<Period>,
}

/// A window item: the facts of a power item the service window works with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WindowItem {
    /// The item code.
    pub code: String,
    /// The item name.
    pub name: String,
    /// Category label (e.g. `行政许可`).
    pub category: String,
    /// The implementing body or undertaking unit.
    pub unit: String,
    /// The material list.
    #[serde(default)]
    pub materials: Vec<ItemMaterial>,
    /// 即办件: decided the same day it is accepted.
    #[serde(default)]
    pub immediate: bool,
    /// 法定办结时限.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statutory: Option<Period>,
    /// 承诺办结时限 (never above the statutory one).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub promised: Option<Period>,
    /// The limit for the one-time correction notice (default: 5 working days,
    /// 行政许可法 第三十二条第一款第（四）项).
    #[serde(default = "correction_default")]
    pub correction_limit: Period,
    /// The longest extension of the decision period (default: none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extension: Option<Period>,
    /// Whether a licence document is issued after a grant (`licensing.issue`, 10 working days).
    #[serde(default)]
    pub licence: bool,
    /// The legal bases.
    #[serde(default)]
    pub bases: Vec<Citation>,
    /// The remedies.
    #[serde(default)]
    pub remedies: Vec<ItemRemedy>,
}

fn correction_default() -> Period {
    Period::working_days(5)
}

impl WindowItem {
    /// The decision periods that bind: the promised limit and the statutory one (when they are
    /// in different units both are kept, and the due date is the earlier of the two); only the
    /// promised one when they share a unit (it may not exceed the statutory one); 0 working
    /// days for 即办件.
    ///
    /// ```
    /// use minzheng::window::WindowItem;
    /// use minzheng::deadline::Period;
    /// let mut item: WindowItem = serde_json::from_str(r#"{"code": "X1", "name": "社会团体成立登记",
    ///   "category": "行政许可", "unit": "民政局",
    ///   "statutory": {"amount": 20, "unit": "working_days"},
    ///   "promised": {"amount": 10, "unit": "working_days"}}"#).unwrap();
    /// assert_eq!(item.decision_periods()?, vec![Period::working_days(10)]);
    /// item.promised = Some(Period::working_days(25));
    /// assert!(item.decision_periods().is_err());
    /// item.statutory = Some(Period::natural_days(60));
    /// assert_eq!(item.decision_periods()?, vec![Period::working_days(25), Period::natural_days(60)]);
    /// # Ok::<(), minzheng::window::WindowError>(())
    /// ```
    pub fn decision_periods(&self) -> Result<Vec<Period>, WindowError> {
        let bad = |zh: &str, en: &str| WindowError::BadItem {
            code: self.code.clone(),
            why: crate::text::Bilingual::new(zh, en),
        };
        if self.immediate {
            if self.promised.is_some_and(|p| p.amount > 0) {
                return Err(bad(
                    "即办件不应有承诺时限",
                    "an on-the-spot item has no promised period",
                ));
            }
            return Ok(vec![Period::working_days(0)]);
        }
        match (self.promised, self.statutory) {
            (Some(p), _) if p.amount == 0 => Err(bad(
                "承诺件的承诺时限不能为 0",
                "a promised item needs a non-zero period",
            )),
            (Some(p), Some(s)) if p.unit == s.unit => {
                if p.amount > s.amount {
                    Err(bad(
                        "承诺时限超过法定时限",
                        "the promised limit exceeds the statutory one",
                    ))
                } else {
                    Ok(vec![p])
                }
            }
            (Some(p), Some(s)) if s.amount > 0 => Ok(vec![p, s]),
            (Some(p), _) => Ok(vec![p]),
            (None, Some(s)) if s.amount > 0 => Ok(vec![s]),
            _ => Err(bad(
                "承诺件缺少办结时限",
                "a promised item has no time limit",
            )),
        }
    }

    /// The item's bases, or 行政许可法 if none are listed (for notices).
    pub fn bases_or_default(&self) -> Vec<Citation> {
        if self.bases.is_empty() {
            vec![Citation::new("行政许可法", "", Confidence::V1)]
        } else {
            self.bases.clone()
        }
    }
}

impl From<&crate::power::PowerItem> for WindowItem {
    /// The window's view of a power item.
    ///
    /// - the unit is the undertaking unit (承办机构), or else the implementing body;
    /// - the correction limit is 5 working days (行政许可法 第三十二条第一款第（四）项), which
    ///   window practice (一次性告知) applies to every item;
    /// - a licensing item whose statutory limit is 行政许可法's 20 working days may be extended
    ///   by 10 (第四十二条); where another law sets the limit, no extension is assumed (the
    ///   shorter reading protects the applicant);
    /// - licensing items issue a licence document (第四十四条).
    fn from(p: &crate::power::PowerItem) -> Self {
        use crate::power::{Category, Handling};
        let licensing = p.category == Category::Licensing;
        let statutory = p.time_limits.statutory;
        WindowItem {
            code: p.code.clone(),
            name: p.name.clone(),
            category: p.category.zh().to_owned(),
            unit: p
                .undertaking_unit
                .clone()
                .filter(|u| !u.trim().is_empty())
                .unwrap_or_else(|| p.implementing_body.clone()),
            materials: p
                .materials
                .iter()
                .map(|m| ItemMaterial {
                    name: m.name.clone(),
                    required: m.required,
                })
                .collect(),
            immediate: p.handling == Handling::Immediate,
            statutory,
            promised: p.time_limits.promised,
            correction_limit: correction_default(),
            extension: (licensing && statutory == Some(Period::working_days(20)))
                .then_some(Period::working_days(10)),
            licence: licensing,
            bases: p.legal_bases.iter().map(|b| b.citation.clone()).collect(),
            remedies: p
                .remedies
                .iter()
                .map(|r| ItemRemedy {
                    kind: r.kind.zh().to_owned(),
                    body: r.body.clone(),
                    time_limit: r.time_limit,
                })
                .collect(),
        }
    }
}

/// The window items of a power list: every item handled on application.
pub fn window_items(list: &crate::power::PowerList) -> Vec<WindowItem> {
    list.items
        .iter()
        .filter(|i| i.on_application || i.window)
        .map(WindowItem::from)
        .collect()
}
