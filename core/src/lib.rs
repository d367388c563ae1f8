//! # minzheng — China's civil-affairs rules as code
//!
//! minzheng (民政, "civil affairs") turns the rules that Chinese civil-affairs bureaus apply
//! every day into a library that any government system can link: the official working-day
//! calendar, statutory deadlines counted in working days, power lists (权责清单),
//! government-information disclosure (政务公开), service-window cases, identifiers, and
//! social-assistance eligibility (低保, 特困, ...) with the yearly cross-check of recipients.
//!
//! This crate is the pure core: no I/O, no clock, no global state. The caller passes "today";
//! the same input always gives the same output, in Rust, in the browser (the npm package of
//! `minzheng-wasm`) and in C or Java (`libminzheng`, the C ABI of `minzheng-c`): the faces only
//! translate types and errors, with the same error numbers ([`errors::ErrorCode`]).
//!
//! ## Cargo features
//!
//! The default is everything. A browser build can leave out what it does not use:
//! `toml` (profiles and power lists in TOML), `render` (HTML, SVG, Markdown), `synth` (synthetic
//! data generators), `tables` (import and export of published tables), `gb18030` (decoding
//! GB18030 text, with `encoding_rs`), `divisions` (the embedded GB/T 2260 history of division
//! codes, about 230 KB; without it, division names come only from a list loaded at run time).
//!
//! ## Who it is for
//!
//! - **Caseworkers and citizens** using web forms: instant answers such as "when must the bureau
//!   reply?", with the reasoning shown.
//! - **Vendors of case-management systems** (C, Java): due dates and overdue warnings
//!   (限时办结, 超时警告) without a server round trip.
//! - **Rust services**: everything as typed Rust.
//!
//! ## A first example
//!
//! A disclosure request (依申请公开) received on 18 September 2026 must be answered within 20
//! working days (政府信息公开条例 第三十三条第二款). The Mid-Autumn and National Day holidays
//! fall inside the period, and two weekend days are worked instead:
//!
//! ```
//! use minzheng::calendar::Calendar;
//! use minzheng::deadline::{Catalogue, Status};
//! use chrono::NaiveDate;
//!
//! let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
//! let calendar = Calendar::china();          // embedded notices 2004–2026
//! let periods = Catalogue::national();       // named statutory periods with citations
//!
//! let deadline = periods.clock("disclosure.reply", d(2026, 9, 18))?.compute(&calendar)?;
//! assert_eq!(deadline.due, d(2026, 10, 22));
//!
//! // The caller passes "today"; the core never reads a clock.
//! let status = deadline.status(&calendar, d(2026, 10, 19), None, 3)?;
//! assert_eq!(status, Status::DueSoon { workdays_left: 3 });
//!
//! // Every due date explains itself: each day not counted, and why.
//! for line in deadline.explanation.lines() {
//!     println!("{line}");
//! }
//! # Ok::<(), minzheng::deadline::DeadlineError>(())
//! ```
//!
//! ## The modules
//!
//! - [`calendar`] — the official working-day calendar: day kinds (workday, weekend, holiday,
//!   make-up workday), adding and counting workdays in O(1), coverage with each year's notice,
//!   run-time loading of new notices, local overlays. A year without a notice is an error; a
//!   weekends-only answer only on request, and flagged.
//! - [`deadline`] — periods (working days, natural days, months), the counting rules of the
//!   Civil Code, suspensions and extensions, status on a given day, explanations, and the
//!   catalogue of named statutory periods (`disclosure.reply`, `licensing.decision`,
//!   `dibao.total`, ...) with their citations, overridable by a jurisdiction.
//! - [`disclosure`] — government information disclosure: the disclosure catalogue and its checks,
//!   the pre-publication review chain, request cases as event logs (receipt, correction,
//!   consultation, extension, fee, reply) with due dates and status, and the standard annual
//!   report with its invariants.
//! - [`window`] — service-window cases: acceptance or refusal, the one-time correction notice,
//!   deemed acceptance, suspensions, extensions, decisions and licences; the supervision screen,
//!   formal notices from replaceable templates, and service statistics with SVG charts.
//! - [`power`] — power lists (权责清单) and service items: the model of every element bureaus
//!   publish, the checks (`PL001`…, each with its citation, severity and bilingual message, all
//!   in one pass), flowcharts (权力运行流程图) as Mermaid, DOT and self-laid-out SVG, the public
//!   sheet (八公开) as Markdown and HTML, and statistics by category.
//! - [`assistance`] — social-assistance cases from application to payment (低保, 特困, the
//!   disability subsidies, 孤儿, 事实无人抚养儿童, 临时救助): the event log and every time limit
//!   of the measures (overridable by a jurisdiction), the supervision screen and timeliness, the
//!   notices to the family with reasons and remedies, the 公示 rows, the integrity registers and
//!   the county figures.
//! - [`eligibility`] — social-assistance eligibility: households, policy profiles versioned by
//!   effective date (JSON/TOML, every value with its legal reference), 低保 (with 单人保 and the
//!   marginal household), 特困, the two disability subsidies, 孤儿 and 事实无人抚养儿童, 临时救助
//!   screening; decisions with every finding (rule, citation, confidence, facts, zh + en), all
//!   missing facts at once, integrity checks on staff relatives, public-notice rows from a
//!   whitelist, optional local rules the measures allow (rigid-expense deduction, 渐退期), and
//!   batch re-checks of 低保 or 特困 — streamed in constant memory, or packed once
//!   ([`eligibility::HouseholdColumns`]) and evaluated by the same rules.
//! - [`crosscheck`] — the household economic-status cross-check (家庭经济状况核对, 凡进必核、在保必核):
//!   departmental records (vehicles, property, business roles, public posts, provident fund,
//!   pensions, wages, deposits, disability certificates) keyed by identity number, matched with
//!   bounded memory, applied to households and re-evaluated by the eligibility engine; each
//!   household's change (continue, adjust, stop, review, newly eligible member) with reason and
//!   citation; invalid and unmatched numbers reported; a seeded synthetic-data generator.
//! - [`tables`] — the tables bureaus actually publish: power lists, service guides, process
//!   tables and the standard disclosure catalogue read from the grids of CSV or spreadsheet files
//!   (header synonyms, two-row headers, merged cells, legal-basis, time-limit, checkbox and
//!   责任事项 cells), with an import report of every cell not understood and every gap; and
//!   written back out in any published layout or in the one read (`TableShape`), with merged
//!   cells.
//! - [`id`] — identifiers: the resident identity number (GB 11643: MOD 11-2 check character,
//!   15→18 conversion, birth date, sex, age on a date, masking) and the unified social credit
//!   code (GB 32100: MOD 31 check, department and category, 5 = civil affairs). A wrong check
//!   character is its own error, distinct from malformed input.
//! - [`Citation`] and [`Confidence`] — every rule carries the article it implements and how
//!   sure we are of the source (`[V1]` full text read, `[V2]` secondary, unverified).
//! - [`finding`] — one shape for what a rule found, in every domain: rule id, status (and a
//!   check's severity), citation with confidence, item, field path or member, the facts used,
//!   and the message in Chinese (`zh`) and English (`en`).
//! - [`errors`] — the registry of stable error codes ([`errors::ErrorCode`], numbered in a range
//!   per domain, listed in `ERRORS.md`) and the [`errors::Coded`] trait every error implements.
//! - [`dates`] — the one strict reader of `YYYY-MM-DD`, used for every date read from text.
//! - [`money`] — fen, yuan and 万元: the one set of helpers that shows amounts and reads them.
//!
//! ## Conventions
//!
//! - Dates are [`chrono::NaiveDate`]; money is integer fen (`i64`), never floating point.
//! - Errors are typed enums ([`calendar::CalendarError`], [`deadline::DeadlineError`], …), each
//!   implementing [`errors::Coded`]: a stable number and name ([`errors::ErrorCode`], the same
//!   numbers in C, Java and JavaScript), the message in Chinese ([`errors::Coded::zh`]) and in
//!   English ([`errors::Coded::en`]) separately, and both as `中文 / English` through `Display`.
//!   No message holds an identity number in clear ([`errors::redact_ids`]). Bad input never
//!   panics and never leaves partial state.
//! - Data is separate from logic: the holiday notices (`data/cn_holidays.json`) and the period
//!   catalogue (`data/periods.json`) are embedded, reviewable files, and both can be replaced
//!   or extended at run time in the same format.
//! - Where the law is ambiguous we take the reading that protects the applicant, and say so next
//!   to the rule (see `DESIGN.md`).
//!
//! Cargo features (all on by default; a browser build picks what it needs): `toml` (profiles
//! and power lists in TOML), `render` (HTML, SVG, Markdown, DOT, Mermaid), `synth` (seeded
//! synthetic data), `tables` (spreadsheet import and export, [`tables`]), `gb18030` (GB18030 in
//! [`text`]).
#![forbid(unsafe_code)]

pub mod assistance;
pub mod calendar;
mod citation;
pub mod crosscheck;
pub mod dates;
pub mod deadline;
pub mod disclosure;
pub mod division;
pub mod eligibility;
pub mod errors;
mod eventlog;
pub mod finding;
pub mod id;
pub mod json;
pub mod money;
pub mod power;
#[cfg(feature = "synth")]
mod rng;
#[cfg(feature = "tables")]
pub mod tables;
pub mod text;
#[cfg(feature = "toml")]
mod toml_text;
pub mod window;

pub use citation::{Citation, Confidence};
pub use eventlog::{CaseEvent, EventError};

/// The README's examples, compiled and run as doc tests so that they cannot drift.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
pub struct ReadmeDoctests;
