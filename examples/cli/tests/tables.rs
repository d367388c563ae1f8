//! `minzheng power import|export` and `minzheng disclosure import` on the test tables of
//! `tests/tables/`: every layout gives the same model from UTF-8 CSV, GB18030 CSV and .xlsx (with
//! real merged cells); exports read back to the same list; bad files are one-line errors.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::path::PathBuf;
use std::process::{Command, Output};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_minzheng"))
        .args(args)
        .output()
        .unwrap()
}

fn table(name: &str) -> String {
    let p: PathBuf = [
        env!("CARGO_MANIFEST_DIR"),
        "..",
        "..",
        "tests",
        "tables",
        name,
    ]
    .iter()
    .collect();
    p.to_string_lossy().into_owned()
}

fn tmp(name: &str) -> String {
    let dir = std::env::temp_dir().join(format!("minzheng-tables-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name).to_string_lossy().into_owned()
}

fn model(args: &[&str]) -> serde_json::Value {
    let o = run(args);
    assert!(
        o.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    serde_json::from_slice(&o.stdout).unwrap()
}

const POWER_TABLES: [&str; 9] = [
    "power-set1",
    "power-set2",
    "power-set3",
    "power-set4",
    "power-set5",
    "catalogue",
    "discretion",
    "guide",
    "process",
];

#[test]
fn utf8_gb18030_and_xlsx_give_the_same_model_for_every_layout() {
    for name in POWER_TABLES {
        let utf8 = model(&["power", "import", &table(&format!("{name}.utf8.csv"))]);
        let gb = model(&["power", "import", &table(&format!("{name}.gb18030.csv"))]);
        let gb_flag = model(&[
            "power",
            "import",
            &table(&format!("{name}.gb18030.csv")),
            "--encoding",
            "gb18030",
        ]);
        let xlsx = model(&["power", "import", &table(&format!("{name}.xlsx"))]);
        assert_eq!(gb, utf8, "{name}: GB18030");
        assert_eq!(gb_flag, utf8, "{name}: --encoding gb18030");
        assert_eq!(xlsx, utf8, "{name}: xlsx");
        assert!(!utf8["items"].as_array().unwrap().is_empty(), "{name}");
    }
}

#[test]
fn disclosure_catalogue_from_every_format() {
    let utf8 = model(&[
        "disclosure",
        "import",
        &table("disclosure.utf8.csv"),
        "--office",
        "某县民政局",
    ]);
    let gb = model(&[
        "disclosure",
        "import",
        &table("disclosure.gb18030.csv"),
        "--office",
        "某县民政局",
    ]);
    let xlsx = model(&[
        "disclosure",
        "import",
        &table("disclosure.xlsx"),
        "--office",
        "某县民政局",
    ]);
    assert_eq!(gb, utf8);
    assert_eq!(xlsx, utf8);
    assert_eq!(utf8["entries"].as_array().unwrap().len(), 4);
    assert_eq!(
        utf8["entries"][1]["channels"],
        serde_json::json!(["portal", "wechat", "weibo", "bulletin_board"])
    );
}

#[test]
fn import_prints_progress_and_summary_on_stderr_and_writes_out() {
    let out = tmp("set4.json");
    let o = run(&[
        "power",
        "import",
        &table("power-set4.gb18030.csv"),
        "--out",
        &out,
    ]);
    assert!(o.status.success());
    assert!(o.stdout.is_empty());
    let err = String::from_utf8(o.stderr).unwrap();
    assert!(err.contains("GB18030"), "{err}");
    assert!(err.contains("未知列 / unknown column: “经办人”"), "{err}");
    assert!(err.contains("缺少 / lacks: [MZ-QR-001]"), "{err}");
    assert!(err.contains("read 2 rows, imported 2"), "{err}");
    let list: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert_eq!(list["items"][0]["code"], "MZ-QR-001");
}

#[test]
fn json_mode_gives_model_and_report() {
    let v = model(&["--json", "power", "import", &table("discretion.utf8.csv")]);
    assert_eq!(
        v["report"]["unknown_columns"],
        serde_json::json!(["决定方式"])
    );
    assert_eq!(v["report"]["not_understood"][0]["text"], "视情况而定");
    assert_eq!(v["model"]["items"].as_array().unwrap().len(), 3);
}

#[test]
fn csv_and_xlsx_exports_import_back_to_the_same_list() {
    let first = tmp("set1.json");
    assert!(run(&[
        "power",
        "import",
        &table("power-set1.xlsx"),
        "--out",
        &first
    ])
    .status
    .success());
    let original: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&first).unwrap()).unwrap();
    for (format, file, enc) in [
        ("csv", "set1.csv", "utf-8"),
        ("csv", "set1-gb.csv", "gb18030"),
        ("xlsx", "set1.xlsx", "utf-8"),
    ] {
        let path = tmp(file);
        let o = run(&[
            "power",
            "export",
            &first,
            "--format",
            format,
            "--encoding",
            enc,
            "--out",
            &path,
        ]);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        let again = model(&["power", "import", &path]);
        assert_eq!(again, original, "{format} {enc}");
    }
}

#[test]
fn the_sample_list_exports_as_csv_xlsx_and_html() {
    let sample: PathBuf = [env!("CARGO_MANIFEST_DIR"), "..", "data", "power-list.json"]
        .iter()
        .collect();
    let sample = sample.to_string_lossy().into_owned();
    let o = run(&["power", "export", &sample, "--format", "csv"]);
    assert!(o.status.success());
    assert!(
        o.stdout
            .starts_with(b"\xEF\xBB\xBF\xE5\xBA\x8F\xE5\x8F\xB7"),
        "BOM then 序号"
    );
    let dir = tmp("html");
    let o = run(&[
        "power", "export", &sample, "--format", "html", "--out", &dir,
    ]);
    assert!(o.status.success());
    assert!(std::fs::read_dir(&dir).unwrap().count() >= 40);
    let o = run(&["power", "export", &sample, "--format", "xlsx"]);
    assert!(!o.status.success(), "xlsx needs --out");
}

#[test]
fn bad_files_are_one_line_bilingual_errors() {
    let gb = table("power-set1.gb18030.csv");
    let o = run(&["power", "import", &gb, "--encoding", "utf-8"]);
    assert!(!o.status.success());
    let err = String::from_utf8(o.stderr).unwrap();
    assert!(
        err.lines().last().unwrap().starts_with("错误 / error: "),
        "{err}"
    );
    assert!(err.contains("UTF-8"), "{err}");
    let bogus = tmp("bogus.xlsx");
    std::fs::write(&bogus, b"not a zip").unwrap();
    let o = run(&["power", "import", &bogus]);
    assert!(!o.status.success());
    let o = run(&["power", "import", &table("disclosure.utf8.csv")]);
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("disclosure import"));
}

