//! `minzheng power …`: check, count, draw and publish a power list (权责清单).

use crate::io::{print_json, read_file};
use crate::{Env, Failure};
use clap::{Subcommand, ValueEnum};
use minzheng::power::{self, PowerList, Severity, Stats};
use std::path::{Path, PathBuf};

/// Power-list commands.
#[derive(Subcommand, Debug)]
pub enum PowerCommand {
    /// Check every item against every rule; exit 1 if any finding is an error.
    Check {
        /// The list (JSON, or TOML if the name ends in .toml).
        file: PathBuf,
    },
    /// Counts by category and handling type.
    Stats {
        /// The list.
        file: PathBuf,
    },
    /// An item's process flowchart (权力运行流程图).
    Flowchart {
        /// The list.
        file: PathBuf,
        /// The item's code (or a sub-item's).
        #[arg(long)]
        item: String,
        /// Output format.
        #[arg(long, value_enum, default_value = "svg")]
        format: ChartFormat,
    },
    /// An item's public sheet (八公开 plus the flowchart).
    Publish {
        /// The list.
        file: PathBuf,
        /// The item's code.
        #[arg(long)]
        item: String,
        /// Output format.
        #[arg(long, value_enum, default_value = "md")]
        format: SheetFormat,
    },
    /// The rules the checker applies, with their legal bases.
    Rules,
    /// Import a published table (CSV in UTF-8 or GB18030, or .xlsx): a power or responsibility
    /// list, a service guide or a process table. The list goes to --out (or stdout); what was
    /// not understood, what each item lacks and the check findings go to stderr.
    Import {
        /// The table (.csv, .xlsx).
        file: PathBuf,
        /// The table's layout.
        #[arg(long, value_enum, default_value = "auto")]
        layout: crate::tables_cmd::LayoutArg,
        /// The CSV encoding.
        #[arg(long, value_enum, default_value = "auto")]
        encoding: crate::tables_io::Encoding,
        /// The sheet of a workbook to read (its name or 1-based number). Without it every
        /// sheet holding a table is read and their items make one list.
        #[arg(long, value_name = "NAME|N")]
        sheet: Option<String>,
        /// The publishing office (default: the first item's implementing body).
        #[arg(long)]
        authority: Option<String>,
        /// For a process table: the list (JSON or TOML) whose item gets the process; the whole
        /// list is then written and checked.
        #[arg(long, value_name = "LIST", requires = "item")]
        into: Option<PathBuf>,
        /// For a process table with --into: the item's code.
        #[arg(long, value_name = "CODE", requires = "into")]
        item: Option<String>,
        /// Write the list (JSON) here instead of stdout.
        #[arg(long, value_name = "FILE.json")]
        out: Option<PathBuf>,
    },
    /// Export a list as a table: in a published layout (--layout set1…set5, guide, process,
    /// canonical), in the layout of a bureau's own table (--layout same --like TABLE), or as
    /// public pages (html without --layout). CSV and HTML go to stdout without --out.
    Export {
        /// The list (JSON or TOML), or a table (.csv, .xlsx) read with `import` first.
        file: PathBuf,
        /// Output format.
        #[arg(long, value_enum)]
        format: crate::tables_cmd::ExportFormat,
        /// The layout: canonical (default), set1, set2, set3, set4, set5, guide, process, or
        /// `same` (the layout of --like, or of FILE when it is a table).
        #[arg(long, value_name = "NAME|same")]
        layout: Option<String>,
        /// The table whose layout `--layout same` reproduces.
        #[arg(long, value_name = "TABLE")]
        like: Option<PathBuf>,
        /// Export only this item (a service guide or process table holds one).
        #[arg(long, value_name = "CODE")]
        item: Option<String>,
        /// The sheet of workbooks read (name or 1-based number; default: every sheet).
        #[arg(long, value_name = "NAME|N")]
        sheet: Option<String>,
        /// CSV encoding (utf-8 with BOM, or gb18030).
        #[arg(long, value_enum, default_value = "utf-8")]
        encoding: crate::tables_io::Encoding,
        /// Output file (a directory for public pages).
        #[arg(long)]
        out: Option<PathBuf>,
    },
}

