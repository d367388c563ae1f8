//! Power lists (权责清单 / 行政职权目录) and service items: the model, the checks, flowcharts
//! (权力运行流程图), the public sheet (八公开) and statistics.
//!
//! A civil-affairs bureau must publish every power it holds, each with its legal basis,
//! conditions, materials, time limits, fees and a process flowchart (seed 000); window items
//! must show the "eight disclosures" (八公开, seed 003): name, basis, process, materials,
//! statutory limit, promised limit, fee standard and fee basis.
//!
//! - [`PowerList`] / [`PowerItem`] hold every element bureaus publish (REALWORLD.md §1–3), with
//!   serde for JSON and TOML and a JSON Schema in `core/schema/power-list.schema.json`.
//! - [`check`] applies every rule of [`rules()`] in one pass and returns a [`Report`] of
//!   [`Finding`]s, each with a stable id (`PL001`…), a severity, a message in Chinese and
//!   English and the path of the offending field. Rules resting on practice say so
//!   ([`Confidence::Practice`](crate::Confidence::Practice)).
//! - [`mermaid`], [`dot`] and [`svg`] draw an item's process; [`svg`] lays the chart out
//!   itself and needs nothing else to display.
//! - [`publish_markdown`] and [`publish_html`] give an item's public sheet; [`Stats`] counts
//!   items by category and handling type.
//!
//! ```
//! use minzheng::power::{check, svg, PowerList, Stats};
//! let list = PowerList::from_json(include_str!("../../../examples/data/power-list.json"))?;
//! let report = check(&list);
//! assert_eq!(report.findings, []);
//! let stats = Stats::of(&list);
//! assert!(stats.total >= 40);
//! let chart = svg(list.item("MZ-XK-001")?);
//! assert!(chart.starts_with("<svg"));
//! # Ok::<(), minzheng::power::PowerError>(())
//! ```

mod category;
mod check;
mod error;
mod finding;
mod flow;
mod flow_check;
mod graph;
mod item;
#[cfg(feature = "render")]
mod layout;
#[cfg(feature = "render")]
mod publish;
#[cfg(feature = "render")]
mod render;
mod rules;
mod span;
mod stats;
#[cfg(feature = "render")]
mod svg;

pub use category::Category;
pub use check::{check, check_item, findings_of, missing_eight};
pub use error::PowerError;
pub use finding::{Finding, Report};
pub use flow::{Process, Step, StepKind, StepTime, Transition};
pub use item::{
    BasisRole, Channels, Disclosure, DisclosureStatus, Fee, Handling, LegalBasis, Material,
    MaterialForm, PenaltyKind, PenaltyScope, PowerItem, PowerList, Remedy, RemedyKind,
    Responsibility, SubItem, TimeLimits,
};
#[cfg(feature = "render")]
pub use publish::{publish_html, publish_markdown};
#[cfg(feature = "render")]
pub use render::{dot, mermaid};
pub use rules::{rule, rules, CheckRule, Severity};
pub use stats::{CategoryCount, HandlingCount, Stats};
#[cfg(feature = "render")]
pub use svg::svg;

impl PowerList {
    /// Reads a list from JSON. Unknown fields are ignored; a missing required field or a value
    /// of the wrong type is [`PowerError::InvalidFormat`] with its line and column.
    pub fn from_json(text: &str) -> Result<PowerList, PowerError> {
        crate::json::from_str(text).map_err(|e| PowerError::InvalidFormat {
            line: e.line(),
            column: e.column(),
            detail: e.to_string(),
        })
    }

    /// Parses a list from TOML (the same shape as the JSON); a syntax or shape error is
    /// [`PowerError::InvalidFormat`] with its line and column (`toml` feature).
    ///
    /// ```
    /// use minzheng::power::{PowerError, PowerList};
    /// let e = PowerList::from_toml("[[items]]\ncode = 7\n").unwrap_err();
    /// assert!(matches!(e, PowerError::InvalidFormat { line: 2, column: 8, .. }));
    /// ```
    #[cfg(feature = "toml")]
    pub fn from_toml(text: &str) -> Result<PowerList, PowerError> {
        crate::toml_text::from_str(text).map_err(|e| PowerError::InvalidFormat {
            line: e.line,
            column: e.column,
            detail: e.message,
        })
    }

    /// The item whose code (or one of whose sub-items' codes) is `code`.
    pub fn item(&self, code: &str) -> Result<&PowerItem, PowerError> {
        self.items
            .iter()
            .find(|i| i.code == code || i.sub_items.iter().any(|s| s.code == code))
            .ok_or_else(|| PowerError::UnknownItem {
                code: code.to_owned(),
                suggestions: self.suggest(code),
            })
    }

    fn suggest(&self, code: &str) -> Vec<String> {
        let lower = code.to_lowercase();
        let mut v: Vec<String> = self
            .items
            .iter()
            .map(|i| i.code.clone())
            .filter(|c| {
                let cl = c.to_lowercase();
                !lower.is_empty() && (cl.contains(&lower) || lower.contains(&cl))
            })
            .take(5)
            .collect();
        v.dedup();
        v
    }
}

#[cfg(test)]
mod tests;
