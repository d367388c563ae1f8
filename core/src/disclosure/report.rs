//! The annual disclosure report (条例 第四十九、五十条) in the standard format of 2021
//! (LEGAL.md B; the format document itself is UNVERIFIED, its tables are V2).
//!
//! Section 三 is computed from the year's request cases; sections 二 and 四 are given as input.
//! Every invariant is verified: for each column 一 + 二 = 三（七） + 四; （七） is the sum of the
//! outcome rows; 总计 is the sum of the other columns; each section-四 total is the sum of its
//! parts.

use super::error::DisclosureError;
use super::request::{ClosureKind, RequestCase};
use super::terms::{Applicant, ReplyType};
use crate::text::Bilingual;
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use std::fmt::Write as _;

/// One row of section 三: a count per applicant column, and the total.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Columns {
    /// 自然人.
    pub natural_person: u64,
    /// 商业企业.
    pub commercial_enterprise: u64,
    /// 科研机构.
    pub research_institution: u64,
    /// 社会公益组织.
    pub public_welfare_organisation: u64,
    /// 法律服务机构.
    pub legal_service_organisation: u64,
    /// 其他.
    pub other_organisation: u64,
    /// 总计.
    pub total: u64,
}

impl Columns {
    /// Counts one case of this applicant type.
    pub fn add(&mut self, applicant: Applicant) {
        *self.slot(applicant) += 1;
        self.total += 1;
    }

    fn slot(&mut self, a: Applicant) -> &mut u64 {
        match a {
            Applicant::NaturalPerson => &mut self.natural_person,
            Applicant::CommercialEnterprise => &mut self.commercial_enterprise,
            Applicant::ResearchInstitution => &mut self.research_institution,
            Applicant::PublicWelfareOrganisation => &mut self.public_welfare_organisation,
            Applicant::LegalServiceOrganisation => &mut self.legal_service_organisation,
            Applicant::OtherOrganisation => &mut self.other_organisation,
        }
    }

    /// The six applicant columns, then 总计.
    pub fn values(&self) -> [u64; 7] {
        [
            self.natural_person,
            self.commercial_enterprise,
            self.research_institution,
            self.public_welfare_organisation,
            self.legal_service_organisation,
            self.other_organisation,
            self.total,
        ]
    }

    fn plus(&self, o: &Columns) -> Columns {
        Columns {
            natural_person: self.natural_person + o.natural_person,
            commercial_enterprise: self.commercial_enterprise + o.commercial_enterprise,
            research_institution: self.research_institution + o.research_institution,
            public_welfare_organisation: self.public_welfare_organisation
                + o.public_welfare_organisation,
            legal_service_organisation: self.legal_service_organisation
                + o.legal_service_organisation,
            other_organisation: self.other_organisation + o.other_organisation,
            total: self.total + o.total,
        }
    }

    fn parts_sum(&self) -> u64 {
        self.values().iter().take(6).sum()
    }
}

/// Counts of documents (rules or normative documents) for section 二, 第二十条第（一）项.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentCounts {
    /// 本年制发件数.
    pub issued: u64,
    /// 本年废止件数.
    pub repealed: u64,
    /// 现行有效件数.
    pub in_force: u64,
}

/// Section 二: proactive disclosure (given as input).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProactiveSection {
    /// 规章.
    pub rules: DocumentCounts,
    /// 行政规范性文件.
    pub normative_documents: DocumentCounts,
    /// 第（五）项 行政许可 本年处理决定数量.
    pub licensing_decisions: u64,
    /// 第（六）项 行政处罚 本年处理决定数量.
    pub penalty_decisions: u64,
    /// 第（六）项 行政强制 本年处理决定数量.
    pub coercion_decisions: u64,
    /// 第（八）项 行政事业性收费 本年收费金额, in fen (shown in 万元).
    pub fees_fen: i64,
}

/// One block of section 四: 结果维持, 结果纠正, 其他结果, 尚未审结, 总计.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewOutcomes {
    /// 结果维持.
    pub maintained: u64,
    /// 结果纠正.
    pub corrected: u64,
    /// 其他结果.
    pub other: u64,
    /// 尚未审结.
    pub pending: u64,
    /// 总计.
    pub total: u64,
}

impl ReviewOutcomes {
    fn values(&self) -> [u64; 5] {
        [
            self.maintained,
            self.corrected,
            self.other,
            self.pending,
            self.total,
        ]
    }
}

