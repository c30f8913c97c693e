import { lowerFirst } from '../../../src/core/narrative/phrases';

describe('a name inside a sentence', () => {
  it.each([
    ['Assessments completed within 45 working days', 'assessments completed within 45 working days'],
    ['Children in care', 'children in care'],
  ])('%p in sentence case starts lower case: %p', (name, shown) => expect(lowerFirst(name)).toBe(shown));

  // Bracknell's "EHCPs issued within 20 weeks" read "eHCPs issued"; Fife's "Solace/LGBF" read "solace/LGBF".
  it.each([
    'EHCP plans issued within 20 weeks',
    'EHCPs issued within 20 weeks',
    'NEETs aged 16 to 17',
    'Solace/LGBF cost of council tax collection',
    'NHS-funded nursing care',
    'Education, Health and Care plans',
  ])('%p, an acronym or a proper name, is kept as written', (name) => expect(lowerFirst(name)).toBe(name));
});
