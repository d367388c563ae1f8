//! The procedure clock: every time limit of a case, done or pending, from the period catalogue
//! (so a jurisdiction's shorter limits apply), its status on a day and its explanation.

use super::case::{AssistanceCase, AssistanceState, Procedure};
use super::error::AssistanceError;
use crate::deadline::Status;
use crate::eligibility::Programme;
use crate::window::Watch;
use crate::Citation;
use chrono::{Datelike, NaiveDate};
use serde::Serialize;

/// A step of the procedure with a time limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ProcedureStep {
    /// 低保: start the household investigation (3 working days, 第十五条).
    InvestigationStart,
    /// 低保: the county starts the information matching (3 working days, 第十七条).
    Matching,
    /// 特困: township investigation and opinion (15 working days, 第十三条); 事实无人抚养儿童:
    /// township check (15 working days from receipt).
    TownshipReview,
    /// 特困: re-investigation after an objection to the 公示 of the opinion (15 working days to a
    /// new opinion, 第十五条) or of a proposed termination (15 working days to the decision,
    /// 第二十六条).
    ObjectionReview,
    /// The county's decision (低保 10, 特困 15, 事实无人抚养儿童 15 working days).
    CountyDecision,
    /// 低保: the whole procedure (30, or 45 in special cases, working days, 第二十二条).
    Whole,
    /// The written refusal notice (3 working days: 低保 第二十一条, 特困 第十八条).
    RefusalNotice,
    /// 低保: the periodic re-check (yearly or half-yearly, 第三十一条).
    Recheck,
}

impl ProcedureStep {
    /// Every step, in procedure order.
    pub const ALL: [ProcedureStep; 8] = [
        ProcedureStep::InvestigationStart,
        ProcedureStep::Matching,
        ProcedureStep::TownshipReview,
        ProcedureStep::ObjectionReview,
        ProcedureStep::CountyDecision,
        ProcedureStep::Whole,
        ProcedureStep::RefusalNotice,
        ProcedureStep::Recheck,
    ];

    /// Stable name.
    pub fn as_str(self) -> &'static str {
        match self {
            ProcedureStep::InvestigationStart => "investigation_start",
            ProcedureStep::Matching => "matching",
            ProcedureStep::TownshipReview => "township_review",
            ProcedureStep::ObjectionReview => "objection_review",
            ProcedureStep::CountyDecision => "county_decision",
            ProcedureStep::Whole => "whole",
            ProcedureStep::RefusalNotice => "refusal_notice",
            ProcedureStep::Recheck => "recheck",
        }
    }

    /// Chinese name.
    pub fn zh(self) -> &'static str {
        match self {
            ProcedureStep::InvestigationStart => "启动调查",
            ProcedureStep::Matching => "信息核对",
            ProcedureStep::TownshipReview => "乡镇调查审核",
            ProcedureStep::ObjectionReview => "异议重新调查",
            ProcedureStep::CountyDecision => "县级审核确认",
            ProcedureStep::Whole => "审核确认总时限",
            ProcedureStep::RefusalNotice => "书面告知理由",
            ProcedureStep::Recheck => "定期核查",
        }
    }
}

/// One time limit of a case: the rule (from the catalogue, with its local override if any),
/// its start, its due date and when it was done.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StepTiming {
    /// The step.
    pub step: ProcedureStep,
    /// The period rule's id (`dibao.total` ...).
    pub rule: String,
    /// The rule's Chinese name.
    pub name: String,
    /// The basis (the local one where a jurisdiction overrides), with its confidence.
    pub basis: Citation,
    /// The period in words (`30个工作日`).
    pub period: String,
    /// The start (not counted).
    pub start: NaiveDate,
    /// The last day on time.
    pub due: NaiveDate,
    /// When it was done (`None`: pending).
    pub done: Option<NaiveDate>,
}

impl StepTiming {
    /// Done after the due date.
    pub fn late(&self) -> bool {
        self.done.is_some_and(|d| d > self.due)
    }
}

/// A limit before its rule is looked up: step, rule id, start, done.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Raw {
    pub(crate) step: ProcedureStep,
    pub(crate) rule: &'static str,
    pub(crate) start: NaiveDate,
    pub(crate) done: Option<NaiveDate>,
}

#[allow(clippy::unnecessary_wraps)]
fn raw(
    step: ProcedureStep,
    rule: &'static str,
    start: NaiveDate,
    done: Option<NaiveDate>,
) -> Result<Raw, AssistanceError> {
    Ok(Raw {
        step,
        rule,
        start,
        done,
    })
}

