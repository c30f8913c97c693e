import { polarityFromName } from '../../../src/core/values/polarityFromName';

describe('polarity implied by what an indicator measures', () => {
  it.each([
    'Cost of collecting council tax per dwelling (£)',
    'Rent arrears of current tenants as a % of rent due',
    'Debt over 90 days old',
    'Forecast revenue outturn variance against net budget',
    'Call wait times average (seconds)',
    'Contact Centres: average waiting time (seconds)',
    'Contact Centres: incoming calls abandoned',
    'Calls abandoned before being answered',
    'Average time taken to clear a reported fly-tip',
    'Average number of days to re-let council homes',
    'Average number of calendar days to complete non-emergency repairs',
    'Average days to process new Housing Benefit claims',
    'Time taken to process Housing Benefit new claims and change events',
    'Average void time in days (cumulative)',
    'Number of complaints received',
    'Permanent admissions of older people (65+) to residential and nursing care homes, per 100,000 population',
    'Hospital admissions for alcohol-related conditions per 100,000',
    'Delayed transfers of care from hospital per 100,000 population',
    'Proportion of offenders who re-offend',
    'Average number of working days lost to sickness absence per FTE',
    'Number of missed collections per 100,000',
    // Waste produced, roads in poor condition, litter: B&NES's and the Welsh PAM measures.
    'Kg of household waste collected per head',
    'Residual household waste per household (kg)',
    'A roads in overall poor condition',
    'Percentage of principal (A) roads that are in overall poor condition',
    'Land that is assessed as having significant litter',
    'Number of fly-tipping incidents',
    'Number of long-term empty homes',
    'Number of households in temporary accommodation',
    'Rent lost from vacant dwellings',
    'Rate of permanent exclusions in primary schools (academic year)',
    'Under 18 conception rate per 1,000 females aged 15-17',
    'Smoking prevalence in adults (18+), current smokers (%)',
    'Prevalence of obesity in Year 6 children',
    "Percentage of re-referrals to children's social care within 12 months",
    // West Dunbartonshire's measure, which the sheet rates red at 7.9 % against 5 %.
    'Percentage of child protection re-registrations within 12 months',
    'Percentage of 16-17 year olds not in education, employment or training (NEET)',
    'Percentage of homes not meeting the Decent Homes Standard',
    'Residual household waste per household (kg)',
    'Housing Benefit overpayments identified (£)',
    // Northumberland's children's social care measures, which the council rates lower-is-better.
    '% Staff turnover within the social work workforce',
    'Rate of children subject to a child protection plan per 10,000 children',
    'Children looked after rate, per 10,000 children aged under 18',
    'Number of children in care',
    'Looked after children (per 10,000)',
    // Fife's benefits measure.
    'Claimants in receipt of out-of-work benefits',
    // A fire and rescue service's counts.
    'Number of accidental dwelling fires',
    'Deliberate fires',
    'Primary fires per 10,000 population',
    'Fire fatalities',
    'Automatic false alarms from non-domestic premises',
    // Scottish Fire and Rescue's local plans count automatic alarms that were not fires so.
    'Unwanted fire alarm signals',
    'Unwanted fire signals attended',
    // Health and housing measures past a time limit.
    'Ambulance handovers over 60 minutes',
    'A&E attendances over 4 hours',
    'Number of households in B&B over 6 weeks',
    // Young people's activity, and benefit claims for want of work.
    'Number of NEETs',
    'Young people whose activity is not known',
    'Claimant count',
    'Children in poverty',
    'Fuel poverty',
    'Streetlights not working',
    // A planning refusal overturned at appeal.
    'Planning appeals allowed',
    // A gap between two groups, whatever it is a gap in.
    'Attainment gap between disadvantaged pupils and their peers at KS2',
    'Gender pay gap (median)',
    'Gap in employment rate for people with a learning disability',
    // East Dunbartonshire's education measure.
    'Difference between Insight tariff scores of the lowest 20% and highest 20% attaining pupils',
  ])('%p: lower is better', (name) => {
    const got = polarityFromName(name);
    expect(got.polarity).toBe('lower');
    expect(got.because).not.toBeNull();
  });

  it.each([
    // A fire service's share of incidents attended within its standard: the noun is bad, the share met is good.
    'Incidents meeting the Attendance Performance Measure (%)',
    'Emergency incidents that met the attendance standard',
    'Percentage of complaints responded to within timescale',
    'Complaints resolved at stage 1 within 10 working days',
    '% of invoices sampled that were paid within 30 days',
    'Percentage of Council Tax collected (cumulative)',
    'Percentage of National Non Domestic Rates collected in-year',
    'Arrears of Council Tax retrieved (£Millions)',
    'Percentage of benefit overpayments recovered',
    'Percentage of emergency repairs completed in time',
    'Percentage of customer contacts resolved at first point of contact',
    'Percentage of planning enforcement cases closed within 12 weeks',
    'Percentage of bins collected on the scheduled day',
    'Percentage of calls answered within 20 seconds',
    'Percentage of tenants satisfied their home is well maintained',
    'Percentage of household waste sent for reuse, recycling and composting',
    'Successful completion of drug treatment: opiate users (%)',
    'Care leavers in education, employment or training',
    'Number of empty homes brought back into use',
    // Bridgend's housing indicators: vacant dwellings are the bad thing, but these are the ones put right.
    '% of private sector dwellings vacant for more than 6 months returned to occupation (Statutory)',
    'MBC Success rate at planning appeals within a rolling 12-month period',
    'Percentage of FOI requests answered within the statutory timescale',
    // What is said of the children after names them is what is measured.
    'Percentage of children in care with an up to date health assessment within the last year',
    'Children looked after who were visited within timescale',
    // Islington's housing complaints measure, against a target of 90 %.
    'Amount of all complaints that were responded to in 10 days',
    'Percentage of child protection visits made in 10 working days',
    // Bracknell's adult social care and school places measures: "not in" care, and an admission offered, are good.
    'Percentage of long-term support recipients at home (not in residential or nursing care)',
    'Percentage of pupils offered their first preference school admission',
    // Waste recycled is good, however it is weighed.
    'Tonnes of waste recycled',
    'Planning appeals dismissed',
  ])('%p: higher is better, from its words', (name) => {
    const got = polarityFromName(name);
    expect(got.polarity).toBe('higher');
    expect(got.because).not.toBeNull();
  });

  it.each([
    'Number of visits to leisure centres',
    'Physically active adults (%)',
    'Number of affordable homes delivered',
    // Bath and North East Somerset's benefits target: the caseload is what the visits are counted over.
    'Number of claimants visited, per 1,000 caseload',
    // A share of fires with a smoke alarm is not a count of fires.
    '% of dwelling fires where a smoke alarm was fitted',
    // The share of a gap closed is not the gap.
    '% of funding gap closed',
  ])('%p: nothing in the name decides, so higher by default', (name) =>
    expect(polarityFromName(name)).toEqual({ polarity: 'higher', because: null }),
  );

  it('a wait is lower even where the time is spent on completing something', () => {
    expect(polarityFromName('Average time to answer calls').polarity).toBe('lower');
  });

  // Cheshire West and Chester's Council Plan measures, written as aims, and its children's measures
  // of recurrence; an appendix's "Sundry Debt Collection Rates", where the debt is what is collected.
  it.each([
    ['Reduce the rate of children in need, per 10,000 population 0-17', 'lower', 'reduce'],
    ['Reduction in long-term support needs being met by admission to care homes', 'lower', 'reduction in'],
    ['Reduce % of calls lost to 5%', 'lower', 'reduce'],
    ['Increase the number of complex families achieving significant outcomes', 'higher', 'increase'],
    ['Percentage of children who became subject of a child protection plan for a second time', 'lower', 'second time'],
    [
      "Percentage of referrals to children's social care within 12 months of a previous referral",
      'lower',
      'of a previous referral',
    ],
    ['Sundry Debt Collection Rates', 'higher', 'collection rates'],
  ])('%p: %s is better, from %p', (name, polarity, because) => {
    expect(polarityFromName(name)).toEqual({ polarity, because });
  });

  it('reads "Lower" as an aim only before what is to be lowered, not in "Lower Super Output Areas"', () => {
    expect(polarityFromName('Lower super output areas in the most deprived 10%').because).toBeNull();
    expect(polarityFromName('Lower the number of households in bed and breakfast').polarity).toBe('lower');
  });
});

