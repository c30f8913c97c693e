/**
 * The polarity an indicator's name implies, by the thing it measures, for sheets that state none.
 * Only ever used with a warning (`polarity-assumed`).
 */
import { withoutLagNotes } from '../periods/nameNotes';

/** What a name implies, and the words that decided it (for the warning). */
export interface NamedPolarity {
  readonly polarity: 'higher' | 'lower';
  /** The words in the name that decided it; null when nothing did and higher is the default. */
  readonly because: string | null;
}

/**
 * The quantity measured is a time, a wait or a cost ("Average number of days to re-let", "Time
 * taken to process", "Cost of collecting council tax per dwelling", "Average waiting time"), or an
 * abandoned call, or waste landfilled, or a recurrence (re-referrals, re-registrations, repeat plans, re-offending, readmissions), or a gap
 * between two groups: less is better, whatever the name says the time is spent on ("days to complete") or the window a
 * recurrence is counted in ("re-referrals within 12 months").
 */
const MEASURED_LOWER: readonly RegExp[] = [
  /\b(?:average|mean|median)\b(?:\s+\S+){0,4}?\s+(?:days?|weeks?|hours?|minutes?|seconds?|times?|wait(?:ing)?|length|duration|delay)\b/,
  /\b(?:days?|weeks?|time)\s*(?:\([^)]*\)\s*)?(?:average|mean)\b/,
  /\btime (?:taken|spent|to)\b/,
  /\b(?:number of\s+)?(?:calendar\s+|working\s+)?days (?:to|taken|from|between|in which)\b/,
  /\b(?:wait(?:ing)?) (?:times?|lists?|days|weeks)\b/,
  /\b(?:processing|turnaround|response|waiting|wait) times?\b/,
  /\bspeed of (?:processing|answer|response)\b/,
  /\bcosts? (?:of|per|to)\b/,
  /\bunit cost/,
  /\bcost per\b/,
  /\babandon/,
  /\bre-?referr/,
  /\bre-?registr/,
  /\brepeat\b/,
  /\b(?:second|subsequent) (?:or subsequent )?time\b/,
  /\bof (?:a|their) previous (?:referral|plan|episode|assessment)\b/,
  /\bre-?offend/,
  /\bre-?admi(?:ssions?|tted)\b/,
  // A gap between two groups ("Attainment gap between disadvantaged pupils and their peers", "Gender
  // pay gap", "Gap in employment rate for …", "Difference between … tariff scores"): not a share of
  // a gap closed.
  /(?<!^(?:%|(?:percentage|proportion|share) of\b).*)\b(?:gap|difference between)\b(?!.*\b(?:closed|bridged|met|funded)\b)/,
  // Waste produced, whatever collects it: "Kg of household waste collected per head", "Residual waste
  // per household (kg)"; not waste recycled or composted, which GOOD words say.
  /\b(?:kg|kgs|kilograms|tonnes) of (?:household |residual |municipal )?waste\b(?!.*\b(?:recycled|reused|composted)\b)/,
  /\bresidual (?:household )?waste\b/,
  /\bwaste (?:collected|produced|generated|arising) per (?:head|household|person|resident)\b/,
  // Waste landfilled, though the official name calls it "Local Authority Collected Municipal Waste"
  // (Northern Ireland's statutory indicator); not waste diverted from landfill.
  /(?<!\b(?:from|diverted|diverting|avoiding|avoided) )\b(?:sent to |going to |to )?landfill(?:ed)?\b(?!\s+diversion)/,
  // Land below the standard a cleanliness survey sets: "% of land below grade B for litter", "falling below the acceptable standard".
  /\bbelow (?:an? |the )?(?:acceptable |required )?(?:grade|standard)\b/,
  // Recycling spoilt by what should not be in it: "Contamination rate in dry recycling".
  /\bcontaminat(?:ion|ed)\b/,
  // Roads, land and streets in a bad state: "A roads in overall poor condition", "Land … having significant litter".
  /\b(?:in|of) (?:overall )?poor (?:condition|repair)\b/,
  /\b(?:significant|unacceptable|high) (?:levels? of )?(?:litter|detritus|graffiti|fly-?posting)\b/,
];

