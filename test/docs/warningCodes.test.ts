/**
 * docs/warnings.md is the documented list of warning codes: every code the source can give is in
 * it, and it lists no code the source no longer gives.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Every kebab-case string given as an issue's `code` (also through a conditional expression). */
function codesInSource(): Set<string> {
  const codes = new Set<string>();
  for (const file of sourceFiles(join(ROOT, 'src'))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\bcode:\s*([^,\n}]+)/g)) {
      for (const q of m[1].matchAll(/'([a-z0-9]+(?:-[a-z0-9]+)+)'/g)) codes.add(q[1]);
    }
  }
  return codes;
}

function codesInDocs(): Set<string> {
  const text = readFileSync(join(ROOT, 'docs', 'warnings.md'), 'utf8');
  return new Set([...text.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((m) => m[1]));
}

describe('the list of warning codes', () => {
  const source = codesInSource();
  const docs = codesInDocs();

  it('finds the codes it should (the reading of the source works)', () => {
    expect(source.has('polarity-assumed')).toBe(true);
    expect(source.has('row-without-name')).toBe(true);
    expect(source.size).toBeGreaterThan(30);
  });

  it('documents every code the source gives', () => {
    expect([...source].filter((c) => !docs.has(c)).sort()).toEqual([]);
  });

  it('documents no code the source no longer gives', () => {
    expect([...docs].filter((c) => !source.has(c)).sort()).toEqual([]);
  });
});
