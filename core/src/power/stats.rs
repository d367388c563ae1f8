//! Statistics of a list: counts by category and handling type, in the form bureaus report them
//! ("共清理行政职权77项，其中行政许可3项、非行政许可1项、行政处罚33项……", seed 003).

use super::{Category, Handling, PowerList};
use serde::Serialize;
use std::collections::BTreeMap;

/// Counts of one category.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct CategoryCount {
    /// The category.
    pub category: Category,
    /// Its two-digit code (vendor practice).
    pub code: &'static str,
    /// Chinese name.
    pub name: &'static str,
    /// Main items.
    pub items: usize,
    /// Sub-items of those items.
    pub sub_items: usize,
    /// Items by the bureau's own finer label (e.g. `非行政许可审批`), if any.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub local: BTreeMap<String, usize>,
}

/// Counts of one handling type.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct HandlingCount {
    /// 即办件 or 承诺件.
    pub handling: Handling,
    /// Chinese name.
    pub name: &'static str,
    /// Items.
    pub items: usize,
}

/// Statistics of a power list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Stats {
    /// The publishing office.
    pub authority: String,
    /// Main items.
    pub total: usize,
    /// Sub-items.
    pub sub_items: usize,
    /// By category, in code order; categories without items are left out.
    pub by_category: Vec<CategoryCount>,
    /// By handling type.
    pub by_handling: Vec<HandlingCount>,
    /// Items started by an application.
    pub on_application: usize,
    /// Window items (八公开 applies).
    pub window: usize,
    /// Items that charge a fee.
    pub charged: usize,
    /// Items whose legal bases are all `[V1]`.
    pub bases_verified: usize,
}

impl Stats {
    /// Counts a list.
    ///
    /// ```
    /// use minzheng::power::{PowerList, Stats};
    /// let list = PowerList::from_json(r#"{"authority": "某市民政局", "items": [
    ///  {"code": "1", "name": "a", "category": "行政许可", "implementing_body": "x", "handling": "即办件"},
    ///  {"code": "2", "name": "b", "category": "penalty", "implementing_body": "x", "handling": "promised"},
    ///  {"code": "3", "name": "c", "category": "penalty", "implementing_body": "x", "handling": "promised"}]}"#)?;
    /// assert_eq!(Stats::of(&list).summary_zh(), "某市民政局共有权力事项3项，其中行政许可1项、行政处罚2项。");
    /// # Ok::<(), minzheng::power::PowerError>(())
    /// ```
    pub fn of(list: &PowerList) -> Stats {
        let mut by: BTreeMap<Category, CategoryCount> = BTreeMap::new();
        let mut immediate = 0;
        for item in &list.items {
            let c = by.entry(item.category).or_insert_with(|| CategoryCount {
                category: item.category,
                code: item.category.code(),
                name: item.category.zh(),
                items: 0,
                sub_items: 0,
                local: BTreeMap::new(),
            });
            c.items += 1;
            c.sub_items += item.sub_items.len();
            if let Some(l) = &item.local_category {
                *c.local.entry(l.clone()).or_insert(0) += 1;
            }
            if item.handling == Handling::Immediate {
                immediate += 1;
            }
        }
        let total = list.items.len();
        Stats {
            authority: list.authority.clone(),
            total,
            sub_items: list.items.iter().map(|i| i.sub_items.len()).sum(),
            by_category: by.into_values().collect(),
            by_handling: vec![
                HandlingCount {
                    handling: Handling::Immediate,
                    name: Handling::Immediate.zh(),
                    items: immediate,
                },
                HandlingCount {
                    handling: Handling::Promised,
                    name: Handling::Promised.zh(),
                    items: total - immediate,
                },
            ],
            on_application: list.items.iter().filter(|i| i.on_application).count(),
            window: list.items.iter().filter(|i| i.window).count(),
            charged: list.items.iter().filter(|i| i.fee.charged).count(),
            bases_verified: list
                .items
                .iter()
                .filter(|i| {
                    !i.legal_bases.is_empty()
                        && i.legal_bases
                            .iter()
                            .all(|b| !b.citation.confidence.needs_checking())
                })
                .count(),
        }
    }

    /// One sentence in the bureaus' own style, listing a local label where it splits a category
    /// (`其他行政权力26项（含非行政许可审批1项）`).
    pub fn summary_zh(&self) -> String {
        let parts: Vec<String> = self
            .by_category
            .iter()
            .map(|c| {
                let local: Vec<String> = c.local.iter().map(|(k, v)| format!("{k}{v}项")).collect();
                if local.is_empty() {
                    format!("{}{}项", c.name, c.items)
                } else {
                    format!("{}{}项（含{}）", c.name, c.items, local.join("、"))
                }
            })
            .collect();
        format!(
            "{}共有权力事项{}项，其中{}。",
            self.authority,
            self.total,
            parts.join("、")
        )
    }

    /// The same in English.
    pub fn summary_en(&self) -> String {
        let parts: Vec<String> = self
            .by_category
            .iter()
            .map(|c| format!("{} {}", c.items, c.category.en()))
            .collect();
        format!("{} powers: {}.", self.total, parts.join(", "))
    }
}
