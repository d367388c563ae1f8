//! Departmental records (部门核对数据): one fact about one person, keyed by the resident
//! identity number, as another department returns it to the civil-affairs checking platform
//! (最低生活保障审核确认办法 第十七条: 户籍、纳税记录、社会保险缴纳、不动产登记、市场主体登记、
//! 住房公积金缴纳、车船登记、银行存款……).
//!
//! Two line formats, one file per department, read by the caller and parsed here:
//! JSON Lines (`{"id_number": "…", "kind": "vehicle", "value_fen": 8000000}`) and CSV with a
//! header naming the columns (`id_number,kind,value_fen,monthly_fen,area_m2,detail,grade`; any
//! order, unknown columns ignored, unused cells empty).

use super::error::RecordError;
use crate::eligibility::DisabilityCategory;
use serde::{Deserialize, Serialize};

/// The department a fact comes from (数据来源部门).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Department {
    /// 公安交管 — 车船登记.
    Vehicles,
    /// 自然资源 — 不动产登记.
    RealEstate,
    /// 市场监管 — 市场主体登记.
    MarketRegistration,
    /// 编办、财政 — 财政供养人员.
    PublicPayroll,
    /// 住房公积金管理中心 — 住房公积金缴纳.
    ProvidentFund,
    /// 人力资源社会保障 — 社会保险（养老金）.
    SocialInsurance,
    /// 税务 — 纳税记录（工资薪金所得）.
    Tax,
    /// 银行等金融机构 — 存款.
    Banking,
    /// 残联 — 残疾人证.
    DisabledPersonsFederation,
}

impl Department {
    /// The Chinese name.
    pub fn as_zh(self) -> &'static str {
        match self {
            Department::Vehicles => "车船登记",
            Department::RealEstate => "不动产登记",
            Department::MarketRegistration => "市场主体登记",
            Department::PublicPayroll => "财政供养人员",
            Department::ProvidentFund => "住房公积金",
            Department::SocialInsurance => "社会保险",
            Department::Tax => "纳税记录",
            Department::Banking => "银行存款",
            Department::DisabledPersonsFederation => "残疾人证",
        }
    }

    /// The stable English id.
    pub fn as_str(self) -> &'static str {
        match self {
            Department::Vehicles => "vehicles",
            Department::RealEstate => "real_estate",
            Department::MarketRegistration => "market_registration",
            Department::PublicPayroll => "public_payroll",
            Department::ProvidentFund => "provident_fund",
            Department::SocialInsurance => "social_insurance",
            Department::Tax => "tax",
            Department::Banking => "banking",
            Department::DisabledPersonsFederation => "disabled_persons_federation",
        }
    }

    /// Every department, in a fixed order (for summaries).
    pub const ALL: [Department; 9] = [
        Department::Vehicles,
        Department::RealEstate,
        Department::MarketRegistration,
        Department::PublicPayroll,
        Department::ProvidentFund,
        Department::SocialInsurance,
        Department::Tax,
        Department::Banking,
        Department::DisabledPersonsFederation,
    ];
}

/// A person's role in a registered business (市场主体登记).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum CompanyRole {
    /// 法定代表人.
    LegalRepresentative,
    /// 股东、出资人.
    Shareholder,
    /// 董事、监事、高级管理人员.
    Executive,
    /// 个体工商户经营者.
    SoleProprietor,
}

/// The pension scheme (养老保险险种).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum PensionScheme {
    /// 城镇职工基本养老保险 / 机关事业单位养老保险: retirement pay (离退休金), counted as transfer
    /// income (第十三条第一款第（四）项).
    Employee,
    /// 城乡居民基本养老保险: the basic amount, treated by the engine as `basic_pension_base`.
    Resident,
}

/// One typed fact from a department.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum RecordFact {
    /// A registered vehicle and its assessed value (车辆及其价值).
    Vehicle {
        /// Value in fen.
        value_fen: i64,
    },
    /// A registered property (不动产) and its floor area.
    Property {
        /// Floor area in whole square metres.
        area_m2: u32,
    },
    /// A role in a registered business and its registered capital.
    CompanyRole {
        /// The role.
        role: CompanyRole,
        /// 注册资本, fen.
        registered_capital_fen: i64,
    },
    /// A post paid from public funds (公职人员、财政供养人员).
    PublicPost,
    /// A housing provident-fund account.
    ProvidentFund {
        /// Balance, fen (not freely withdrawable; see DESIGN.md).
        balance_fen: i64,
        /// Monthly contribution (employer and employee), fen: a sign of employment.
        monthly_contribution_fen: i64,
    },
    /// A pension paid monthly.
    Pension {
        /// The scheme.
        scheme: PensionScheme,
        /// Monthly amount, fen.
        monthly_fen: i64,
    },
    /// Wages from tax records (工资薪金所得), monthly average.
    Wages {
        /// Monthly amount, fen.
        monthly_fen: i64,
    },
    /// A bank deposit balance.
    Deposits {
        /// Balance, fen.
        balance_fen: i64,
    },
    /// A disability certificate (残疾人证).
    Disability {
        /// Category.
        category: DisabilityCategory,
        /// Grade 1–4.
        grade: u8,
    },
}

