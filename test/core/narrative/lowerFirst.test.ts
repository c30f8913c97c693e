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
    // Public health outcomes codes opening a Fingertips name: "c09a - Reception prevalence" was printed.
    'C09a - Reception prevalence of overweight',
    'B12a Violent crime hospital admissions',
    'Q2 outturn against budget',
  ])('%p, an acronym or a proper name, is kept as written', (name) => expect(lowerFirst(name)).toBe(name));
});

describe('roads named by their class', () => {
  // "Percentage of A roads in overall poor condition" read "the largest decline was in a roads in …".
  it.each([
    'A roads in overall poor condition',
    'B and C roads where maintenance should be considered',
    'A, B and C class roads',
  ])('%p keeps its class letter', (name) => expect(lowerFirst(name)).toBe(name));

  it.each([
    ['A decent homes standard met', 'a decent homes standard met'],
    ['A road safety scheme completed', 'a road safety scheme completed'],
  ])('%p, whose A is the article, starts lower case', (name, shown) => expect(lowerFirst(name)).toBe(shown));
});
