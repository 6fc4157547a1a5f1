/**
 * An attacker's arithmetic on the published tidy table, written without the library's
 * relation finder: for each group of published figures that add up by definition, a group
 * with exactly one suppressed figure gives that figure away.
 * - schools and their urban/rural area, in every indicator that has both breakdowns;
 * - senior_title_share's numerator and title_structure's 正高级 and 高级, per breakdown;
 * - exits by type with its total, and retirements with exits of type 退休.
 */
export interface Row {
  readonly year: number;
  readonly indicator: string;
  readonly dimension: string;
  readonly category: string;
  readonly symbol: string;
}

export function recoverableByArithmetic(rows: readonly Row[], areas: ReadonlyMap<number, ReadonlyMap<string, string>>): string[] {
  const at = new Map(rows.map((r) => [`${r.year}\0${r.indicator}\0${r.dimension}\0${r.category}`, r]));
  const get = (year: number, indicator: string, dimension: string, category: string) => at.get(`${year}\0${indicator}\0${dimension}\0${category}`);
  const found: string[] = [];
  const judge = (what: string, group: (Row | undefined)[]) => {
    if (group.some((r) => r === undefined || r.symbol === 'x' || r.symbol === 'z')) return;
    if (group.filter((r) => r!.symbol === 'c').length === 1) found.push(what);
  };
  const years = [...new Set(rows.map((r) => r.year))];
  const indicators = [...new Set(rows.map((r) => r.indicator))];
  for (const year of years) {
    for (const indicator of indicators) {
      const schools = rows.filter((r) => r.year === year && r.indicator === indicator && r.dimension === 'school');
      for (const area of ['城区', '镇区', '乡村']) {
        const inArea = schools.filter((r) => areas.get(year)?.get(r.category) === area);
        if (inArea.length) judge(`${year} ${indicator} ${area} and its schools`, [get(year, indicator, 'locality', area), ...inArea]);
      }
    }
    judge(`${year} senior titles`, [get(year, 'senior_title_share', 'total', '全部'), get(year, 'title_structure', 'title', '全部|正高级'), get(year, 'title_structure', 'title', '全部|高级')]);
    for (const [dim, cats] of [['stage', ['学前', '小学', '初中', '高中', '中职', '特殊教育']], ['locality', ['城区', '镇区', '乡村']]] as const) {
      for (const c of cats) judge(`${year} senior titles ${c}`, [get(year, 'senior_title_share', dim, c), get(year, 'title_structure', `${dim}:title`, `${c}|正高级`), get(year, 'title_structure', `${dim}:title`, `${c}|高级`)]);
    }
    const exitTypes = rows.filter((r) => r.year === year && r.indicator === 'exits' && r.dimension === 'exitType');
    judge(`${year} exits by type`, [get(year, 'exits', 'total', '全部'), ...exitTypes]);
    judge(`${year} retirements`, [get(year, 'retirements', 'total', '全部'), get(year, 'exits', 'exitType', '退休')]);
  }
  return found;
}
