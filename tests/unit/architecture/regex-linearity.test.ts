import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Every regular expression that can run on imported text or a request must stay linear. No ReDoS
// checker is installed, so this test finds the two shapes that backtracked polynomially in the
// audit, in every regex literal of the code that reads files and serves requests:
// - an unbounded run right before `$` in a pattern not anchored at `^` (`[ \t]+$`, `=+$`,
//   `[^\p{L}]+$`): tried from every start, each attempt runs to the end;
// - a quantified group containing an unbounded quantifier (`(a+)+`, `(\s|x*)+`).
// Bounded runs (`\s{0,4}$`) are linear and pass. The hostile-shapes tests time the real readers;
// the extraction engine (shared/extract) is timed on 1 MB and 4 MB of adversarial text by
// tests/unit/extract/linear-time.test.ts, which owns its patterns.
const ROOTS = ['shared/contract', 'shared/text', 'shared/types', 'electron/backend', 'electron/hosts'];

/** Reviewed exceptions, each with why it is linear. */
const REVIEWED = new Map<string, string>([
  ['/^(\\s|<!--[\\s\\S]*?-->)+/', 'anchored at ^, and its two branches start with different characters: one path per input'],
  ['/\\. To specify a positional argument.*$/', "runs on Node's own parseArgs messages, never on imported text"],
]);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

function regexLiterals(file: string): Array<{ text: string; line: number }> {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: Array<{ text: string; line: number }> = [];
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      found.push({ text: node.getText(source), line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const UNBOUNDED = String.raw`(?:[+*]|\{\d+,\})\??`;
const TRAILING_RUN = new RegExp(`${UNBOUNDED}\\)?\\$\\)?$`);
const NESTED = new RegExp(String.raw`\((?:[^()\\]|\\.)*` + UNBOUNDED + String.raw`(?:[^()\\]|\\.)*\)` + UNBOUNDED);

/** The pattern's top-level alternatives (`a|b`), each anchored or not on its own. */
function alternatives(body: string): string[] {
  const out: string[] = [];
  let depth = 0,
    inClass = false,
    start = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(body.slice(start, i));
      start = i + 1;
    }
  }
  out.push(body.slice(start));
  return out;
}

function risk(literal: string): string | null {
  const body = literal.slice(1, literal.lastIndexOf('/'));
  if (alternatives(body).some((alt) => !alt.startsWith('^') && TRAILING_RUN.test(alt))) return 'unbounded run before $ without ^';
  if (NESTED.test(body)) return 'nested unbounded quantifiers';
  return null;
}

describe('regular expressions on untrusted text', () => {
  it('the check catches the shapes the audit found, and passes bounded ones', () => {
    for (const bad of ['/[ \\t]+$/', '/=+$/', '/^[^\\p{L}]+|[^\\p{L}]+$/gu', '/(a+)+b/', '/(\\s|x*)+$/'])
      expect(risk(bad), bad).not.toBeNull();
    for (const good of ['/\\s{0,4}$/', '/^\\p{L}+$/u', '/[a-z]+/g', '/^(\\d+)$/']) expect(risk(good), good).toBeNull();
  });

  it('no regex literal in the readers, the text checks, the contract or the hosts has a polynomial shape', () => {
    const found = ROOTS.flatMap(sources).flatMap((file) =>
      regexLiterals(file).map((r) => ({ where: `${file}:${r.line}`, text: r.text, risk: risk(r.text) })),
    );
    expect(found.length).toBeGreaterThan(30);
    const unreviewed = found.filter((r) => r.risk && !REVIEWED.has(r.text)).map((r) => `${r.where} ${r.text} (${r.risk})`);
    expect(unreviewed).toEqual([]);
  });
});