/// 特困 第二十六条 (V2): each objection to a proposed termination (one made after the approval)
/// gives the county 15 working days to decide whether to terminate; done by the stop or by the
/// decision to continue support, whichever comes first on or after it.
fn termination_objections(
    case: &AssistanceCase,
    out: &mut Vec<Raw>,
) -> Result<(), AssistanceError> {
    let Some((approved, true)) = case.decided else {
        return Ok(());
    };
    let stopped = match case.closed {
        Some((d, super::case::Ending::Stopped)) => Some(d),
        _ => None,
    };
    for o in case.objections.iter().filter(|o| **o > approved) {
        let done = case
            .continued
            .iter()
            .copied()
            .chain(stopped)
            .filter(|d| d >= o)
            .min();
        out.push(raw(
            ProcedureStep::ObjectionReview,
            "tekun.termination_objection_review",
            *o,
            done,
        )?);
    }
    Ok(())
}

impl Procedure<'_> {
    /// The due date of a raw limit.
    pub(crate) fn raw_due(&self, r: &Raw) -> Result<NaiveDate, AssistanceError> {
        if r.step == ProcedureStep::Recheck {
            return Ok(recheck_timing(r.rule, r.start, r.done).due);
        }
        self.due(r.rule, r.start)
    }

    fn timing(
        &self,
        step: ProcedureStep,
        id: &str,
        start: NaiveDate,
        done: Option<NaiveDate>,
    ) -> Result<StepTiming, AssistanceError> {
        if step == ProcedureStep::Recheck {
            return Ok(recheck_timing(id, start, done));
        }
        let rule = self.catalogue().get(id)?;
        Ok(StepTiming {
            step,
            rule: rule.id.clone(),
            name: rule.name.clone(),
            basis: rule.basis.clone(),
            period: rule.period().map(|p| p.zh()).unwrap_or_default(),
            start,
            due: self.due(id, start)?,
            done,
        })
    }

    /// Every time limit of the case, done or pending, in procedure order. A limit that was
    /// still pending when the case closed (withdrawn, terminated) is left out: nothing was due.
    ///
    /// Which limits a programme has, from the texts read (LEGAL.md E2, E3, E5): 低保 every one
    /// of 第十五、十七、二十、二十一、二十二、三十一条; 特困 第十三、十五、十六、十八、二十六条; 事实无人
    /// 抚养儿童 15 + 15 working days (the township's from receipt); 孤儿, the two disability
    /// subsidies and 临时救助: none was read, so none is invented (their steps are recorded,
    /// not timed).
    pub fn timings(&self, case: &AssistanceCase) -> Result<Vec<StepTiming>, AssistanceError> {
        self.raw_timings(case)?
            .into_iter()
            .map(|r| self.timing(r.step, r.rule, r.start, r.done))
            .collect()
    }

    /// The limits without names and bases (the supervision screen's lean path).
    pub(crate) fn raw_timings(&self, case: &AssistanceCase) -> Result<Vec<Raw>, AssistanceError> {
        let mut out = Vec::new();
        let decided = case.decided.map(|(d, _)| d);
        let accepted = case.accepted_on;
        match case.programme {
            Programme::Dibao => {
                if let Some(a) = accepted {
                    out.push(raw(
                        ProcedureStep::InvestigationStart,
                        "dibao.investigation_start",
                        a,
                        case.investigation_started,
                    )?);
                }
                for (req, ans) in &case.matching {
                    out.push(raw(
                        ProcedureStep::Matching,
                        "dibao.matching_start",
                        *req,
                        *ans,
                    )?);
                }
                if let Some(s) = case.submitted {
                    out.push(raw(
                        ProcedureStep::CountyDecision,
                        "dibao.county_decision",
                        s,
                        decided,
                    )?);
                }
                if let Some(a) = accepted {
                    let id = if case.extended.is_some() {
                        "dibao.total_extended"
                    } else {
                        "dibao.total"
                    };
                    out.push(raw(ProcedureStep::Whole, id, a, decided)?);
                }
                self.refusal_timing(case, "dibao.refusal_notice", &mut out)?;
                self.recheck_timings(case, &mut out)?;
            }
            Programme::Tekun => {
                if let Some(a) = accepted {
                    let first = case.opinions.first().map(|(d, _)| *d);
                    out.push(raw(
                        ProcedureStep::TownshipReview,
                        "tekun.township_review",
                        a,
                        first,
                    )?);
                }
                let until = case.submitted.unwrap_or(NaiveDate::MAX);
                for o in case.objections.iter().filter(|o| **o < until) {
                    let done = case.opinions.iter().map(|(d, _)| *d).find(|d| d >= o);
                    out.push(raw(
                        ProcedureStep::ObjectionReview,
                        "tekun.objection_review",
                        *o,
                        done,
                    )?);
                }
                if let Some(s) = case.submitted {
                    out.push(raw(
                        ProcedureStep::CountyDecision,
                        "tekun.county_confirmation",
                        s,
                        decided,
                    )?);
                }
                self.refusal_timing(case, "tekun.refusal_notice", &mut out)?;
                termination_objections(case, &mut out)?;
            }
            Programme::DeFactoChild => {
                if accepted.is_some() || case.state != AssistanceState::Closed {
                    let first = case.opinions.first().map(|(d, _)| *d);
                    // “在自收到申请之日起15个工作日内”: from receipt, not acceptance.
                    out.push(raw(
                        ProcedureStep::TownshipReview,
                        "children.township_check",
                        case.received,
                        first,
                    )?);
                }
                if let Some(s) = case.submitted {
                    out.push(raw(
                        ProcedureStep::CountyDecision,
                        "children.county_confirmation",
                        s,
                        decided,
                    )?);
                }
            }
            _ => {}
        }
        if case.state == AssistanceState::Closed {
            out.retain(|t| t.done.is_some());
        }
        Ok(out)
    }

    fn refusal_timing(
        &self,
        case: &AssistanceCase,
        id: &'static str,
        out: &mut Vec<Raw>,
    ) -> Result<(), AssistanceError> {
        if let Some((d, false)) = case.decided {
            out.push(raw(
                ProcedureStep::RefusalNotice,
                id,
                d,
                case.refusal_notified,
            )?);
        }
        Ok(())
    }

    /// 定期核查 — 低保 第三十一条 (V2): a year after approval, then a year (or half a year when
    /// the last check found irregular income and members able to work) after each check.
    fn recheck_timings(
        &self,
        case: &AssistanceCase,
        out: &mut Vec<Raw>,
    ) -> Result<(), AssistanceError> {
        let Some((approved, true)) = case.decided else {
            return Ok(());
        };
        let mut start = (approved, false);
        for (d, half) in &case.rechecks {
            let id = recheck_id(start.1);
            out.push(raw(ProcedureStep::Recheck, id, start.0, Some(*d))?);
            start = (*d, *half);
        }
        if case.state == AssistanceState::Paying {
            out.push(raw(
                ProcedureStep::Recheck,
                recheck_id(start.1),
                start.0,
                None,
            )?);
        }
        Ok(())
    }

    /// The pending limits of a case on `today`, each with its watch status, most urgent first.
    pub fn pending(
        &self,
        case: &AssistanceCase,
        today: NaiveDate,
        warn_at: u32,
    ) -> Result<Vec<(StepTiming, Watch)>, AssistanceError> {
        let mut out = Vec::new();
        for t in self.timings(case)? {
            if t.done.is_none() {
                let w = watch(self, t.due, today, warn_at)?;
                out.push((t, w));
            }
        }
        out.sort_by_key(|(t, w)| (rank(w), t.due));
        Ok(out)
    }

    /// The case's explanation on `today`: what happened, every limit with its rule, period,
    /// start, due date and whether met, the day-by-day count of the pending ones, and the notes.
    pub fn explain(
        &self,
        case: &AssistanceCase,
        today: NaiveDate,
    ) -> Result<Vec<String>, AssistanceError> {
        let mut lines = vec![format!(
            "{} {}（{}），{} 收件；状态：{}",
            case.id,
            case.programme.as_zh(),
            case.township,
            case.received,
            case.state.label()
        )];
        for t in self.timings(case)? {
            let c = &t.basis;
            let head = format!(
                "{}：{}，{} {} {}，自 {} 起 {}，应于 {} 前",
                t.step.zh(),
                t.name,
                c.instrument,
                c.article,
                c.confidence.tag(),
                t.start,
                t.period,
                t.due
            );
            match t.done {
                Some(d) if d <= t.due => lines.push(format!("{head}；{d} 完成，按时 / on time")),
                Some(d) => lines.push(format!("{head}；{d} 完成，超时 / late")),
                None if t.step == ProcedureStep::Recheck => {
                    lines.push(format!("{head}；待核查 / pending"));
                }
                None => {
                    let dl = self
                        .catalogue()
                        .clock(&t.rule, t.start)?
                        .compute(self.calendar())?;
                    let status = dl.status(self.calendar(), today, None, 3)?;
                    lines.push(format!("{head}；{}", describe(&status)));
                    lines.extend(
                        dl.explanation
                            .lines()
                            .into_iter()
                            .map(|l| format!("    {l}")),
                    );
                }
            }
        }
        if let Some(m) = case.first_month {
            // Written out, not through chrono's `format` (whose optimised code valgrind reports
            // as reading an uninitialised value through the C ABI).
            let (y, mo) = (m.year(), m.month());
            lines.push(format!(
                "自 {y}年{mo:02}月 起按月发放 {} / paid from {y}-{mo:02}",
                crate::eligibility::yuan(case.amount_fen.unwrap_or(0)),
            ));
        }
        for n in &case.notes {
            lines.push(format!(
                "{} {}（{} {} {}） / {}",
                n.code,
                n.zh,
                n.basis.instrument,
                n.basis.article,
                n.basis.confidence.tag(),
                n.en
            ));
        }
        Ok(lines)
    }
}

