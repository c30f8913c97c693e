/// <reference types="office-js" />
/**
 * The separator `Worksheet.getRanges` takes between the areas of an address. Its reference says
 * "comma-separated or semicolon-separated" ("A1:B2, A5:B5" or "A1:B2; A5:B5"), but Excel on Windows
 * takes only the list separator of the user's locale — a semicolon in German or Czech, a comma in
 * English and on the web — and rejects the other as an invalid argument (OfficeDev/office-js
 * issues 1167 and 1985). Office.js does not say which it is, so it is asked: two cells joined by a
 * comma must come back as two areas, or else joined by a semicolon.
 */
import { errorCode } from './errors';

export type AreaSeparator = ',' | ';';

/** Joins areas for `getRanges` as its reference shows them: the separator and a space. */
export function joinAreas(areas: readonly string[], separator: AreaSeparator): string {
  return areas.join(`${separator} `);
}

/** Whether this Excel reads two cells joined by `separator` as two areas. */
async function takes(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  separator: AreaSeparator,
): Promise<boolean> {
  const areas = sheet.getRanges(joinAreas(['A1', 'C3'], separator)).load('areaCount');
  try {
    await context.sync();
    return areas.areaCount === 2;
  } catch (error) {
    if (errorCode(error) === 'InvalidArgument') return false;
    throw error;
  }
}

/**
 * The separator this Excel's `getRanges` takes, found in one round trip (two when it is the
 * semicolon); null when it takes neither, and rules must then go on one range at a time. Any
 * failure other than an invalid argument is not ours to judge and is passed on.
 */
export async function areaSeparator(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
): Promise<AreaSeparator | null> {
  if (await takes(context, sheet, ',')) return ',';
  return (await takes(context, sheet, ';')) ? ';' : null;
}