/// Section 四: administrative reconsideration and litigation (given as input).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewSection {
    /// 行政复议.
    pub reconsideration: ReviewOutcomes,
    /// 行政诉讼 — 未经复议直接起诉.
    pub litigation_direct: ReviewOutcomes,
    /// 行政诉讼 — 复议后起诉.
    pub litigation_after_reconsideration: ReviewOutcomes,
}

/// One outcome row of section 三（三）.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutcomeRow {
    /// The reply type.
    pub reply: ReplyType,
    /// The counts.
    pub counts: Columns,
}

/// Section 三: requests received and handled.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequestSection {
    /// 一、本年新收政府信息公开申请数量.
    pub received: Columns,
    /// 二、上年结转政府信息公开申请数量.
    pub carried_over: Columns,
    /// 三、本年度办理结果 (21 rows in the format's order).
    pub outcomes: Vec<OutcomeRow>,
    /// 三（七）总计.
    pub outcomes_total: Columns,
    /// 四、结转下年度继续办理.
    pub carried_forward: Columns,
}

/// What the report needs besides the case logs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportInput {
    /// The reporting office, e.g. `某市民政局`.
    pub office: String,
    /// 一、总体情况.
    #[serde(default)]
    pub overview: String,
    /// Section 二.
    #[serde(default)]
    pub proactive: ProactiveSection,
    /// Section 四.
    #[serde(default)]
    pub review: ReviewSection,
    /// 五、存在的主要问题及改进情况.
    #[serde(default)]
    pub problems: String,
    /// 六、其他需要报告的事项.
    #[serde(default)]
    pub other_matters: String,
}

/// The annual report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnnualReport {
    /// The year reported on.
    pub year: i32,
    /// The office and the narrative sections, and sections 二 and 四.
    #[serde(flatten)]
    pub input: ReportInput,
    /// Section 三.
    pub requests: RequestSection,
}

/// What a case contributes to the report: its receipt, applicant and closure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct CaseSummary {
    /// Receipt date.
    pub receipt: NaiveDate,
    /// Applicant column.
    pub applicant: Applicant,
    /// Closure date and kind.
    pub closure: Option<(NaiveDate, ClosureKind)>,
}

impl From<&RequestCase> for CaseSummary {
    fn from(c: &RequestCase) -> Self {
        CaseSummary {
            receipt: c.receipt,
            applicant: c.applicant,
            closure: c.closure,
        }
    }
}

impl RequestSection {
    /// Counts the cases for `year`: received in the year (一), carried over from before (二),
    /// closed in the year by outcome (三), still open at its end (四).
    pub fn from_cases(year: i32, cases: impl IntoIterator<Item = CaseSummary>) -> RequestSection {
        let rows = ReplyType::all();
        let mut outcomes: Vec<OutcomeRow> = rows
            .iter()
            .map(|r| OutcomeRow {
                reply: *r,
                counts: Columns::default(),
            })
            .collect();
        let mut s = RequestSection {
            received: Columns::default(),
            carried_over: Columns::default(),
            outcomes: Vec::new(),
            outcomes_total: Columns::default(),
            carried_forward: Columns::default(),
        };
        for c in cases {
            let ry = c.receipt.year();
            let closed_year = c.closure.map(|(d, _)| d.year());
            if ry > year || closed_year.is_some_and(|y| y < year) {
                continue;
            }
            if ry == year {
                s.received.add(c.applicant);
            } else {
                s.carried_over.add(c.applicant);
            }
            match c.closure {
                Some((d, kind)) if d.year() == year => {
                    let row = kind.report_row().row();
                    if let Some(r) = outcomes.get_mut(row) {
                        r.counts.add(c.applicant);
                    }
                    s.outcomes_total.add(c.applicant);
                }
                _ => s.carried_forward.add(c.applicant),
            }
        }
        s.outcomes = outcomes;
        s
    }
}

impl AnnualReport {
    /// Builds the report for `year` from the case summaries and the input, and verifies it.
    pub fn build(
        year: i32,
        input: ReportInput,
        cases: impl IntoIterator<Item = CaseSummary>,
    ) -> Result<AnnualReport, DisclosureError> {
        if input.office.trim().is_empty() {
            return Err(DisclosureError::BadReportInput {
                detail: Bilingual::new("缺少报告机关名称", "the reporting office is missing"),
            });
        }
        let report = AnnualReport {
            year,
            input,
            requests: RequestSection::from_cases(year, cases),
        };
        report.verify()?;
        Ok(report)
    }

