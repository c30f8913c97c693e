import { newFigures } from '../../../src/core/narrative/newFigures';

const draft =
  'The percentage of assessments completed within 45 working days (CSC05) was 88.1 per cent (612 of 695) in Q2 2021/22, above the target of 85.0 per cent; 1,234 contacts.';

describe('figures typed into the narrative', () => {
  it('finds none when the officer only rewords', () => {
    expect(
      newFigures(
        draft,
        'Assessments within 45 working days rose to 88.1 per cent in Q2 2021/22 (target 85.0 per cent), with 1234 contacts.',
      ),
    ).toEqual([]);
  });

  it('finds a changed figure and one the draft never had, each once, in the order written', () => {
    expect(
      newFigures(
        draft,
        'Assessments stood at 88.7 per cent, 12 more than last year; 12 of them late, against 85.0 per cent.',
      ),
    ).toEqual(['88.7', '12']);
  });

  it('reads a figure at the end of a sentence without its full stop, and figures with thousands separators', () => {
    expect(newFigures(draft, 'The service saw 2,500 contacts. The target was 90.')).toEqual(['2500', '90']);
  });
});
