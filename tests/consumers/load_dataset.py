"""Loads a Lontar dataset as a researcher would: every CSV with the types datapackage.json gives.

Prints one JSON object: per table the rows, the columns and the pandas dtypes, a few values the
test checks (codes must stay text), and the join of every entity table on documents.document_id.
"""
import json
import sys
from pathlib import Path

import pandas as pd

PANDAS_TYPES = {"string": "string", "integer": "Int64", "number": "float64", "boolean": "boolean"}


def load(folder: Path, resource: dict) -> pd.DataFrame:
    schema = resource["schema"]
    dtypes = {f["name"]: PANDAS_TYPES[f["type"]] for f in schema["fields"] if f["type"] in PANDAS_TYPES}
    dates = [f["name"] for f in schema["fields"] if f["type"] == "datetime"]
    frame = pd.read_csv(
        folder / resource["path"],
        encoding=resource["encoding"],
        sep=resource["dialect"]["delimiter"],
        quotechar=resource["dialect"]["quoteChar"],
        dtype=dtypes,
        keep_default_na=False,
        na_values=schema["missingValues"],
    )
    for name in dates:
        frame[name] = pd.to_datetime(frame[name], utc=True)
    return frame


def main() -> None:
    folder = Path(sys.argv[1])
    package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    tables = {r["name"]: (r, load(folder, r)) for r in package["resources"] if r["profile"] == "tabular-data-resource"}
    documents = tables["documents"][1]
    report = {"tables": {}, "joins": {}}
    for name, (resource, frame) in tables.items():
        report["tables"][name] = {
            "rows": len(frame),
            "declared": resource["count"],
            "columns": list(frame.columns),
            "fields": [f["name"] for f in resource["schema"]["fields"]],
            "dtypes": {c: str(t) for c, t in frame.dtypes.items()},
        }
        if name != "documents" and "document_id" in frame.columns:
            # Region entities have a "name" attribute of their own: take the documents' columns under other names.
            parents = documents[["document_id", "name", "status"]].rename(columns={"name": "document_file", "status": "parent_status"})
            joined = frame.merge(parents, on="document_id", how="left", indicator=True)
            report["joins"][name] = {
                "unmatched": int((joined["_merge"] != "both").sum()),
                "titles_or_names": int((joined["document_file"] == joined["document_name"]).sum()),
                "status_agrees": bool((joined["document_status"] == joined["parent_status"]).all()) if "document_status" in joined else None,
            }
    region = tables["region"][1] if "region" in tables else None
    decree = tables["decree"][1] if "decree" in tables else None
    report["region_keys"] = sorted(region["record_key"].dropna().tolist()) if region is not None else []
    report["decree_keys"] = sorted(decree["record_key"].dropna().tolist()) if decree is not None else []
    report["decree_values"] = sorted(decree["normalized"].dropna().tolist()) if decree is not None else []
    report["entities_column_sum"] = int(documents["entities"].sum())
    report["entity_rows"] = sum(len(f) for n, (_, f) in tables.items() if "entity_id" in f.columns)
    report["imported_at_dtype"] = str(documents["imported_at"].dtype)
    report["document_ids_unique"] = bool(documents["document_id"].is_unique)
    print(json.dumps(report))


main()
