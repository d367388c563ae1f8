//! `minzheng` — the command-line face of the minzheng library.
//!
//! Every rule lives in the `minzheng` crate; this binary only reads files, parses arguments,
//! and prints. Errors are one line on stderr, in Chinese and English, with a non-zero exit code.

mod assistance_cmd;
mod batch;
mod calendar_cmd;
mod crosscheck_cmd;
mod csvrec;
mod deadline_cmd;
mod demo;
mod disclosure_cmd;
mod eligibility_cmd;
mod id_cmd;
mod io;
mod notice_cmd;
mod power_cmd;
mod stream;
mod tables_cmd;
mod tables_io;
mod term;
mod window_cmd;

use clap::{Args, Parser, Subcommand};
use minzheng::calendar::{Calendar, LoadMode};
use minzheng::deadline::Catalogue;
use minzheng::errors::Coded;
use std::path::PathBuf;
use std::process::ExitCode;

/// minzheng (民政): China's civil-affairs rules as code — official working-day calendar,
/// statutory deadlines, power lists, disclosure, service windows, identifiers and
/// social-assistance eligibility.
#[derive(Parser, Debug)]
#[command(name = "minzheng", version, about, long_about = None)]
struct Cli {
    #[command(flatten)]
    global: Global,
    #[command(subcommand)]
    command: Command,
}

/// Options valid with every command.
#[derive(Args, Debug, Clone)]
pub struct Global {
    /// Print JSON for machines instead of readable text.
    #[arg(long, global = true)]
    pub json: bool,
    /// Load extra calendar data (same format as the embedded file), e.g. next year's notice.
    #[arg(long = "data", value_name = "FILE", global = true)]
    pub data: Vec<PathBuf>,
    /// Load calendar corrections that replace the years they contain.
    #[arg(long = "data-replace", value_name = "FILE", global = true)]
    pub data_replace: Vec<PathBuf>,
    /// Stack a local overlay of extra rest days (JSON: {"name", "rest_days": [...]}).
    #[arg(long = "overlay", value_name = "FILE", global = true)]
    pub overlay: Vec<PathBuf>,
    /// Apply a jurisdiction's period overrides (JSON: {"jurisdiction", "overrides", "additions"}).
    #[arg(long = "periods", value_name = "FILE", global = true)]
    pub periods: Option<PathBuf>,
    /// Answer for years without a notice using weekends only (answers are flagged provisional).
    #[arg(long, global = true)]
    pub provisional: bool,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// A guided tour on the embedded data: calendar, deadlines and a power list.
    Demo,
    /// Working-day calendar queries.
    #[command(subcommand)]
    Calendar(calendar_cmd::CalendarCommand),
    /// Power lists (权责清单): check, stats, flowcharts, public sheets.
    #[command(subcommand)]
    Power(power_cmd::PowerCommand),
    /// Compute a statutory deadline, its status and its explanation.
    Deadline(deadline_cmd::DeadlineArgs),
    /// List the catalogue of named statutory periods.
    Periods,
    /// Disclosure requests (依申请公开): replay event logs, generate samples.
    #[command(subcommand)]
    Request(disclosure_cmd::RequestCommand),
    /// Reports: the annual government-information-disclosure report.
    #[command(subcommand)]
    Report(disclosure_cmd::ReportCommand),
    /// Disclosure catalogue checks and proactive-disclosure timeliness.
    #[command(subcommand)]
    Disclosure(disclosure_cmd::DisclosureCommand),
    /// Service-window cases: replay, supervision screen, formal notices, statistics.
    #[command(subcommand)]
    Window(window_cmd::WindowCommand),
    /// Social-assistance cases: replay, supervision, notices, registers, county figures.
    #[command(subcommand)]
    Assistance(assistance_cmd::AssistanceCommand),
    /// Identifiers: resident identity numbers and unified social credit codes.
    #[command(subcommand)]
    Id(id_cmd::IdCommand),
    /// Social-assistance eligibility: evaluate a household, or re-check a batch.
    #[command(subcommand)]
    Eligibility(eligibility_cmd::EligibilityCommand),
    /// Household economic-status cross-check (家庭经济状况核对): re-check recipients against
    /// departmental records, with a summary table.
    Crosscheck(crosscheck_cmd::CrosscheckArgs),
    /// Generate seeded synthetic households and departmental records for the cross-check.
    CrosscheckGenerate(crosscheck_cmd::GenerateArgs),
    /// Public notices (公示) of approved cases.
    #[command(subcommand)]
    Notice(notice_cmd::NoticeCommand),
}

