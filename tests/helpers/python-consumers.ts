import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Debian's Python (not the pyenv one first on PATH): where CI installs python3-pandas and python3-openpyxl. */
export const SYSTEM_PYTHON = '/usr/bin/python3';

/** A Python that can import `module`, or why not (for the skip message). */
export function pythonWith(module: string, python = SYSTEM_PYTHON): { python: string } | { missing: string } {
  if (!existsSync(python)) return { missing: `${python} is not installed` };
  const probe = spawnSync(python, ['-c', `import ${module}`], { encoding: 'utf8' });
  return probe.status === 0 ? { python } : { missing: `${python} cannot import ${module}` };
}

/** Runs a Python script and parses the JSON it prints; a failure shows Python's own message. */
export function runPythonJson<T>(python: string, script: string, args: readonly string[]): T {
  const result = spawnSync(python, [script, ...args], { encoding: 'utf8', timeout: 120_000 });
  if (result.status !== 0) throw new Error(`${script} failed (${result.status}): ${result.stderr}`);
  return JSON.parse(result.stdout) as T;
}
