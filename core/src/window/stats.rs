//! Service statistics (seed 003: 即办件比例, 承诺件平均办结时限, on-time rate) over a period, per
//! item, unit and category, with the monthly trend; JSON, CSV and an HTML page with SVG charts.

use super::case::{Desk, WindowCase, WindowOutcome};
use super::error::WindowError;
use crate::deadline::DeadlineError;
use chrono::{Datelike, Days, NaiveDate};
use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// The figures of one group (the whole office, an item, a unit, a category or a month).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct GroupStats {
    /// Applications received in the period.
    pub received: u64,
    /// Of those, accepted.
    pub accepted: u64,
    /// Of those, not accepted (不予受理).
    pub not_accepted: u64,
    /// Decisions made in the period.
    pub decided: u64,
    /// Of those, granted.
    pub granted: u64,
    /// Decisions on 即办件.
    pub immediate: u64,
    /// 即办件 share of the decisions (0–1).
    pub immediate_share: f64,
    /// Decisions on 承诺件.
    pub promised: u64,
    /// Average working days from acceptance to decision for 承诺件, suspensions excluded.
    pub average_workdays: f64,
    /// Median of the same.
    pub median_workdays: f64,
    /// Decisions made on or before their due date.
    pub on_time: u64,
    /// On-time share of the decisions (0–1).
    pub on_time_rate: f64,
    /// Cases still undecided at the end of the period and past their decision due date.
    pub overdue_open: u64,
    #[serde(skip)]
    durations: Vec<u32>,
}

impl GroupStats {
    fn finish(&mut self) {
        let ratio = |a: u64, b: u64| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        self.immediate_share = ratio(self.immediate, self.decided);
        self.on_time_rate = ratio(self.on_time, self.decided);
        self.durations.sort_unstable();
        let n = self.durations.len();
        if n > 0 {
            self.average_workdays =
                self.durations.iter().map(|d| f64::from(*d)).sum::<f64>() / n as f64;
            let mid = n / 2;
            let at = |i: usize| f64::from(self.durations.get(i).copied().unwrap_or(0));
            self.median_workdays = if n % 2 == 1 {
                at(mid)
            } else {
                (at(mid - 1) + at(mid)) / 2.0
            };
        }
    }
}

/// One month of the trend.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct MonthStats {
    /// `YYYY-MM`.
    pub month: String,
    /// The month's figures.
    #[serde(flatten)]
    pub stats: GroupStats,
}

/// Statistics over a period.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct WindowStats {
    /// The office.
    pub office: String,
    /// First day.
    pub from: NaiveDate,
    /// Last day.
    pub to: NaiveDate,
    /// The whole office.
    pub overall: GroupStats,
    /// Per item code.
    pub by_item: BTreeMap<String, GroupStats>,
    /// Per unit.
    pub by_unit: BTreeMap<String, GroupStats>,
    /// Per category.
    pub by_category: BTreeMap<String, GroupStats>,
    /// Per month.
    pub monthly: Vec<MonthStats>,
}

fn within(d: NaiveDate, from: NaiveDate, to: NaiveDate) -> bool {
    from <= d && d <= to
}

/// Working days from the start of the decision clock to the decision, suspended working days
/// excluded.
fn working_days_to_decision(
    desk: &Desk<'_>,
    case: &WindowCase,
    decided: NaiveDate,
) -> Result<u32, WindowError> {
    let cal = desk.calendar();
    let start = case.accepted_on.unwrap_or(case.received);
    if decided <= start {
        return Ok(0);
    }
    let mut total = cal
        .workdays_between(start, decided)
        .map_err(DeadlineError::from)?;
    for (from, to, _) in &case.suspensions {
        let Some(f) = from.checked_add_days(Days::new(1)) else {
            continue;
        };
        let t = to.unwrap_or(decided).min(decided);
        if t >= f {
            let excl = f.pred_opt().unwrap_or(f);
            total =
                total.saturating_sub(cal.workdays_between(excl, t).map_err(DeadlineError::from)?);
        }
    }
    Ok(total)
}

