//! Append-only event logs in JSON Lines, shared by disclosure requests and window cases: parsing
//! with line numbers, grouping by case in order of first appearance, and the one replay both
//! use — exact repeats ignored and counted, events of another case refused, events out of date
//! order refused, and a refused event leaving the case exactly as it was — with its errors
//! ([`EventError`]).

use crate::errors::{Coded, ErrorCode};
use crate::text::Bilingual;
use chrono::NaiveDate;
use serde::de::DeserializeOwned;
use serde::Serialize;
use std::collections::HashMap;

/// An event that names the case it belongs to.
pub trait CaseEvent {
    /// The case id.
    fn case_id(&self) -> &str;
}

/// An error of an event log, the same for disclosure requests and window cases (wrapped by
/// [`DisclosureError::Event`](crate::disclosure::DisclosureError::Event) and
/// [`WindowError::Event`](crate::window::WindowError::Event)).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "error", rename_all = "snake_case")]
#[non_exhaustive]
pub enum EventError {
    /// An event not allowed in the case's current state; the case is unchanged.
    #[serde(rename = "event_refused")]
    Refused {
        /// The case id.
        case: String,
        /// 0-based position of the event in the case's log.
        index: usize,
        /// The case's state.
        state: Bilingual,
        /// The event type.
        event: &'static str,
        /// Why (boxed: it keeps the error small).
        why: Box<Bilingual>,
    },
    /// An event dated before the one applied before it.
    OutOfOrder {
        /// The case id.
        case: String,
        /// 0-based position.
        index: usize,
        /// Its date.
        date: NaiveDate,
        /// The previous event's date.
        previous: NaiveDate,
    },
    /// A log line that is not a valid event (line 0, with an empty message: an empty log).
    BadEvent {
        /// 1-based line.
        line: usize,
        /// The parser's message.
        message: String,
    },
}

impl EventError {
    /// A stable machine code: `event_refused`, `out_of_order`, `bad_event`.
    pub fn code(&self) -> &'static str {
        match self {
            EventError::Refused { .. } => "event_refused",
            EventError::OutOfOrder { .. } => "out_of_order",
            EventError::BadEvent { .. } => "bad_event",
        }
    }
}

impl Coded for EventError {
    fn error_code(&self) -> ErrorCode {
        match self {
            EventError::Refused { .. } => ErrorCode::EventRefused,
            EventError::OutOfOrder { .. } => ErrorCode::EventOutOfOrder,
            EventError::BadEvent { .. } => ErrorCode::EventBadEvent,
        }
    }

    fn message_zh(&self) -> String {
        match self {
            EventError::Refused {
                case,
                index,
                state,
                event,
                why,
            } => format!(
                "案件 {case} 第 {index} 个事件“{event}”在“{}”状态下不允许：{}",
                state.zh, why.zh
            ),
            EventError::OutOfOrder {
                case,
                index,
                date,
                previous,
            } => format!(
                "案件 {case} 第 {index} 个事件日期 {date} 早于上一事件 {previous}，请按时间顺序记录"
            ),
            EventError::BadEvent { line: 0, .. } => "空日志：没有任何事件".to_owned(),
            EventError::BadEvent { line, message } => {
                format!("第 {line} 行不是有效的事件：{message}")
            }
        }
    }

    fn message_en(&self) -> String {
        match self {
            EventError::Refused {
                case,
                index,
                state,
                event,
                why,
            } => format!(
                "case {case}, event #{index} \"{event}\" is not allowed in state \"{}\": {}",
                state.en, why.en
            ),
            EventError::OutOfOrder {
                case,
                index,
                date,
                previous,
            } => format!(
                "case {case}, event #{index} dated {date} is before the previous event ({previous}): logs are in date order"
            ),
            EventError::BadEvent { line: 0, .. } => "empty log: there is no event".to_owned(),
            EventError::BadEvent { line, message } => {
                format!("line {line} is not a valid event: {message}")
            }
        }
    }
}

crate::errors::coded_display!(EventError);

/// Parses JSON Lines (blank lines skipped); the first bad line is an error naming it.
pub(crate) fn parse_lines<T: DeserializeOwned>(text: &str) -> Result<Vec<T>, EventError> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        out.push(
            crate::json::from_str(line).map_err(|e| EventError::BadEvent {
                line: i + 1,
                message: e.to_string(),
            })?,
        );
    }
    Ok(out)
}

