//! A window case replayed from its log: state, the clock that runs, its due date and status.

use super::error::WindowError;
use super::event::{SuspensionReason, WindowEvent, WindowEventKind};
use super::item::WindowItem;
use crate::calendar::Calendar;
use crate::deadline::{due_date, Period, PeriodUnit, Suspension};
use crate::eventlog::{self, Refusal};
use crate::{Citation, Confidence};
use chrono::{Days, NaiveDate};
use serde::Serialize;
use std::collections::HashMap;

/// Where a case stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum WindowState {
    /// Received, not yet accepted or refused.
    Received,
    /// Waiting for the missing materials.
    AwaitingCorrection,
    /// Accepted; the decision clock runs.
    Accepted,
    /// Accepted; the clock is stopped (hearing, testing, expert review, ...).
    Suspended,
    /// Decided; the licence is to be issued (granted, with a licence document).
    AwaitingIssue,
    /// Decided or issued; the decision is to be delivered.
    AwaitingDelivery,
    /// Closed: delivered, not accepted, or withdrawn.
    Closed,
}

impl WindowState {
    /// Chinese name.
    pub fn zh(self) -> &'static str {
        match self {
            WindowState::Received => "已收件",
            WindowState::AwaitingCorrection => "待补正",
            WindowState::Accepted => "已受理",
            WindowState::Suspended => "中止计时",
            WindowState::AwaitingIssue => "待发证",
            WindowState::AwaitingDelivery => "待送达",
            WindowState::Closed => "已办结",
        }
    }

    /// English name.
    pub fn en(self) -> &'static str {
        match self {
            WindowState::Received => "received",
            WindowState::AwaitingCorrection => "awaiting correction",
            WindowState::Accepted => "accepted",
            WindowState::Suspended => "suspended",
            WindowState::AwaitingIssue => "awaiting issue",
            WindowState::AwaitingDelivery => "awaiting delivery",
            WindowState::Closed => "closed",
        }
    }

    /// Both names (`中文 / English`), for the CLI.
    pub fn label(self) -> String {
        format!("{} / {}", self.zh(), self.en())
    }
}

/// How a case ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum WindowOutcome {
    /// 不予受理.
    NotAccepted,
    /// 准予许可 (delivered).
    Granted,
    /// 不予许可 (delivered).
    Denied,
    /// Withdrawn by the applicant.
    Withdrawn,
}

/// A compliance observation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct WindowNote {
    /// Stable id (`WN001` ...).
    pub code: &'static str,
    /// Chinese text.
    pub zh: String,
    /// English text.
    pub en: String,
    /// The rule.
    pub basis: Citation,
}

/// 决定 — 行政许可法 第三十八条 (V1): a refusal states its grounds; the decision ends an open
/// suspension; a granted licence is issued next, anything else delivered; an on-the-spot item
/// not decided the day it was accepted is noted (第四十二条, WN003).
fn decided(
    item: &WindowItem,
    next: &mut WindowCase,
    d: NaiveDate,
    granted: bool,
    grounds: &str,
    refuse: Refusal,
) -> Result<(), WindowError> {
    if !granted && grounds.trim().is_empty() {
        return Err(refuse.because(
            "不予许可必须说明理由",
            "a refusal needs grounds (行政许可法 第三十八条)",
        ));
    }
    if let Some(last) = next.suspensions.last_mut() {
        if last.1.is_none() {
            last.1 = Some(d);
        }
    }
    next.decided = Some((d, granted));
    if !grounds.trim().is_empty() {
        next.grounds = Some(grounds.to_owned());
    }
    next.state = if granted && item.licence {
        WindowState::AwaitingIssue
    } else {
        WindowState::AwaitingDelivery
    };
    if item.immediate && Some(d) != next.accepted_on {
        next.notes.push(WindowNote {
            code: "WN003",
            zh: "即办件未当场办结".into(),
            en: "an on-the-spot item was not decided the day it was accepted".into(),
            basis: xkf("第四十二条"),
        });
    }
    Ok(())
}

// The replay's bookkeeping lives in the case (and is serialised with it).
crate::eventlog::replayed_case!(WindowCase, WindowEvent, received);

