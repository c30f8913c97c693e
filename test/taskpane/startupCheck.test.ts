import { requirementSets } from '../../src/app/requirementSets';
import { startupProblem } from '../../src/taskpane/startupCheck';

describe('startupProblem', () => {
  it('is silent in an Excel that has every requirement set', () => {
    expect(startupProblem({ host: 'Excel', isSetSupported: () => true })).toBeNull();
  });

  it('names the missing requirement sets in an older Excel', () => {
    const problem = startupProblem({ host: 'Excel', isSetSupported: (name) => name !== 'SharedRuntime' });
    expect(problem?.title).toBe('Excel needs updating');
    expect(problem?.detail).toContain('SharedRuntime 1.1');
    expect(problem?.detail).not.toContain('ExcelApi');
  });

  it('asks every set at its declared minimum version', () => {
    const asked: string[] = [];
    startupProblem({ host: 'Excel', isSetSupported: (name, version) => (asked.push(`${name} ${version}`), true) });
    expect(asked).toEqual(requirementSets.map((s) => `${s.name} ${s.minVersion}`));
  });

  it('says so when the page is opened outside Excel', () => {
    expect(startupProblem({ host: null })?.title).toBe('Not running in Excel');
    expect(startupProblem({ host: 'Word', isSetSupported: () => true })?.detail).toMatch(/works inside Excel/);
  });
});
