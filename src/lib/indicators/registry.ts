/**
 * The registry: an explicit list of every indicator, validated once. Pages, downloads,
 * glossary and methodology iterate it; nothing else declares an indicator.
 */
import staffTotal from './workforce/staff_total.ts';
import fulltimeTeachers from './workforce/fulltime_teachers.ts';
import femaleShare from './workforce/female_share.ts';
import ageMean from './workforce/age_mean.ts';
import ageUnder35Share from './workforce/age_under35_share.ts';
import age50plusShare from './workforce/age_50plus_share.ts';
import studentTeacherRatio from './workforce/student_teacher_ratio.ts';
import staffStudentRatio from './workforce/staff_student_ratio.ts';
import ageStructure from './workforce/age_structure.ts';
import netChange from './workforce/net_change.ts';
import bachelorPlusShare from './degree/bachelor_plus_share.ts';
import postgradShare from './degree/postgrad_share.ts';
import qualifiedDegreeRate from './degree/qualified_degree_rate.ts';
import higherDegreeShare from './degree/higher_degree_share.ts';
import degreeUpgrades from './degree/degree_upgrades.ts';
import seniorTitleShare from './titles/senior_title_share.ts';
import titleStructure from './titles/title_structure.ts';
import newSeniorTitles from './titles/new_senior_titles.ts';
import promotions from './titles/promotions.ts';
import newHires from './recruitment/new_hires.ts';
import newHiresRuralShare from './recruitment/new_hires_rural_share.ts';
import newHiresBachelorPlusShare from './recruitment/new_hires_bachelor_plus_share.ts';
import newHiresPostgrad from './recruitment/new_hires_postgrad.ts';
import exchangeCount from './exchange/exchange_count.ts';
import exchangeIn from './exchange/exchange_in.ts';
import exchangeRate from './exchange/exchange_rate.ts';
import exchangeRateEligible from './exchange/exchange_rate_eligible.ts';
import exchangeBackboneShare from './exchange/exchange_backbone_share.ts';
import exchangeToRural from './exchange/exchange_to_rural.ts';
import exchangeToRuralShare from './exchange/exchange_to_rural_share.ts';
import trainingPersonTimes from './training/training_person_times.ts';
import trainingHoursPerTeacher from './training/training_hours_per_teacher.ts';
import trainingCoverage from './training/training_coverage.ts';
import trainingCycle360 from './training/training_cycle_360.ts';
import trainingFunds from './training/training_funds.ts';
import backboneCount from './recognition/backbone_count.ts';
import backbonePer100 from './recognition/backbone_per_100.ts';
import honours from './recognition/honours.ts';
import exits from './exits/exits.ts';
import retirements from './exits/retirements.ts';
import retentionRate from './exits/retention_rate.ts';
import attritionRate from './exits/attrition_rate.ts';
import leavers from './exits/leavers.ts';
import schoolStayRate from './exits/school_stay_rate.ts';
import gapBachelorPlus from './rural/gap_bachelor_plus.ts';
import gapSeniorTitle from './rural/gap_senior_title.ts';
import gapBackbonePer100 from './rural/gap_backbone_per_100.ts';
import ruralTeacherShare from './rural/rural_teacher_share.ts';
import ruralAllowance from './funds/rural_allowance.ts';
import ruralAllowancePeople from './funds/rural_allowance_people.ts';
import talentAwards from './funds/talent_awards.ts';
import { TABLE_SPECS } from '../ingest/schema.ts';
import type { Indicator } from './types.ts';

/** In the order pages list them: by theme, as the seeds' sections run. */
const ALL: readonly Indicator[] = [
  staffTotal, fulltimeTeachers, femaleShare, ageMean, ageUnder35Share,
  age50plusShare, studentTeacherRatio, staffStudentRatio, ageStructure, netChange,
  bachelorPlusShare, postgradShare, qualifiedDegreeRate, higherDegreeShare, degreeUpgrades,
  seniorTitleShare, titleStructure, newSeniorTitles, promotions, newHires,
  newHiresRuralShare, newHiresBachelorPlusShare, newHiresPostgrad, exchangeCount, exchangeRate,
  exchangeRateEligible, exchangeBackboneShare, exchangeToRural, exchangeToRuralShare, exchangeIn, trainingPersonTimes,
  trainingHoursPerTeacher, trainingCoverage, trainingCycle360, trainingFunds, backboneCount,
  backbonePer100, honours, exits, retirements, retentionRate,
  attritionRate, leavers, schoolStayRate, gapBachelorPlus, gapSeniorTitle, gapBackbonePer100,
  ruralTeacherShare, ruralAllowance, ruralAllowancePeople, talentAwards,
];

function validate(list: readonly Indicator[]): readonly Indicator[] {
  const ids = new Set<string>();
  const kinds = new Set(TABLE_SPECS.map((s) => s.kind));
  for (const ind of list) {
    if (!/^[a-z][a-z0-9_]*$/.test(ind.id)) throw new Error(`indicator id "${ind.id}" must be snake_case (it is also a file name and URL)`);
    if (ids.has(ind.id)) throw new Error(`indicator id "${ind.id}" is declared twice`);
    ids.add(ind.id);
    for (const k of ind.sources) if (!kinds.has(k)) throw new Error(`indicator ${ind.id}: unknown source table kind "${k}"`);
  }
  // Links between indicators name indicators that exist, with what the link needs.
  for (const ind of list) {
    const other = (id: string) => list.find((i) => i.id === id);
    if (ind.compares && !other(ind.compares.indicator)?.breakdowns.includes(ind.compares.dimension as never)) throw new Error(`indicator ${ind.id}: compares ${ind.compares.indicator} by ${ind.compares.dimension}, which it does not have`);
    if (ind.policyMeasure && !other(ind.policyMeasure)?.target) throw new Error(`indicator ${ind.id}: policy measure ${ind.policyMeasure} must exist and have a target`);
  }
  return list;
}

export const INDICATORS: readonly Indicator[] = validate(ALL);

export const indicatorById = (id: string): Indicator | undefined => INDICATORS.find((i) => i.id === id);

/** The headline tiles of the home page (PRODUCT.md), in order. */
export const HOME_TILES: readonly string[] = ['fulltime_teachers', 'bachelor_plus_share', 'exchange_rate', 'training_person_times', 'new_hires', 'senior_title_share'];