/// A case of a window item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct WindowCase {
    /// Case id.
    pub id: String,
    /// The item's code.
    pub item: String,
    /// The applicant.
    pub applicant: String,
    /// The day the application arrived.
    pub received: NaiveDate,
    /// The state.
    pub state: WindowState,
    /// The day the decision clock starts (acceptance; or the receipt, when the correction notice
    /// was late or acceptance came after the correction limit — 行政许可法 第三十二条).
    pub accepted_on: Option<NaiveDate>,
    /// The missing materials notified, if any.
    pub missing: Vec<String>,
    /// Suspensions: from (inclusive) .. to (inclusive), with the reason.
    pub suspensions: Vec<(NaiveDate, Option<NaiveDate>, SuspensionReason)>,
    /// Extension granted, working days.
    pub extension: Option<(u32, String, NaiveDate)>,
    /// The decision date and whether granted.
    pub decided: Option<(NaiveDate, bool)>,
    /// The licence issue date.
    pub issued: Option<NaiveDate>,
    /// How and when it ended.
    pub closed: Option<(NaiveDate, WindowOutcome)>,
    /// The grounds of a refusal (不予受理 or 不予许可), or of a decision.
    pub grounds: Option<String>,
    /// Compliance observations.
    pub notes: Vec<WindowNote>,
    /// Events applied.
    pub events: usize,
    /// Exact repeats ignored.
    pub duplicates_ignored: usize,
    corrected: Option<NaiveDate>,
    applied: Vec<WindowEvent>,
}

impl WindowCase {
    /// The date a notice of `kind` carries by default: the decision's day for a grant, a denial
    /// or a service receipt, the closing day for a non-acceptance, the acceptance day for an
    /// acceptance notice and the receipt day for a correction notice (行政许可法 第三十二条、
    /// 第三十八条); `None` when the case has not reached that step.
    pub fn notice_date(&self, kind: super::NoticeKind) -> Option<NaiveDate> {
        use super::NoticeKind as K;
        match kind {
            K::Grant | K::Denial | K::ServiceReceipt => self.decided.map(|(d, _)| d),
            K::NonAcceptance => self.closed.map(|(d, _)| d),
            K::Acceptance => self.accepted_on,
            K::Correction => Some(self.received),
        }
    }
}

/// Which clock a case is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum WindowClock {
    /// Accept, refuse or notify corrections within the correction limit.
    Acceptance,
    /// Decide within the decision period.
    Decision,
    /// Issue the licence within `licensing.issue` (10 working days).
    Issue,
}

impl WindowClock {
    /// Chinese name.
    pub fn label(self) -> &'static str {
        match self {
            WindowClock::Acceptance => "受理",
            WindowClock::Decision => "办结",
            WindowClock::Issue => "发证",
        }
    }

    /// Chinese name (the same as [`label`](Self::label)).
    pub fn zh(self) -> &'static str {
        self.label()
    }

    /// English name.
    pub fn en(self) -> &'static str {
        match self {
            WindowClock::Acceptance => "acceptance",
            WindowClock::Decision => "decision",
            WindowClock::Issue => "issue",
        }
    }
}

fn xkf(article: &str) -> Citation {
    Citation::new("行政许可法", article, Confidence::V1)
}

/// The window: the calendar and the items, replaying and timing cases.
#[derive(Debug, Clone)]
pub struct Desk<'a> {
    calendar: &'a Calendar,
    items: HashMap<String, WindowItem>,
}