#[test]
fn disclosure_export_imports_back_to_the_same_catalogue() {
    let first = tmp("disclosure.json");
    let o = run(&[
        "disclosure",
        "import",
        &table("disclosure.xlsx"),
        "--office",
        "某县民政局",
        "--out",
        &first,
    ]);
    assert!(o.status.success());
    let original: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&first).unwrap()).unwrap();
    for (format, file) in [("csv", "d.csv"), ("xlsx", "d.xlsx")] {
        let path = tmp(file);
        assert!(run(&[
            "disclosure",
            "export",
            &first,
            "--format",
            format,
            "--out",
            &path
        ])
        .status
        .success());
        let again = model(&["disclosure", "import", &path, "--office", "某县民政局"]);
        assert_eq!(again, original, "{format}");
    }
}

#[test]
fn a_process_table_can_be_attached_to_an_item_of_a_list() {
    let list = tmp("set5.json");
    assert!(run(&[
        "power",
        "import",
        &table("power-set5.utf8.csv"),
        "--out",
        &list
    ])
    .status
    .success());
    let v = model(&[
        "power",
        "import",
        &table("process.gb18030.csv"),
        "--into",
        &list,
        "--item",
        "行政许可1",
    ]);
    let items = v["items"].as_array().unwrap();
    assert_eq!(items.len(), 4);
    assert_eq!(items[0]["process"]["steps"][3]["name"], "审查");
    assert_eq!(
        items[1]["process"]["steps"].as_array().map_or(0, Vec::len),
        0
    );
    let o = run(&[
        "power",
        "import",
        &table("process.utf8.csv"),
        "--into",
        &list,
        "--item",
        "nope",
    ]);
    assert!(!o.status.success());
}
