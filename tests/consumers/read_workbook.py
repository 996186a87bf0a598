"""Opens a Lontar dataset's lontar.xlsx as a researcher would (openpyxl) and reports what it holds.

Prints one JSON object: per sheet (in workbook order) its header, data rows, frozen panes, filter
range, and per column the kinds of its cells ("s" text, "n" number, "date" a real date), plus the
text values of the code and key columns the test checks.
"""
import datetime
import json
import sys
from pathlib import Path

from openpyxl import load_workbook

KEY_COLUMNS = {"record_key", "normalized", "subject_key", "number"}


def kind(cell) -> str:
    if cell.is_date and isinstance(cell.value, datetime.datetime):
        return "date"
    return cell.data_type


def main() -> None:
    workbook = load_workbook(Path(sys.argv[1]) / "lontar.xlsx")
    report = {"sheets": []}
    for ws in workbook.worksheets:
        header = [c.value for c in ws[1]]
        kinds = {name: set() for name in header}
        keys = {name: [] for name in header if name in KEY_COLUMNS}
        for row in ws.iter_rows(min_row=2):
            for name, cell in zip(header, row):
                if cell.value is None:
                    continue
                kinds[name].add(kind(cell))
                if name in keys:
                    keys[name].append(cell.value)
        report["sheets"].append({
            "name": ws.title,
            "header": header,
            "rows": ws.max_row - 1,
            "freeze_panes": ws.freeze_panes,
            "auto_filter": ws.auto_filter.ref,
            "kinds": {name: sorted(k) for name, k in kinds.items()},
            "keys": keys,
            "imported_at": [c.value.isoformat() for c in ws["J"][1:]] if ws.title == "documents" else [],
        })
    print(json.dumps(report))


main()
