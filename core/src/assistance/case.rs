//! A social-assistance case replayed from its log: the state, what was done when, and the
//! notes a supervisor reads. The rules of each event sit next to their articles.

use super::error::AssistanceError;
use super::event::{AssistanceEvent, AssistanceEventKind};
use crate::calendar::Calendar;
use crate::deadline::Catalogue;
use crate::eligibility::Programme;
use crate::eventlog::{self, Refusal};
use crate::{Citation, Confidence};
use chrono::{Datelike, NaiveDate};
use serde::Serialize;

/// Where a case stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum AssistanceState {
    /// Received, not yet accepted or refused.
    Received,
    /// Waiting for the missing items of the one-time correction notice.
    AwaitingCorrection,
    /// Accepted; the investigation has not started.
    Accepted,
    /// The township investigates (home visits, matching, appraisal).
    Investigating,
    /// The township's preliminary opinion is given.
    Reviewed,
    /// The 公示 is posted.
    PublicNotice,
    /// The county reviews the township's materials.
    CountyReview,
    /// Refused; the written notice with reasons is due.
    AwaitingRefusalNotice,
    /// Approved; the benefit is paid.
    Paying,
    /// Closed (not accepted, refused and notified, terminated, withdrawn, stopped).
    Closed,
}

impl AssistanceState {
    /// Bilingual name.
    pub fn label(self) -> &'static str {
        match self {
            AssistanceState::Received => "已收件 / received",
            AssistanceState::AwaitingCorrection => "待补正 / awaiting correction",
            AssistanceState::Accepted => "已受理 / accepted",
            AssistanceState::Investigating => "调查核实中 / investigating",
            AssistanceState::Reviewed => "已提出初审意见 / township opinion given",
            AssistanceState::PublicNotice => "公示中 / public notice",
            AssistanceState::CountyReview => "县级审核确认中 / county review",
            AssistanceState::AwaitingRefusalNotice => "待书面告知 / refusal notice due",
            AssistanceState::Paying => "保障中 / paying",
            AssistanceState::Closed => "已办结 / closed",
        }
    }

    /// Chinese name.
    pub fn zh(self) -> &'static str {
        self.label().split(" / ").next().unwrap_or("")
    }

    /// English name.
    pub fn en(self) -> &'static str {
        self.label().split(" / ").nth(1).unwrap_or("")
    }

    /// Before the county's decision (the procedure's clock runs).
    pub fn before_decision(self) -> bool {
        matches!(
            self,
            AssistanceState::Accepted
                | AssistanceState::Investigating
                | AssistanceState::Reviewed
                | AssistanceState::PublicNotice
                | AssistanceState::CountyReview
        )
    }
}

/// How a case ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Ending {
    /// 不予受理.
    NotAccepted,
    /// Refused and notified.
    Refused,
    /// Terminated for non-cooperation (低保 第二十九条).
    Terminated,
    /// Withdrawn by the applicant.
    Withdrawn,
    /// The benefit stopped.
    Stopped,
    /// A one-off grant (临时救助) approved and paid.
    Granted,
}

/// A note on a case for the supervisor, with its rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AssistanceNote {
    /// Stable id (`AN001` ...).
    pub code: &'static str,
    /// Chinese text.
    pub zh: String,
    /// English text.
    pub en: String,
    /// The rule.
    pub basis: Citation,
}

/// A change of a recipient's benefit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BenefitChange {
    /// The day decided.
    pub date: NaiveDate,
    /// The new monthly amount (`None`: stopped).
    pub amount_fen: Option<i64>,
    /// The reasons.
    pub reasons: Vec<String>,
}

