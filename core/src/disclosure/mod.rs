//! Government information disclosure (政务公开 / 政府信息公开).
//!
//! - [`DisclosureCatalogue`] — what a bureau discloses, under the taxonomy of its disclosure plan
//!   ([`Taxonomy::seed001`]), with the disclosure attribute (proactive, on request, or not
//!   disclosed with the exemption ground of 条例 第十四至十六条) and channels; checks `DC001`…
//!   report every defect in one pass.
//! - [`ReviewRecord`] — the pre-publication review chain and the timeliness of proactive
//!   disclosure (`disclosure.proactive`, 20 working days from formation or change).
//! - Request cases (依申请公开) — append-only event logs replayed by a [`Replayer`]: receipt
//!   date by channel, one-time correction notice, consultations that stop the clock, extension,
//!   fee, reply; state, due date with explanation, status, and compliance notes.
//! - [`AnnualReport`] — the standard annual report (第四十九、五十条): section 三 computed from
//!   the cases, sections 二 and 四 as input, every invariant verified; JSON, Markdown, CSV and a
//!   printable HTML page.
//! - [`synth`] — deterministic synthetic logs for samples and benchmarks.

mod catalogue;
mod error;
mod report;
mod request;
mod review;
#[cfg(feature = "synth")]
pub mod synth;
mod terms;

pub use catalogue::{
    Attribute, DisclosureCatalogue, Entry, Finding, Severity, Subcategory, Taxonomy,
    TaxonomyCategory, CHECKS, EMBEDDED_TAXONOMY,
};
pub use error::DisclosureError;
pub use report::{
    wan_yuan, AnnualReport, CaseSummary, Columns, DocumentCounts, OutcomeRow, ProactiveSection,
    ReportInput, RequestSection, ReviewOutcomes, ReviewSection,
};
pub use request::{
    group_by_case, parse_log, CaseNote, CaseReport, CaseState, ClosureKind, Consultee, Event,
    EventKind, ReceiptChannel, Replayer, RequestCase,
};
pub use review::{ReviewAction, ReviewRecord, ReviewStage, ReviewState, ReviewStep};
pub use terms::{
    Applicant, CannotProvideGround, Channel, ExemptionGround, NotProcessedGround, OtherGround,
    ReplyType,
};

#[cfg(test)]
mod tests;
