/**
 * Turning schema problems into plain sentences that name the setting:
 * "indicators.CS01.tolerance.value: must be a number of at least 0",
 * "indicators.CS01.polarty: unknown setting; did you mean 'polarity'?".
 */
import type { z } from 'zod';
import { closestWord } from './closestWord';

type SchemaIssue = z.core.$ZodIssue;
type Path = readonly PropertyKey[];

/** Wording for configuration problems, in one place. */
export const configMessages = {
  notJson: (detail: string): string => `is not valid JSON (${detail})`,
  required: 'is required',
  unknownSetting: 'unknown setting',
  didYouMean: (word: string): string => `did you mean '${word}'?`,
  settingsHere: (keys: readonly string[]): string => `the settings here are ${keys.join(', ')}`,
  oneOf: (values: readonly string[]): string => `must be one of ${values.map((v) => `'${v}'`).join(', ')}`,
  atLeast: (n: number): string => `must be a number of at least ${n}`,
  moreThan: (n: number): string => `must be a number more than ${n}`,
  atMost: (n: number): string => `must be at most ${n}`,
  notEmpty: 'must not be empty',
  emptyName: 'an empty name is not allowed',
  relativeTooBig:
    'a relative tolerance is a fraction of the target and must be at most 1 (0.05 means within 5 per cent of the target)',
  bandOrder: (lower: number, upper: number): string =>
    `the lower bound (${lower}) must not be more than the upper bound (${upper})`,
  targetShape: 'must be a number, or a band such as { "lower": 10, "upper": 15 }',
} as const;

const TYPE_WORDS: Readonly<Record<string, string>> = {
  number: 'must be a number',
  int: 'must be a whole number',
  string: 'must be text',
  boolean: 'must be true or false',
  array: 'must be a list',
  object: 'must be an object',
};

/** "indicators.CS01.target", `indicators["% of assessments"].target`, "tables[0].sheet". */
export function pathText(path: Path): string {
  if (path.length === 0) return 'configuration';
  return path
    .map((key, i) => {
      if (typeof key === 'number') return `[${key}]`;
      const name = String(key);
      if (/^[A-Za-z_$][\w$-]*$/.test(name)) return i === 0 ? name : `.${name}`;
      return `[${JSON.stringify(name)}]`;
    })
    .join('');
}

/** A short description of what was written, for "must be a number, not "90%"". */
function describeInput(input: unknown): string {
  if (typeof input === 'string') return JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input);
  if (Array.isArray(input)) return 'a list';
  if (input !== null && typeof input === 'object') return 'an object';
  return String(input);
}

/** The sentence for one problem, without its path. */
function sentence(issue: SchemaIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return configMessages.required;
      const wanted = TYPE_WORDS[issue.expected] ?? `must be ${issue.expected}`;
      return `${wanted}, not ${describeInput(issue.input)}`;
    }
    case 'too_small':
      if (issue.origin === 'string') return configMessages.notEmpty;
      return issue.inclusive === false
        ? configMessages.moreThan(Number(issue.minimum))
        : configMessages.atLeast(Number(issue.minimum));
    case 'too_big':
      return configMessages.atMost(Number(issue.maximum));
    case 'invalid_value': {
      if (issue.input === undefined) return configMessages.required;
      const values = issue.values.map(String);
      const guess = typeof issue.input === 'string' ? closestWord(issue.input, values) : null;
      const base = `${configMessages.oneOf(values)}, not ${describeInput(issue.input)}`;
      return guess === null ? base : `${base}; ${configMessages.didYouMean(guess)}`;
    }
    case 'invalid_union':
      return issue.input === undefined ? issue.message : `${issue.message}, not ${describeInput(issue.input)}`;
    case 'invalid_key':
      return configMessages.emptyName;
    default:
      return issue.message;
  }
}

/**
 * The messages for one schema problem, each starting with the setting's path. An unknown key
 * gives one message per key with a suggestion; a failed "number or band" gives the problems of
 * the form that was meant.
 *
 * @param knownKeysAt the settings allowed in the object at a path, for suggestions
 */
export function describeIssue(issue: SchemaIssue, knownKeysAt: (path: Path) => readonly string[]): string[] {
  const path: Path = issue.path;
  if (issue.code === 'unrecognized_keys') {
    const known = knownKeysAt(path);
    return issue.keys.map((key) => {
      const guess = closestWord(key, known);
      const hint = guess === null ? configMessages.settingsHere(known) : configMessages.didYouMean(guess);
      return `${pathText([...path, key])}: ${configMessages.unknownSetting}; ${hint}`;
    });
  }
  if (issue.code === 'invalid_union') {
    const meant = issue.errors.find((branch) => !branch.some((i) => i.code === 'invalid_type' && i.path.length === 0));
    if (meant !== undefined) {
      return meant.flatMap((inner) => describeIssue({ ...inner, path: [...path, ...inner.path] }, knownKeysAt));
    }
  }
  return [`${pathText(path)}: ${sentence(issue)}`];
}
