import type { BenchmarkKind, ColumnRole } from './types';

/**
 * The header words councils use for each column role. A phrase matches a header whose words
 * are the phrase plus, at most, a period ("Target 2021/22", "England average 2020/21") and the
 * group's filler words. Phrases are written as {@link headerWords} gives them: lower case,
 * no punctuation.
 */
export interface SynonymGroup {
  readonly role: ColumnRole;
  /** How a reason names the role: "header 'Good is' means polarity". */
  readonly meaning: string;
  readonly phrases: readonly string[];
  readonly benchmark?: BenchmarkKind;
  /** Words allowed beside the phrase besides a period ("average" in "England average"). */
  readonly fillers?: readonly string[];
}

const BENCHMARK_FILLERS = ['average', 'avg', 'ave', 'mean', 'rate', 'value', 'figure', 'latest', 'published', 'benchmark', 'data', 'comparator', '%'];
/** A rank may name the group it is among: "Rank in CIPFA group", "Rank among statistical neighbours". */
const RANK_FILLERS = [...BENCHMARK_FILLERS, 'in', 'among', 'amongst', 'within', 'of', 'out', 'group', 'cipfa', 'family',
  'comparator', 'comparators', 'statistical', 'nearest', 'neighbours', 'neighbors', 'peer', 'peers', 'region', 'regional',
  'national', 'england', 'wales', 'scotland', 'uk', 'all', 'authorities', 'councils', 'position'];
const MEASURE_FILLERS = ['value', 'level', 'figure', 'rate', '%', 'for', 'the', 'current', 'this', 'year', 'in'];