impl RecordFact {
    /// The department that holds this kind of fact.
    pub fn department(&self) -> Department {
        match self {
            RecordFact::Vehicle { .. } => Department::Vehicles,
            RecordFact::Property { .. } => Department::RealEstate,
            RecordFact::CompanyRole { .. } => Department::MarketRegistration,
            RecordFact::PublicPost => Department::PublicPayroll,
            RecordFact::ProvidentFund { .. } => Department::ProvidentFund,
            RecordFact::Pension { .. } => Department::SocialInsurance,
            RecordFact::Wages { .. } => Department::Tax,
            RecordFact::Deposits { .. } => Department::Banking,
            RecordFact::Disability { .. } => Department::DisabledPersonsFederation,
        }
    }

    /// A total order on facts (department, then values) so that results never depend on the
    /// order in which records were read.
    pub fn sort_key(&self) -> (Department, i64, i64) {
        let (a, b) = match *self {
            RecordFact::Vehicle { value_fen } => (value_fen, 0),
            RecordFact::Property { area_m2 } => (i64::from(area_m2), 0),
            RecordFact::CompanyRole {
                role,
                registered_capital_fen,
            } => (role as i64, registered_capital_fen),
            RecordFact::PublicPost => (0, 0),
            RecordFact::ProvidentFund {
                balance_fen,
                monthly_contribution_fen,
            } => (balance_fen, monthly_contribution_fen),
            RecordFact::Pension {
                scheme,
                monthly_fen,
            } => (scheme as i64, monthly_fen),
            RecordFact::Wages { monthly_fen } => (monthly_fen, 0),
            RecordFact::Deposits { balance_fen } => (balance_fen, 0),
            RecordFact::Disability { category, grade } => (category as i64, i64::from(grade)),
        };
        (self.department(), a, b)
    }

    fn check(self) -> Result<RecordFact, RecordError> {
        let neg = |field: &'static str, v: i64| {
            if v < 0 {
                Err(RecordError::Negative { field })
            } else {
                Ok(())
            }
        };
        match self {
            RecordFact::Vehicle { value_fen } => neg("value_fen", value_fen)?,
            RecordFact::CompanyRole {
                registered_capital_fen,
                ..
            } => neg("value_fen", registered_capital_fen)?,
            RecordFact::ProvidentFund {
                balance_fen,
                monthly_contribution_fen,
            } => {
                neg("value_fen", balance_fen)?;
                neg("monthly_fen", monthly_contribution_fen)?;
            }
            RecordFact::Pension { monthly_fen, .. } | RecordFact::Wages { monthly_fen } => {
                neg("monthly_fen", monthly_fen)?
            }
            RecordFact::Deposits { balance_fen } => neg("value_fen", balance_fen)?,
            RecordFact::Disability { grade, .. } if !(1..=4).contains(&grade) => {
                return Err(RecordError::BadValue {
                    field: "grade",
                    text: grade.to_string(),
                })
            }
            _ => {}
        }
        Ok(self)
    }
}

/// One record as a department returns it: an identity number (not yet checked) and a fact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    /// The resident identity number as written in the department's file.
    pub id_number: String,
    /// The fact.
    #[serde(flatten)]
    pub fact: RecordFact,
}

impl Record {
    /// Parses one JSON Lines record.
    ///
    /// ```
    /// use minzheng::crosscheck::{RecordFact, Record};
    /// let r = Record::from_json_line(r#"{"id_number": "11010519491231002X", "kind": "vehicle", "value_fen": 8000000}"#)?;
    /// assert_eq!(r.fact, RecordFact::Vehicle { value_fen: 8_000_000 });
    /// # Ok::<(), minzheng::crosscheck::RecordError>(())
    /// ```
    pub fn from_json_line(line: &str) -> Result<Record, RecordError> {
        let r: Record = crate::json::from_str(line).map_err(|e| RecordError::Json {
            message: e.to_string(),
        })?;
        Ok(Record {
            id_number: r.id_number,
            fact: r.fact.check()?,
        })
    }
}

/// The columns of a departmental CSV file, found by name in its header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RecordColumns {
    id_number: usize,
    kind: usize,
    value_fen: Option<usize>,
    monthly_fen: Option<usize>,
    area_m2: Option<usize>,
    detail: Option<usize>,
    grade: Option<usize>,
}

