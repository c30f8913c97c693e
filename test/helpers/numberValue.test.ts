import { HyperFormula } from 'hyperformula';
import { fromFileFormula, numberValue, registerNumberValue } from './numberValue';

registerNumberValue();

/** A formula's value in a HyperFormula set up for a locale: English (". ,") or German (", ."). */
function calc(formula: string, locale: 'en' | 'de' = 'en'): unknown {
  const hf = HyperFormula.buildFromArray([[]], {
    licenseKey: 'gpl-v3',
    ...(locale === 'de' ? { decimalSeparator: ',', thousandSeparator: '.', functionArgSeparator: ';' } : {}),
  });
  try {
    const v = hf.calculateFormula(formula, 0);
    return typeof v === 'object' && v !== null ? `#${String((v as { type?: unknown }).type)}` : v;
  } finally {
    hf.destroy();
  }
}

describe("the formula checkers' NUMBERVALUE, as Microsoft documents Excel's", () => {
  it('gives the documented examples', () => {
    expect(calc('=NUMBERVALUE("2.500,27",",",".")')).toBe(2500.27);
    expect(calc('=NUMBERVALUE("3.5%")')).toBeCloseTo(0.035, 12);
    expect(calc('=NUMBERVALUE("9%%")')).toBeCloseTo(0.0009, 12);
    expect(calc('=NUMBERVALUE(" 3 000 ")')).toBe(3000);
    expect(calc('=NUMBERVALUE("")')).toBe(0);
  });

  it('is #VALUE! for a second decimal separator, a group separator after it, or text that is no number', () => {
    for (const text of ['1.2.3', '1.234,5', '-', ':', 'n/a', 'TBC', '(12)', '£12'])
      expect([text, calc(`=NUMBERVALUE("${text}",".",",")`)]).toEqual([text, '#VALUE']);
  });

  it('uses only the first character of a separator, and refuses the same character for both', () => {
    expect(numberValue('1;234.5', '.x', ';y')).toBe(1234.5);
    expect(numberValue('1,5', ',', ',')).toBeNull();
  });

  it('reads the same with the separators given whatever the locale, and by the locale without them', () => {
    expect(calc('=NUMBERVALUE("1,234.5",".",",")', 'en')).toBe(1234.5);
    expect(calc('=NUMBERVALUE("1,234.5";".";",")', 'de')).toBe(1234.5);
    expect(calc('=NUMBERVALUE("1.234,5")', 'de')).toBe(1234.5);
    expect(calc('=NUMBERVALUE("1.234,5")', 'en')).toBe('#VALUE');
  });

  it('is what Excel evaluates for the "_xlfn." name a file stores', () => {
    expect(fromFileFormula('IF(A1="","",_xlfn.NUMBERVALUE(A1,".",","))')).toBe('IF(A1="","",NUMBERVALUE(A1,".",","))');
  });
});