/**
 * A name written as an aim says which way is better: "Reduce the rate of children in need",
 * "Reduction in admissions to care homes", "Increase the number of families supported". "Improve"
 * does not say which way the figure should move ("Improve waiting times"), so it is left to the rest.
 */
const AIM_LOWER =
  /^(?:to )?(?:reduce|reducing|reduction (?:in|of)|decrease|decreasing|minimise|minimize|(?:lower|cut) (?:the|our))\b/;
const AIM_HIGHER = /^(?:to )?(?:increase|increasing|raise|maximise|maximize|grow)\b/;

/**
 * A negation that makes a good word bad: "not in employment", "not meeting the standard", "non-decent",
 * "Homes that do not meet the Decent Homes Standard", "non-compliant", "without a valid gas safety certificate".
 */
const NEGATED =
  /\b(?:not|non)[- ](?:in (?:employment|education|training|work)|meet(?:s|ing)?|met|achiev\w*|decent|compl\w*|collect\w*|resolv\w*|answer\w*|payment|attend\w*|rectif\w*|broadly compliant|determined|dealt with|inspected|removed|repaired|cleared)\b|\boutside (?:the )?(?:statutory |agreed |target )?(?:timescales?|time ?frames?|deadlines?|target)\b|\bfail(?:s|ed|ing)? to meet\b|\bwithout (?:an? )?(?:valid|current|in-date|up-to-date)\b|\bun(?:resolved|answered|successful|employ\w*)\b|\bdissatisf\w*|\bneets?\b|\bnot known\b|\bnot working\b/;

/** Satisfaction with a service: "Satisfaction with time taken", "% satisfied with the repairs service". */
const SATISFIED = /\bsatisf(?:ied|action)\b/;

/**
 * Timeliness and completion: "within 10 working days", "on time", "resolved", "answered",
 * "completed", "collected", "satisfied", "recycled", "in employment". These beat a bad noun in the
 * same name ("Complaints resolved within 10 working days").
 */
const GOOD: readonly RegExp[] = [
  // "Within" a time or a target: not "staff turnover within the social work workforce".
  /\bwithin(?= (?:(?:the|a|an|agreed|set|statutory|required|target|rolling|last|past|\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)[\s-]+){0,3}(?:working |calendar |clear )?(?:days?|weeks?|months?|hours?|minutes?|seconds?|years?|timescales?|time(?:frames?|scales?)?|targets?|deadlines?)\b| \d)/,
  // Meeting a standard or a measure: "incidents meeting the Attendance Performance Measure".
  /\b(?:meet(?:s|ing)?|met) (?:the |a |an |our |its |their )?(?:[\w-]+ ){0,4}(?:standards?|measures?|targets?|requirements?|criteria|thresholds?|benchmarks?)\b/,
  /\bon time\b/,
  /\bin time\b/,
  // "In" a number of days: "complaints responded to in 10 days".
  /\bin (?:under |less than )?\d+ (?:working |calendar |clear )?(?:days?|weeks?|hours?|minutes?)\b/,
  /\bresponded\b/,
  /\bon (?:the )?(?:scheduled|due|agreed) (?:day|date)\b/,
  /\bby the (?:due|target) date\b/,
  /\bresolv(?:ed|ing)\b/,
  /\banswer(?:ed)?\b/,
  /\bcomplet(?:ed|ions?)\b/,
  /\bcollected\b/,
  /\bcollection rates?\b/,
  /\bsatisf(?:ied|action)\b/,
  /\brecycl(?:ed|ing)\b/,
  /\b(?:divert(?:ed|ing)? from|avoid(?:ed|ing)?) landfill\b|\blandfill diversion\b/,
  /\bcompost/,
  /\breused?\b/,
  /\bin (?:employment|education|training|work)\b/,
  /\bpaid\b/,
  /\bprevent(?:ed|ion)\b/,
  /\brecover(?:ed|y)\b/,
  /\bretrieved\b/,
  /\bbrought back into (?:use|occupation)\b|\breturned to (?:use|occupation)\b/,
  /\bquit(?:ters?)?\b/,
  /\bsuccessful(?:ly)?\b/,
  /\bachiev(?:ed|ing)\b/,
  /\bprocessed\b/,
  // Social care's aim: people supported to live at home ("still at home 91 days after discharge").
  /\bat home\b/,
  // "Pupils offered their first preference school admission": what was offered, not the admissions counted.
  /\boffered\b/,
  /\bdetermined\b/,
  // A planning decision upheld at appeal.
  /\bappeals? dismissed\b/,
];