/// Groups events by case, keeping the order of first appearance and, within a case, the log's
/// order.
pub(crate) fn group<E: CaseEvent>(events: Vec<E>) -> Vec<(String, Vec<E>)> {
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut groups: Vec<(String, Vec<E>)> = Vec::new();
    for e in events {
        match index.get(e.case_id()) {
            Some(&i) => {
                if let Some(g) = groups.get_mut(i) {
                    g.1.push(e);
                }
            }
            None => {
                index.insert(e.case_id().to_owned(), groups.len());
                groups.push((e.case_id().to_owned(), vec![e]));
            }
        }
    }
    groups
}

/// An event as the replay sees it.
pub(crate) trait LoggedEvent: CaseEvent + Clone + PartialEq {
    /// The day it happened.
    fn date(&self) -> NaiveDate;
    /// The event type's name, for errors.
    fn name(&self) -> &'static str;
}

/// A case built by replaying its log: the replay's bookkeeping (the events applied, their count
/// and the exact repeats ignored) lives in the case, which also serialises it.
pub(crate) trait ReplayedCase: Clone {
    /// Its events.
    type Event: LoggedEvent;
    /// The case id.
    fn id(&self) -> &str;
    /// The current state's names (Chinese, English), for errors.
    fn state_names(&self) -> (&'static str, &'static str);
    /// The day the case began: the floor for the first event's date.
    fn opened(&self) -> NaiveDate;
    /// The events applied, in order.
    fn applied(&self) -> &Vec<Self::Event>;
    /// The events applied, to take and give back.
    fn applied_mut(&mut self) -> &mut Vec<Self::Event>;
    /// (events applied, exact repeats ignored).
    fn counts(&self) -> (usize, usize);
    /// Mutable counts, as in [`ReplayedCase::counts`].
    fn counts_mut(&mut self) -> (&mut usize, &mut usize);
}

/// Implements [`ReplayedCase`] for a case struct that keeps its bookkeeping in the fields
/// `id`, `state` (with `zh()` and `en()`), `applied`, `events` and `duplicates_ignored`, and
/// opens on the date field named: `replayed_case!(WindowCase, WindowEvent, received)`.
macro_rules! replayed_case {
    ($case:ty, $event:ty, $opened:ident) => {
        impl $crate::eventlog::ReplayedCase for $case {
            type Event = $event;

            fn id(&self) -> &str {
                &self.id
            }

            fn state_names(&self) -> (&'static str, &'static str) {
                (self.state.zh(), self.state.en())
            }

            fn opened(&self) -> ::chrono::NaiveDate {
                self.$opened
            }

            fn applied(&self) -> &Vec<$event> {
                &self.applied
            }

            fn applied_mut(&mut self) -> &mut Vec<$event> {
                &mut self.applied
            }

            fn counts(&self) -> (usize, usize) {
                (self.events, self.duplicates_ignored)
            }

            fn counts_mut(&mut self) -> (&mut usize, &mut usize) {
                (&mut self.events, &mut self.duplicates_ignored)
            }
        }
    };
}
pub(crate) use replayed_case;

/// Refuses an event: the case, the event's position, the state and the event type, filled in
/// once by the replay; the rule only says why.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Refusal<'a> {
    case: &'a str,
    index: usize,
    state: (&'static str, &'static str),
    event: &'static str,
}

impl Refusal<'_> {
    /// The refusal of the event for this reason (Chinese, English).
    pub(crate) fn because<E: From<EventError>>(&self, zh: &str, en: &str) -> E {
        E::from(EventError::Refused {
            case: self.case.to_owned(),
            index: self.index,
            state: Bilingual::new(self.state.0, self.state.1),
            event: self.event,
            why: Box::new(Bilingual::new(zh, en)),
        })
    }
}

/// Replays a log: `start` builds the case from the first event, `apply` applies each of the
/// others in order; the first error ends the replay. An empty log is a `bad_event` at line 0.
pub(crate) fn replay<C, Err, E: LoggedEvent>(
    events: &[E],
    start: impl FnOnce(&E) -> Result<C, Err>,
    mut apply: impl FnMut(&mut C, &E) -> Result<(), Err>,
) -> Result<C, Err>
where
    Err: From<EventError>,
{
    let first = events.first().ok_or_else(|| {
        Err::from(EventError::BadEvent {
            line: 0,
            message: String::new(),
        })
    })?;
    let mut case = start(first)?;
    for e in events.iter().skip(1) {
        apply(&mut case, e)?;
    }
    Ok(case)
}