impl<'a> Desk<'a> {
    /// A desk for these items. Every item's time limits are validated.
    pub fn new(calendar: &'a Calendar, items: Vec<WindowItem>) -> Result<Desk<'a>, WindowError> {
        let mut map = HashMap::new();
        for i in items {
            i.decision_periods()?;
            map.insert(i.code.clone(), i);
        }
        Ok(Desk {
            calendar,
            items: map,
        })
    }

    /// The calendar.
    pub fn calendar(&self) -> &Calendar {
        self.calendar
    }

    /// An item by code.
    pub fn item(&self, code: &str) -> Option<&WindowItem> {
        self.items.get(code)
    }

    /// Every item.
    pub fn items(&self) -> impl Iterator<Item = &WindowItem> {
        self.items.values()
    }

    /// The item of a case, or the error naming both.
    fn item_of(&self, case: &WindowCase) -> Result<&WindowItem, WindowError> {
        self.items
            .get(&case.item)
            .ok_or_else(|| WindowError::UnknownItem {
                case: case.id.clone(),
                item: case.item.clone(),
            })
    }

    /// Replays one case's events.
    pub fn replay(&self, events: &[WindowEvent]) -> Result<WindowCase, WindowError> {
        eventlog::replay(
            events,
            |first| self.open(first),
            |case, e| self.apply(case, e),
        )
    }

    /// Opens a case from its `received` event, of an item on the desk.
    fn open(&self, first: &WindowEvent) -> Result<WindowCase, WindowError> {
        let WindowEventKind::Received {
            item, applicant, ..
        } = &first.kind
        else {
            return Err(eventlog::must_open(first, "收件").into());
        };
        if !self.items.contains_key(item) {
            return Err(WindowError::UnknownItem {
                case: first.case.clone(),
                item: item.clone(),
            });
        }
        Ok(WindowCase {
            id: first.case.clone(),
            item: item.clone(),
            applicant: applicant.clone(),
            received: first.date,
            state: WindowState::Received,
            accepted_on: None,
            missing: Vec::new(),
            suspensions: Vec::new(),
            extension: None,
            decided: None,
            issued: None,
            closed: None,
            grounds: None,
            notes: Vec::new(),
            events: 1,
            duplicates_ignored: 0,
            corrected: None,
            applied: vec![first.clone()],
        })
    }

    fn correction_due(
        &self,
        item: &WindowItem,
        received: NaiveDate,
    ) -> Result<NaiveDate, WindowError> {
        Ok(due_date(
            self.calendar,
            received,
            item.correction_limit,
            &[],
            None,
        )?)
    }

    /// Applies one event; on error the case is unchanged. Exact repeats of an applied event are
    /// ignored and counted; events dated before the previous one are refused. (These rules of the
    /// log are shared with disclosure requests; the rules of 行政许可法 follow them.)
    pub fn apply(&self, case: &mut WindowCase, event: &WindowEvent) -> Result<(), WindowError> {
        eventlog::apply(case, event, |next, refuse| self.step(next, event, refuse))
    }

    /// The rules of 行政许可法 for one event, on a copy of the case (a refusal discards it):
    /// nothing after closure, and each event in the states it may happen in.
    fn step(
        &self,
        next: &mut WindowCase,
        event: &WindowEvent,
        refuse: Refusal,
    ) -> Result<(), WindowError> {
        let item = self.item_of(next)?;
        use WindowEventKind as K;
        use WindowState as S;
        let d = event.date;
        match (&event.kind, next.state) {
            (_, S::Closed) => Err(refuse.because("案件已办结", "the case is closed")),
            (K::Received { .. }, _) => Err(refuse.because("已收件", "already received")),
            (K::CorrectionRequested { missing }, S::Received) => {
                self.correction_requested(item, next, d, missing, refuse)
            }
            (K::Corrected { .. }, S::AwaitingCorrection) => {
                next.corrected = Some(d);
                next.state = S::Received;
                Ok(())
            }
            (K::Corrected { .. }, S::Accepted | S::Suspended) if !next.missing.is_empty() => {
                next.corrected = Some(d);
                Ok(())
            }
            (K::Accepted {}, S::Received) => self.accepted(item, next, d),
            (K::Refused { grounds }, S::Received | S::AwaitingCorrection) => {
                if grounds.trim().is_empty() {
                    return Err(refuse.because("不予受理必须说明理由", "a refusal needs grounds"));
                }
                next.closed = Some((d, WindowOutcome::NotAccepted));
                next.grounds = Some(grounds.clone());
                next.state = S::Closed;
                Ok(())
            }
            (K::Suspended { reason }, S::Accepted) => {
                next.suspensions.push((d, None, *reason));
                next.state = S::Suspended;
                Ok(())
            }
            (K::Resumed {}, S::Suspended) => {
                if let Some(last) = next.suspensions.last_mut() {
                    last.1 = Some(d);
                }
                next.state = S::Accepted;
                Ok(())
            }
            (
                K::ExtensionApproved {
                    amount,
                    approved_by,
                },
                S::Accepted | S::Suspended,
            ) => self.extension_approved(item, next, d, *amount, approved_by, refuse),
            (K::Decided { granted, grounds }, S::Accepted | S::Suspended) => {
                decided(item, next, d, *granted, grounds, refuse)
            }
            (K::Issued {}, S::AwaitingIssue) => {
                next.issued = Some(d);
                next.state = S::AwaitingDelivery;
                Ok(())
            }
            (K::Delivered {}, S::AwaitingDelivery) => {
                let granted = next.decided.is_some_and(|(_, g)| g);
                let outcome = if granted {
                    WindowOutcome::Granted
                } else {
                    WindowOutcome::Denied
                };
                next.closed = Some((d, outcome));
                next.state = S::Closed;
                Ok(())
            }
            (K::Withdrawn {}, _) => {
                next.closed = Some((d, WindowOutcome::Withdrawn));
                next.state = S::Closed;
                Ok(())
            }
            (kind, state) => Err(refuse.because(
                &format!("“{}”状态下不能记录“{}”", state.zh(), kind.name()),
                &format!(
                    "\"{}\" cannot happen in state \"{}\"",
                    kind.name(),
                    state.en()
                ),
            )),
        }
    }

    /// 补正 — 行政许可法 第三十二条第一款第（四）项 (V1): one notice listing every missing
    /// material of the item's list; a notice after the correction limit means the application
    /// was accepted on receipt, and the decision clock has been running since then (WN001).
    fn correction_requested(
        &self,
        item: &WindowItem,
        next: &mut WindowCase,
        d: NaiveDate,
        missing: &[String],
        refuse: Refusal,
    ) -> Result<(), WindowError> {
        if next.corrected.is_some() || !next.missing.is_empty() {
            return Err(refuse.because(
                "补正只能一次性告知",
                "corrections are notified once (一次性告知)",
            ));
        }
        if missing.is_empty() {
            return Err(refuse.because(
                "补正告知必须列明全部缺少的材料",
                "the notice must list every missing material",
            ));
        }
        if let Some(m) = missing
            .iter()
            .find(|m| !item.materials.iter().any(|x| &x.name == *m))
        {
            return Err(refuse.because(
                &format!("“{m}”不在该事项的材料清单中"),
                &format!("\"{m}\" is not in the item's material list"),
            ));
        }
        next.missing = missing.to_vec();
        let due = self.correction_due(item, next.received)?;
        if d > due {
            next.accepted_on = Some(next.received);
            next.state = WindowState::Accepted;
            next.notes.push(WindowNote {
                code: "WN001",
                zh: format!("补正告知于 {d}，超过收件后 {} 的期限（{due}），自收到申请材料之日 {} 起即为受理", item.correction_limit.zh(), next.received),
                en: format!("correction notice on {d}, after the limit ({due}): the application counts as accepted on receipt, {}", next.received),
                basis: xkf("第三十二条第一款第（四）项"),
            });
        } else {
            next.state = WindowState::AwaitingCorrection;
        }
        Ok(())
    }

    /// 受理 — 行政许可法 第三十二条第一款第（四）项 (V1): accepted after the correction limit
    /// without a correction notice, the decision period runs from receipt (WN002).
    fn accepted(
        &self,
        item: &WindowItem,
        next: &mut WindowCase,
        d: NaiveDate,
    ) -> Result<(), WindowError> {
        let due = self.correction_due(item, next.corrected.unwrap_or(next.received))?;
        if d > due && next.corrected.is_none() {
            next.accepted_on = Some(next.received);
            next.notes.push(WindowNote {
                code: "WN002",
                zh: format!("受理于 {d}，超过收件后 {} 的期限（{due}），办理时限自收到申请材料之日 {} 起算", item.correction_limit.zh(), next.received),
                en: format!("accepted on {d}, after the limit ({due}): the decision period runs from receipt, {}", next.received),
                basis: xkf("第三十二条第一款第（四）项"),
            });
        } else {
            next.accepted_on = Some(d);
        }
        next.state = WindowState::Accepted;
        Ok(())
    }

    /// 延长 — 行政许可法 第四十二条第一款 (V1): only an item whose period can be extended, once,
    /// by at most the item's extension, approved by the agency head, before the period ended.
    fn extension_approved(
        &self,
        item: &WindowItem,
        next: &mut WindowCase,
        d: NaiveDate,
        amount: u32,
        approved_by: &str,
        refuse: Refusal,
    ) -> Result<(), WindowError> {
        let Some(max) = item.extension else {
            return Err(refuse.because(
                "该事项没有可延长的期限",
                "the item's period cannot be extended",
            ));
        };
        if next.extension.is_some() {
            return Err(refuse.because("只能延长一次", "it can be extended once"));
        }
        if amount == 0 || amount > max.amount {
            return Err(refuse.because(
                &format!("延长不得超过{}", max.zh()),
                &format!("the extension may not exceed {}", max.en()),
            ));
        }
        if approved_by.trim().is_empty() {
            return Err(refuse.because(
                "延长须经本行政机关负责人批准",
                "an extension needs the agency head's approval",
            ));
        }
        let due = self.decision_due(next, d)?;
        if d > due {
            return Err(refuse.because(
                &format!("期限已于 {due} 届满，不能延长"),
                &format!("the period ended on {due} and cannot be extended"),
            ));
        }
        next.extension = Some((amount, approved_by.to_owned(), d));
        Ok(())
    }

    /// The suspensions as deadline spans, open ones running to `as_of`: from the day after the
    /// suspension began to the day it ended (as for consultations in disclosure).
    fn spans(case: &WindowCase, as_of: NaiveDate) -> Vec<Suspension> {
        case.suspensions
            .iter()
            .filter_map(|(from, to, reason)| {
                let from = from.checked_add_days(Days::new(1))?;
                let to = to.unwrap_or(as_of);
                (to >= from).then(|| Suspension {
                    from,
                    to,
                    reason: reason.label().to_owned(),
                })
            })
            .collect()
    }

    /// The decision due date as it stands on `as_of`.
    pub fn decision_due(
        &self,
        case: &WindowCase,
        as_of: NaiveDate,
    ) -> Result<NaiveDate, WindowError> {
        self.decision_due_from(case, case.accepted_on.unwrap_or(case.received), as_of)
    }

    /// The decision due date for a clock that started on `start`.
    fn decision_due_from(
        &self,
        case: &WindowCase,
        start: NaiveDate,
        as_of: NaiveDate,
    ) -> Result<NaiveDate, WindowError> {
        let item = self.item_of(case)?;
        let periods = item.decision_periods()?;
        let spans = Self::spans(case, as_of);
        let ext = case.extension.as_ref().map(|(a, _, _)| Period {
            amount: *a,
            unit: item
                .extension
                .map(|e| e.unit)
                .unwrap_or(PeriodUnit::WorkingDays),
        });
        // The earliest of the binding limits: the promise never extends the statutory period.
        let mut due: Option<NaiveDate> = None;
        for p in periods {
            let d = due_date(self.calendar, start, p, &spans, ext)?;
            due = Some(due.map_or(d, |x| x.min(d)));
        }
        due.ok_or_else(|| WindowError::BadItem {
            code: item.code.clone(),
            why: crate::text::Bilingual::new("没有办结时限", "no time limit"),
        })
    }

    /// The clock the case is on and its due date on `today` (`None` when no clock runs).
    ///
    /// A case received and neither accepted, refused nor notified within the correction limit
    /// counts as accepted on receipt (行政许可法 第三十二条第一款第（四）项): from then on it is on
    /// the decision clock.
    pub fn clock(
        &self,
        case: &WindowCase,
        today: NaiveDate,
    ) -> Result<Option<(WindowClock, NaiveDate)>, WindowError> {
        let item = self.item_of(case)?;
        Ok(match case.state {
            WindowState::Received => {
                let start = case.corrected.unwrap_or(case.received);
                let due = self.correction_due(item, start)?;
                if today > due && case.corrected.is_none() {
                    // Counted as accepted on receipt (行政许可法 第三十二条第一款第（四）项).
                    Some((
                        WindowClock::Decision,
                        self.decision_due_from(case, case.received, today)?,
                    ))
                } else {
                    Some((WindowClock::Acceptance, due))
                }
            }
            WindowState::Accepted | WindowState::Suspended => {
                Some((WindowClock::Decision, self.decision_due(case, today)?))
            }
            WindowState::AwaitingIssue => {
                let decided = case.decided.map(|(d, _)| d).unwrap_or(today);
                Some((
                    WindowClock::Issue,
                    due_date(self.calendar, decided, Period::working_days(10), &[], None)?,
                ))
            }
            WindowState::AwaitingCorrection
            | WindowState::AwaitingDelivery
            | WindowState::Closed => None,
        })
    }
}