/// A social-assistance case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AssistanceCase {
    /// Case id.
    pub id: String,
    /// The programme.
    pub programme: Programme,
    /// The applicant's name.
    pub applicant: String,
    /// The township or street office.
    pub township: String,
    /// The village or community.
    pub village: String,
    /// The county's division code.
    pub division: String,
    /// Members of the household.
    pub household_size: u32,
    /// A member is a close relative of a caseworker or village cadre (单独登记备案).
    pub staff_relative: bool,
    /// The published category (低保 urban or rural, 特困 centralised or dispersed), if given.
    pub category: Option<super::figures::AssistanceCategory>,
    /// The day the application arrived.
    pub received: NaiveDate,
    /// The state.
    pub state: AssistanceState,
    /// The day accepted (受理).
    pub accepted_on: Option<NaiveDate>,
    /// The items of the one-time correction notice.
    pub missing: Vec<String>,
    /// The day the missing items were supplied.
    pub corrected: Option<NaiveDate>,
    /// 临时救助 given first (先行救助): day and amount.
    pub urgent_aid: Option<(NaiveDate, i64)>,
    /// The day the investigation started.
    pub investigation_started: Option<NaiveDate>,
    /// Matching requests and their answers.
    pub matching: Vec<(NaiveDate, Option<NaiveDate>)>,
    /// Home visits (day, number of investigators).
    pub home_visits: Vec<(NaiveDate, usize)>,
    /// Democratic appraisals.
    pub appraisals: Vec<NaiveDate>,
    /// The township's opinions (day, favourable).
    pub opinions: Vec<(NaiveDate, bool)>,
    /// The days the 公示 was posted.
    pub postings: Vec<NaiveDate>,
    /// Objections and complaints.
    pub objections: Vec<NaiveDate>,
    /// The day the county received the township's materials.
    pub submitted: Option<NaiveDate>,
    /// 低保 special case: the day extended and why.
    pub extended: Option<(NaiveDate, String)>,
    /// The decision: day and approved?
    pub decided: Option<(NaiveDate, bool)>,
    /// The monthly amount being paid, in fen.
    pub amount_fen: Option<i64>,
    /// The first month paid (the first day of the month after the decision).
    pub first_month: Option<NaiveDate>,
    /// The reasons of a refusal.
    pub reasons: Vec<String>,
    /// The day the written refusal notice was delivered.
    pub refusal_notified: Option<NaiveDate>,
    /// Periodic re-checks (day, half-yearly cycle).
    pub rechecks: Vec<(NaiveDate, bool)>,
    /// Reductions and the stop, with reasons.
    pub changes: Vec<BenefitChange>,
    /// 特困: the days the county decided, after an objection to a proposed termination, not to
    /// terminate (第二十六条).
    pub continued: Vec<NaiveDate>,
    /// How and when it ended.
    pub closed: Option<(NaiveDate, Ending)>,
    /// Notes for the supervisor.
    pub notes: Vec<AssistanceNote>,
    /// Events applied.
    pub events: usize,
    /// Exact repeats ignored.
    pub duplicates_ignored: usize,
    #[serde(skip)]
    applied: Vec<AssistanceEvent>,
}

// The replay's bookkeeping lives in the case (and is serialised with it).
crate::eventlog::replayed_case!(AssistanceCase, AssistanceEvent, received);

impl AssistanceCase {
    /// The events applied, in order.
    pub fn log(&self) -> &[AssistanceEvent] {
        &self.applied
    }

    /// The last 公示's posting day.
    pub fn last_posting(&self) -> Option<NaiveDate> {
        self.postings.last().copied()
    }

    /// The monthly amount paid for the month starting `month` (0 before the first month and
    /// after a stop). Reductions and stops apply from the month after their decision, as
    /// approvals do.
    pub fn amount_on(&self, month: NaiveDate) -> i64 {
        match self.first_month {
            Some(first) if month >= first => {}
            _ => return 0,
        }
        let change = self
            .changes
            .iter()
            .rev()
            .find(|c| next_month(c.date) <= month);
        match change {
            Some(c) => c.amount_fen.unwrap_or(0),
            None => self.amount_fen.unwrap_or(0),
        }
    }
}

/// 公示 is required before approval: 低保 (第十九条), 特困 (第十五条), 临时救助 (社会救助暂行办法
/// 第四十八条 “经审核、公示后”); 事实无人抚养儿童 has none (“不宜设置公示环节”); for 孤儿 and
/// the disability subsidies no text read requires it, so it is allowed, not required.
pub fn notice_required(p: Programme) -> bool {
    matches!(
        p,
        Programme::Dibao | Programme::Tekun | Programme::TemporaryAssistance
    )
}

/// The first day of the month after `d` (低保 第二十一条 “下月起”, 特困 第十七条, 事实无人抚养
/// 儿童 “确认的次月起”).
pub fn next_month(d: NaiveDate) -> NaiveDate {
    let (y, m) = if d.month() == 12 {
        (d.year() + 1, 1)
    } else {
        (d.year(), d.month() + 1)
    };
    NaiveDate::from_ymd_opt(y, m, 1).unwrap_or(d)
}

pub(crate) fn dibao(article: &str) -> Citation {
    Citation::new("最低生活保障审核确认办法", article, Confidence::V2)
}

pub(crate) fn interim(article: &str) -> Citation {
    Citation::new("社会救助暂行办法", article, Confidence::V1)
}