/// 定期核查 — 低保 第三十一条 (V2): “每年核查一次” or, for irregular income and members able to
/// work, “每半年核查一次”. The cycle is the office's own, not a period running against anyone:
/// it ends on the corresponding day of the month (民法典 第二百零二条, clamped to the month's
/// end), not rolled past rest days, so it needs no holiday notice of the coming year; and it is
/// not in the period catalogue, whose periods all end within the calendar's years.
fn recheck_timing(id: &str, start: NaiveDate, done: Option<NaiveDate>) -> StepTiming {
    let (months, name) = if id == "dibao.recheck_irregular" {
        (6, "低保家庭定期核查（收入不稳定且有劳动能力，每半年）")
    } else {
        (12, "低保家庭定期核查（每年）")
    };
    StepTiming {
        step: ProcedureStep::Recheck,
        rule: id.to_owned(),
        name: name.to_owned(),
        basis: super::case::dibao("第三十一条"),
        period: format!("{months}个月"),
        start,
        due: start
            .checked_add_months(chrono::Months::new(months))
            .unwrap_or(NaiveDate::MAX),
        done,
    }
}

fn recheck_id(half_yearly: bool) -> &'static str {
    if half_yearly {
        "dibao.recheck_irregular"
    } else {
        "dibao.recheck"
    }
}