// A council landlord's measures and Tenant Satisfaction Measures, as a housing committee reports them.
describe('social housing measures', () => {
  it.each([
    ['Homes that do not meet the Decent Homes Standard', 'not meet'],
    ['Properties without a valid gas safety certificate', 'without a valid'],
    ['Homes failing to meet the Decent Homes Standard', 'failing to meet'],
    ['Number of non-compliant fire risk assessments', 'non-compliant'],
    ['Number of disrepair claims received', 'disrepair'],
    ['Damp and mould cases open more than 28 days', 'damp'],
    ['Responsive repairs backlog', 'backlog'],
    ['ASB cases open over 6 months', 'asb'],
    // Work not yet done, and a call centre's wait.
    ['Enforcement cases on hand at quarter end', 'on hand'],
    ['Planning applications awaiting decision', 'awaiting'],
    ['Average speed of answer (mm:ss)', 'speed of answer'],
  ])('%p: lower is better, from %p', (name, because) => {
    expect(polarityFromName(name)).toEqual({ polarity: 'lower', because });
  });

  it.each([
    ['TP03 Satisfaction with time taken to complete most recent repair', 'satisfaction'],
    ['Proportion of respondents who are satisfied that their home is well maintained', 'satisfied'],
  ])('%p: higher is better, whatever the satisfaction is with', (name, because) => {
    expect(polarityFromName(name)).toEqual({ polarity: 'higher', because });
  });

  it('leaves dissatisfaction lower', () => {
    expect(polarityFromName('Tenants dissatisfied with the time taken to complete repairs').polarity).toBe('lower');
  });
});