export const SYNONYMS: readonly SynonymGroup[] = [
  { role: 'name', meaning: 'the indicator name', phrases: [
    'indicator', 'indicators', 'indicator name', 'indicator title', 'indicator description', 'measure', 'measures',
    'measure name', 'measure title', 'measure description', 'kpi', 'kpis', 'kpi name', 'kpi title', 'kpi description',
    'performance indicator', 'performance indicators', 'performance indicator name', 'key performance indicator',
    'key performance indicators', 'pi', 'pis', 'pi name', 'pi description', 'description', 'performance measure',
    'performance measures', 'metric', 'metrics', 'metric name', 'name', 'title', 'criteria', 'criterion',
    'performance criteria', 'measure definition', 'indicator definition', 'kpi definition'] },
  { role: 'ref', meaning: 'the indicator reference', phrases: [
    'ref', 'refs', 'reference', 'ref no', 'reference no', 'reference number', 'id', 'code', 'no', 'number', '#', 'ref #',
    'pi ref', 'pi reference', 'pi code', 'pi no', 'pi number', 'pi id', 'kpi ref', 'kpi reference', 'kpi code', 'kpi no',
    'kpi number', 'kpi id', 'indicator ref', 'indicator reference', 'indicator code', 'indicator id', 'indicator no',
    'indicator number', 'measure ref', 'measure code', 'measure id', 'measure no'] },
  { role: 'polarity', meaning: 'polarity', phrases: [
    'polarity', 'good is', 'good performance is', 'good performance', 'aim', 'aim for', 'direction', 'better if', 'better is',
    'better when', 'higher or lower is better', 'higher or lower better', 'high or low is good', 'high or low is better',
    'higher is better', 'is higher better', 'bigger or smaller is better', 'desired direction', 'direction of improvement',
    'good direction', 'preferred direction', 'target direction', 'smaller values are best', 'larger values are best',
    'smaller or larger is best', 'larger or smaller is best', 'smaller or larger is better', 'bigger or smaller is best',
    'higher or lower is best', 'high or low', 'higher or lower', 'is lower better', 'lower is better', 'smaller is better',
    'larger is better', 'bigger is better', 'aim to', 'aim high or low', 'good is high or low', 'good performance is high or low',
    'minimise or maximise', 'maximise or minimise', 'max or min', 'min or max', 'desired outcome',
    'direction of good performance', 'improvement is', 'improvement direction', 'better performance is', 'our goal is',
    'goal is', 'our aim is', 'aim is', 'ideal direction', 'intended direction', 'direction of travel sought', 'good looks like'] },
  { role: 'targetLower', meaning: 'the lower bound of a target band', phrases: [
    'target lower', 'lower target', 'target min', 'min target', 'target minimum', 'minimum target', 'target low',
    'low target', 'target from', 'target lower limit', 'target lower bound', 'lower limit', 'lower bound', 'target floor'] },
  { role: 'targetUpper', meaning: 'the upper bound of a target band', phrases: [
    'target upper', 'upper target', 'target max', 'max target', 'target maximum', 'maximum target', 'target high',
    'high target', 'target to', 'target upper limit', 'target upper bound', 'upper limit', 'upper bound', 'target ceiling'] },
  { role: 'tolerance', meaning: 'the amber tolerance', fillers: ['%', 'level', 'pp', 'points', 'pts', 'percentage', 'per', 'cent', 'units', 'of', 'target', 'relative', 'absolute', 'in'], phrases: [
    'tolerance', 'tolerances', 'amber tolerance', 'amber threshold', 'amber range', 'amber trigger', 'amber band',
    'amber limit', 'tolerance band', 'tolerance threshold', 'variance tolerance', 'amber', 'variance allowed', 'allowed variance',
    'acceptable variance', 'permitted variance', 'tolerance allowed', 'amber value', 'amber boundary', 'amber from',
    'amber target', 'red threshold', 'red value', 'red boundary', 'red trigger', 'floor', 'floor standard', 'floor level'] },
  { role: 'target', meaning: 'the target', fillers: MEASURE_FILLERS, phrases: [
    'target', 'targets', 'tgt', 'annual target', 'annual targets', 'year end target', 'year target', 'quarterly target',
    'monthly target', 'local target', 'agreed target', 'stretch target', 'goal', 'goals', 'standard', 'threshold',
    'green threshold', 'green target'] },
  { role: 'target', meaning: 'the target profiled to the reporting point', fillers: MEASURE_FILLERS, phrases: [
    'profiled target', 'profile target', 'target profile', 'profiled', 'target to date', 'profiled target to date',
    'target profiled', 'cumulative target', 'target cumulative', 'profiled ytd target'] },
  { role: 'benchmark', benchmark: 'statisticalNeighbours', meaning: 'a benchmark: statistical neighbours', fillers: BENCHMARK_FILLERS, phrases: [
    'statistical neighbours', 'statistical neighbour', 'statistical neighbors', 'statistical neighbor', 'stat neighbours',
    'stat neighbour', 'stat neighbors', 'stat nbrs', 'sn', 'sns', 'nearest neighbours', 'cipfa nearest neighbours',
    'cipfa neighbours', 'comparator group', 'comparator authorities', 'family group', 'similar authorities'] },
  { role: 'benchmark', benchmark: 'england', meaning: 'a benchmark: England', fillers: BENCHMARK_FILLERS, phrases: ['england', 'all england', 'english', 'eng'] },
  { role: 'benchmark', benchmark: 'wales', meaning: 'a benchmark: Wales', fillers: BENCHMARK_FILLERS, phrases: ['wales', 'all wales', 'welsh'] },
  { role: 'benchmark', benchmark: 'national', meaning: 'a benchmark: national', fillers: BENCHMARK_FILLERS, phrases: [
    'national', 'uk', 'great britain', 'gb', 'scotland', 'northern ireland'] },
  { role: 'benchmark', benchmark: 'regional', meaning: 'a benchmark: regional', fillers: BENCHMARK_FILLERS, phrases: [
    'regional', 'region', 'north west', 'north east', 'yorkshire and the humber', 'yorkshire and humber', 'east midlands',
    'west midlands', 'east of england', 'eastern region', 'london', 'inner london', 'outer london', 'south east', 'south west'] },
  { role: 'benchmark', benchmark: 'rank', meaning: 'a benchmark: rank', fillers: RANK_FILLERS, phrases: [
    'rank', 'ranking', 'national rank', 'england rank', 'wales rank', 'rank in wales', 'rank in england', 'league position',
    'league table position'] },
  { role: 'benchmark', benchmark: 'quartile', meaning: 'a benchmark: quartile', fillers: BENCHMARK_FILLERS, phrases: [
    'quartile', 'quartiles', 'national quartile', 'england quartile', 'wales quartile', 'quartile position', 'quartile band'] },
  { role: 'benchmark', benchmark: 'other', meaning: 'a benchmark', fillers: BENCHMARK_FILLERS, phrases: [
    'benchmark', 'benchmarks', 'comparator', 'comparators', 'peer average', 'peer group', 'core cities'] },
  { role: 'numerator', meaning: 'the numerator', phrases: ['numerator', 'numerators', 'num', 'numerator value'] },
  { role: 'denominator', meaning: 'the denominator', phrases: [
    'denominator', 'denominators', 'denom', 'cohort', 'cohort size', 'total cohort', 'base', 'base number', 'population'] },
  { role: 'frequency', meaning: 'the reporting frequency', phrases: [
    'frequency', 'reporting frequency', 'freq', 'reported', 'frequency of reporting', 'how often reported',
    'reporting cycle', 'periodicity', 'reporting period'] },
  { role: 'unit', meaning: 'the unit', phrases: [
    'unit', 'units', 'measure type', 'unit of measure', 'unit of measurement', 'units of measure', 'data type', 'value type'] },
  { role: 'commentary', meaning: 'commentary', phrases: [
    'commentary', 'comments', 'comment', 'notes', 'note', 'narrative', 'service commentary', 'officer commentary',
    'performance commentary', 'analysis', 'explanation', 'update', 'progress update', 'remarks', 'context'] },
  { role: 'actions', meaning: 'the actions being taken', phrases: [
    'actions', 'action', 'remedial action', 'remedial actions', 'actions planned', 'planned actions', 'action plan',
    'action plans', 'improvement actions', 'corrective action', 'corrective actions', 'next steps', 'mitigation',
    'mitigating actions', 'what are we doing', 'what we are doing', 'what are we doing about it', 'what we are doing about it',
    'what is being done', 'actions to improve', 'actions being taken'] },
  { role: 'rag', meaning: "the sheet's own RAG rating, read to compare with ours", phrases: [
    'rag', 'rag status', 'rag rating', 'rag rating status', 'overall rag', 'rag position', 'rag against target', 'status',
    'performance status', 'overall status', 'current status', 'progress status', 'progress rating', 'status against target', 'kpi status', 'pi status', 'rating',
    'g/a/r', 'r/a/g', 'gar', 'traffic light', 'traffic light status', 'performance against target', 'on target', 'achieved',
    'met', 'target met', 'target achieved', 'met target', 'achieved target'] },
  { role: 'ignore', meaning: 'a column the engine works out for itself, so it is not read', phrases: [
    'dot', 'direction of travel', 'trend', 'trends', 'short term trend', 'long term trend', 'change', 'variance', 'difference',
    '% change', 'sparkline', 'chart', 'graph'] },
  { role: 'ignore', meaning: 'a column not needed for rating, so it is not read', phrases: [
    'lead officer', 'lead', 'owner', 'officer', 'responsible officer', 'accountable officer', 'portfolio',
    'portfolio holder', 'cabinet member', 'lead member', 'directorate', 'department', 'service', 'service area',
    'theme', 'priority', 'corporate priority', 'outcome', 'data source', 'source'] },
];

/** Words that settle a longer header when no phrase fits it whole ("Lead officer comments"). */
export const CONTAINS: readonly { readonly role: ColumnRole; readonly meaning: string; readonly words: readonly string[] }[] = [
  { role: 'commentary', meaning: 'commentary', words: ['commentary', 'comments', 'comment', 'narrative', 'notes', 'remarks'] },
  { role: 'rag', meaning: "the sheet's own RAG rating, read to compare with ours", words: ['rag'] },
  { role: 'actions', meaning: 'the actions being taken', words: ['actions', 'action'] },
  { role: 'ignore', meaning: 'a column the engine works out for itself, so it is not read', words: ['dot', 'trend', 'travel', 'status', 'variance', 'sparkline'] },
  { role: 'ignore', meaning: 'a column not needed for rating, so it is not read', words: ['owner', 'officer', 'portfolio'] },
];