    /// Checks every invariant of the format; lists all that fail.
    pub fn verify(&self) -> Result<(), DisclosureError> {
        let mut v = Vec::new();
        let r = &self.requests;
        let mut named: Vec<(&str, &Columns)> = vec![
            ("一", &r.received),
            ("二", &r.carried_over),
            ("三（七）", &r.outcomes_total),
            ("四", &r.carried_forward),
        ];
        named.extend(r.outcomes.iter().map(|o| (o.reply.label(), &o.counts)));
        for (name, c) in &named {
            if c.parts_sum() != c.total {
                v.push(Bilingual::new(
                    format!("{name}: 总计 {} ≠ 各列之和 {}", c.total, c.parts_sum()),
                    format!(
                        "row {name}: the total {} ≠ the sum of the columns {}",
                        c.total,
                        c.parts_sum()
                    ),
                ));
            }
        }
        let sum = r
            .outcomes
            .iter()
            .fold(Columns::default(), |acc, o| acc.plus(&o.counts));
        if sum != r.outcomes_total {
            v.push(Bilingual::new(
                "三（七）总计 ≠ 各办理结果之和",
                "the total of row 三（七） ≠ the sum of the outcome rows",
            ));
        }
        let left = r.received.plus(&r.carried_over);
        let right = r.outcomes_total.plus(&r.carried_forward);
        for (i, (a, b)) in left.values().iter().zip(right.values().iter()).enumerate() {
            if a != b {
                let col = Applicant::ALL.get(i).map(|a| a.label()).unwrap_or("总计");
                v.push(Bilingual::new(
                    format!("{col}列：一+二 = {a} ≠ 三（七）+四 = {b}"),
                    format!("column {col}: rows 一 + 二 = {a} ≠ rows 三（七） + 四 = {b}"),
                ));
            }
        }
        if r.outcomes.len() != ReplyType::all().len() {
            v.push(Bilingual::new(
                format!(
                    "办理结果应为 {} 行，实为 {} 行",
                    ReplyType::all().len(),
                    r.outcomes.len()
                ),
                format!(
                    "there should be {} outcome rows, not {}",
                    ReplyType::all().len(),
                    r.outcomes.len()
                ),
            ));
        }
        let rv = &self.input.review;
        for (name, name_en, o) in [
            (
                "行政复议",
                "administrative reconsideration",
                &rv.reconsideration,
            ),
            (
                "未经复议直接起诉",
                "litigation without reconsideration",
                &rv.litigation_direct,
            ),
            (
                "复议后起诉",
                "litigation after reconsideration",
                &rv.litigation_after_reconsideration,
            ),
        ] {
            if o.maintained + o.corrected + o.other + o.pending != o.total {
                v.push(Bilingual::new(
                    format!("{name}：总计 {} ≠ 各项之和", o.total),
                    format!("{name_en}: the total {} ≠ the sum of its parts", o.total),
                ));
            }
        }
        if self.input.proactive.fees_fen < 0 {
            v.push(Bilingual::new("收费金额为负", "the fees are negative"));
        }
        if v.is_empty() {
            Ok(())
        } else {
            Err(DisclosureError::ReportDoesNotAddUp { violations: v })
        }
    }

    #[cfg(feature = "render")]
    fn title(&self) -> String {
        format!(
            "{}{}年政府信息公开工作年度报告",
            self.input.office, self.year
        )
    }

    /// Section 三's rows as (label, indent level, counts), in the format's order, with the
    /// group headings (which carry no numbers in the format) as `None`.
    fn request_rows(&self) -> Vec<(String, Option<Columns>)> {
        let r = &self.requests;
        let mut rows = vec![
            (
                "一、本年新收政府信息公开申请数量".to_owned(),
                Some(r.received),
            ),
            (
                "二、上年结转政府信息公开申请数量".to_owned(),
                Some(r.carried_over),
            ),
            ("三、本年度办理结果".to_owned(), None),
        ];
        let mut group = "";
        let mut n = 0;
        for o in &r.outcomes {
            let g = o.reply.group();
            if o.reply.label().is_empty() {
                rows.push((g.to_owned(), Some(o.counts)));
                continue;
            }
            if g != group {
                rows.push((g.to_owned(), None));
                group = g;
                n = 0;
            }
            n += 1;
            rows.push((format!("{n}. {}", o.reply.label()), Some(o.counts)));
        }
        rows.push(("（七）总计".to_owned(), Some(r.outcomes_total)));
        rows.push(("四、结转下年度继续办理".to_owned(), Some(r.carried_forward)));
        rows
    }

