//! `minzheng id check VALUE`: validate a resident identity number or a unified social credit
//! code. Exit 0 if valid, 1 if not; `--json` prints the decoded fields.

use crate::io::{parse_date, print_json};
use crate::{Env, Failure};
use clap::{Subcommand, ValueEnum};
use minzheng::id::{CreditCode, IdError, ResidentId};
use serde_json::json;

#[derive(Subcommand, Debug)]
pub enum IdCommand {
    /// Check a number: exit 0 if valid, 1 if not (a wrong check character is reported apart
    /// from a malformed number).
    Check {
        /// The number.
        value: String,
        /// What it is (default: guessed from its shape).
        #[arg(long, value_enum)]
        kind: Option<Kind>,
        /// Also give the age on this date (resident numbers).
        #[arg(long, value_name = "DATE")]
        date: Option<String>,
    },
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// 公民身份号码 (GB 11643).
    Resident,
    /// 统一社会信用代码 (GB 32100).
    Credit,
}

/// 15 digits, or 18 characters whose first 14 are digits with a birth date in 7–14: a resident
/// number (so a typo after the birth date is still reported against the right standard);
/// anything else: a credit code. `--kind` overrides the guess.
fn guess(value: &str) -> Kind {
    let t = value.trim();
    let digits = |n: usize| t.len() >= n && t.bytes().take(n).all(|b| b.is_ascii_digit());
    let birth = t
        .get(6..14)
        .and_then(|b| chrono::NaiveDate::parse_from_str(b, "%Y%m%d").ok())
        .is_some();
    if (t.len() == 15 && digits(15)) || (t.len() == 18 && digits(14) && birth) {
        Kind::Resident
    } else {
        Kind::Credit
    }
}

fn failure(kind: Kind, e: &IdError) -> Failure {
    let what = match kind {
        Kind::Resident => "公民身份号码 / resident identity number",
        Kind::Credit => "统一社会信用代码 / unified social credit code",
    };
    Failure::new(e.code(), format!("{what}: {e}"))
}

pub fn run(env: &Env, cmd: IdCommand) -> Result<(), Failure> {
    let IdCommand::Check { value, kind, date } = cmd;
    let kind = kind.unwrap_or_else(|| guess(&value));
    let date = date.as_deref().map(parse_date).transpose()?;
    match kind {
        Kind::Resident => {
            let id = ResidentId::parse(&value).map_err(|e| failure(kind, &e))?;
            let age = match date {
                Some(d) => Some(id.age_on(d).map_err(|e| failure(kind, &e))?),
                None => None,
            };
            if env.global.json {
                return print_json(&json!({
                    "kind": "resident", "valid": true, "number": id.number(), "masked": id.masked(),
                    "division_code": id.division_code(), "birth_date": id.birth_date(),
                    "sex": id.sex(), "age": age, "converted_from_15": id.converted_from_15(),
                }));
            }
            println!(
                "有效的公民身份号码 / valid resident identity number: {}",
                id.masked()
            );
            println!("  地址码 / division code: {}", id.division_code());
            println!("  出生日期 / birth date: {}", id.birth_date());
            println!("  性别 / sex: {} / {:?}", id.sex().as_zh(), id.sex());
            if let (Some(a), Some(d)) = (age, date) {
                println!("  {d} 周岁 / age on {d}: {a}");
            }
            if id.converted_from_15() {
                println!(
                    "  由 15 位旧号码升位 / converted from 15 digits: {}",
                    id.number()
                );
            }
        }
        Kind::Credit => {
            let c = CreditCode::parse(&value).map_err(|e| failure(kind, &e))?;
            if env.global.json {
                return print_json(&json!({
                    "kind": "credit", "valid": true, "code": c.code(),
                    "department": c.department().to_string(), "department_name": c.department_name(),
                    "category": c.category().to_string(), "category_name": c.category_name(),
                    "division_code": c.division_code(), "organisation_code": c.organisation_code(),
                    "civil_affairs": c.is_civil_affairs(),
                }));
            }
            println!(
                "有效的统一社会信用代码 / valid unified social credit code: {}",
                c.code()
            );
            println!(
                "  登记管理部门 / department: {} {}",
                c.department(),
                c.department_name().unwrap_or("?")
            );
            println!(
                "  机构类别 / category: {} {}",
                c.category(),
                c.category_name().unwrap_or("")
            );
            println!("  登记管理机关行政区划 / division: {}", c.division_code());
            println!(
                "  主体标识码 / organisation code: {}",
                c.organisation_code()
            );
        }
    }
    Ok(())
}