/// A CLI failure: one bilingual line, and the exit code.
#[derive(Debug)]
pub struct Failure {
    /// The message (already bilingual).
    pub message: String,
    /// The machine code, for `--json`.
    pub code: String,
    /// The registry entry of a core error (the stable number the C, Java and JavaScript faces
    /// give for the same input) and its messages in each language; `None` for the CLI's own
    /// failures (files, arguments).
    pub registered: Option<Box<Registered>>,
    /// The output already said everything in JSON (e.g. a check report): print no JSON error.
    pub reported: bool,
}

/// A core error's registry entry and messages, for `--json`.
#[derive(Debug)]
pub struct Registered {
    /// The stable number (ERRORS.md).
    pub number: u32,
    /// The stable name (`calendar.year_not_covered`).
    pub name: &'static str,
    /// The message in Chinese, identity numbers masked.
    pub zh: String,
    /// The message in English, identity numbers masked.
    pub en: String,
}

impl Failure {
    /// A failure with a code.
    pub fn new(code: &str, message: impl Into<String>) -> Failure {
        Failure {
            message: message.into(),
            code: code.to_owned(),
            registered: None,
            reported: false,
        }
    }

    /// A core error: its short code, its message, and its registry entry.
    pub fn coded<E: Coded + std::fmt::Display>(code: &str, e: &E) -> Failure {
        Failure {
            registered: Some(Box::new(Registered {
                number: e.number(),
                name: e.error_code().name(),
                zh: e.zh(),
                en: e.en(),
            })),
            ..Failure::new(code, e.to_string())
        }
    }

    /// The same failure with `what: ` (a file, a line) before its message.
    pub fn within(mut self, what: impl std::fmt::Display) -> Failure {
        self.message = format!("{what}: {}", self.message);
        self
    }

    /// Marks the failure as already reported on stdout (no JSON error object is added).
    pub fn reported(mut self) -> Failure {
        self.reported = true;
        self
    }

    /// The `--json` error object: `{"error": code, "message": …}`, and for a core error also
    /// `"registered": {"number", "name", "zh", "en"}` (keys in that order of the line: `error`
    /// stays first, for scripts that look for `{"error"`).
    fn json(&self) -> serde_json::Value {
        let mut v = serde_json::json!({"error": self.code, "message": self.message});
        if let (Some(r), Some(o)) = (&self.registered, v.as_object_mut()) {
            o.insert(
                "registered".into(),
                serde_json::json!({"number": r.number, "name": r.name, "zh": r.zh, "en": r.en}),
            );
        }
        v
    }
}

impl From<minzheng::calendar::CalendarError> for Failure {
    fn from(e: minzheng::calendar::CalendarError) -> Self {
        Failure::coded(e.code(), &e)
    }
}

impl From<minzheng::power::PowerError> for Failure {
    fn from(e: minzheng::power::PowerError) -> Self {
        Failure::coded(e.code(), &e)
    }
}

impl From<minzheng::deadline::DeadlineError> for Failure {
    fn from(e: minzheng::deadline::DeadlineError) -> Self {
        Failure::coded(e.code(), &e)
    }
}

/// The calendar and catalogue as the global options make them.
pub struct Env {
    /// The calendar.
    pub cal: Calendar,
    /// The period catalogue.
    pub catalogue: Catalogue,
    /// The options.
    pub global: Global,
}

