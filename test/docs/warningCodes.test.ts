/**
 * docs/warnings.md is the documented list of warning codes: it lists exactly the codes of the
 * catalogue (`WARNING_CODES`, the union `Issue.code` is typed by), and the source still gives every
 * code in the catalogue.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { WARNING_CODES } from '../../src/core/warnings';

const ROOT = join(__dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Every quoted kebab-case string in the source, outside the catalogue itself. */
function quotedInSource(): Set<string> {
  const quoted = new Set<string>();
  for (const file of sourceFiles(join(ROOT, 'src'))) {
    if (file === join(ROOT, 'src', 'core', 'warnings.ts')) continue;
    const text = readFileSync(file, 'utf8');
    for (const q of text.matchAll(/'([a-z0-9]+(?:-[a-z0-9]+)+)'/g)) quoted.add(q[1]);
  }
  return quoted;
}

function codesInDocs(): string[] {
  const text = readFileSync(join(ROOT, 'docs', 'warnings.md'), 'utf8');
  return [...text.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((m) => m[1]);
}

describe('the list of warning codes', () => {
  const catalogue = [...WARNING_CODES];

  it('has each code once', () => {
    expect(new Set(catalogue).size).toBe(catalogue.length);
    expect(catalogue).toContain('polarity-assumed');
    expect(catalogue).toContain('row-without-name');
  });

  it('is documented, each code once, and the page lists no code the catalogue lacks', () => {
    const docs = codesInDocs();
    expect(new Set(docs).size).toBe(docs.length);
    expect(catalogue.filter((c) => !docs.includes(c)).sort()).toEqual([]);
    expect(docs.filter((c) => !(catalogue as string[]).includes(c)).sort()).toEqual([]);
  });

  it('holds no code the source no longer gives', () => {
    const quoted = quotedInSource();
    expect(catalogue.filter((c) => !quoted.has(c)).sort()).toEqual([]);
  });
});
