/**
 * One key per person whatever a table identifies people by. The national system keys its
 * sub-sets by 身份证件号, a county's roster by 教师编号 (with the ID number beside it): a
 * sheet that gives both links the two, and every record of a sheet keyed by ID number alone
 * then takes the staff number's key, so the cross-table checks and the indicators compare
 * like with like.
 */
import type { SheetOfYear } from './crosscheck.ts';
import type { FieldValue } from './sheet.ts';

/** Rewrites, in place, the person key of records keyed by hashed ID number to the linked staff number's key; returns how many. */
export function linkPeople(sheets: readonly SheetOfYear[]): number {
  const byIdcard = new Map<string, string>();
  for (const s of sheets) for (const [idcard, person] of s.linked ?? []) if (!byIdcard.has(idcard)) byIdcard.set(idcard, person);
  if (byIdcard.size === 0) return 0;
  let linked = 0;
  for (const s of sheets) {
    if ('person' in s.columns || !('idcard' in s.columns)) continue;
    for (const r of s.records) {
      const person = byIdcard.get(r['person'] as string);
      if (person === undefined) continue;
      (r as Record<string, FieldValue>)['person'] = person;
      linked++;
    }
  }
  return linked;
}