impl WindowStats {
    /// Computes the statistics of `cases` over `from..=to`.
    pub fn compute(
        desk: &Desk<'_>,
        office: &str,
        cases: &[WindowCase],
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<WindowStats, WindowError> {
        let mut overall = GroupStats::default();
        let mut by_item: BTreeMap<String, GroupStats> = BTreeMap::new();
        let mut by_unit: BTreeMap<String, GroupStats> = BTreeMap::new();
        let mut by_category: BTreeMap<String, GroupStats> = BTreeMap::new();
        let mut monthly: BTreeMap<String, GroupStats> = BTreeMap::new();
        let month = |d: NaiveDate| format!("{:04}-{:02}", d.year(), d.month());
        for c in cases {
            let Some(item) = desk.item(&c.item) else {
                return Err(WindowError::UnknownItem {
                    case: c.id.clone(),
                    item: c.item.clone(),
                });
            };
            let groups = |by_item: &mut BTreeMap<String, GroupStats>,
                          by_unit: &mut BTreeMap<String, GroupStats>,
                          by_category: &mut BTreeMap<String, GroupStats>,
                          f: &dyn Fn(&mut GroupStats)| {
                f(by_item.entry(c.item.clone()).or_default());
                f(by_unit.entry(item.unit.clone()).or_default());
                f(by_category.entry(item.category.clone()).or_default());
            };
            if within(c.received, from, to) {
                let accepted = c.accepted_on.is_some();
                let refused = matches!(c.closed, Some((_, WindowOutcome::NotAccepted)));
                let f = |g: &mut GroupStats| {
                    g.received += 1;
                    g.accepted += u64::from(accepted);
                    g.not_accepted += u64::from(refused);
                };
                f(&mut overall);
                f(monthly.entry(month(c.received)).or_default());
                groups(&mut by_item, &mut by_unit, &mut by_category, &f);
            }
            match c.decided {
                Some((d, granted)) if within(d, from, to) => {
                    let due = desk.decision_due(c, d)?;
                    let duration = if item.immediate {
                        None
                    } else {
                        Some(working_days_to_decision(desk, c, d)?)
                    };
                    let f = |g: &mut GroupStats| {
                        g.decided += 1;
                        g.granted += u64::from(granted);
                        g.on_time += u64::from(d <= due);
                        if item.immediate {
                            g.immediate += 1;
                        } else {
                            g.promised += 1;
                        }
                        if let Some(w) = duration {
                            g.durations.push(w);
                        }
                    };
                    f(&mut overall);
                    f(monthly.entry(month(d)).or_default());
                    groups(&mut by_item, &mut by_unit, &mut by_category, &f);
                }
                None if c.closed.is_none() && c.received <= to => {
                    if let Some((super::case::WindowClock::Decision, due)) = desk.clock(c, to)? {
                        if due < to {
                            let f = |g: &mut GroupStats| g.overdue_open += 1;
                            f(&mut overall);
                            groups(&mut by_item, &mut by_unit, &mut by_category, &f);
                        }
                    }
                }
                _ => {}
            }
        }
        overall.finish();
        for g in by_item
            .values_mut()
            .chain(by_unit.values_mut())
            .chain(by_category.values_mut())
        {
            g.finish();
        }
        let monthly = monthly
            .into_iter()
            .map(|(m, mut s)| {
                s.finish();
                MonthStats { month: m, stats: s }
            })
            .collect();
        Ok(WindowStats {
            office: office.to_owned(),
            from,
            to,
            overall,
            by_item,
            by_unit,
            by_category,
            monthly,
        })
    }

    /// CSV: one line per group (overall, items, units, categories, months).
    pub fn to_csv(&self) -> String {
        let mut s = String::from("group,key,received,accepted,not_accepted,decided,granted,immediate,immediate_share,promised,average_workdays,median_workdays,on_time,on_time_rate,overdue_open\n");
        let mut line = |group: &str, key: &str, g: &GroupStats| {
            let key = crate::text::csv_field(key);
            let _ = writeln!(
                s,
                "{group},{key},{},{},{},{},{},{},{:.4},{},{:.2},{:.1},{},{:.4},{}",
                g.received,
                g.accepted,
                g.not_accepted,
                g.decided,
                g.granted,
                g.immediate,
                g.immediate_share,
                g.promised,
                g.average_workdays,
                g.median_workdays,
                g.on_time,
                g.on_time_rate,
                g.overdue_open
            );
        };
        line("overall", "", &self.overall);
        for (k, g) in &self.by_item {
            line("item", k, g);
        }
        for (k, g) in &self.by_unit {
            line("unit", k, g);
        }
        for (k, g) in &self.by_category {
            line("category", k, g);
        }
        for m in &self.monthly {
            line("month", &m.month, &m.stats);
        }
        s
    }

    /// A wall page: headline figures, a bar chart of monthly volumes, a line chart of the
    /// on-time rate and average working days, and the tables.
    #[cfg(feature = "render")]
    pub fn to_html(&self, item_names: &BTreeMap<String, String>) -> String {
        let o = &self.overall;
        let mut s = String::new();
        let _ = write!(
            s,
            "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>{office}政务服务统计 {from}至{to}</title>\n<style>\n\
             body {{ font-family: \"Noto Sans CJK SC\", \"Microsoft YaHei\", sans-serif; margin: 24px auto; max-width: 1100px; color: #1d2733; }}\n\
             h1 {{ font-size: 26px; text-align: center; margin-bottom: 4px; }} .sub {{ text-align: center; color: #556; margin-bottom: 20px; }}\n\
             .kpis {{ display: flex; gap: 12px; margin: 16px 0; }} .kpi {{ flex: 1; border: 1px solid #c9d3de; border-radius: 6px; padding: 10px; text-align: center; }}\n\
             .kpi b {{ display: block; font-size: 28px; color: #b3261e; }} .kpi span {{ color: #445; font-size: 13px; }}\n\
             h2 {{ font-size: 18px; border-left: 4px solid #b3261e; padding-left: 8px; margin-top: 28px; }}\n\
             table {{ border-collapse: collapse; width: 100%; font-size: 13px; }} th, td {{ border: 1px solid #c9d3de; padding: 4px 6px; text-align: right; }} th {{ background: #eef2f6; }} td.k {{ text-align: left; }}\n\
             </style>\n</head>\n<body>\n<h1>{office}政务服务统计</h1>\n<div class=\"sub\">{from} 至 {to}</div>\n",
            office = esc(&self.office),
            from = self.from,
            to = self.to
        );
        let _ = write!(
            s,
            "<div class=\"kpis\">\n<div class=\"kpi\"><b>{}</b><span>收件 / received</span></div>\n<div class=\"kpi\"><b>{}</b><span>办结 / decided</span></div>\n<div class=\"kpi\"><b>{:.1}%</b><span>即办件比例 / on-the-spot share</span></div>\n<div class=\"kpi\"><b>{:.1}</b><span>承诺件平均办结工作日 / avg. working days</span></div>\n<div class=\"kpi\"><b>{:.1}%</b><span>按时办结率 / on time</span></div>\n<div class=\"kpi\"><b>{}</b><span>超时未办结 / overdue open</span></div>\n</div>\n",
            o.received,
            o.decided,
            o.immediate_share * 100.0,
            o.average_workdays,
            o.on_time_rate * 100.0,
            o.overdue_open
        );
        let _ = write!(
            s,
            "<h2>月度办件量 / monthly volumes</h2>\n{}\n",
            self.bar_chart()
        );
        let _ = write!(
            s,
            "<h2>按时办结率与平均办结时限 / on-time rate and average working days</h2>\n{}\n",
            self.line_chart()
        );
        let table = |s: &mut String,
                     title: &str,
                     rows: &mut dyn Iterator<Item = (String, &GroupStats)>| {
            let _ = write!(s, "<h2>{title}</h2>\n<table>\n<tr><th>分组</th><th>收件</th><th>受理</th><th>不予受理</th><th>办结</th><th>即办件比例</th><th>承诺件平均工作日</th><th>中位数</th><th>按时率</th><th>超时未办结</th></tr>\n");
            for (k, g) in rows {
                let _ = writeln!(
                    s,
                    "<tr><td class=\"k\">{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{:.1}%</td><td>{:.1}</td><td>{:.1}</td><td>{:.1}%</td><td>{}</td></tr>",
                    esc(&k), g.received, g.accepted, g.not_accepted, g.decided, g.immediate_share * 100.0,
                    g.average_workdays, g.median_workdays, g.on_time_rate * 100.0, g.overdue_open
                );
            }
            s.push_str("</table>\n");
        };
        table(
            &mut s,
            "按类别 / by category",
            &mut self.by_category.iter().map(|(k, g)| (k.clone(), g)),
        );
        table(
            &mut s,
            "按单位 / by unit",
            &mut self.by_unit.iter().map(|(k, g)| (k.clone(), g)),
        );
        table(
            &mut s,
            "按事项 / by item",
            &mut self.by_item.iter().map(|(k, g)| {
                let name = item_names
                    .get(k)
                    .map(|n| format!("{k} {n}"))
                    .unwrap_or_else(|| k.clone());
                (name, g)
            }),
        );
        s.push_str("</body>\n</html>\n");
        s
    }

    /// Bars: received and decided per month.
    #[cfg(feature = "render")]
    pub fn bar_chart(&self) -> String {
        let (w, h, left, bottom, top) = (1000.0_f64, 300.0_f64, 50.0_f64, 40.0_f64, 20.0_f64);
        let max = self
            .monthly
            .iter()
            .map(|m| m.stats.received.max(m.stats.decided))
            .max()
            .unwrap_or(0)
            .max(1) as f64;
        let n = self.monthly.len().max(1) as f64;
        let slot = (w - left - 10.0) / n;
        let bar = (slot * 0.35).min(30.0);
        let plot_h = h - bottom - top;
        let mut s = format!("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" font-family=\"Noto Sans CJK SC, sans-serif\" font-size=\"12\">\n");
        let _ = writeln!(
            s,
            "<line x1=\"{left}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#445\"/>",
            h - bottom,
            w - 10.0,
            h - bottom
        );
        for i in 0..=4 {
            let v = max * f64::from(i) / 4.0;
            let y = h - bottom - plot_h * f64::from(i) / 4.0;
            let _ = writeln!(s, "<line x1=\"{left}\" y1=\"{y:.1}\" x2=\"{}\" y2=\"{y:.1}\" stroke=\"#dde3ea\"/><text x=\"{}\" y=\"{:.1}\" text-anchor=\"end\">{v:.0}</text>", w - 10.0, left - 6.0, y + 4.0);
        }
        for (i, m) in self.monthly.iter().enumerate() {
            let x = left + slot * i as f64 + slot / 2.0;
            for (k, (v, color)) in [(m.stats.received, "#4a78b5"), (m.stats.decided, "#b3261e")]
                .iter()
                .enumerate()
            {
                let bh = plot_h * (*v as f64) / max;
                let bx = x - bar + bar * k as f64;
                let _ = writeln!(s, "<rect x=\"{bx:.1}\" y=\"{:.1}\" width=\"{bar:.1}\" height=\"{bh:.1}\" fill=\"{color}\"><title>{} {v}</title></rect>", h - bottom - bh, m.month);
            }
            let _ = writeln!(
                s,
                "<text x=\"{x:.1}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
                h - bottom + 16.0,
                esc(&m.month)
            );
        }
        let _ = writeln!(s, "<rect x=\"{}\" y=\"4\" width=\"10\" height=\"10\" fill=\"#4a78b5\"/><text x=\"{}\" y=\"13\">收件 received</text><rect x=\"{}\" y=\"4\" width=\"10\" height=\"10\" fill=\"#b3261e\"/><text x=\"{}\" y=\"13\">办结 decided</text>", w - 260.0, w - 246.0, w - 140.0, w - 126.0);
        s.push_str("</svg>");
        s
    }

    /// Lines: on-time rate (%) and average working days per month.
    #[cfg(feature = "render")]
    pub fn line_chart(&self) -> String {
        let (w, h, left, bottom, top) = (1000.0_f64, 260.0_f64, 50.0_f64, 40.0_f64, 20.0_f64);
        let plot_h = h - bottom - top;
        let n = self.monthly.len().max(1) as f64;
        let slot = (w - left - 60.0) / n;
        let max_days = self
            .monthly
            .iter()
            .map(|m| m.stats.average_workdays)
            .fold(1.0_f64, f64::max)
            .ceil();
        let mut s = format!("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" font-family=\"Noto Sans CJK SC, sans-serif\" font-size=\"12\">\n");
        for i in 0..=4 {
            let y = h - bottom - plot_h * f64::from(i) / 4.0;
            let _ = writeln!(s, "<line x1=\"{left}\" y1=\"{y:.1}\" x2=\"{}\" y2=\"{y:.1}\" stroke=\"#dde3ea\"/><text x=\"{}\" y=\"{:.1}\" text-anchor=\"end\">{}%</text><text x=\"{}\" y=\"{:.1}\">{:.1}</text>", w - 50.0, left - 6.0, y + 4.0, 25 * i, w - 44.0, y + 4.0, max_days * f64::from(i) / 4.0);
        }
        let point = |i: usize, frac: f64| {
            (
                left + slot * i as f64 + slot / 2.0,
                h - bottom - plot_h * frac.clamp(0.0, 1.0),
            )
        };
        let rate: Vec<String> = self
            .monthly
            .iter()
            .enumerate()
            .map(|(i, m)| {
                let (x, y) = point(i, m.stats.on_time_rate);
                format!("{x:.1},{y:.1}")
            })
            .collect();
        let days: Vec<String> = self
            .monthly
            .iter()
            .enumerate()
            .map(|(i, m)| {
                let (x, y) = point(i, m.stats.average_workdays / max_days);
                format!("{x:.1},{y:.1}")
            })
            .collect();
        let _ = writeln!(
            s,
            "<polyline points=\"{}\" fill=\"none\" stroke=\"#2e7d32\" stroke-width=\"2\"/>",
            rate.join(" ")
        );
        let _ = writeln!(s, "<polyline points=\"{}\" fill=\"none\" stroke=\"#ef6c00\" stroke-width=\"2\" stroke-dasharray=\"6 3\"/>", days.join(" "));
        for (i, m) in self.monthly.iter().enumerate() {
            let (x, y) = point(i, m.stats.on_time_rate);
            let _ = writeln!(s, "<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"3\" fill=\"#2e7d32\"><title>{} {:.1}%</title></circle><text x=\"{x:.1}\" y=\"{}\" text-anchor=\"middle\">{}</text>", m.month, m.stats.on_time_rate * 100.0, h - bottom + 16.0, esc(&m.month));
        }
        let _ = writeln!(s, "<line x1=\"{}\" y1=\"9\" x2=\"{}\" y2=\"9\" stroke=\"#2e7d32\" stroke-width=\"2\"/><text x=\"{}\" y=\"13\">按时办结率 on-time rate（左轴）</text><line x1=\"{}\" y1=\"9\" x2=\"{}\" y2=\"9\" stroke=\"#ef6c00\" stroke-width=\"2\" stroke-dasharray=\"6 3\"/><text x=\"{}\" y=\"13\">承诺件平均工作日 avg. days（右轴）</text>", w - 560.0, w - 540.0, w - 534.0, w - 300.0, w - 280.0, w - 274.0);
        s.push_str("</svg>");
        s
    }
}

#[cfg(feature = "render")]
use crate::text::escape_html as esc;
