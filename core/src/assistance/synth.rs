//! A deterministic synthetic year of social-assistance cases across every programme: corrections,
//! non-acceptances, investigations with matching, home visits and appraisals, 公示 with
//! objections, extensions, approvals, refusals (some notified late), reductions, stops,
//! terminations, withdrawals, urgent aid, close relatives of staff; some steps late and some
//! cases still open at the end of the year. For samples, tests and benchmarks.

use super::case::next_month;
use super::event::{AssistanceEvent, AssistanceEventKind as K};
use super::figures::AssistanceCategory;
use crate::calendar::Calendar;
use crate::deadline::{due_date, Period};
use crate::eligibility::Programme;
use crate::rng::Rng;
use chrono::{Days, NaiveDate};

const TOWNSHIPS: [(&str, &str, &str); 6] = [
    ("城关镇", "东街社区", "410102"),
    ("城关镇", "西关村", "410102"),
    ("南湖街道", "南湖社区", "410103"),
    ("柳林镇", "柳林村", "410103"),
    ("北山乡", "北山村", "410105"),
    ("北山乡", "石门村", "410105"),
];
const NAMES: [&str; 10] = [
    "张伟", "王芳", "李娜", "刘洋", "陈静", "杨军", "赵敏", "黄磊", "周霞", "吴刚",
];
const REASONS: [&str; 4] = [
    "家庭人均收入高于当地最低生活保障标准",
    "家庭成员名下有机动车辆，超过当地财产规定",
    "家庭金融资产超过当地规定的限额",
    "有法定赡养义务人且其具备赡养能力",
];

struct Gen<'a> {
    cal: &'a Calendar,
    rng: Rng,
    out: Vec<AssistanceEvent>,
    case: String,
    end: NaiveDate,
    last: NaiveDate,
}