    /// The report as Markdown.
    #[cfg(feature = "render")]
    pub fn to_markdown(&self) -> String {
        let mut s = String::new();
        let i = &self.input;
        let p = &i.proactive;
        let _ = writeln!(s, "# {}\n", self.title());
        let _ = writeln!(s, "## 一、总体情况\n\n{}\n", or_none(&i.overview));
        let _ = writeln!(s, "## 二、主动公开政府信息情况\n");
        let _ = writeln!(s, "| 第二十条第（一）项 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n|---|---|---|---|");
        for (n, d) in [("规章", p.rules), ("行政规范性文件", p.normative_documents)] {
            let _ = writeln!(
                s,
                "| {n} | {} | {} | {} |",
                d.issued, d.repealed, d.in_force
            );
        }
        let _ = writeln!(
            s,
            "\n| 第二十条第（五）项 | 本年处理决定数量 |\n|---|---|\n| 行政许可 | {} |",
            p.licensing_decisions
        );
        let _ = writeln!(s, "\n| 第二十条第（六）项 | 本年处理决定数量 |\n|---|---|\n| 行政处罚 | {} |\n| 行政强制 | {} |", p.penalty_decisions, p.coercion_decisions);
        let _ = writeln!(s, "\n| 第二十条第（八）项 | 本年收费金额（单位：万元） |\n|---|---|\n| 行政事业性收费 | {} |\n", wan_yuan(p.fees_fen));
        let _ = writeln!(s, "## 三、收到和处理政府信息公开申请情况\n");
        let _ = writeln!(
            s,
            "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\n"
        );
        let _ = writeln!(s, "| 申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |\n|---|---|---|---|---|---|---|---|");
        for (label, c) in self.request_rows() {
            match c {
                Some(c) => {
                    let vals: Vec<String> = c.values().iter().map(|v| v.to_string()).collect();
                    let _ = writeln!(s, "| {label} | {} |", vals.join(" | "));
                }
                None => {
                    let _ = writeln!(s, "| {label} | | | | | | | |");
                }
            }
        }
        let _ = writeln!(s, "\n## 四、政府信息公开行政复议、行政诉讼情况\n");
        let _ = writeln!(
            s,
            "| 行政复议 ||||| 行政诉讼：未经复议直接起诉 ||||| 行政诉讼：复议后起诉 |||||"
        );
        let _ = writeln!(s, "|{}", "---|".repeat(15));
        let heads = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];
        let _ = writeln!(s, "| {} |", [heads, heads, heads].concat().join(" | "));
        let rv = &i.review;
        let vals: Vec<String> = [
            rv.reconsideration,
            rv.litigation_direct,
            rv.litigation_after_reconsideration,
        ]
        .iter()
        .flat_map(|o| o.values())
        .map(|v| v.to_string())
        .collect();
        let _ = writeln!(s, "| {} |", vals.join(" | "));
        let _ = writeln!(
            s,
            "\n## 五、存在的主要问题及改进情况\n\n{}\n",
            or_none(&i.problems)
        );
        let _ = writeln!(
            s,
            "## 六、其他需要报告的事项\n\n{}",
            or_none(&i.other_matters)
        );
        s
    }

    /// The report's tables as CSV (sections 二, 三 and 四, separated by blank lines).
    pub fn to_csv(&self) -> String {
        let mut s = String::new();
        let p = &self.input.proactive;
        let line = |s: &mut String, cells: &[String]| {
            let row: Vec<String> = cells.iter().map(|c| csv_cell(c).into_owned()).collect();
            let _ = writeln!(s, "{}", row.join(","));
        };
        let v = |x: u64| x.to_string();
        line(
            &mut s,
            &[
                "二、主动公开".into(),
                "信息内容".into(),
                "本年制发件数".into(),
                "本年废止件数".into(),
                "现行有效件数".into(),
            ],
        );
        for (n, d) in [("规章", p.rules), ("行政规范性文件", p.normative_documents)] {
            line(
                &mut s,
                &[
                    "第二十条第（一）项".into(),
                    n.into(),
                    v(d.issued),
                    v(d.repealed),
                    v(d.in_force),
                ],
            );
        }
        line(
            &mut s,
            &[
                "第二十条第（五）项".into(),
                "行政许可".into(),
                v(p.licensing_decisions),
            ],
        );
        line(
            &mut s,
            &[
                "第二十条第（六）项".into(),
                "行政处罚".into(),
                v(p.penalty_decisions),
            ],
        );
        line(
            &mut s,
            &[
                "第二十条第（六）项".into(),
                "行政强制".into(),
                v(p.coercion_decisions),
            ],
        );
        line(
            &mut s,
            &[
                "第二十条第（八）项".into(),
                "行政事业性收费（万元）".into(),
                wan_yuan(p.fees_fen),
            ],
        );
        s.push('\n');
        let mut head = vec!["三、申请情况".to_owned()];
        head.extend(Applicant::ALL.iter().map(|a| a.label().to_owned()));
        head.push("总计".into());
        line(&mut s, &head);
        for (label, c) in self.request_rows() {
            let mut row = vec![label];
            if let Some(c) = c {
                row.extend(c.values().iter().map(|x| x.to_string()));
            }
            line(&mut s, &row);
        }
        s.push('\n');
        line(
            &mut s,
            &[
                "四、复议诉讼".into(),
                "结果维持".into(),
                "结果纠正".into(),
                "其他结果".into(),
                "尚未审结".into(),
                "总计".into(),
            ],
        );
        let rv = &self.input.review;
        for (n, o) in [
            ("行政复议", rv.reconsideration),
            ("行政诉讼：未经复议直接起诉", rv.litigation_direct),
            ("行政诉讼：复议后起诉", rv.litigation_after_reconsideration),
        ] {
            let mut row = vec![n.to_owned()];
            row.extend(o.values().iter().map(|x| x.to_string()));
            line(&mut s, &row);
        }
        s
    }

    /// A printable HTML page laid out like the published reports.
    #[cfg(feature = "render")]
    pub fn to_html(&self) -> String {
        let i = &self.input;
        let p = &i.proactive;
        let mut s = String::new();
        let _ = write!(
            s,
            "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>{t}</title>\n<style>\n\
             body {{ font-family: \"FangSong\", \"仿宋\", \"Noto Serif CJK SC\", \"Songti SC\", serif; max-width: 210mm; margin: 0 auto; padding: 18mm 16mm; color: #000; font-size: 15px; line-height: 1.7; }}\n\
             h1 {{ font-family: \"SimHei\", \"黑体\", \"Noto Sans CJK SC\", sans-serif; text-align: center; font-size: 22px; font-weight: normal; margin-bottom: 24px; }}\n\
             h2 {{ font-family: \"SimHei\", \"黑体\", \"Noto Sans CJK SC\", sans-serif; font-size: 16px; font-weight: normal; margin: 22px 0 10px; }}\n\
             p {{ text-indent: 2em; margin: 0 0 8px; }}\n\
             table {{ border-collapse: collapse; width: 100%; margin: 8px 0 16px; font-size: 13px; page-break-inside: avoid; }}\n\
             th, td {{ border: 1px solid #000; padding: 4px 4px; text-align: center; vertical-align: middle; }}\n\
             td.label {{ text-align: left; }}\n td.l1 {{ padding-left: 1.5em; }}\n td.l2 {{ padding-left: 3em; }}\n\
             caption {{ caption-side: top; text-align: left; font-size: 13px; padding-bottom: 4px; }}\n\
             @media print {{ body {{ padding: 0; }} @page {{ size: A4; margin: 20mm 16mm; }} }}\n\
             </style>\n</head>\n<body>\n<h1>{t}</h1>\n",
            t = esc(&self.title())
        );
        let _ = write!(s, "<h2>一、总体情况</h2>\n{}", paragraphs(&i.overview));
        let _ = write!(s, "<h2>二、主动公开政府信息情况</h2>\n<table>\n<tr><th colspan=\"4\">第二十条第（一）项</th></tr>\n<tr><th>信息内容</th><th>本年制发件数</th><th>本年废止件数</th><th>现行有效件数</th></tr>\n");
        for (n, d) in [("规章", p.rules), ("行政规范性文件", p.normative_documents)] {
            let _ = writeln!(
                s,
                "<tr><td>{n}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                d.issued, d.repealed, d.in_force
            );
        }
        let _ = write!(s, "<tr><th colspan=\"4\">第二十条第（五）项</th></tr>\n<tr><th>信息内容</th><th colspan=\"3\">本年处理决定数量</th></tr>\n<tr><td>行政许可</td><td colspan=\"3\">{}</td></tr>\n", p.licensing_decisions);
        let _ = write!(s, "<tr><th colspan=\"4\">第二十条第（六）项</th></tr>\n<tr><th>信息内容</th><th colspan=\"3\">本年处理决定数量</th></tr>\n<tr><td>行政处罚</td><td colspan=\"3\">{}</td></tr>\n<tr><td>行政强制</td><td colspan=\"3\">{}</td></tr>\n", p.penalty_decisions, p.coercion_decisions);
        let _ = write!(s, "<tr><th colspan=\"4\">第二十条第（八）项</th></tr>\n<tr><th>信息内容</th><th colspan=\"3\">本年收费金额（单位：万元）</th></tr>\n<tr><td>行政事业性收费</td><td colspan=\"3\">{}</td></tr>\n</table>\n", wan_yuan(p.fees_fen));
        let _ = write!(s, "<h2>三、收到和处理政府信息公开申请情况</h2>\n<table>\n<colgroup><col style=\"width:12%\"><col style=\"width:12%\"><col style=\"width:12%\"><col span=\"7\" style=\"width:9%\"></colgroup>\n<tr><th colspan=\"3\" rowspan=\"3\">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</th><th colspan=\"7\">申请人情况</th></tr>\n<tr><th rowspan=\"2\">自然人</th><th colspan=\"5\">法人或其他组织</th><th rowspan=\"2\">总计</th></tr>\n<tr><th>商业企业</th><th>科研机构</th><th>社会公益组织</th><th>法律服务机构</th><th>其他</th></tr>\n");
        for (label, c) in self.request_rows() {
            let level = if label.starts_with('（') {
                "l1"
            } else if label.chars().next().is_some_and(|c| c.is_ascii_digit()) {
                "l2"
            } else {
                ""
            };
            match c {
                Some(c) => {
                    let cells: String =
                        c.values().iter().map(|v| format!("<td>{v}</td>")).collect();
                    let _ = writeln!(
                        s,
                        "<tr><td class=\"label {level}\" colspan=\"3\">{}</td>{cells}</tr>",
                        esc(&label)
                    );
                }
                None => {
                    let _ = writeln!(
                        s,
                        "<tr><td class=\"label {level}\" colspan=\"10\">{}</td></tr>",
                        esc(&label)
                    );
                }
            }
        }
        let _ = write!(s, "</table>\n<h2>四、政府信息公开行政复议、行政诉讼情况</h2>\n<table>\n<tr><th colspan=\"5\" rowspan=\"2\">行政复议</th><th colspan=\"10\">行政诉讼</th></tr>\n<tr><th colspan=\"5\">未经复议直接起诉</th><th colspan=\"5\">复议后起诉</th></tr>\n<tr>");
        for _ in 0..3 {
            for h in ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] {
                let _ = write!(s, "<th>{h}</th>");
            }
        }
        let _ = write!(s, "</tr>\n<tr>");
        let rv = &i.review;
        for o in [
            rv.reconsideration,
            rv.litigation_direct,
            rv.litigation_after_reconsideration,
        ] {
            for v in o.values() {
                let _ = write!(s, "<td>{v}</td>");
            }
        }
        let _ = write!(s, "</tr>\n</table>\n<h2>五、存在的主要问题及改进情况</h2>\n{}<h2>六、其他需要报告的事项</h2>\n{}</body>\n</html>\n", paragraphs(&i.problems), paragraphs(&i.other_matters));
        s
    }
}

#[cfg(feature = "render")]
fn or_none(text: &str) -> &str {
    if text.trim().is_empty() {
        "无。"
    } else {
        text
    }
}

#[cfg(feature = "render")]
fn paragraphs(text: &str) -> String {
    or_none(text)
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| format!("<p>{}</p>\n", esc(l.trim())))
        .collect()
}

#[cfg(feature = "render")]
use crate::text::escape_html as esc;

fn csv_cell(s: &str) -> std::borrow::Cow<'_, str> {
    crate::text::csv_field(s)
}

pub use crate::money::wan_yuan;
