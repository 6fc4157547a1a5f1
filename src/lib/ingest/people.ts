/**
 * One key per person whatever a table identifies people by. The national system keys its
 * sub-sets by 身份证件号, a county's roster by 教师编号 (with the ID number beside it): a
 * sheet that gives both links the two, and every record of a sheet keyed by ID number alone
 * then takes the staff number's key, so the cross-table checks and the indicators compare
 * like with like.
 */
import type { SheetOfYear } from './crosscheck.ts';
import type { FieldValue } from './sheet.ts';

/**
 * The sheets with the person key of records keyed by hashed ID number replaced by the linked
 * staff number's key, where a sheet links the two.
 */
export function linkPeople(sheets: readonly SheetOfYear[]): readonly SheetOfYear[] {
  const byIdcard = new Map<string, string>();
  for (const s of sheets) for (const [idcard, person] of s.linked ?? []) if (!byIdcard.has(idcard)) byIdcard.set(idcard, person);
  if (byIdcard.size === 0) return sheets;
  return sheets.map((s) => {
    if ('person' in s.columns || !('idcard' in s.columns)) return s;
    const people: FieldValue[] = Array.from(s.rows.column('person'));
    let linked = 0;
    for (let i = 0; i < people.length; i++) {
      const person = byIdcard.get(people[i] as string);
      if (person !== undefined) people[i] = person, linked++;
    }
    return linked ? { ...s, rows: s.rows.with({ person: people }) } : s;
  });
}