/// The procedure: the calendar and the period catalogue (with a jurisdiction's shorter limits
/// applied through [`Catalogue::with_overrides`]), replaying and timing cases.
#[derive(Debug, Clone, Copy)]
pub struct Procedure<'a> {
    calendar: &'a Calendar,
    catalogue: &'a Catalogue,
}

impl<'a> Procedure<'a> {
    /// A procedure with this calendar and period catalogue.
    pub fn new(calendar: &'a Calendar, catalogue: &'a Catalogue) -> Procedure<'a> {
        Procedure {
            calendar,
            catalogue,
        }
    }

    /// The calendar.
    pub fn calendar(&self) -> &'a Calendar {
        self.calendar
    }

    /// The period catalogue.
    pub fn catalogue(&self) -> &'a Catalogue {
        self.catalogue
    }

    /// Replays one case's events.
    pub fn replay(&self, events: &[AssistanceEvent]) -> Result<AssistanceCase, AssistanceError> {
        eventlog::replay(events, open, |case, e| self.apply(case, e))
    }

    /// Applies one event; on error the case is unchanged. Exact repeats are ignored and counted;
    /// events dated before the previous one are refused (the rules shared with disclosure
    /// requests and window cases); then the rules of the programme's measure.
    pub fn apply(
        &self,
        case: &mut AssistanceCase,
        event: &AssistanceEvent,
    ) -> Result<(), AssistanceError> {
        eventlog::apply(case, event, |next, refuse| self.step(next, event, refuse))
    }

    /// The last day of the 公示 posted on `posted`: 7 days (低保 第十九条, 特困 第十五条),
    /// counted as natural days from the day after posting, a rest-day last day rolled to the
    /// next workday (民法典 第二百零三条). Programmes without a 公示 period of their own
    /// (临时救助, 孤儿, the subsidies) use the 低保 period: the texts require a 公示 without its
    /// length, and seven full days is the reading that gives the public its whole time.
    pub fn notice_end(
        &self,
        p: Programme,
        posted: NaiveDate,
    ) -> Result<NaiveDate, AssistanceError> {
        let id = if p == Programme::Tekun {
            "tekun.public_notice"
        } else {
            "dibao.public_notice"
        };
        self.due(id, posted)
    }

    /// The due date of the catalogue's period `id` counted from `start`.
    pub(crate) fn due(&self, id: &str, start: NaiveDate) -> Result<NaiveDate, AssistanceError> {
        let rule = self.catalogue.get(id)?;
        let period = rule.period().ok_or_else(|| {
            AssistanceError::bad_input(
                &format!("期限 {id} 不是期间"),
                &format!("the rule {id} is not a period"),
            )
        })?;
        Ok(crate::deadline::due_date(
            self.calendar,
            start,
            period,
            &[],
            None,
        )?)
    }

    /// The rules for one event, on a copy of the case (a refusal discards it).
    fn step(
        &self,
        next: &mut AssistanceCase,
        event: &AssistanceEvent,
        refuse: Refusal,
    ) -> Result<(), AssistanceError> {
        use AssistanceEventKind as K;
        use AssistanceState as S;
        let d = event.date;
        match (&event.kind, next.state) {
            (_, S::Closed) => Err(refuse.because("案件已办结", "the case is closed")),
            (K::Received { .. }, _) => Err(refuse.because("已收件", "already received")),
            (K::CorrectionRequested { missing }, S::Received) => {
                correction_requested(next, missing, refuse)
            }
            (K::Corrected {}, S::AwaitingCorrection) => {
                next.corrected = Some(d);
                next.state = S::Received;
                Ok(())
            }
            (K::Accepted {}, S::Received) => {
                accepted(next, d);
                Ok(())
            }
            (K::NotAccepted { grounds }, S::Received | S::AwaitingCorrection) => {
                if grounds.trim().is_empty() {
                    return Err(refuse.because("不予受理必须说明理由", "a refusal needs grounds"));
                }
                next.reasons = vec![grounds.clone()];
                close(next, d, Ending::NotAccepted);
                Ok(())
            }
            (K::UrgentAid { amount_fen }, s)
                if s != S::Paying && !matches!(s, S::AwaitingRefusalNotice) =>
            {
                urgent_aid(next, d, *amount_fen, refuse)
            }
            (K::InvestigationStarted {}, S::Accepted) => {
                next.investigation_started = Some(d);
                next.state = S::Investigating;
                Ok(())
            }
            (
                K::MatchingRequested {}
                | K::MatchingAnswered {}
                | K::HomeVisit { .. }
                | K::Appraisal {}
                | K::TownshipOpinion { .. },
                S::Accepted | S::Investigating,
            ) => self.investigation(next, event, refuse),
            (K::HomeVisit { investigators }, S::CountyReview) => {
                home_visit(next, d, investigators, refuse)
            }
            (K::Posted {}, S::Reviewed) => posted(next, d, refuse),
            (K::Posted {}, S::Paying) if next.programme == Programme::Tekun => {
                // 拟终止救助供养的公示 (特困 第二十六条).
                next.postings.push(d);
                Ok(())
            }
            (K::Objection { .. }, S::PublicNotice) => self.objection(next, d, refuse),
            (K::Objection { .. }, S::Paying) if next.programme == Programme::Tekun => {
                self.termination_objection(next, d, refuse)
            }
            (K::SupportContinued {}, S::Paying) if next.programme == Programme::Tekun => {
                support_continued(next, d, refuse)
            }
            (K::Objection { .. }, S::CountyReview) => {
                // A complaint in the county's review: the county must visit the home (低保 第二十条第二款).
                next.objections.push(d);
                Ok(())
            }
            (K::SubmittedToCounty {}, S::Reviewed | S::PublicNotice) => {
                self.submitted(next, d, refuse)
            }
            (K::Extended { reason }, s) if s.before_decision() => {
                self.extended(next, d, reason, refuse)
            }
            (K::Approved { amount_fen }, S::CountyReview) => approved(next, d, *amount_fen, refuse),
            (K::Refused { reasons }, S::CountyReview) => refused(next, d, reasons, refuse),
            (K::RefusalNotified {}, S::AwaitingRefusalNotice) => {
                next.refusal_notified = Some(d);
                close(next, d, Ending::Refused);
                Ok(())
            }
            (K::Terminated { reason }, s) if s.before_decision() => {
                terminated(next, d, reason, refuse)
            }
            (K::Withdrawn {}, s)
                if s.before_decision() || matches!(s, S::Received | S::AwaitingCorrection) =>
            {
                close(next, d, Ending::Withdrawn);
                Ok(())
            }
            (K::Rechecked { half_yearly }, S::Paying) => {
                next.rechecks.push((d, *half_yearly));
                Ok(())
            }
            (
                K::Reduced {
                    amount_fen,
                    reasons,
                },
                S::Paying,
            ) => reduced(next, d, *amount_fen, reasons, refuse),
            (K::Stopped { reasons }, S::Paying) => self.stopped(next, d, reasons, refuse),
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

    /// An objection during the 公示 (低保 第十九条; 特困 第十五条): received within the notice
    /// period, it sends the case back to investigation.
    fn objection(
        &self,
        next: &mut AssistanceCase,
        d: NaiveDate,
        refuse: Refusal,
    ) -> Result<(), AssistanceError> {
        let end = self.notice_end(next.programme, next.last_posting().unwrap_or(d))?;
        if d > end {
            return Err(refuse.because(
                &format!("公示期已于 {end} 届满"),
                &format!("the public notice ended on {end}"),
            ));
        }
        next.objections.push(d);
        next.state = AssistanceState::Investigating;
        Ok(())
    }

    /// A stop while paying, with its reasons (低保 第三十二条; 社会救助暂行办法 第十三条); a 特困
    /// stop first waits for its 7-day 公示 (特困人员认定办法 第二十六条).
    fn stopped(
        &self,
        next: &mut AssistanceCase,
        d: NaiveDate,
        reasons: &[String],
        refuse: Refusal,
    ) -> Result<(), AssistanceError> {
        if next.programme == Programme::Tekun {
            self.tekun_stop_notice(next, d, refuse)?;
        }
        if reasons.iter().all(|r| r.trim().is_empty()) {
            return Err(refuse.because(
                "停发必须说明理由",
                "a stop states its reasons (低保 第三十二条; 社会救助暂行办法 第十三条)",
            ));
        }
        next.changes.push(BenefitChange {
            date: d,
            amount_fen: None,
            reasons: reasons.to_vec(),
        });
        close(next, d, Ending::Stopped);
        Ok(())
    }

    /// 调查核实 — 低保 第十五条至第十九条 (V2): matching asked and answered, home visits with at
    /// least two investigators, appraisal, then the township's opinion, which needs the
    /// investigation started (低保) and every matching request answered.
    fn investigation(
        &self,
        next: &mut AssistanceCase,
        event: &AssistanceEvent,
        refuse: Refusal,
    ) -> Result<(), AssistanceError> {
        use AssistanceEventKind as K;
        let d = event.date;
        if next.state == AssistanceState::Accepted {
            if next.programme == Programme::Dibao {
                return Err(refuse.because(
                    "低保须先启动家庭经济状况调查",
                    "the 低保 investigation must be started first (第十五条)",
                ));
            }
            // Other programmes: the first investigative act starts the investigation.
            next.investigation_started = Some(d);
            next.state = AssistanceState::Investigating;
        }
        match &event.kind {
            K::MatchingRequested {} => {
                if next.matching.iter().any(|(_, a)| a.is_none()) {
                    return Err(refuse.because(
                        "上一次信息核对尚未反馈",
                        "the previous matching request is not answered",
                    ));
                }
                next.matching.push((d, None));
                Ok(())
            }
            K::MatchingAnswered {} => {
                match next.matching.last_mut() {
                    Some((_, a @ None)) => {
                        *a = Some(d);
                        Ok(())
                    }
                    _ => Err(refuse
                        .because("没有待反馈的信息核对请求", "no matching request is waiting")),
                }
            }
            K::HomeVisit { investigators } => home_visit(next, d, investigators, refuse),
            K::Appraisal {} => {
                next.appraisals.push(d);
                Ok(())
            }
            K::TownshipOpinion { favourable } => {
                if next.matching.iter().any(|(_, a)| a.is_none()) {
                    return Err(refuse.because(
                        "信息核对尚未反馈，不能提出初审意见",
                        "the opinion waits for the matching answer (第十七条)",
                    ));
                }
                next.opinions.push((d, *favourable));
                next.state = AssistanceState::Reviewed;
                Ok(())
            }
            _ => Err(refuse.because("不是调查环节的事件", "not an investigation event")),
        }
    }

    /// 报送县级 — 低保 第十九条、特困 第十五条 (V2): after a 公示 ended without objection (not
    /// before its last day has passed), or after the re-investigation that followed an objection
    /// (低保: no new 公示; 特困: a new 公示 is required); programmes without a 公示 (事实无人抚养
    /// 儿童) go straight to the county; an unfavourable opinion is reported without a 公示.
    fn submitted(
        &self,
        next: &mut AssistanceCase,
        d: NaiveDate,
        refuse: Refusal,
    ) -> Result<(), AssistanceError> {
        if next.state == AssistanceState::PublicNotice {
            let posted = next.last_posting().unwrap_or(d);
            let end = self.notice_end(next.programme, posted)?;
            if d <= end {
                return Err(refuse.because(
                    &format!("公示期至 {end} 届满，期满后方可报送"),
                    &format!("the public notice runs to {end}; report after it ends"),
                ));
            }
        } else {
            let favourable = next.opinions.last().is_some_and(|(_, f)| *f);
            let objected_after_notice = next
                .last_posting()
                .is_some_and(|p| next.objections.iter().any(|o| *o >= p));
            let ok = !notice_required(next.programme)
                || !favourable
                || (next.programme == Programme::Dibao && objected_after_notice)
                || (next.programme == Programme::TemporaryAssistance && objected_after_notice);
            if !ok {
                return Err(refuse.because(
                    "初审意见须先公示",
                    "the opinion must be posted first (低保 第十九条; 特困 第十五条：重新公示)",
                ));
            }
        }
        next.submitted = Some(d);
        next.state = AssistanceState::CountyReview;
        Ok(())
    }

    /// 终止救助供养 — 特困 第二十六条 (V2): the proposed termination is posted 7 days in the
    /// village or the institution, and decided only after the notice has run (“公示期满无异议的，
    /// …作出终止决定”); after an objection to it, the county re-investigates and decides
    /// (“组织调查核实，在15个工作日内作出是否终止救助供养决定”), so the decision no longer waits
    /// for the notice's end. A notice followed by a decision to continue (`support_continued`)
    /// is spent: a later termination is posted anew. The re-posting of the decision (“并重新
    /// 公示”) is recorded as the caller's event, not required.
    fn tekun_stop_notice(
        &self,
        next: &AssistanceCase,
        d: NaiveDate,
        refuse: Refusal,
    ) -> Result<(), AssistanceError> {
        let Some(posted) = termination_posting(next) else {
            return Err(refuse.because(
                "终止特困供养须先公示7天",
                "stopping 特困 support needs a 7-day public notice first (第二十六条)",
            ));
        };
        if next.objections.iter().any(|o| *o >= posted) {
            return Ok(());
        }
        let end = self.notice_end(Programme::Tekun, posted)?;
        if d <= end {
            return Err(refuse.because(
                &format!("终止公示至 {end} 届满，期满后方可决定"),
                &format!("the notice runs to {end}; decide after it ends"),
            ));
        }
        Ok(())
    }

    /// 对拟终止救助供养公示有异议 — 特困 第二十六条 (V2): an objection within the 7 days of the
    /// termination notice starts the county's re-investigation (15 working days to decide
    /// whether to terminate); outside a running notice it is refused.
    fn termination_objection(
        &self,
        next: &mut AssistanceCase,
        d: NaiveDate,
        refuse: Refusal,
    ) -> Result<(), AssistanceError> {
        let Some(posted) = termination_posting(next) else {
            return Err(refuse.because(
                "没有正在公示的拟终止救助供养",
                "no proposed termination is posted (第二十六条)",
            ));
        };
        let end = self.notice_end(Programme::Tekun, posted)?;
        if d > end {
            return Err(refuse.because(
                &format!("终止公示期已于 {end} 届满"),
                &format!("the termination notice ended on {end}"),
            ));
        }
        next.objections.push(d);
        Ok(())
    }

    /// 特殊情况延长 — 低保 第二十二条 (V2): 低保 only, once, with the circumstance, before the 30
    /// working days (or the jurisdiction's shorter limit) have run out.
    fn extended(
        &self,
        next: &mut AssistanceCase,
        d: NaiveDate,
        reason: &str,
        refuse: Refusal,
    ) -> Result<(), AssistanceError> {
        if next.programme != Programme::Dibao {
            return Err(refuse.because(
                "只有低保审核确认可以延长至45个工作日",
                "only the 低保 procedure can be extended (第二十二条)",
            ));
        }
        if next.extended.is_some() {
            return Err(refuse.because("只能延长一次", "it can be extended once"));
        }
        if reason.trim().is_empty() {
            return Err(refuse.because(
                "延长须说明特殊情况",
                "an extension names the special circumstance",
            ));
        }
        let start = next.accepted_on.unwrap_or(next.received);
        let due = self.due("dibao.total", start)?;
        if d > due {
            return Err(refuse.because(
                &format!("期限已于 {due} 届满，不能延长"),
                &format!("the period ended on {due} and cannot be extended"),
            ));
        }
        next.extended = Some((d, reason.to_owned()));
        next.notes.push(AssistanceNote {
            code: "AN004",
            zh: format!("因特殊情况延长审核确认期限：{reason}"),
            en: format!("procedure extended for a special circumstance: {reason}"),
            basis: dibao("第二十二条"),
        });
        Ok(())
    }
}

/// The 特困 termination notice in force: the last 公示 posted after the approval and after the
/// county's last decision to continue support (特困 第二十六条).
pub(crate) fn termination_posting(case: &AssistanceCase) -> Option<NaiveDate> {
    let (approved, true) = case.decided? else {
        return None;
    };
    let continued = case.continued.last().copied();
    case.postings
        .last()
        .copied()
        .filter(|p| *p >= approved && continued.is_none_or(|c| *p > c))
}

/// 决定不终止 — 特困 第二十六条 (V2): only after an objection to the termination notice in
/// force (the decision the re-investigation leads to).
fn support_continued(
    next: &mut AssistanceCase,
    d: NaiveDate,
    refuse: Refusal,
) -> Result<(), AssistanceError> {
    let objected =
        termination_posting(next).is_some_and(|p| next.objections.iter().any(|o| *o >= p));
    if !objected {
        return Err(refuse.because(
            "没有对拟终止救助供养的异议，无需作出继续供养决定",
            "no objection to a proposed termination awaits a decision (第二十六条)",
        ));
    }
    next.continued.push(d);
    Ok(())
}

/// Opens a case from its `received` event.
fn open(first: &AssistanceEvent) -> Result<AssistanceCase, AssistanceError> {
    let AssistanceEventKind::Received {
        programme,
        applicant,
        township,
        village,
        division,
        household_size,
        staff_relative,
        category,
    } = &first.kind
    else {
        return Err(eventlog::must_open(first, "收件").into());
    };
    Ok(AssistanceCase {
        id: first.case.clone(),
        programme: *programme,
        applicant: applicant.clone(),
        township: township.clone(),
        village: village.clone(),
        division: division.clone(),
        household_size: (*household_size).max(1),
        staff_relative: *staff_relative,
        category: *category,
        received: first.date,
        state: AssistanceState::Received,
        accepted_on: None,
        missing: Vec::new(),
        corrected: None,
        urgent_aid: None,
        investigation_started: None,
        matching: Vec::new(),
        home_visits: Vec::new(),
        appraisals: Vec::new(),
        opinions: Vec::new(),
        postings: Vec::new(),
        objections: Vec::new(),
        submitted: None,
        extended: None,
        decided: None,
        amount_fen: None,
        first_month: None,
        reasons: Vec::new(),
        refusal_notified: None,
        rechecks: Vec::new(),
        changes: Vec::new(),
        continued: Vec::new(),
        closed: None,
        notes: Vec::new(),
        events: 1,
        duplicates_ignored: 0,
        applied: vec![first.clone()],
    })
}

fn close(next: &mut AssistanceCase, d: NaiveDate, ending: Ending) {
    next.closed = Some((d, ending));
    next.state = AssistanceState::Closed;
}

/// 一次性告知: one notice listing every missing item; never a second one.
fn correction_requested(
    next: &mut AssistanceCase,
    missing: &[String],
    refuse: Refusal,
) -> Result<(), AssistanceError> {
    if next.corrected.is_some() || !next.missing.is_empty() {
        return Err(refuse.because(
            "补正只能一次性告知",
            "corrections are notified once, listing every missing item (一次性告知)",
        ));
    }
    if missing.iter().all(|m| m.trim().is_empty()) {
        return Err(refuse.because(
            "补正告知必须列明全部缺少的材料",
            "the notice must list every missing item",
        ));
    }
    next.missing = missing
        .iter()
        .filter(|m| !m.trim().is_empty())
        .cloned()
        .collect();
    next.state = AssistanceState::AwaitingCorrection;
    Ok(())
}

/// 受理 — 低保 第十一条 (V2), applied to every programme (seed 004 (一)): a household with a
/// close relative of a caseworker or village cadre is registered separately (单独登记备案).
fn accepted(next: &mut AssistanceCase, d: NaiveDate) {
    next.accepted_on = Some(d);
    next.state = AssistanceState::Accepted;
    if next.staff_relative {
        next.notes.push(AssistanceNote {
            code: "AN001",
            zh: "共同生活家庭成员与经办人员或村（居）民委员会成员有近亲属关系，应当单独登记备案；县级审核确认阶段须入户调查".into(),
            en: "a member is a close relative of a caseworker or village cadre: registered separately; the county must visit the home".into(),
            basis: dibao("第十一条、第二十条第二款"),
        });
    }
}

/// 入户调查 — 低保 第十六条 (V2): “每组调查人员不得少于2人” (two distinct names).
fn home_visit(
    next: &mut AssistanceCase,
    d: NaiveDate,
    investigators: &[String],
    refuse: Refusal,
) -> Result<(), AssistanceError> {
    let mut names: Vec<&str> = investigators
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .collect();
    names.sort_unstable();
    names.dedup();
    if names.len() < 2 {
        return Err(refuse.because(
            "每组调查人员不得少于2人",
            "a home visit needs at least two investigators (低保 第十六条)",
        ));
    }
    next.home_visits.push((d, names.len()));
    Ok(())
}

/// 公示 — 事实无人抚养儿童: “为保护儿童隐私，不宜设置公示环节”.
fn posted(next: &mut AssistanceCase, d: NaiveDate, refuse: Refusal) -> Result<(), AssistanceError> {
    if next.programme == Programme::DeFactoChild {
        return Err(refuse.because(
            "事实无人抚养儿童不设公示环节",
            "no public notice for a de-facto-unsupported child (民发〔2019〕62号 二)",
        ));
    }
    next.postings.push(d);
    next.state = AssistanceState::PublicNotice;
    Ok(())
}

/// 先行救助 — 社会救助暂行办法 第四十八条 (V1): “情况紧急的，可以按照规定简化审批手续”; 临时救助
/// only, once, before the decision; the formalities follow.
fn urgent_aid(
    next: &mut AssistanceCase,
    d: NaiveDate,
    amount: i64,
    refuse: Refusal,
) -> Result<(), AssistanceError> {
    if next.programme != Programme::TemporaryAssistance {
        return Err(refuse.because(
            "先行救助只适用于临时救助",
            "urgent aid is for temporary assistance only",
        ));
    }
    if next.urgent_aid.is_some() {
        return Err(refuse.because("已先行救助", "urgent aid was already given"));
    }
    if amount <= 0 {
        return Err(refuse.because("救助金额必须为正", "the amount must be positive"));
    }
    next.urgent_aid = Some((d, amount));
    next.notes.push(AssistanceNote {
        code: "AN002",
        zh: format!(
            "情况紧急，先行救助 {}，随后补齐审核、公示、审批手续",
            crate::eligibility::yuan(amount)
        ),
        en: format!(
            "urgent aid of {} given first; review, notice and approval follow",
            crate::eligibility::yuan(amount)
        ),
        basis: interim("第四十八条"),
    });
    Ok(())
}

/// 审核确认 — 低保 第二十条、第二十一条; 特困 第十六条、第十七条 (V2): a positive amount; the
/// 公示 held where required; for a household registered separately, or with a complaint in the
/// county's review, the county's own home visit first (低保 第二十条第二款, applied to every
/// programme); paid from the month after the decision.
fn approved(
    next: &mut AssistanceCase,
    d: NaiveDate,
    amount: i64,
    refuse: Refusal,
) -> Result<(), AssistanceError> {
    if amount <= 0 {
        return Err(refuse.because("保障金额必须为正", "the monthly amount must be positive"));
    }
    if notice_required(next.programme) && next.postings.is_empty() {
        return Err(refuse.because(
            "未经公示不得确认",
            "no approval without the public notice (低保 第十九条、第二十八条)",
        ));
    }
    let submitted = next.submitted.unwrap_or(d);
    let complaint = next.objections.iter().any(|o| *o >= submitted);
    if (next.staff_relative || complaint) && !next.home_visits.iter().any(|(v, _)| *v >= submitted)
    {
        return Err(refuse.because(
            "单独登记备案或接到投诉举报的申请，县级须先入户调查",
            "the county must visit the home first (单独登记备案 or a complaint; 低保 第二十条第二款)",
        ));
    }
    next.decided = Some((d, true));
    next.amount_fen = Some(amount);
    if next.programme == Programme::TemporaryAssistance {
        // A one-off grant: paid on approval, nothing runs after it.
        close(next, d, Ending::Granted);
    } else {
        next.first_month = Some(next_month(d));
        next.state = AssistanceState::Paying;
    }
    Ok(())
}

/// 终止审核确认 — 低保 第二十九条 (V2): non-cooperation without good reason, 低保 only (no
/// such rule was read for the other programmes).
fn terminated(
    next: &mut AssistanceCase,
    d: NaiveDate,
    reason: &str,
    refuse: Refusal,
) -> Result<(), AssistanceError> {
    if next.programme != Programme::Dibao {
        return Err(refuse.because(
            "终止审核确认的规定只见于低保",
            "termination for non-cooperation is a 低保 rule (第二十九条)",
        ));
    }
    if reason.trim().is_empty() {
        return Err(refuse.because(
            "终止须说明拒不配合的情形",
            "a termination names what the household refused",
        ));
    }
    next.reasons = vec![reason.to_owned()];
    close(next, d, Ending::Terminated);
    Ok(())
}

/// 减发 — 低保 第三十二条 (V2): a lower positive amount, with reasons.
fn reduced(
    next: &mut AssistanceCase,
    d: NaiveDate,
    amount: i64,
    reasons: &[String],
    refuse: Refusal,
) -> Result<(), AssistanceError> {
    if reasons.iter().all(|r| r.trim().is_empty()) {
        return Err(refuse.because(
            "减发必须说明理由",
            "a reduction states its reasons (低保 第三十二条)",
        ));
    }
    let current = next
        .changes
        .last()
        .and_then(|c| c.amount_fen)
        .or(next.amount_fen)
        .unwrap_or(0);
    if amount <= 0 || amount >= current {
        return Err(refuse.because(
            &format!(
                "减发后的金额须为正且低于现额 {}",
                crate::eligibility::yuan(current)
            ),
            &format!(
                "the new amount must be positive and below {}",
                crate::eligibility::yuan(current)
            ),
        ));
    }
    next.changes.push(BenefitChange {
        date: d,
        amount_fen: Some(amount),
        reasons: reasons.to_vec(),
    });
    Ok(())
}

/// A refusal by the county, with its reasons (低保 第二十一条; 特困 第十八条): the written notice
/// is still to come (`refusal_notified`).
fn refused(
    next: &mut AssistanceCase,
    d: NaiveDate,
    reasons: &[String],
    refuse: Refusal,
) -> Result<(), AssistanceError> {
    if reasons.iter().all(|r| r.trim().is_empty()) {
        return Err(refuse.because(
            "不予确认必须说明理由",
            "a refusal states its reasons (低保 第二十一条; 特困 第十八条)",
        ));
    }
    next.decided = Some((d, false));
    next.reasons = reasons.to_vec();
    next.state = AssistanceState::AwaitingRefusalNotice;
    Ok(())
}
