#!/usr/bin/env bash
# The .xlsx the CLI writes (zip crate) is read by openpyxl: sheets, cells and merged regions.
set -euo pipefail
cd "$(dirname "$0")/../.."
python3 -c "import openpyxl" 2>/dev/null || python3 -m pip install --quiet openpyxl==3.1.5
bin=target/release/minzheng
[ -x "$bin" ] || cargo build --quiet --release -p minzheng-cli
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$bin" power import tests/tables/power-set1.xlsx --out "$tmp/list.json" 2>/dev/null
"$bin" power export "$tmp/list.json" --format xlsx --layout set1 --out "$tmp/list.xlsx" 2>/dev/null
python3 - "$tmp/list.xlsx" <<'PY'
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb.worksheets[0]
cells = [c.value for row in ws.iter_rows() for c in row if c.value is not None]
assert "序号" in cells, cells[:20]
merged = {str(r) for r in ws.merged_cells.ranges}
assert {"A1:A2", "C1:D1", "A3:A5"} <= merged, merged
assert wb.sheetnames == ["权责清单"], wb.sheetnames
print(f"openpyxl read {len(wb.worksheets)} sheet(s), {ws.max_row} rows, {len(ws.merged_cells.ranges)} merged regions: 1 passed, 0 failed")
PY
