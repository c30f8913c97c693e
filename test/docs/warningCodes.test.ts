/**
 * docs/warnings.md is the documented list of warning codes: it lists exactly the codes of the
 * catalogue (`WARNING_CODES`, the union `Issue.code` is typed by), each with the severity the
 * catalogue's `WARNING_MESSAGES` gives it, and the source still gives every code in the catalogue.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { WARNING_CODES, type WarningCode } from '../../src/core/warnings';
import { WARNING_MESSAGES } from '../../src/core/warningMessages';

const ROOT = join(__dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The catalogue's own files: the code list and the messages. */
const CATALOGUE = [join(ROOT, 'src', 'core', 'warnings.ts'), join(ROOT, 'src', 'core', 'warningMessages.ts')];

/** Every quoted kebab-case string in the source, outside the catalogue itself. */
function quotedInSource(): Set<string> {
  const quoted = new Set<string>();
  for (const file of sourceFiles(join(ROOT, 'src'))) {
    if (CATALOGUE.includes(file)) continue;
    const text = readFileSync(file, 'utf8');
    for (const q of text.matchAll(/'([a-z0-9]+(?:-[a-z0-9]+)+)'/g)) quoted.add(q[1]);
  }
  return quoted;
}

/** The page's table rows: each code and the severity it is documented with. */
function rowsInDocs(): { code: string; severity: string }[] {
  const text = readFileSync(join(ROOT, 'docs', 'warnings.md'), 'utf8');
  return [...text.matchAll(/^\| `([a-z0-9-]+)` \| ([a-z]+) \|/gm)].map((m) => ({ code: m[1], severity: m[2] }));
}

function codesInDocs(): string[] {
  return rowsInDocs().map((r) => r.code);
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

  it('documents each code with the severity its issues carry', () => {
    const wrong = rowsInDocs()
      .filter((r) => (WARNING_CODES as readonly string[]).includes(r.code))
      .filter((r) => WARNING_MESSAGES[r.code as WarningCode].severity !== r.severity)
      .map(
        (r) =>
          `${r.code}: ${r.severity} in the docs, ${WARNING_MESSAGES[r.code as WarningCode].severity} in the catalogue`,
      );
    expect(wrong).toEqual([]);
    expect(rowsInDocs()).toContainEqual({ code: 'period-chosen', severity: 'info' });
  });

  it('holds no code the source no longer gives', () => {
    const quoted = quotedInSource();
    expect(catalogue.filter((c) => !quoted.has(c)).sort()).toEqual([]);
  });
});
