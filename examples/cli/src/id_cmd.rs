//! `minzheng id check VALUE`: validate a resident identity number or a unified social credit
//! code. Exit 0 if valid, 1 if not; `--json` prints the decoded fields.

use crate::io::{parse_date, print_json};
use crate::{Env, Failure};
use clap::{Subcommand, ValueEnum};
use minzheng::id::{classify, CreditCode, IdError, IdKind, Identifier, ResidentId};
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

fn failure(kind: IdKind, e: &IdError) -> Failure {
    Failure::new(e.code(), format!("{} / {}: {e}", kind.zh(), kind.en()))
}

pub fn run(env: &Env, cmd: IdCommand) -> Result<(), Failure> {
    let IdCommand::Check { value, kind, date } = cmd;
    // The kind given, or the library's one decision from the shape.
    let (kind, parsed) = match kind {
        Some(Kind::Resident) => (
            IdKind::Resident,
            ResidentId::parse(&value).map(Identifier::Resident),
        ),
        Some(Kind::Credit) => (
            IdKind::Credit,
            CreditCode::parse(&value).map(Identifier::Credit),
        ),
        None => {
            let c = classify(&value);
            (c.kind, c.result)
        }
    };
    let date = date.as_deref().map(parse_date).transpose()?;
    match parsed.map_err(|e| failure(kind, &e))? {
        Identifier::Resident(id) => {
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
        Identifier::Credit(c) => {
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
        _ => {
            return Err(Failure::new(
                "unsupported_identifier",
                "不支持的证件类型 / unsupported kind of identifier",
            ))
        }
    }
    Ok(())
}
