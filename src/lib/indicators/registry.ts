/**
 * The registry: an explicit list of every indicator, validated once. Pages, downloads,
 * glossary and methodology iterate it; nothing else declares an indicator.
 */
import bachelorPlusShare from './degree/bachelor_plus_share.ts';
import exchangeRate from './exchange/exchange_rate.ts';
import trainingPersonTimes from './training/training_person_times.ts';
import fulltimeTeachers from './workforce/fulltime_teachers.ts';
import { TABLE_SPECS } from '../ingest/schema.ts';
import type { Indicator } from './types.ts';

const ALL: readonly Indicator[] = [fulltimeTeachers, bachelorPlusShare, exchangeRate, trainingPersonTimes];

function validate(list: readonly Indicator[]): readonly Indicator[] {
  const ids = new Set<string>();
  const kinds = new Set(TABLE_SPECS.map((s) => s.kind));
  for (const ind of list) {
    if (!/^[a-z][a-z0-9_]*$/.test(ind.id)) throw new Error(`indicator id "${ind.id}" must be snake_case (it is also a file name and URL)`);
    if (ids.has(ind.id)) throw new Error(`indicator id "${ind.id}" is declared twice`);
    ids.add(ind.id);
    for (const k of ind.sources) if (!kinds.has(k)) throw new Error(`indicator ${ind.id}: unknown source table kind "${k}"`);
  }
  return list;
}

export const INDICATORS: readonly Indicator[] = validate(ALL);

export const indicatorById = (id: string): Indicator | undefined => INDICATORS.find((i) => i.id === id);