impl Gen<'_> {
    fn wd(&self, d: NaiveDate, n: u64) -> NaiveDate {
        self.cal
            .provisional()
            .add_workdays(d, i64::try_from(n).unwrap_or(0))
            .map(|a| a.value)
            .unwrap_or(d)
    }

    fn r(&mut self, lo: u64, hi: u64) -> u64 {
        self.rng.range(lo, hi)
    }

    /// Pushes an event of the current case, never before its previous one (so that the
    /// branches above need not order their side steps), and only within the year.
    fn push(&mut self, d: NaiveDate, kind: K) {
        let d = d.max(self.last);
        self.last = d;
        if d <= self.end {
            self.out.push(AssistanceEvent::new(&self.case, d, kind));
        }
    }

    fn two(&mut self) -> Vec<String> {
        let a = self.rng.below(10) as usize;
        let b = (a + 1 + self.rng.below(9) as usize) % 10;
        [a, b]
            .iter()
            .map(|i| format!("调查员{}", NAMES.get(*i).copied().unwrap_or("甲")))
            .collect()
    }

    /// The day after the 公示 posted on `d` has run its 7 days (rolled to a workday).
    fn after_notice(&mut self, d: NaiveDate) -> NaiveDate {
        let end = due_date(self.cal, d, Period::natural_days(7), &[], None).unwrap_or(d);
        let n = self.r(1, 3);
        self.wd(end, n)
    }

    fn decide(&mut self, p: Programme, d: NaiveDate, approve_permille: u64) {
        if self.rng.chance(approve_permille) {
            let amount = i64::try_from(self.r(200, 1500)).unwrap_or(500) * 100;
            self.push(d, K::Approved { amount_fen: amount });
            if p == Programme::TemporaryAssistance {
                return;
            }
            let first = next_month(d);
            if self.rng.chance(120) {
                let when = first
                    .checked_add_days(Days::new(self.r(40, 200)))
                    .unwrap_or(first);
                self.push(
                    when,
                    K::Reduced {
                        amount_fen: amount / 2,
                        reasons: vec!["家庭成员就业，收入增加".into()],
                    },
                );
                if self.rng.chance(300) {
                    let w2 = when
                        .checked_add_days(Days::new(self.r(30, 90)))
                        .unwrap_or(when);
                    // 特困: the proposed termination is posted first (第二十六条).
                    let w2 = if p == Programme::Tekun {
                        self.push(w2, K::Posted {});
                        self.after_notice(w2)
                    } else {
                        w2
                    };
                    self.push(
                        w2,
                        K::Stopped {
                            reasons: vec!["家庭人均收入超过当地标准".into()],
                        },
                    );
                }
            }
        } else {
            let i = self.rng.below(4) as usize;
            let reason = REASONS.get(i).copied().unwrap_or("不符合条件");
            self.push(
                d,
                K::Refused {
                    reasons: vec![reason.to_owned()],
                },
            );
            let n = if self.rng.chance(150) {
                self.r(4, 9)
            } else {
                self.r(1, 3)
            };
            let notified = self.wd(d, n);
            self.push(notified, K::RefusalNotified {});
        }
    }

    /// The township's part for 低保: investigation, matching, home visit, appraisal, opinion,
    /// 公示 (with objections), report. Returns the report day, or `None` if the case ended.
    fn dibao_township(&mut self, accepted: NaiveDate) -> Option<(NaiveDate, bool)> {
        let late = self.rng.chance(80);
        let n = if late { self.r(4, 7) } else { self.r(1, 3) };
        let mut d = self.wd(accepted, n);
        self.push(d, K::InvestigationStarted {});
        if self.rng.chance(20) {
            let t = {
                let n = self.r(2, 6);
                self.wd(d, n)
            };
            self.push(
                t,
                K::Terminated {
                    reason: "拒不配合入户调查".into(),
                },
            );
            return None;
        }
        if self.rng.chance(500) {
            self.push(d, K::MatchingRequested {});
            let n = if self.rng.chance(100) {
                self.r(4, 6)
            } else {
                self.r(1, 3)
            };
            d = self.wd(d, n);
            self.push(d, K::MatchingAnswered {});
        }
        d = {
            let n = self.r(1, 3);
            self.wd(d, n)
        };
        let two = self.two();
        self.push(d, K::HomeVisit { investigators: two });
        if self.rng.chance(200) {
            d = {
                let n = self.r(1, 3);
                self.wd(d, n)
            };
            self.push(d, K::Appraisal {});
        }
        d = {
            let n = self.r(1, 3);
            self.wd(d, n)
        };
        let favourable = !self.rng.chance(80);
        self.push(d, K::TownshipOpinion { favourable });
        if !favourable {
            let s = self.wd(d, 1);
            self.push(s, K::SubmittedToCounty {});
            return Some((s, false));
        }
        let posted = {
            let n = self.r(0, 1);
            self.wd(d, n)
        };
        self.push(posted, K::Posted {});
        if self.rng.chance(100) {
            let o = posted
                .checked_add_days(Days::new(self.r(1, 6)))
                .unwrap_or(posted);
            self.push(
                o,
                K::Objection {
                    summary: "群众反映家庭有经营收入".into(),
                },
            );
            let v = {
                let n = self.r(1, 4);
                self.wd(o, n)
            };
            let two = self.two();
            self.push(v, K::HomeVisit { investigators: two });
            let op = {
                let n = self.r(1, 3);
                self.wd(v, n)
            };
            self.push(op, K::TownshipOpinion { favourable: true });
            let s = self.wd(op, 1);
            self.push(s, K::SubmittedToCounty {});
            return Some((s, true));
        }
        let s = self.after_notice(posted);
        self.push(s, K::SubmittedToCounty {});
        Some((s, true))
    }

    fn dibao(&mut self, accepted: NaiveDate, relative: bool) {
        let Some((s, favourable)) = self.dibao_township(accepted) else {
            return;
        };
        if relative {
            let v = {
                let n = self.r(1, 3);
                self.wd(s, n)
            };
            let two = self.two();
            self.push(v, K::HomeVisit { investigators: two });
        }
        if self.rng.chance(50) {
            let e = self.wd(s, 1);
            self.push(
                e,
                K::Extended {
                    reason: "家庭成员收入需异地核实".into(),
                },
            );
        }
        let n = if self.rng.chance(100) {
            self.r(11, 16)
        } else {
            self.r(3, 10)
        };
        let d = self.wd(s, n);
        let at_least = self.wd(s, 4);
        // An unfavourable opinion goes to the county without a 公示: it can only be refused.
        self.decide(
            Programme::Dibao,
            d.max(at_least),
            if favourable { 820 } else { 0 },
        );
    }

    fn tekun(&mut self, accepted: NaiveDate, relative: bool) {
        let n = if self.rng.chance(80) {
            self.r(16, 20)
        } else {
            self.r(5, 15)
        };
        let mut d = self.wd(accepted, n);
        let two = self.two();
        let v = self.wd(accepted, 2).min(d);
        self.push(v, K::HomeVisit { investigators: two });
        self.push(d, K::TownshipOpinion { favourable: true });
        let mut posted = {
            let n = self.r(0, 1);
            self.wd(d, n)
        };
        self.push(posted, K::Posted {});
        if self.rng.chance(80) {
            let o = posted
                .checked_add_days(Days::new(self.r(1, 6)))
                .unwrap_or(posted);
            self.push(
                o,
                K::Objection {
                    summary: "反映有赡养人".into(),
                },
            );
            d = {
                let n = self.r(5, 16);
                self.wd(o, n)
            };
            self.push(d, K::TownshipOpinion { favourable: true });
            posted = {
                let n = self.r(0, 1);
                self.wd(d, n)
            };
            self.push(posted, K::Posted {});
        }
        let s = self.after_notice(posted);
        self.push(s, K::SubmittedToCounty {});
        if relative {
            let v = {
                let n = self.r(1, 3);
                self.wd(s, n)
            };
            let two = self.two();
            self.push(v, K::HomeVisit { investigators: two });
        }
        let n = if self.rng.chance(80) {
            self.r(16, 20)
        } else {
            self.r(4, 15)
        };
        let d = self.wd(s, n);
        self.decide(Programme::Tekun, d, 850);
    }

    /// 孤儿, 事实无人抚养儿童 and the subsidies: opinion, report, decision; no 公示.
    fn simple(&mut self, p: Programme, start: NaiveDate, floor: NaiveDate, relative: bool) {
        let n = if self.rng.chance(80) {
            self.r(16, 19)
        } else {
            self.r(3, 14)
        };
        let d = self.wd(start, n).max(self.wd(floor, 1));
        self.push(d, K::TownshipOpinion { favourable: true });
        let s = self.wd(d, 1);
        self.push(s, K::SubmittedToCounty {});
        if relative {
            let v = self.wd(s, 1);
            let two = self.two();
            self.push(v, K::HomeVisit { investigators: two });
        }
        let n = if self.rng.chance(80) {
            self.r(16, 19)
        } else {
            self.r(3, 14)
        };
        let d = self.wd(s, n.max(2));
        self.decide(p, d, 900);
    }

    fn temporary(&mut self, received: NaiveDate, accepted: NaiveDate, relative: bool) {
        if self.rng.chance(400) {
            let a = i64::try_from(self.r(5, 30)).unwrap_or(10) * 10_000;
            self.push(accepted.max(received), K::UrgentAid { amount_fen: a });
        }
        let v = {
            let n = self.r(1, 3);
            self.wd(accepted, n)
        };
        let two = self.two();
        self.push(v, K::HomeVisit { investigators: two });
        let d = {
            let n = self.r(1, 3);
            self.wd(v, n)
        };
        self.push(d, K::TownshipOpinion { favourable: true });
        let posted = {
            let n = self.r(0, 1);
            self.wd(d, n)
        };
        self.push(posted, K::Posted {});
        let s = self.after_notice(posted);
        self.push(s, K::SubmittedToCounty {});
        if relative {
            let v = self.wd(s, 1);
            let two = self.two();
            self.push(v, K::HomeVisit { investigators: two });
        }
        let d = {
            let n = self.r(2, 8);
            self.wd(s, n)
        };
        self.decide(Programme::TemporaryAssistance, d, 900);
    }
}

