import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Debian's Python with pandas (not the pyenv one first on PATH): the consumer clerks' scripts use. */
export const SYSTEM_PYTHON = '/usr/bin/python3';

export function pandasAvailable(): boolean {
  return existsSync(SYSTEM_PYTHON) && spawnSync(SYSTEM_PYTHON, ['-c', 'import pandas'], { encoding: 'utf8' }).status === 0;
}

/** Reads a CSV as pandas does (every cell as text, as a clerk's script would), returning its columns and rows. */
export function readCsvWithPandas(file: string): { columns: string[]; rows: Array<Record<string, string>> } {
  const script = [
    'import json, sys, pandas as pd',
    "df = pd.read_csv(sys.argv[1], dtype=str, keep_default_na=False, encoding='utf-8-sig')",
    "print(json.dumps({'columns': list(df.columns), 'rows': df.to_dict(orient='records')}))",
  ].join('\n');
  const result = spawnSync(SYSTEM_PYTHON, ['-c', script, file], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`pandas could not read ${file}: ${result.stderr}`);
  return JSON.parse(result.stdout) as { columns: string[]; rows: Array<Record<string, string>> };
}
