#!/usr/bin/env node
import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { NARRATIVE_STYLES, type NarrativeStyle, withoutControls } from '../core';
import type { OutputFormat } from './runReport';
import { utf8Chunks } from './utf8Chunks';

/** Bytes written to standard output at a time. */
const BATCH = 1 << 16;

const USAGE = `Usage: scorecard-narrator report <workbook.xlsx> [options]

Rates every indicator in a council scorecard red, amber or green against its target and drafts
the committee narrative.

Options:
  --sheet NAME        only this sheet (repeat for several)
  --period LABEL      report on this period, e.g. "Q2 2021/22" (default: the latest most indicators with a target have filled in)
  --config FILE       configuration file (JSON): targets, polarity, tolerance, column roles, house style
  --format FORMAT     text (default), markdown or json
  --style STYLE       how the narrative is written: committee (default: paragraphs of a covering
                      report), briefing (one line per indicator) or exceptions (only red and amber,
                      with their actions); overrides narrativeStyle in the configuration
  --out FILE          also write an annotated copy of the workbook: live RAG colours, RAG labels
                      and a Narrative sheet (never the input file itself)
  -h, --help          show this help
`;

/** A workbook file this large (1 MiB: some 15,000 indicators) holds a report large enough to mind its memory. */
const LARGE_WORKBOOK = 1 << 20;

/**
 * A run holds the whole report while it writes the copy, and V8 by default lets the heap grow to
 * about twice what is live before it collects again: at 50,000 indicators that put the peak at some
 * 610 MiB, at 200,000 near 2 GB. Growing the heap by 30 % at a time instead keeps it near what is
 * live (50,000: some 450 MiB; 200,000: 1.65 GiB), at the cost of more collections: at 50,000 the run
 * took 7.0 s rather than 6.0 s, at 2,000 and 10,000 some 4–7 % longer for no less memory. So it is set
 * only for a workbook file of {@link LARGE_WORKBOOK} or more. It is a setting of the garbage
 * collector's heap-growth rule only, read whenever the heap's next limit is worked out, so setting it
 * once the process has started takes effect (measured); Node's documentation of
 * v8.setFlagsFromString warns that flags set after start-up may do nothing, which here would only
 * give back the default. Set after the bundle and its code cache are loaded, so the cache is made
 * and read under the same flags whatever the workbook.
 */
function heapGrowthFor(workbook: string): void {
  let size = 0;
  try {
    size = statSync(workbook).size;
  } catch {
    return; // the report says what is wrong with the file
  }
  if (size >= LARGE_WORKBOOK) setFlagsFromString('--heap-growing-percent=30');
}

/** Parses the command line and runs the command; returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        sheet: { type: 'string', multiple: true },
        period: { type: 'string' },
        config: { type: 'string' },
        format: { type: 'string', default: 'text' },
        style: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    process.stderr.write(`error: ${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const [command, workbook, ...rest] = positionals;
  if (command !== 'report' || !workbook || rest.length) {
    process.stderr.write(
      `${command && command !== 'report' ? `error: unknown command '${command}'.\n\n` : ''}${USAGE}`,
    );
    return 2;
  }
  const format = values.format as OutputFormat;
  if (!['text', 'markdown', 'json'].includes(format)) {
    process.stderr.write(`error: --format must be text, markdown or json, not '${values.format}'.\n`);
    return 2;
  }
  const style = values.style as NarrativeStyle | undefined;
  if (style !== undefined && !Object.hasOwn(NARRATIVE_STYLES, style)) {
    process.stderr.write(`error: --style must be committee, briefing or exceptions, not '${values.style}'.\n`);
    return 2;
  }
  // Loaded only now (a require the bundle keeps lazy, and any loader of the sources follows), so that
  // help and a mistyped option cost nothing but this module.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { startReport } = require('./runReport') as typeof import('./runReport');
  heapGrowthFor(workbook);
  const result = await startReport({
    workbook,
    sheets: values.sheet,
    period: values.period,
    configFile: values.config,
    format,
    out: values.out,
    style,
  });
  // Messages quote the workbook's cells: an escape sequence or a bidirectional control in one must not act on the terminal.
  quietWhenClosed();
  const say = (lines: readonly string[]) => {
    for (const line of lines) process.stderr.write(`${withoutControls(line)}\n`);
  };
  say(result.stderr);
  // The annotated copy is written while the report is printed: its parts are compressed in zlib's
  // thread pool, and this thread would otherwise wait for them.
  let copying = true;
  const copied = result.finish().finally(() => (copying = false));
  await writeOut(result.output(), () => copying);
  const end = await copied;
  say(end.stderr);
  const failed = process.stdout.errored;
  if (failed && !readerGone(failed)) {
    process.stderr.write(`error: the report could not be written to standard output: ${failed.message}\n`);
    return 1;
  }
  return end.exitCode;
}

/**
 * Whether writing failed because the reader closed the pipe early, as `… | head -1` does once it
 * has its line: the rest is not wanted, and that is no failure of the command.
 */
const readerGone = (e: Error) => (e as NodeJS.ErrnoException).code === 'EPIPE';

let listening = false;

/**
 * Standard output and error, written to after their reader has gone, end the run quietly (an
 * 'error' event no one listens to would end it with a stack trace); any other failure to write
 * the output ends it with exit code 1.
 */
function quietWhenClosed(): void {
  if (listening) return;
  listening = true;
  process.stdout.on('error', (e: Error) => {
    if (!readerGone(e)) process.exitCode = 1;
  });
  process.stderr.on('error', () => undefined);
}

/** Once `stream` asks to be waited for: when it has drained, or has failed or closed (it will then never drain). */
function drained(stream: NodeJS.WriteStream): Promise<void> {
  if (stream.errored || stream.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      for (const event of ['drain', 'error', 'close']) stream.off(event, done);
      resolve();
    };
    for (const event of ['drain', 'error', 'close']) stream.on(event, done);
  });
}

/**
 * Writes `pieces` to standard output as they are made, encoded in buffers of {@link BATCH} bytes,
 * waiting whenever the stream asks; stops, making no more, once the stream has failed (its reader
 * gone, say). While `sharing()`, lets other work run after each buffer: standard output written to
 * a file or, on Linux, a pipe is written synchronously (Node's "A note on process I/O"), so the
 * event loop would otherwise not turn until the whole report is out.
 */
async function writeOut(pieces: Iterable<string>, sharing: () => boolean): Promise<void> {
  const out = process.stdout;
  for (const chunk of utf8Chunks(pieces, BATCH)) {
    if (!out.write(chunk)) await drained(out);
    else if (sharing()) await new Promise(setImmediate);
    if (out.errored || out.destroyed) return;
  }
}

/** Runs the command with `argv` (the arguments after the command's name) and sets the process's exit code. */
export function run(argv: readonly string[]): Promise<void> {
  return main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`error: something unexpected went wrong: ${(e as Error).message}\n`);
      process.exitCode = 1;
    },
  );
}

if (require.main === module) void run(process.argv.slice(2));
