/**
 * NUMBERVALUE for HyperFormula, which does not have it, as Microsoft documents Excel's
 * (support.microsoft.com, "NUMBERVALUE function"): text to a number with the decimal and group
 * separators given, whatever the locale; without them, the locale's (here the engine's
 * `decimalSeparator` and `thousandSeparator`). Only the first character of a separator counts;
 * spaces are ignored anywhere; empty text is 0; a group separator before the decimal separator is
 * ignored and one after it is an error, as is a second decimal separator; each trailing "%"
 * divides by 100; anything else that is not a number is #VALUE!. Test-only, beside HyperFormula
 * (GPL-3.0): the formula checkers register it with {@link registerNumberValue}.
 */
import {
  CellError,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  type ImplementedFunctions,
} from 'hyperformula';

/** What is left once separators, spaces and per cent signs are dealt with: a plain decimal number. */
const PLAIN = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:E[+-]?\d+)?$/i;

/** Excel's NUMBERVALUE on `text` with the separators given: the number, or null for #VALUE!. */
export function numberValue(text: string, decimal: string, group: string): number | null {
  const d = decimal[0];
  const g = group[0];
  if (d === undefined || g === undefined || d === g) return null;
  let t = text.replace(/ /g, '');
  if (t === '') return 0;
  let percents = 0;
  while (t.endsWith('%')) {
    t = t.slice(0, -1);
    percents++;
  }
  const point = t.indexOf(d);
  if (point !== -1 && t.indexOf(d, point + 1) !== -1) return null;
  const whole = point === -1 ? t : t.slice(0, point);
  const fraction = point === -1 ? '' : t.slice(point + 1);
  if (fraction.includes(g)) return null;
  const plain = `${whole.split(g).join('')}${point === -1 ? '' : `.${fraction}`}`;
  if (plain === '' && percents === 0) return 0;
  if (!PLAIN.test(plain)) return plain === '' ? 0 : null;
  return Number(percents ? `${plain}e-${2 * percents}` : plain);
}

/** The syntax tree and state HyperFormula hands a function (its own types are not exported). */
type RunArgs = Parameters<NumberValuePlugin['runFunction']>;

class NumberValuePlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    NUMBERVALUE: {
      method: 'numbervalue',
      parameters: [
        { argumentType: FunctionArgumentType.STRING },
        { argumentType: FunctionArgumentType.STRING, optionalArg: true },
        { argumentType: FunctionArgumentType.STRING, optionalArg: true },
      ],
    },
  };

  numbervalue(ast: { args: RunArgs[0] }, state: RunArgs[1]) {
    return this.runFunction(
      ast.args,
      state,
      this.metadata('NUMBERVALUE'),
      (text: string, decimal?: string, group?: string) => {
        // HyperFormula's locale may have no group separator (its default): then the usual partner of its decimal one.
        const d = decimal ?? this.config.decimalSeparator;
        const n = numberValue(text, d, group ?? (this.config.thousandSeparator || (d === ',' ? '.' : ',')));
        return n === null ? new CellError(ErrorType.VALUE) : n;
      },
    );
  }
}

let registered = false;

/** Makes NUMBERVALUE known to every HyperFormula instance built after this (once per process). */
export function registerNumberValue(): void {
  if (registered) return;
  HyperFormula.registerFunctionPlugin(NumberValuePlugin, { enGB: { NUMBERVALUE: 'NUMBERVALUE' } });
  registered = true;
}

/** A formula as the file stores it ("_xlfn.NUMBERVALUE(…)") as Excel shows and evaluates it ("NUMBERVALUE(…)"). */
export function fromFileFormula(formula: string): string {
  return formula.replace(/_xlfn\./gi, '');
}
