import { type CommandOutcome, subscribeOutcomes } from '../../src/app/commandOutcomes';

/** The outcomes the commands publish during each test of the file, in order: a fresh list per test. */
export function publishedOutcomes(): { list: CommandOutcome[] } {
  const published = { list: [] as CommandOutcome[] };
  let unsubscribe: () => void = () => undefined;
  beforeEach(() => {
    published.list = [];
    unsubscribe = subscribeOutcomes((outcome) => published.list.push(outcome));
  });
  afterEach(() => unsubscribe());
  return published;
}