/// Flowchart formats.
#[derive(ValueEnum, Debug, Clone, Copy)]
pub enum ChartFormat {
    /// Mermaid `flowchart TD`.
    Mermaid,
    /// Graphviz DOT.
    Dot,
    /// Standalone SVG.
    Svg,
}

/// Public-sheet formats.
#[derive(ValueEnum, Debug, Clone, Copy)]
pub enum SheetFormat {
    /// Markdown.
    Md,
    /// Standalone HTML.
    Html,
}

/// Reads a list from JSON or (by extension) TOML.
pub fn load(path: &Path) -> Result<PowerList, Failure> {
    let text = read_file(path)?;
    let is_toml = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("toml"));
    let result = if is_toml {
        PowerList::from_toml(&text)
    } else {
        PowerList::from_json(&text)
    };
    result.map_err(|e| Failure::coded(e.code(), &e).within(path.display()))
}

pub fn run(env: &Env, cmd: PowerCommand) -> Result<(), Failure> {
    let json = env.global.json;
    match cmd {
        PowerCommand::Check { file } => check(&load(&file)?, json),
        PowerCommand::Stats { file } => {
            let stats = Stats::of(&load(&file)?);
            if json {
                return print_json(&stats);
            }
            println!("{}", stats.summary_zh());
            println!("{}", stats.summary_en());
            println!();
            print!("{}", crate::term::power_stats(&stats));
            Ok(())
        }
        PowerCommand::Flowchart { file, item, format } => {
            let list = load(&file)?;
            let it = list.item(&item)?;
            let out = match format {
                ChartFormat::Mermaid => power::mermaid(it),
                ChartFormat::Dot => power::dot(it),
                ChartFormat::Svg => power::svg(it),
            };
            print!("{out}");
            Ok(())
        }
        PowerCommand::Publish { file, item, format } => {
            let list = load(&file)?;
            let it = list.item(&item)?;
            let out = match format {
                SheetFormat::Md => power::publish_markdown(it),
                SheetFormat::Html => power::publish_html(it),
            };
            print!("{out}");
            Ok(())
        }
        PowerCommand::Import {
            file,
            layout,
            encoding,
            sheet,
            authority,
            into,
            item,
            out,
        } => crate::tables_cmd::power_import(
            env,
            &file,
            layout,
            encoding,
            sheet.as_deref(),
            authority.as_deref(),
            into.as_deref().zip(item.as_deref()),
            out.as_deref(),
        ),
        PowerCommand::Export {
            file,
            format,
            layout,
            like,
            item,
            sheet,
            encoding,
            out,
        } => crate::tables_cmd::power_export(
            &file,
            &crate::tables_cmd::ExportArgs {
                format,
                encoding,
                layout: layout.as_deref(),
                like: like.as_deref(),
                item: item.as_deref(),
                sheet: sheet.as_deref(),
                out: out.as_deref(),
            },
        ),
        PowerCommand::Rules => {
            let rules = power::rules();
            if json {
                return print_json(&rules);
            }
            for r in rules {
                println!(
                    "{} {:<7} {} / {}",
                    r.id,
                    r.severity.as_str(),
                    r.title,
                    r.title_en
                );
                for b in &r.basis {
                    println!("        {b}");
                }
            }
            Ok(())
        }
    }
}

fn check(list: &PowerList, json: bool) -> Result<(), Failure> {
    let report = power::check(list);
    if json {
        print_json(&report)?;
    } else {
        for f in &report.findings {
            println!(
                "{} {:<7} {} [{}]",
                f.rule,
                f.level(),
                f.path(),
                f.item.as_deref().unwrap_or("")
            );
            println!("      {}", f.zh);
            println!("      {}", f.en);
        }
        println!(
            "{} 项事项，{} 个错误，{} 个警告 / {} items, {} errors, {} warnings",
            report.items,
            report.errors(),
            report.warnings(),
            report.items,
            report.errors(),
            report.warnings()
        );
    }
    if report.has_errors() {
        let n = report
            .findings
            .iter()
            .filter(|f| f.severity == Some(Severity::Error))
            .count();
        return Err(Failure::new(
            "findings",
            format!("清单有 {n} 个错误级问题 / the list has {n} error-level finding(s)"),
        )
        .reported());
    }
    Ok(())
}
