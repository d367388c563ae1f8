//! 行政区划代码 — administrative division codes (GB/T 2260) with their history.
//!
//! A six-digit division code names a province (`110000`), a prefecture (`110100`, or a
//! municipality's `市辖区`) or a county-level division (`110105` 朝阳区). Codes are created,
//! renamed and abolished every year, and a resident identity number keeps the code of the place
//! where it was first issued: a form must therefore decode old codes too, and must not reject a
//! number because its code is missing from a list (the list may be stale, or incomplete before
//! 1980).
//!
//! The table embedded behind the `divisions` feature (default on) holds every county-level and
//! higher code in the published lists from 1980-12 to 2020-12 with its name(s) and the revisions
//! in which each name appeared (`core/data/gb2260-history.tsv`; sources in its README and in
//! DESIGN.md). A newer list can be laid over it at run time ([`DivisionTable::merge`],
//! [`DivisionTable::from_tsv`], [`DivisionTable::from_json`]), like the calendar's overlays.
//!
//! ```
//! # #[cfg(feature = "divisions")] {
//! use minzheng::division::DivisionTable;
//! let table = DivisionTable::embedded();
//! let d = table.lookup("110105").unwrap();
//! assert_eq!(d.full_name, "北京市 朝阳区");
//! assert_eq!((d.first_year, d.last_year), (1980, 2020));
//! assert!(d.current);
//! // 崇文区 was abolished in 2010; its code is still decoded.
//! let old = table.lookup("110103").unwrap();
//! assert_eq!(old.name, "崇文区");
//! assert!(!old.current);
//! assert!(table.lookup("110199").is_none());
//! # }
//! ```

mod error;
mod remark;
mod table;

pub use error::DivisionError;
pub(crate) use remark::remarks;
pub use remark::{not_current, not_listed, within};
pub(crate) use table::{default_table, is_code};
pub use table::{Division, DivisionTable, NameSpan, Successor, SuccessorBasis};

#[cfg(test)]
mod tests;
