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

/// The text of every part of an .xlsx file (a zip of XML), concatenated.
pub fn xlsx_xml(bytes: &[u8]) -> String {
    use std::io::Read;
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes.to_vec())).unwrap();
    let mut all = String::new();
    for i in 0..zip.len() {
        zip.by_index(i).unwrap().read_to_string(&mut all).unwrap();
    }
    all
}

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

const POWER_TABLES: [&str; 11] = [
    "power-set1",
    "power-set2",
    "power-set3",
    "power-set4",
    "power-set5",
    "power-set6",
    "catalogue",
    "discretion",
    "guide",
    "process",
    "process-branches",
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

#[test]
fn a_published_table_goes_back_out_in_its_own_layout() {
    // The set-5 file: title line, merged 行政决定部门, numbered categories. `same` reproduces
    // it byte for byte (the file is written by make_files.py, not by us).
    let o = run(&[
        "power",
        "export",
        &table("power-set5.utf8.csv"),
        "--format",
        "csv",
        "--layout",
        "same",
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(
        o.stdout,
        std::fs::read(table("power-set5.utf8.csv")).unwrap()
    );
    // A list kept as JSON goes back out like the bureau's table with --like.
    let json = tmp("set5-like.json");
    assert!(
        run(&["power", "import", &table("power-set5.xlsx"), "--out", &json])
            .status
            .success()
    );
    let o = run(&[
        "power",
        "export",
        &json,
        "--format",
        "csv",
        "--layout",
        "same",
        "--like",
        &table("power-set5.xlsx"),
        "--encoding",
        "gb18030",
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(
        o.stdout,
        std::fs::read(table("power-set5.gb18030.csv")).unwrap()
    );
}

#[test]
fn named_layouts_export_as_xlsx_with_merged_cells_and_read_back() {
    let json = tmp("set1-named.json");
    assert!(run(&[
        "power",
        "import",
        &table("power-set1.utf8.csv"),
        "--out",
        &json
    ])
    .status
    .success());
    let xlsx = tmp("set1-named.xlsx");
    let o = run(&[
        "power", "export", &json, "--format", "xlsx", "--layout", "set1", "--out", &xlsx,
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let bytes = std::fs::read(&xlsx).unwrap();
    let xml = xlsx_xml(&bytes);
    // 权力事项名称 over 大项 and 子项; 序号 down both header rows; the first item (three
    // sub-items, rows 3-5) merged over its rows.
    for merge in [
        r#"ref="C1:D1""#,
        r#"ref="A1:A2""#,
        r#"ref="A3:A5""#,
        r#"ref="C3:C5""#,
    ] {
        assert!(xml.contains(merge), "{merge}");
    }
    assert!(!xml.contains(r#"ref="D3:D5""#), "sub-items are not merged");
    let again = model(&["power", "import", &xlsx]);
    let original: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    assert_eq!(again, original);
    // Set 5 has a count line computed from the list.
    let o = run(&[
        "power", "export", &json, "--format", "csv", "--layout", "set5",
    ]);
    let text = String::from_utf8(o.stdout).unwrap();
    assert!(
        text.starts_with("\u{feff}\"总共3项事项,其中行政许可1项,行政给付1项,行政处罚1项\",,,,\r\n"),
        "{text}"
    );
}

#[test]
fn every_sheet_of_a_workbook_is_read_or_one_is_picked() {
    let v = model(&["--json", "power", "import", &table("workbook.xlsx")]);
    let items = v["model"]["items"].as_array().unwrap();
    // Four items on the set-5 sheet, two on the set-2 sheet; the note sheet is skipped.
    assert_eq!(items.len(), 6);
    assert_eq!(items[0]["code"], "行政许可1");
    assert_eq!(items[4]["name"], "慈善组织公开募捐资格审批");
    assert_eq!(v["report"]["rows_read"], 6);
    let one = model(&[
        "power",
        "import",
        &table("workbook.xlsx"),
        "--sheet",
        "其他",
    ]);
    assert_eq!(one["items"].as_array().unwrap().len(), 2);
    let by_number = model(&["power", "import", &table("workbook.xlsx"), "--sheet", "3"]);
    assert_eq!(by_number, one);
    let o = run(&[
        "power",
        "import",
        &table("workbook.xlsx"),
        "--sheet",
        "说明",
    ]);
    assert!(!o.status.success(), "the note sheet alone has no table");
    let o = run(&[
        "power",
        "import",
        &table("workbook.xlsx"),
        "--sheet",
        "处罚",
    ]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("行政许可、说明、其他"), "{err}");
}

#[test]
fn merges_come_from_the_file_not_from_blank_cells() {
    // In the set-5 workbook 行政决定部门 is merged over the four rows: read from the file, it
    // is the same as inferred from the CSV's blanks.
    let xlsx = model(&["--json", "power", "import", &table("power-set5.xlsx")]);
    let csv = model(&["--json", "power", "import", &table("power-set5.utf8.csv")]);
    assert_eq!(xlsx["model"], csv["model"]);
    assert_eq!(xlsx["report"]["shape"]["columns"][0]["merged"], true);
}

#[test]
fn guide_process_catalogue_and_html_layouts() {
    let json = tmp("set5-guide.json");
    assert!(run(&[
        "power",
        "import",
        &table("power-set5.utf8.csv"),
        "--out",
        &json
    ])
    .status
    .success());
    let o = run(&[
        "power",
        "export",
        &json,
        "--format",
        "csv",
        "--layout",
        "guide",
        "--item",
        "行政许可2",
    ]);
    let text = String::from_utf8(o.stdout).unwrap();
    assert!(
        text.starts_with(
            "\u{feff}基金会设立登记办事指南,,,\r\n事项名称,基金会设立登记,基本编码,行政许可2\r\n"
        ),
        "{text}"
    );
    let o = run(&[
        "power", "export", &json, "--format", "csv", "--layout", "guide",
    ]);
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("the list has 4"));
    let o = run(&[
        "power", "export", &json, "--format", "csv", "--layout", "set9",
    ]);
    assert!(String::from_utf8_lossy(&o.stderr).contains("unknown table layout \"set9\""));
    let o = run(&[
        "power",
        "export",
        &table("process.utf8.csv"),
        "--format",
        "csv",
        "--layout",
        "same",
    ]);
    let text = String::from_utf8(o.stdout).unwrap();
    assert!(
        text.contains("\r\n程序,责任单位及责任人,工作内容,办结时限\r\n受理,"),
        "{text}"
    );
    // The standard catalogue: two header rows, as published.
    let o = run(&[
        "disclosure",
        "export",
        &table("disclosure.xlsx"),
        "--format",
        "csv",
        "--layout",
        "catalogue",
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let text = String::from_utf8(o.stdout).unwrap();
    assert!(text.starts_with("\u{feff}序号,公开事项,,公开内容（要素）,公开依据,公开时限,公开主体,公开渠道和载体,公开对象,公开方式,公开层级\r\n,一级事项,二级事项,,,,,,,,\r\n"), "{text}");
    let o = run(&[
        "disclosure",
        "export",
        &table("disclosure.utf8.csv"),
        "--format",
        "html",
        "--layout",
        "same",
    ]);
    let html = String::from_utf8(o.stdout).unwrap();
    assert!(
        html.contains(r#"<th colspan="11">社会救助领域基层政务公开标准目录</th>"#),
        "{html}"
    );
    assert!(html.contains(r#"<th colspan="2">公开事项</th>"#));
    assert!(html.contains(r#"<th rowspan="2">序号</th>"#));
}

#[test]
fn a_catalogue_goes_back_out_like_the_bureaus_workbook() {
    let json = tmp("catalogue-like.json");
    assert!(run(&[
        "disclosure",
        "import",
        &table("disclosure.xlsx"),
        "--office",
        "某县民政局",
        "--out",
        &json
    ])
    .status
    .success());
    let original: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    let xlsx = tmp("catalogue-like.xlsx");
    let o = run(&[
        "disclosure",
        "export",
        &json,
        "--format",
        "xlsx",
        "--layout",
        "same",
        "--like",
        &table("disclosure.xlsx"),
        "--out",
        &xlsx,
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let xml = xlsx_xml(&std::fs::read(&xlsx).unwrap());
    // The title over the eleven columns, 公开事项 over 一级事项 and 二级事项, 最低生活保障 merged
    // over its two rows (4 and 5), as in the bureau's file.
    for merge in [r#"ref="A1:K1""#, r#"ref="B2:C2""#, r#"ref="B5:B6""#] {
        assert!(xml.contains(merge), "{merge}");
    }
    let again = model(&["disclosure", "import", &xlsx, "--office", "某县民政局"]);
    assert_eq!(again, original);
}