impl RecordColumns {
    /// Reads the header cells; `id_number` and `kind` are required.
    ///
    /// ```
    /// use minzheng::crosscheck::{RecordFact, RecordColumns};
    /// let cols = RecordColumns::from_header(&["id_number", "kind", "monthly_fen", "detail"])?;
    /// let (id, fact) = cols.parse(&["11010519491231002X", "pension", "250000", "employee"])?;
    /// assert_eq!(id, "11010519491231002X");
    /// assert!(matches!(fact, RecordFact::Pension { monthly_fen: 250_000, .. }));
    /// # Ok::<(), minzheng::crosscheck::RecordError>(())
    /// ```
    pub fn from_header(cells: &[&str]) -> Result<RecordColumns, RecordError> {
        let find = |n: &str| {
            cells
                .iter()
                .position(|c| c.trim().trim_start_matches('\u{feff}') == n)
        };
        let id_number = find("id_number").ok_or(RecordError::MissingColumn {
            column: "id_number",
        })?;
        let kind = find("kind").ok_or(RecordError::MissingColumn { column: "kind" })?;
        Ok(RecordColumns {
            id_number,
            kind,
            value_fen: find("value_fen"),
            monthly_fen: find("monthly_fen"),
            area_m2: find("area_m2"),
            detail: find("detail"),
            grade: find("grade"),
        })
    }

    /// Parses one row's cells into the identity number (unchecked) and the fact.
    pub fn parse<'a>(&self, cells: &[&'a str]) -> Result<(&'a str, RecordFact), RecordError> {
        let cell = |i: Option<usize>| -> &'a str {
            i.and_then(|i| cells.get(i)).map_or("", |s| s.trim_ascii())
        };
        let num = |field: &'static str, i: Option<usize>| -> Result<i64, RecordError> {
            let t = cell(i);
            if t.is_empty() {
                return Err(RecordError::MissingValue { field });
            }
            t.parse::<i64>().map_err(|_| RecordError::BadValue {
                field,
                text: t.to_owned(),
            })
        };
        let id = cell(Some(self.id_number));
        let kind = cell(Some(self.kind));
        let detail = cell(self.detail);
        let bad_detail = || RecordError::BadValue {
            field: "detail",
            text: detail.to_owned(),
        };
        let fact = match kind {
            "vehicle" => RecordFact::Vehicle {
                value_fen: num("value_fen", self.value_fen)?,
            },
            "property" => RecordFact::Property {
                area_m2: u32::try_from(num("area_m2", self.area_m2)?).map_err(|_| {
                    RecordError::BadValue {
                        field: "area_m2",
                        text: cell(self.area_m2).to_owned(),
                    }
                })?,
            },
            "company_role" => RecordFact::CompanyRole {
                role: match detail {
                    "legal_representative" => CompanyRole::LegalRepresentative,
                    "shareholder" => CompanyRole::Shareholder,
                    "executive" => CompanyRole::Executive,
                    "sole_proprietor" => CompanyRole::SoleProprietor,
                    _ => return Err(bad_detail()),
                },
                registered_capital_fen: num("value_fen", self.value_fen)?,
            },
            "public_post" => RecordFact::PublicPost,
            "provident_fund" => RecordFact::ProvidentFund {
                balance_fen: num("value_fen", self.value_fen)?,
                monthly_contribution_fen: num("monthly_fen", self.monthly_fen)?,
            },
            "pension" => RecordFact::Pension {
                scheme: match detail {
                    "employee" => PensionScheme::Employee,
                    "resident" => PensionScheme::Resident,
                    _ => return Err(bad_detail()),
                },
                monthly_fen: num("monthly_fen", self.monthly_fen)?,
            },
            "wages" => RecordFact::Wages {
                monthly_fen: num("monthly_fen", self.monthly_fen)?,
            },
            "deposits" => RecordFact::Deposits {
                balance_fen: num("value_fen", self.value_fen)?,
            },
            "disability" => RecordFact::Disability {
                category: match detail {
                    "visual" => DisabilityCategory::Visual,
                    "hearing" => DisabilityCategory::Hearing,
                    "speech" => DisabilityCategory::Speech,
                    "physical" => DisabilityCategory::Physical,
                    "intellectual" => DisabilityCategory::Intellectual,
                    "mental" => DisabilityCategory::Mental,
                    "multiple" => DisabilityCategory::Multiple,
                    _ => return Err(bad_detail()),
                },
                grade: u8::try_from(num("grade", self.grade)?).map_err(|_| {
                    RecordError::BadValue {
                        field: "grade",
                        text: cell(self.grade).to_owned(),
                    }
                })?,
            },
            other => {
                return Err(RecordError::UnknownKind {
                    kind: other.to_owned(),
                })
            }
        };
        Ok((id, fact.check()?))
    }
}