/**
 * What councils count where less is better: arrears, debt, overspend, complaints, admissions to
 * care, delayed transfers, re-offending, sickness absence, missed collections, fly-tipping, empty
 * homes, temporary accommodation, rent lost, exclusions and suspensions, conceptions, smoking, obesity,
 * fires, fatalities and false alarms, and the like.
 */
const BAD: readonly RegExp[] = [
  // How many children are in care, in need or on a plan (a count or a rate, nothing said of them after).
  /\b(?:children|child|young people)\b[^,()]*?\b(?:looked after|in care|in need|(?:subject (?:to|of)|on|with) (?:a )?(?:child protection|cp) plans?)(?=(?:\s*(?:rate\b.*|\(.*|,.*|per\b.*))?\s*$)/,
  /\blooked after children(?=(?:\s*(?:rate\b.*|\(.*|,.*|per\b.*))?\s*$)/,
  /\barrears\b/,
  /\bout[- ]of[- ]work\b/,
  /\boverpayments?\b/,
  /\bdebts?\b/,
  /\bdebtors?\b/,
  /\boverspend/,
  /\bvariance\b/,
  /\bdeficit\b/,
  /\bwrite-?offs?\b/,
  /\bwritten off\b/,
  /\bcomplaints?\b/,
  /\badmissions?\b/,
  /\bdelay/,
  /\bre-?offend/,
  /\bsickness\b/,
  /\babsen(?:ce|t)\b/,
  /\bmissed\b/,
  /\bfly-?tip/,
  /\bempty (?:homes|properties|dwellings)\b/,
  /\btemporary accommodation\b/,
  /\bbed and breakfast\b/,
  /\brough sleep/,
  /\brent (?:lost|loss)\b/,
  /\bvoids?\b/,
  /\bvacan(?:cy|cies|t)\b/,
  /\bexclu(?:ded|sions?)\b/,
  /\bsuspen(?:ded|sions?)\b/,
  /\bconceptions?\b/,
  /\bsmok(?:ing|ers?)\b/,
  /\bobes(?:e|ity)\b/,
  /\boverweight\b/,
  /\bexcess weight\b/,
  /\bre-?referr/,
  /\brepeat\b/,
  /\boverdue\b/,
  /\bwaiting\b/,
  /\bmissing\b/,
  /(?:3|three) or more (?:placement )?moves/,
  /\bmoves\b/,
  /\bagency (?:staff|workers?)\b/,
  /\bturnover\b/,
  /(?:2|two) years or (?:more|longer)\b/,
  /\blate\b/,
  /\bout of time\b/,
  /\bbreach/,
  /\bcaseloads?\b/,
  /\bcrimes?\b/,
  /\banti-?social behaviour\b/,
  /\bresidual (?:household )?waste\b/,
  /\blandfill/,
  /\bincidents?\b/,
  /\bdeaths?\b/,
  /\bfatalit(?:y|ies)\b/,
  /\bmortality\b/,
  // A fire and rescue service's counts of fires: not "fires where a smoke alarm was fitted".
  /\b(?:accidental|deliberate|primary|secondary|dwelling|domestic|non-domestic|commercial|grass|vehicle|refuse|arson|chimney)\s+(?:dwelling\s+)?fires\b(?!\s+(?:where|in which|with)\b)/,
  /\bfalse alarms?\b/,
  // Fire services' "unwanted fire signals" / "unwanted fire alarm signals": automatic alarms that were not fires.
  /\bunwanted (?:fire )?(?:alarm )?signals?\b/,
  /\bkilled or seriously injured\b/,
  /\bnon-?collection\b/,
  /\bhomeless(?:ness)? (?:acceptances|applications|presentations)\b/,
  /\bdays lost\b/,
  /\baccidents?\b/,
  /\binjur(?:y|ies)\b/,
  // A landlord's homes in a bad state, and cases left open: "disrepair claims", "damp and mould cases",
  // "repairs backlog", "ASB cases open over 6 months".
  /\bdisrepair\b/,
  /\bdamp\b/,
  /\bmould\b/,
  /\bbacklogs?\b/,
  /\basb\b/,
  /\b(?:open|outstanding|unresolved) (?:for )?(?:more than|over|longer than|beyond) \d/,
  // Past a time limit: "Ambulance handovers over 60 minutes", "Households in B&B over 6 weeks", "A&E
  // attendances more than 12 hours". Not an age ("over 65"), nor a placement's length, which is stability.
  /(?<!\b(?:no|not|never) )\b(?:over|more than|longer than|exceeding|in excess of) \d+(?:\.\d+)? (?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\b(?! (?:old|of age)\b)(?!.*\bplacements?\b)/,
  // Benefit claims for want of work; people in poverty, not those lifted out of it.
  /\bclaimant count\b/,
  /(?<!\bout of )\b(?:fuel |child |in-work )?poverty\b/,
  // A planning decision overturned at appeal.
  /\bappeals? allowed\b/,
  // Work not yet done: "Enforcement cases on hand at quarter end", "Applications awaiting decision".
  /\bon hand\b/,
  /\bawaiting\b/,
];

function firstMatch(text: string, patterns: readonly RegExp[]): string | null {
  for (const re of patterns) {
    const m = re.exec(text);
    if (m) return m[0];
  }
  return null;
}

/**
 * A note after the name, in a bracket or after a dash or comma, of what affected the figures:
 * "(impacted by COVID-19 backlog)", "– performance affected by backlog", ", due to backlog of reviews".
 */
const CAUSE_NOTE =
  /\s*(?:\((?:[^()]*?\b)?(?:affected|impacted|hit) by [^()]*\)|\((?:due to|because of|owing to) [^()]*\)|(?: -|,) (?:(?:performance|figures?|data) )?(?:(?:affected|impacted|hit) by|due to|because of|owing to) [^()]*$)/;

/**
 * The polarity a name implies: the way a name written as an aim says ("Reduce …", "Increase …");
 * lower where it measures a time, a wait or a cost, where a negation
 * turns a good word bad, or where it counts something bad (arrears, complaints, admissions to care…)
 * and says nothing of timeliness or completion; higher where it speaks of timeliness or completion
 * ("within", "on time", "resolved", "answered", "collected"…) and by default.
 */
export function polarityFromName(name: string): NamedPolarity {
  // A clause saying what happened first ("abandoned before being answered") says nothing of what is counted.
  // A note that the figures come late ("(reported one quarter in arrears)") says nothing of what is counted.
  // A note of what affected the figures ("– performance affected by backlog") says why they moved, not what is counted.
  const text = withoutLagNotes(name)
    .toLowerCase()
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(CAUSE_NOTE, '');
  const aimLower = AIM_LOWER.exec(text);
  if (aimLower !== null) return { polarity: 'lower', because: aimLower[0] };
  const aimHigher = AIM_HIGHER.exec(text);
  if (aimHigher !== null) return { polarity: 'higher', because: aimHigher[0] };
  const negated = NEGATED.exec(text);
  // Satisfaction is better higher, whatever it is with ("Satisfaction with time taken to complete most recent repair").
  const satisfied = negated ? null : SATISFIED.exec(text);
  if (satisfied !== null) return { polarity: 'higher', because: satisfied[0] };
  const measured = firstMatch(text, MEASURED_LOWER);
  if (measured !== null) return { polarity: 'lower', because: measured };
  if (negated !== null) return { polarity: 'lower', because: negated[0] };
  const good = firstMatch(text.replace(/\bbefore (?:being )?\w+/g, ''), GOOD);
  if (good !== null) return { polarity: 'higher', because: good };
  // A rate's base ("per 1,000 caseload", "per 10,000 incidents") is what it is counted over, not what is counted.
  const bad = firstMatch(text.replace(/\bper [\d,]+k?(?: \w+)?/g, ''), BAD);
  if (bad !== null) return { polarity: 'lower', because: bad };
  return { polarity: 'higher', because: null };
}