/// The refusal of a log whose first event does not open a case (`zh`/`en`: the opening event's
/// name, e.g. “收件” / "received").
pub(crate) fn must_open<E: LoggedEvent>(first: &E, zh: &str) -> EventError {
    EventError::Refused {
        case: first.case_id().to_owned(),
        index: 0,
        state: Bilingual::new("（无）", "(none)"),
        event: first.name(),
        why: Box::new(Bilingual::new(
            format!("日志必须以“{zh}”开始"),
            "a log must start with \"received\"",
        )),
    }
}

/// Applies one event to a case. An exact repeat of an event already applied is ignored and
/// counted; an event of another case is refused; an event dated before the last applied one (or
/// the day the case opened) is out of order. Otherwise `rule` decides on a copy of the case
/// (without its applied events, which may be many): it changes the copy or refuses with the
/// [`Refusal`] it is given. Only an accepted event replaces the case, so a refused one leaves it
/// exactly as it was.
pub(crate) fn apply<C, Err>(
    case: &mut C,
    event: &C::Event,
    rule: impl FnOnce(&mut C, Refusal) -> Result<(), Err>,
) -> Result<(), Err>
where
    C: ReplayedCase,
    Err: From<EventError>,
{
    if case.applied().contains(event) {
        *case.counts_mut().1 += 1;
        return Ok(());
    }
    let (events, duplicates) = case.counts();
    let (index, state, name) = (events + duplicates, case.state_names(), event.name());
    if event.case_id() != case.id() {
        let refusal = Refusal {
            case: case.id(),
            index,
            state,
            event: name,
        };
        return Err(refusal.because("事件属于另一案件", "the event belongs to another case"));
    }
    let previous = case.applied().last().map_or(case.opened(), |e| e.date());
    if event.date() < previous {
        return Err(Err::from(EventError::OutOfOrder {
            case: case.id().to_owned(),
            index,
            date: event.date(),
            previous,
        }));
    }
    // From here the event's case id is the case's.
    let refusal = Refusal {
        case: event.case_id(),
        index,
        state,
        event: name,
    };
    let applied = std::mem::take(case.applied_mut());
    let mut next = case.clone();
    *case.applied_mut() = applied;
    rule(&mut next, refusal)?;
    *next.counts_mut().0 += 1;
    *next.applied_mut() = std::mem::take(case.applied_mut());
    next.applied_mut().push(event.clone());
    *case = next;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::EventError;
    use crate::disclosure::DisclosureError;
    use crate::text::Bilingual;
    use crate::window::WindowError;
    use chrono::NaiveDate;

    fn out_of_order() -> EventError {
        EventError::OutOfOrder {
            case: "A".into(),
            index: 2,
            date: NaiveDate::from_ymd_opt(2025, 3, 9).unwrap_or_default(),
            previous: NaiveDate::from_ymd_opt(2025, 3, 10).unwrap_or_default(),
        }
    }

    #[test]
    fn event_errors_keep_their_codes_and_json_through_both_wrappers() {
        let refused = EventError::Refused {
            case: "A".into(),
            index: 1,
            state: Bilingual::new("已办结", "closed"),
            event: "withdrawn",
            why: Box::new(Bilingual::new("案件已办结", "the case is closed")),
        };
        let bad = EventError::BadEvent {
            line: 3,
            message: "x".into(),
        };
        let cases = [
            (
                refused,
                "event_refused",
                r#"{"error":"event_refused","case":"A","index":1,"state":{"zh":"已办结","en":"closed"},"event":"withdrawn","why":{"zh":"案件已办结","en":"the case is closed"}}"#,
            ),
            (
                out_of_order(),
                "out_of_order",
                r#"{"error":"out_of_order","case":"A","index":2,"date":"2025-03-09","previous":"2025-03-10"}"#,
            ),
            (
                bad,
                "bad_event",
                r#"{"error":"bad_event","line":3,"message":"x"}"#,
            ),
        ];
        for (e, code, json) in cases {
            let d = DisclosureError::from(e.clone());
            let w = WindowError::from(e.clone());
            assert_eq!((e.code(), d.code(), w.code()), (code, code, code));
            assert_eq!(serde_json::to_string(&d).ok().as_deref(), Some(json));
            assert_eq!(serde_json::to_string(&w).ok().as_deref(), Some(json));
            assert_eq!(d.to_string(), e.to_string());
            assert_eq!(w.to_string(), e.to_string());
        }
    }

    #[test]
    fn an_out_of_order_event_says_logs_are_in_date_order_in_both_languages() {
        let m = WindowError::from(out_of_order()).to_string();
        assert!(
            m.contains("请按时间顺序记录") && m.contains("logs are in date order"),
            "{m}"
        );
    }
}