fn build_env(global: Global) -> Result<Env, Failure> {
    let mut cal = Calendar::china();
    for (paths, mode) in [
        (&global.data, LoadMode::AddOnly),
        (&global.data_replace, LoadMode::Replace),
    ] {
        for p in paths {
            let text = io::read_file(p)?;
            cal.load_json(&text, mode)
                .map_err(|e| Failure::coded(e.code(), &e).within(p.display()))?;
        }
    }
    for p in &global.overlay {
        let text = io::read_file(p)?;
        cal.add_overlay_json(&text)
            .map_err(|e| Failure::coded(e.code(), &e).within(p.display()))?;
    }
    let mut catalogue = Catalogue::national();
    if let Some(p) = &global.periods {
        let text = io::read_file(p)?;
        catalogue = catalogue
            .with_overrides_json(&text)
            .map_err(|e| Failure::coded(e.code(), &e).within(p.display()))?;
    }
    Ok(Env {
        cal,
        catalogue,
        global,
    })
}

fn run(cli: Cli) -> Result<(), Failure> {
    let env = build_env(cli.global)?;
    match cli.command {
        Command::Demo => demo::run(&env),
        Command::Calendar(c) => calendar_cmd::run(&env, c),
        Command::Power(c) => power_cmd::run(&env, c),
        Command::Deadline(a) => deadline_cmd::run(&env, a),
        Command::Periods => deadline_cmd::list_periods(&env),
        Command::Request(c) => disclosure_cmd::run_request(&env, c),
        Command::Report(c) => disclosure_cmd::run_report(&env, c),
        Command::Disclosure(c) => disclosure_cmd::run_disclosure(&env, c),
        Command::Window(c) => window_cmd::run(&env, c),
        Command::Assistance(c) => assistance_cmd::run(&env, c),
        Command::Id(c) => id_cmd::run(&env, c),
        Command::Eligibility(c) => eligibility_cmd::run(&env, c),
        Command::Notice(c) => notice_cmd::run(&env, c),
        Command::Crosscheck(a) => crosscheck_cmd::run(&env.global, a),
        Command::CrosscheckGenerate(a) => crosscheck_cmd::generate(a),
    }
}

/// clap's message on one line: the lines before `Usage:` (the missing arguments' names are on
/// the lines after the first), without the `error: ` prefix.
fn one_line(text: &str) -> String {
    text.lines()
        .take_while(|l| !l.starts_with("Usage:") && !l.starts_with("For more information"))
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
        .trim_start_matches("error: ")
        .to_owned()
}

/// `true` for a failure that only means the reader of stdout went away (`minzheng … | head`).
fn is_broken_pipe(f: &Failure) -> bool {
    f.code == "io" && f.message.contains("Broken pipe")
}

/// A closed stdout (`minzheng … | head`) ends the program quietly and successfully: `println!`
/// panics on it with "failed printing to stdout", which the hook turns into exit 0; every other
/// panic keeps the default report.
fn quiet_on_broken_pipe() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let text = info
            .payload()
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| info.payload().downcast_ref::<&str>().copied())
            .unwrap_or("");
        if text.contains("failed printing to stdout") && text.contains("Broken pipe") {
            std::process::exit(0);
        }
        default(info);
    }));
}

fn main() -> ExitCode {
    quiet_on_broken_pipe();
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            use clap::error::ErrorKind;
            if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion)
                || e.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
            {
                let _ = e.print();
                return if e.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand {
                    ExitCode::from(2)
                } else {
                    ExitCode::SUCCESS
                };
            }
            let first = one_line(&e.to_string());
            eprintln!("错误 / error: 参数有误 / invalid arguments: {first} (see --help)");
            return ExitCode::from(2);
        }
    };
    let json = cli.global.json;
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(f) if is_broken_pipe(&f) => ExitCode::SUCCESS,
        Err(f) => {
            if json && !f.reported {
                println!("{}", f.json());
            }
            eprintln!("错误 / error: {}", f.message.replace('\n', " "));
            ExitCode::from(1)
        }
    }
}
