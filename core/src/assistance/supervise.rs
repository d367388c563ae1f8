//! The bureau's supervision screen (电子监察): every open case by urgency with the step whose
//! limit binds first, overdue and due-soon warnings, applications lying without a limit, and
//! the timeliness of each township and step.

use super::case::{AssistanceCase, AssistanceState, Procedure};
use super::clock::{rank, watch, ProcedureStep};
use super::error::AssistanceError;
use crate::eligibility::Programme;
use crate::window::Watch;
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::BTreeMap;

/// One line of the supervision screen (borrowing the case's id and township).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CaseRow<'a> {
    /// Case id.
    pub case: &'a str,
    /// The programme.
    pub programme: Programme,
    /// The township.
    pub township: &'a str,
    /// The state.
    pub state: AssistanceState,
    /// The step whose limit binds first (`None`: no limit runs, see `waiting_days`).
    pub step: Option<ProcedureStep>,
    /// Its due date.
    pub due: Option<NaiveDate>,
    /// Where it stands (`None` when no limit runs).
    pub watch: Option<Watch>,
    /// Calendar days since the last event, for a case no limit watches (an application left
    /// lying before acceptance, a programme whose texts set no limit).
    pub waiting_days: u32,
    /// A member is a close relative of staff (单独登记备案).
    pub staff_relative: bool,
}

/// Every open case's status on `today`, most urgent first: overdue (longest first), due today,
/// warning, then the cases no limit watches (longest waiting first: an application not accepted
/// is where micro-corruption hides), then running. Closed cases are left out.
/// `warn_at`: the number of workdays left at or below which a case is a warning.
pub fn supervise<'a>(
    procedure: &Procedure<'_>,
    cases: &'a [AssistanceCase],
    today: NaiveDate,
    warn_at: u32,
) -> Result<Vec<CaseRow<'a>>, AssistanceError> {
    let mut rows = Vec::with_capacity(cases.len());
    for c in cases {
        if c.state == AssistanceState::Closed {
            continue;
        }
        let first = first_pending(procedure, c)?;
        let (step, due, w) = match first {
            Some((s, d)) => (Some(s), Some(d), Some(watch(procedure, d, today, warn_at)?)),
            None => (None, None, None),
        };
        let last = c.log().last().map_or(c.received, |e| e.date);
        rows.push(CaseRow {
            case: &c.id,
            programme: c.programme,
            township: &c.township,
            state: c.state,
            step,
            due,
            watch: w,
            waiting_days: u32::try_from((today - last).num_days().max(0)).unwrap_or(u32::MAX),
            staff_relative: c.staff_relative,
        });
    }
    rows.sort_by_key(|r| match &r.watch {
        Some(w @ Watch::Running { .. }) => (rank(w).0 + 1, rank(w).1, r.due),
        Some(w) => (rank(w).0, rank(w).1, r.due),
        None => (3, -i64::from(r.waiting_days), None),
    });
    Ok(rows)
}

/// The pending limit that ends first (without the explanation: the screen must be fast).
fn first_pending(
    p: &Procedure<'_>,
    c: &AssistanceCase,
) -> Result<Option<(ProcedureStep, NaiveDate)>, AssistanceError> {
    let mut first: Option<(ProcedureStep, NaiveDate)> = None;
    for r in p.raw_timings(c)?.iter().filter(|r| r.done.is_none()) {
        let due = p.raw_due(r)?;
        if first.is_none_or(|(_, d)| due < d) {
            first = Some((r.step, due));
        }
    }
    Ok(first)
}

/// Timeliness of one township and step: limits met on time, met late, and overdue on the day.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Timeliness {
    /// Done on or before the due date.
    pub on_time: u32,
    /// Done after the due date.
    pub late: u32,
    /// Not done and past the due date on the day.
    pub overdue: u32,
    /// Not done, not yet due.
    pub pending: u32,
}

impl Timeliness {
    /// Share done on time of those done or overdue, in per mille (`None` when there are none).
    pub fn on_time_permille(&self) -> Option<u32> {
        let n = self.on_time + self.late + self.overdue;
        (n > 0).then(|| self.on_time * 1000 / n)
    }
}

/// Timeliness per township and step on `today`.
pub fn timeliness(
    procedure: &Procedure<'_>,
    cases: &[AssistanceCase],
    today: NaiveDate,
) -> Result<BTreeMap<(String, ProcedureStep), Timeliness>, AssistanceError> {
    let mut out: BTreeMap<(String, ProcedureStep), Timeliness> = BTreeMap::new();
    for c in cases {
        for r in procedure.raw_timings(c)? {
            let due = procedure.raw_due(&r)?;
            let e = out.entry((c.township.clone(), r.step)).or_default();
            match r.done {
                Some(d) if d <= due => e.on_time += 1,
                Some(_) => e.late += 1,
                None if today > due => e.overdue += 1,
                None => e.pending += 1,
            }
        }
    }
    Ok(out)
}
