// `npm test`: every suite in order — lint, formatting (Prettier), typecheck, unit + integration (vitest), browser
// end-to-end (Playwright in Debian Chromium) — each run even when an earlier one failed, then one
// closing line `N passed, N failed` totalling them all (CI reads that line).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 13)) {
  console.error(
    `Lontar's tests need Node 22.13 or newer (24 LTS recommended); this is Node ${process.versions.node}. Run them with \`npm test\` after \`npm install\`.`,
  );
  process.exit(1);
}

const reports = join('test-results', 'reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const only = process.argv.slice(2);
const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];

function run(label, command, args, env = {}) {
  process.stderr.write(`\n=== ${label}: ${command} ${args.join(' ')}\n`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function step(name, fn) {
  if (only.length && !only.includes(name)) return;
  fn();
}

/** A check without test cases of its own (lint, typecheck) counts as one test. */
function check(name, ok) {
  totals[ok ? 'passed' : 'failed']++;
  lines.push(`${name}: ${ok ? 'passed' : 'FAILED'}`);
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

step('lint', () => check('lint', run('lint', 'eslint', ['.', '--max-warnings=0'])));
step('format', () => check('format', run('format', 'prettier', ['--check', '.'])));
step('typecheck', () =>
  check(
    'typecheck',
    ['shared', 'web', 'node', 'e2e'].every((p) => run(`typecheck ${p}`, 'tsc', ['-p', `tsconfig.${p}.json`])),
  ),
);

step('unit', () => {
  const file = join(reports, 'vitest.json');
  const ok = run('unit + integration', 'vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${file}`]);
  const report = readJson(file);
  if (!report) return check('vitest (no report)', false);
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests + (ok || report.numFailedTests ? 0 : 1);
  totals.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  lines.push(`vitest: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
});

step('e2e', () => {
  const file = join(reports, 'playwright.json');
  const ok = run('end-to-end', 'playwright', ['test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: file });
  const report = readJson(file);
  if (!report || !existsSync(file)) return check('playwright (no report)', false);
  const s = report.stats;
  totals.passed += s.expected;
  totals.failed += s.unexpected + s.flaky + (ok || s.unexpected ? 0 : 1);
  totals.skipped += s.skipped;
  lines.push(`playwright: ${s.expected} passed, ${s.unexpected + s.flaky} failed`);
});

console.log(`\n${lines.join('\n')}`);
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed > 0 ? 1 : 0);
