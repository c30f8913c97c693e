/**
 * A target written at the end of an indicator's name, where the table has no column for targets:
 * Northamptonshire's call handling page lists "The percentage (%) of calls we answered within 60
 * seconds. Target is 80%" beside "Performance in May 2019". Read with a warning
 * (`target-from-name`), so that the indicator is rated rather than called a context measure.
 */
import { parseWordedTarget } from '../values/polarity';
import { normaliseCellText } from '../values/noDataCodes';

/** The name without its target, the target's words ("80%", "5% or less") and the whole phrase ("Target is 80%"). */
export interface NameTarget {
  readonly name: string;
  readonly target: string;
  readonly phrase: string;
}

/**
 * "Target is 80%", "(target 95%)", "– Target: 90%", "Target = 5% or less", at the end of the name, after
 * a full stop, a dash, a colon or a new line, or in brackets: not "… in care to target 300".
 */
const AT_END =
  /^([^]*?[^\s.;:,(–—-])(?:\s*[.;:,–—-]\s*|[ \t]*\n\s*|\s+(?=\())(\(\s*target(?:\s+is|\s*[:=]|\s+of)?\s+([^()]+?)\s*\)|target(?:\s+is|\s*[:=]|\s+of)?\s+([^()\n]+?))\.?$/i;

/** A number, with a per cent sign or pound sign, alone: "80%", "£1.50", "12". */
const PLAIN = /^£?\d[\d,]*(?:\.\d+)?\s?%?$/;

/** The target at the end of `name`, or null when it ends with none (or with words that are not one). */
export function targetInName(name: string): NameTarget | null {
  // Each line tidied, the lines kept: a new line is where a name's sentence ends.
  const lines = name
    .split(/\r\n?|\n/)
    .map(normaliseCellText)
    .filter((l) => l !== '');
  const m = AT_END.exec(lines.join('\n'));
  if (!m) return null;
  const target = (m[3] ?? m[4]).trim();
  if (!PLAIN.test(target) && parseWordedTarget(target) === null) return null;
  return { name: m[1].replace(/\s+/g, ' '), target, phrase: m[2] };
}