fn describe(s: &Status) -> String {
    match s {
        Status::Running { workdays_left } => {
            format!("进行中，剩余 {workdays_left} 个工作日 / running")
        }
        Status::DueSoon { workdays_left } => {
            format!("即将到期，剩余 {workdays_left} 个工作日 / due soon")
        }
        Status::DueToday => "今日到期 / due today".into(),
        Status::Overdue { workdays, days } => {
            format!("已超时 {workdays} 个工作日（{days} 日） / overdue")
        }
        _ => "已完成 / done".into(),
    }
}

/// The watch status of a due date on `today`.
pub(crate) fn watch(
    p: &Procedure<'_>,
    due: NaiveDate,
    today: NaiveDate,
    warn_at: u32,
) -> Result<Watch, AssistanceError> {
    let cal = p.calendar();
    Ok(if today == due {
        Watch::DueToday
    } else if today < due {
        // A due date in a year without a holiday notice (a re-check next year): the workdays
        // up to the end of the last year covered are a lower bound, enough to say "running".
        let mut to = due;
        while !cal.covers_year(to.year()) && to.year() > today.year() {
            to = NaiveDate::from_ymd_opt(to.year() - 1, 12, 31).unwrap_or(today);
        }
        let left = cal
            .workdays_between(today, to)
            .map_err(crate::deadline::DeadlineError::from)?;
        if left <= warn_at {
            Watch::Warning {
                workdays_left: left,
            }
        } else {
            Watch::Running {
                workdays_left: left,
            }
        }
    } else {
        Watch::Overdue {
            workdays: cal
                .workdays_between(due, today)
                .map_err(crate::deadline::DeadlineError::from)?,
            days: u32::try_from((today - due).num_days()).unwrap_or(u32::MAX),
        }
    })
}

/// Most urgent first: overdue (longest first), due today, warning, running.
pub(crate) fn rank(w: &Watch) -> (u8, i64) {
    match w {
        Watch::Overdue { workdays, days } => (0, -(i64::from(*workdays) * 1000 + i64::from(*days))),
        Watch::DueToday => (1, 0),
        Watch::Warning { workdays_left } => (2, i64::from(*workdays_left)),
        Watch::Running { workdays_left } => (3, i64::from(*workdays_left)),
    }
}
