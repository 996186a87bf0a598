import { copyFileSync, existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/*
 * OCR language data, strictly offline. tesseract.js takes ONE directory (langPath) for all
 * languages and, left to itself, downloads from a CDN; Lontar instead copies the LSTM-only
 * "best_int" models out of the installed @tesseract.js-data packages into a cache directory
 * once, and points every worker at that local directory.
 */
// Not named `require`: the Electron bundle declares its own `require` at the top (a clash is a syntax error).
const resolvePackage = createRequire(import.meta.url);

/** Versioned so a future model update never mixes with stale copies. */
const MODEL_DIR = '4.0.0_best_int';

export function languageCodes(lang: string): string[] {
  const codes = lang
    .split('+')
    .map((c) => c.trim())
    .filter(Boolean);
  for (const code of codes) {
    if (!/^[a-z_]{3,8}$/.test(code)) throw new Error(`Not an OCR language code: ${code}`);
  }
  return codes;
}

/** The gzipped model file shipped in node_modules for one language. */
export function packagedModelPath(code: string): string {
  let packageJson: string;
  try {
    packageJson = resolvePackage.resolve(`@tesseract.js-data/${code}/package.json`);
  } catch {
    throw new Error(`OCR language "${code}" is not installed (package @tesseract.js-data/${code} is missing).`);
  }
  return join(dirname(packageJson), MODEL_DIR, `${code}.traineddata.gz`);
}

export function defaultLangDataDir(): string {
  return join(tmpdir(), 'lontar-tessdata', MODEL_DIR);
}

/**
 * Makes `dir` hold `<code>.traineddata.gz` for every language and returns it. Copies go through
 * a temporary name and a rename, so concurrent processes never see half a file.
 */
export function ensureLangData(lang: string, dir = defaultLangDataDir()): string {
  mkdirSync(dir, { recursive: true });
  for (const code of languageCodes(lang)) {
    const source = packagedModelPath(code);
    const target = join(dir, `${code}.traineddata.gz`);
    if (existsSync(target) && statSync(target).size === statSync(source).size) continue;
    const temporary = `${target}.${process.pid}.${Date.now()}.tmp`;
    copyFileSync(source, temporary);
    renameSync(temporary, target);
  }
  return dir;
}

/** The tesseract.js worker script inside node_modules (never a URL). */
export function localWorkerPath(): string {
  return join(dirname(resolvePackage.resolve('tesseract.js/package.json')), 'src', 'worker-script', 'node', 'index.js');
}