describe('waste landfilled', () => {
  it.each([
    [
      'The amount (tonnage) of biodegradable Local Authority Collected Municipal Waste that is landfilled',
      'landfilled',
    ],
    ['Percentage of municipal waste sent to landfill', 'sent to landfill'],
  ])('%p: lower is better, from %p, whatever the official name says was collected', (name, because) => {
    expect(polarityFromName(name)).toEqual({ polarity: 'lower', because });
  });

  it.each([
    ['% of municipal waste diverted from landfill', 'diverted from landfill'],
    ['Landfill diversion rate', 'landfill diversion'],
  ])('%p: higher is better, from %p', (name, because) => {
    expect(polarityFromName(name)).toEqual({ polarity: 'higher', because });
  });
});

describe('street cleanliness, contract and regulatory measures', () => {
  it.each([
    ['Litter – % of land below grade B', 'below grade'],
    ['% of inspections falling below the acceptable standard for detritus', 'below the acceptable standard'],
    ['Missed bins not rectified within 24 hours', 'not rectified'],
    ['Licensing applications determined outside statutory timescales (%)', 'outside statutory timescales'],
    ['Contamination rate in dry recycling (%)', 'contamination'],
    ['Food premises not broadly compliant (%)', 'not broadly compliant'],
  ])('%p: lower is better, from %p', (name, because) => {
    expect(polarityFromName(name)).toEqual({ polarity: 'lower', because });
  });

  it.each([
    ['Missed bins rectified within 24 hours', 'within'],
    ['Licensing applications determined within statutory timescales (%)', 'within'],
  ])('%p: higher is better, from %p', (name, because) => {
    expect(polarityFromName(name)).toEqual({ polarity: 'higher', because });
  });
});

describe('polarityFromName: a time limit, an age and a placement', () => {
  // "Over 65" is an age, a placement held over two years is stability, people lifted out of poverty
  // are the good news, and "no more than 5 days" is the limit met: none of these says lower is better. Each is left to the default, with its warning.
  it.each([
    'People aged over 65 receiving reablement',
    'Children over 5 years old vaccinated',
    'Children looked after for more than 2.5 years who have been in the same placement for 2 years',
    'Households lifted out of poverty',
    // A share of people within the limit, written as an aim.
    'Ensure all people wait no more than 5 days for their reablement service to start',
  ])('%p: nothing in the name says lower is better', (name) => {
    expect(polarityFromName(name)).toEqual({ polarity: 'higher', because: null });
  });
});

describe('polarityFromName: a note of what affected the figures', () => {
  // Hertfordshire's "Carers receiving a statutory assessment or review in the last 12 months –
  // performance affected by backlog": the backlog is why the figure fell, not what it counts, so it
  // says nothing of polarity (and the sheet's own RAG, red for 51 % against 60 %, settles it). What
  // is measured before the note still speaks.
  it.each([
    'Carers receiving a statutory assessment or review in the last 12 months – performance affected by backlog',
    'Carers receiving a statutory assessment or review (impacted by COVID-19 backlog)',
    'Carers receiving a statutory assessment or review, due to backlog of reviews',
  ])('%p: nothing in the name says lower is better', (name) => {
    expect(polarityFromName(name)).toEqual({ polarity: 'higher', because: null });
  });

  it.each([
    ['Backlog of repairs – affected by contractor change', 'lower', 'backlog'],
    ['Repairs completed on time – performance affected by backlog', 'higher', 'on time'],
  ])('%p: %p, from %p', (name, polarity, because) => {
    expect(polarityFromName(name)).toEqual({ polarity, because });
  });
});
