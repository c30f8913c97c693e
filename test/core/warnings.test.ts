/**
 * The warnings catalogue: every code has its severity and one message builder, `warning` makes the
 * issue from them, and no source file words a warning of its own.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { WARNING_CODES } from '../../src/core/warnings';
import { WARNING_MESSAGES, warning } from '../../src/core/warningMessages';

const ROOT = join(__dirname, '..', '..');
const CATALOGUE = ['src/core/warnings.ts', 'src/core/warningMessages.ts'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const CODES = new Set<string>(WARNING_CODES);

/**
 * The places in `text` that build an issue by hand: a literal severity (`severity: 'warning'`), or
 * a `code:` property whose value names a warning code (`code: 'cell-error'`, `code: x ? 'a' : 'b'`).
 */
function inlineIssues(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/\bseverity\s*:\s*'(info|warning|error)'/g)) found.push(m[0]);
  for (const m of text.matchAll(/\bcode\s*:\s*([^,;}\n]*)/g)) {
    const named = [...m[1].matchAll(/'([a-z0-9-]+)'/g)].map((q) => q[1]).filter((q) => CODES.has(q));
    if (named.length) found.push(m[0].trim());
  }
  return found;
}

describe('the warnings catalogue', () => {
  it('has a severity and a message builder for every code, and nothing else', () => {
    expect(Object.keys(WARNING_MESSAGES).sort()).toEqual([...WARNING_CODES].sort());
    for (const code of WARNING_CODES) {
      expect(['info', 'warning', 'error']).toContain(WARNING_MESSAGES[code].severity);
      expect(typeof WARNING_MESSAGES[code].message).toBe('function');
    }
  });

  it('makes an issue with the code, its severity, the message and the place', () => {
    const issue = warning('cell-error', { sheet: 'Q3', cell: 'F12', error: '#N/A' }, { sheet: 'Q3', cell: 'F12' });
    expect(issue).toStrictEqual({
      severity: 'warning',
      code: 'cell-error',
      message: 'Q3!F12 holds the error #N/A: read as no data.',
      sheet: 'Q3',
      cell: 'F12',
    });
  });

  it('leaves out a place it is not given, so the JSON says null', () => {
    const issue = warning('config-sheet-unmatched', { config: 'Old sheet' });
    expect(issue).toStrictEqual({
      severity: 'warning',
      code: 'config-sheet-unmatched',
      message:
        "The table configuration for 'Old sheet' matches no sheet or Excel table in the workbook, so it is not used.",
    });
    expect(warning('rule-anchor', { sheet: 'Q3', ranges: ['B4:B9', 'A2:A3'] }, { sheet: 'Q3' })).not.toHaveProperty(
      'cell',
    );
  });

  it('words a missing sheet once, whether a block of rules or a label was to go on it', () => {
    const block = warning('sheet-missing', { sheet: 'Q3', at: 'F5:F20', lost: 'RAG colours' }).message;
    const label = warning('sheet-missing', { sheet: 'Q3', at: 'P5', lost: 'RAG label' }).message;
    expect(block).toBe("Q3!F5:F20: the sheet 'Q3' is not in the workbook; no RAG colours were written for it.");
    expect(label).toBe("Q3!P5: the sheet 'Q3' is not in the workbook; the RAG label was not written.");
    expect(warning('sheet-missing', { sheet: 'Q3', at: 'P4', lost: 'RAG label' }).severity).toBe('error');
  });

  it('finds an issue built by hand, so the scan below can fail', () => {
    const byHand = [
      "issues.push({ severity: 'warning', code: 'cell-error', sheet, message: `${sheet}: oops` });",
      "warnings.push({ code: name ? 'row-without-values' : 'row-without-name', sheet, cell, message });",
    ].join('\n');
    expect(inlineIssues(byHand)).toEqual([
      "severity: 'warning'",
      "code: 'cell-error'",
      "code: name ? 'row-without-values' : 'row-without-name'",
    ]);
    expect(inlineIssues("if (issue.code === 'rag-disagrees') ctx.addIssue({ code: 'custom', message });")).toEqual([]);
  });

  it('is the only place in the source that words a warning', () => {
    const byHand = sourceFiles(join(ROOT, 'src'))
      .map((file) => relative(ROOT, file).split('\\').join('/'))
      .filter((file) => !CATALOGUE.includes(file))
      .flatMap((file) => inlineIssues(readFileSync(join(ROOT, file), 'utf8')).map((hit) => `${file}: ${hit}`));
    expect(byHand).toEqual([]);
  });
});
