//! Social-assistance cases from application to payment (低保, 特困, the two disability
//! subsidies, 孤儿, 事实无人抚养儿童, 临时救助): the procedure clock, notices, registers and
//! county figures.
//!
//! A case is an append-only event log ([`AssistanceEvent`]) replayed by a [`Procedure`] (the
//! calendar and the period catalogue, where a jurisdiction's shorter limits are set with
//! [`Catalogue::with_overrides`](crate::deadline::Catalogue::with_overrides)), with the replay
//! shared with disclosure requests and window cases: an event not allowed in the case's state
//! is refused with a clear error and the case is unchanged.
//!
//! The rules (LEGAL.md E2, E3, E5; every citation carries its confidence):
//!
//! - the correction notice lists every missing item at once (一次性告知), once;
//! - 低保 (最低生活保障审核确认办法): investigation started within 3 working days of acceptance
//!   (第十五条), matching started within 3 working days of the request (第十七条), home visits by
//!   at least two investigators (第十六条), the opinion posted 7 days (第十九条) — an objection
//!   re-opens the investigation, after which the opinion goes to the county —, the county's
//!   decision within 10 working days (第二十条; its own home visit first for a household
//!   registered separately or complained about), the whole within 30 working days, 45 in a
//!   special case (第二十二条), paid from the next month (第二十一条), a refusal notified in
//!   writing with reasons within 3 working days (第二十一条), termination for non-cooperation
//!   (第二十九条), periodic re-checks (第三十一条), reductions and stops with reasons (第三十二条);
//! - 特困 (特困人员认定办法): 15 working days to the township's opinion (第十三条), 7 days of 公示
//!   and, on objection, 15 working days to a new opinion and a new 公示 (第十五条), 15 working
//!   days for the county with its 30 % spot check (第十六条), refusal notice 3 working days
//!   (第十八条);
//! - 事实无人抚养儿童: 15 working days from receipt for the township, 15 for the county, no 公示;
//! - 临时救助: 公示 required (社会救助暂行办法 第四十八条); urgent aid first (先行救助), the
//!   formalities after; 孤儿 and the subsidies: no limit was read, none is invented.
//!
//! ```
//! use minzheng::assistance::{parse_log, Procedure, AssistanceState, ProcedureStep};
//! use minzheng::{calendar::Calendar, deadline::Catalogue};
//! use chrono::NaiveDate;
//! let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
//! let (cal, cat) = (Calendar::china(), Catalogue::national());
//! let log = parse_log(r#"
//! {"case":"DB1","date":"2026-03-02","type":"received","programme":"dibao","applicant":"王芳","township":"城关镇","village":"东街社区"}
//! {"case":"DB1","date":"2026-03-03","type":"accepted"}
//! "#)?;
//! let p = Procedure::new(&cal, &cat);
//! let case = p.replay(&log)?;
//! assert_eq!(case.state, AssistanceState::Accepted);
//! let pending = p.pending(&case, d(2026, 3, 5), 1)?;
//! // The investigation starts within 3 working days of acceptance (第十五条): by 03-06.
//! assert_eq!((pending[0].0.step, pending[0].0.due), (ProcedureStep::InvestigationStart, d(2026, 3, 6)));
//! # Ok::<(), minzheng::assistance::AssistanceError>(())
//! ```

mod case;
mod clock;
mod error;
mod event;
mod figures;
mod notice;
mod register;
mod supervise;
#[cfg(feature = "synth")]
pub mod synth;

pub use case::{
    next_month, notice_required, AssistanceCase, AssistanceNote, AssistanceState, BenefitChange,
    Ending, Procedure,
};
pub use clock::{ProcedureStep, StepTiming};
pub use error::AssistanceError;
pub use event::{AssistanceEvent, AssistanceEventKind};
pub use figures::{AssistanceCategory, Cell, Figures, Level, Recipient};
pub use notice::{
    listed, public_rows, reasons_from, remedies, AssistanceNotice, AssistanceNoticeKind,
    AssistanceTemplate, AssistanceTemplates, NoticeContext, EMBEDDED_ASSISTANCE_TEMPLATES,
};
pub use register::{
    refusal_register, refusals_csv, relatives_csv, relatives_register, NoticeTimeliness,
    RefusalRow, RelativeRow,
};
pub use supervise::{supervise, timeliness, CaseRow, Timeliness};

/// Parses a JSON Lines log of assistance events (blank lines skipped); a bad line is an error
/// naming it.
pub fn parse_log(text: &str) -> Result<Vec<AssistanceEvent>, AssistanceError> {
    Ok(crate::eventlog::parse_lines(text)?)
}

/// Groups events by case, in order of first appearance.
pub fn group_by_case(events: Vec<AssistanceEvent>) -> Vec<(String, Vec<AssistanceEvent>)> {
    crate::eventlog::group(events)
}

/// Replays every case of a log (grouped by case): each case or its error.
pub fn replay_all(
    procedure: &Procedure<'_>,
    events: Vec<AssistanceEvent>,
) -> Vec<Result<AssistanceCase, AssistanceError>> {
    group_by_case(events)
        .into_iter()
        .map(|(_, evs)| procedure.replay(&evs))
        .collect()
}

impl crate::CaseEvent for AssistanceEvent {
    fn case_id(&self) -> &str {
        &self.case
    }
}

impl crate::eventlog::LoggedEvent for AssistanceEvent {
    fn date(&self) -> chrono::NaiveDate {
        self.date
    }

    fn name(&self) -> &'static str {
        self.kind.name()
    }
}

#[cfg(test)]
mod tests;
