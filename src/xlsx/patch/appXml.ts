/**
 * The document's extended properties (`docProps/app.xml`) with its list of worksheets brought up
 * to date: Excel keeps there a count of sheets by kind (HeadingPairs) and their names
 * (TitlesOfParts), worksheets first. Other groups (named ranges, charts) are kept as written.
 */
import { escapeText, unescapeXml } from './xml';

/** The first group of HeadingPairs is the worksheets unless its label says otherwise. */
const NOT_WORKSHEETS = /chart|named|range|diagramm|graphique|nommées|bereich/i;

/**
 * `xml` with its worksheet names replaced by `worksheets` (in workbook order) and the count
 * beside them; returned unchanged when it has no such list.
 */
export function appXml(xml: string, worksheets: readonly string[]): string {
  const pairs = /<((?:\w+:)?)HeadingPairs>([\s\S]*?)<\/\1HeadingPairs>/.exec(xml);
  const titles = /<((?:\w+:)?)TitlesOfParts>([\s\S]*?)<\/\1TitlesOfParts>/.exec(xml);
  if (!pairs || !titles) return xml;
  const variants = [...pairs[2].matchAll(/<((?:\w+:)?)variant>([\s\S]*?)<\/\1variant>/g)];
  if (variants.length < 2) return xml;
  const label = /<(?:\w+:)?lpstr>([\s\S]*?)<\/(?:\w+:)?lpstr>/.exec(variants[0][2])?.[1];
  const countMatch = /<((?:\w+:)?)i4>(\d+)<\/\1i4>/.exec(variants[1][2]);
  if (label === undefined || !countMatch || NOT_WORKSHEETS.test(unescapeXml(label))) return xml;
  const oldCount = Number(countMatch[2]);
  const items = [...titles[2].matchAll(/<((?:\w+:)?)lpstr>([\s\S]*?)<\/\1lpstr>|<((?:\w+:)?)lpstr\s*\/>/g)];
  const vector = /<((?:\w+:)?)vector\b([^>]*)>/.exec(titles[2]);
  if (!vector || items.length < oldCount) return xml;
  const vt = items[0]?.[1] ?? items[0]?.[3] ?? vector[1];
  const names = worksheets.map((n) => `<${vt}lpstr>${escapeText(n)}</${vt}lpstr>`).join('');
  const rest = items
    .slice(oldCount)
    .map((m) => m[0])
    .join('');
  const size = worksheets.length + items.length - oldCount;
  const vectorTag = `<${vector[1]}vector${vector[2].replace(/\ssize="\d+"/, ` size="${size}"`)}>`;
  const newTitles = `<${titles[1]}TitlesOfParts>${vectorTag}${names}${rest}</${vector[1]}vector></${titles[1]}TitlesOfParts>`;
  const newVariant1 = variants[1][0].replace(
    countMatch[0],
    `<${countMatch[1]}i4>${worksheets.length}</${countMatch[1]}i4>`,
  );
  const newPairs = pairs[0].replace(variants[1][0], newVariant1);
  return xml.replace(titles[0], newTitles).replace(pairs[0], newPairs);
}