fn programme(rng: &mut Rng) -> Programme {
    match rng.below(100) {
        0..=44 => Programme::Dibao,
        45..=59 => Programme::Tekun,
        60..=74 => Programme::TemporaryAssistance,
        75..=82 => Programme::LivingSubsidy,
        83..=90 => Programme::NursingSubsidy,
        91..=93 => Programme::Orphan,
        _ => Programme::DeFactoChild,
    }
}

/// `count` cases received in `year` (1 January – 31 October), with events cut at 31 December:
/// a JSON Lines log in case order. Pass a calendar covering `year` and the next.
///
/// ```
/// use minzheng::assistance::{replay_all, synth::sample_year, Procedure};
/// use minzheng::{calendar::Calendar, deadline::Catalogue};
/// let (cal, cat) = (Calendar::china(), Catalogue::national());
/// let events = sample_year(&cal, 7, 2025, 200);
/// let cases = replay_all(&Procedure::new(&cal, &cat), events);
/// assert_eq!(cases.len(), 200);
/// assert!(cases.iter().all(|c| c.is_ok()));
/// ```
pub fn sample_year(
    calendar: &Calendar,
    seed: u64,
    year: i32,
    count: usize,
) -> Vec<AssistanceEvent> {
    let (Some(jan1), Some(end)) = (
        NaiveDate::from_ymd_opt(year, 1, 1),
        NaiveDate::from_ymd_opt(year, 12, 31),
    ) else {
        return Vec::new();
    };
    let mut g = Gen {
        cal: calendar,
        rng: Rng::new(seed),
        out: Vec::with_capacity(count * 12),
        case: String::new(),
        end,
        last: jan1,
    };
    for i in 0..count {
        let p = programme(&mut g.rng);
        g.case = format!("{}-{year}-{:05}", p.as_str(), i + 1);
        g.last = jan1;
        let received = {
            let d = jan1
                .checked_add_days(Days::new(g.rng.below(304)))
                .unwrap_or(jan1);
            g.wd(d, 1)
        };
        let (township, village, division) = TOWNSHIPS
            .get(g.rng.below(6) as usize)
            .copied()
            .unwrap_or(TOWNSHIPS[0]);
        let relative = g.rng.chance(30);
        let size = if matches!(p, Programme::Dibao | Programme::TemporaryAssistance) {
            u32::try_from(g.r(1, 5)).unwrap_or(1)
        } else {
            1
        };
        let category = match p {
            Programme::Dibao if township.ends_with("街道") || township == "城关镇" => {
                Some(AssistanceCategory::DibaoUrban)
            }
            Programme::Dibao => Some(AssistanceCategory::DibaoRural),
            Programme::Tekun if g.rng.chance(300) => Some(AssistanceCategory::TekunCentralised),
            Programme::Tekun => Some(AssistanceCategory::TekunDispersed),
            _ => None,
        };
        let name = NAMES
            .get(g.rng.below(10) as usize)
            .copied()
            .unwrap_or("张伟");
        g.push(
            received,
            K::Received {
                programme: p,
                applicant: name.to_owned(),
                township: township.to_owned(),
                village: village.to_owned(),
                division: division.to_owned(),
                household_size: size,
                staff_relative: relative,
                category,
            },
        );
        let mut start = received;
        if g.rng.chance(100) {
            let c = {
                let n = g.r(0, 2);
                g.wd(received, n)
            };
            g.push(
                c,
                K::CorrectionRequested {
                    missing: vec!["户口簿复印件".into(), "收入证明".into()],
                },
            );
            start = {
                let n = g.r(2, 8);
                g.wd(c, n)
            };
            g.push(start, K::Corrected {});
        }
        if g.rng.chance(30) {
            let d = g.wd(start, 1);
            g.push(
                d,
                K::NotAccepted {
                    grounds: "申请人户籍不在本乡镇（街道）".into(),
                },
            );
            continue;
        }
        if g.rng.chance(15) {
            // Left lying: received, never accepted.
            continue;
        }
        let accepted = {
            let n = g.r(0, 2);
            g.wd(start, n)
        };
        g.push(accepted, K::Accepted {});
        if g.rng.chance(10) {
            let d = {
                let n = g.r(1, 5);
                g.wd(accepted, n)
            };
            g.push(d, K::Withdrawn {});
            continue;
        }
        if g.rng.chance(25) {
            // Stalled after acceptance: overdue at the end of the year.
            continue;
        }
        match p {
            Programme::Dibao => g.dibao(accepted, relative),
            Programme::Tekun => g.tekun(accepted, relative),
            Programme::TemporaryAssistance => g.temporary(received, accepted, relative),
            Programme::DeFactoChild => g.simple(p, received, accepted, relative),
            _ => g.simple(p, accepted, accepted, relative),
        }
    }
    g.out
}
