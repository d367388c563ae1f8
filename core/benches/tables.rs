//! Importing a 10,000-row power list from CSV text (target: under 1 s), with every cell parsed,
//! the process built from 责任事项, the report's gaps and the full check; and exporting it.
//!
//! `cargo bench -p minzheng --bench tables`

use minzheng::tables::{export_power_list, import_power_list, parse_csv, write_csv};

fn main() {
    divan::main();
}

/// The five rows of `tests/tables/power-set1.utf8.csv` (a two-row header, numbered bases with
/// decrees and quotes, the staged 责任事项 template, 追责情形) repeated to 10,000 data rows, each
/// repetition with its own 序号.
fn big_csv() -> String {
    let sample = include_str!("../../tests/tables/power-set1.utf8.csv");
    let grid = parse_csv(sample).unwrap_or_default();
    let (header, body) = grid.split_at(2.min(grid.len()));
    let mut rows: Vec<Vec<String>> = header.to_vec();
    let mut n = 0usize;
    'outer: loop {
        for (k, row) in body.iter().enumerate() {
            if rows.len() - header.len() >= 10_000 {
                break 'outer;
            }
            let mut row = row.clone();
            if let Some(seq) = row.first_mut() {
                if !seq.is_empty() {
                    *seq = format!("{}", n * 10 + k);
                }
            }
            rows.push(row);
        }
        n += 1;
        if body.is_empty() {
            break;
        }
    }
    write_csv(&rows)
}

#[divan::bench(sample_count = 10)]
fn import_10000_rows_from_csv(bencher: divan::Bencher) {
    let csv = big_csv();
    bencher.bench(|| {
        let grid = parse_csv(divan::black_box(&csv)).unwrap_or_default();
        import_power_list(&grid, "某市民政局")
            .map(|(list, report)| (list.items.len(), report.rows_read))
    });
}

#[divan::bench(sample_count = 10)]
fn export_6000_items_to_csv(bencher: divan::Bencher) {
    let grid = parse_csv(&big_csv()).unwrap_or_default();
    let list = import_power_list(&grid, "某市民政局")
        .map(|r| r.0)
        .unwrap_or_default();
    bencher.bench(|| write_csv(&export_power_list(divan::black_box(&list))));
}
