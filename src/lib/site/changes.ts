/**
 * What changed since the previous build: years added or removed, and published figures
 * revised (a resubmitted workbook, a corrected row). Compared on the tidy download the
 * previous build published, so nothing but published figures is ever kept between builds.
 */
import type { TidyRow } from '../downloads/tidy.ts';

export interface Revision {
  readonly year: number;
  readonly indicator: string;
  readonly dimension: string;
  readonly category: string;
  readonly before: string;
  readonly after: string;
}

export interface Changes {
  /** false when there was no previous build to compare with */
  readonly previous: boolean;
  readonly yearsAdded: readonly number[];
  readonly yearsRemoved: readonly number[];
  readonly revisedCount: number;
  /** the first revisions, for the page; the count says how many there were */
  readonly revisions: readonly Revision[];
  /** every build that changed what is published, newest first (withHistory) */
  readonly history: readonly ChangeEntry[];
}

/** A build that changed what the site publishes: its date and what it changed. */
export interface ChangeEntry extends Pick<Changes, 'yearsAdded' | 'yearsRemoved' | 'revisedCount'> {
  readonly date: string;
  /** the first build of the site */
  readonly first: boolean;
  /** site.yaml's publication date when this build was made, if set */
  readonly published?: string;
}

/** The site's record of changes, published beside the downloads and extended by each build. */
export const HISTORY_FILE = 'changes.json';

/**
 * The history the previous build published, with this build's changes on top when it changed
 * anything (a rebuild of the same figures adds no line). An unreadable history starts afresh.
 * A line is dated as the bureau dates its publication (site.yaml publication.published) when
 * that date is new, so the first publication and each year's release read as the footer's
 * 发布日期 does; a correction built under a publication date already used is dated the day
 * it was built (`today`), the day the figures changed.
 */
export function withHistory(changes: Changes, previousHistory: string | null, today: string, published?: string): Changes {
  let history: ChangeEntry[] = [];
  try {
    const parsed: unknown = previousHistory === null ? [] : JSON.parse(previousHistory);
    if (Array.isArray(parsed)) history = parsed.filter((e): e is ChangeEntry => typeof e?.date === 'string' && Array.isArray(e?.yearsAdded) && Array.isArray(e?.yearsRemoved) && typeof e?.revisedCount === 'number');
  } catch {
    history = [];
  }
  const changed = !changes.previous || changes.yearsAdded.length > 0 || changes.yearsRemoved.length > 0 || changes.revisedCount > 0;
  // (never dated before the line under it: a history written before lines kept their publication date)
  const newDate = published !== undefined && !history.some((e) => e.published === published) && (history[0] === undefined || published >= history[0].date);
  const entry: ChangeEntry = { date: newDate ? published : today, first: !changes.previous, yearsAdded: changes.yearsAdded, yearsRemoved: changes.yearsRemoved, revisedCount: changes.revisedCount, ...(published ? { published } : {}) };
  return { ...changes, history: changed ? [entry, ...history] : history };
}

const key = (r: { year: unknown; indicator: unknown; dimension: unknown; category: unknown }) => `${r.year}\0${r.indicator}\0${r.dimension}\0${r.category}`;
const shown = (value: string, symbol: string) => symbol || value;

/** One CSV line's fields (RFC 4180 quoting), with the apostrophe our downloads put before formula-like text removed. */
export function csvFields(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { fields.push(field); field = ''; }
    else field += ch;
  }
  fields.push(field);
  return fields.map((f) => (/^'[=+\-@\t\r]/.test(f) ? f.slice(1) : f));
}

/** Parses the previous indicators.csv. */
function parsePrevious(csv: string): Map<string, { year: number; shown: string }> {
  const lines = csv.replace(/^\uFEFF/, '').split(/\r?\n/).filter(Boolean);
  const out = new Map<string, { year: number; shown: string }>();
  for (const line of lines.slice(1)) {
    const [year, indicator, dimension, category, value, , , symbol] = csvFields(line);
    out.set(key({ year, indicator, dimension, category }), { year: Number(year), shown: shown(value ?? '', symbol ?? '') });
  }
  return out;
}

/** What changed, for the build's output: years added and removed, and the first revisions. */
export function changesSummary(changes: Changes, shownRevisions = 10): string[] {
  if (!changes.previous) return ['与上次发布相比 Since the last build: 首次发布 first build'];
  const lines = [`与上次发布相比 Since the last build: 新增年度 years added ${changes.yearsAdded.join(', ') || '—'}; 删除年度 removed ${changes.yearsRemoved.join(', ') || '—'}; 修订数字 figures revised ${changes.revisedCount}`];
  for (const r of changes.revisions.slice(0, shownRevisions)) lines.push(`  ${r.year} ${r.indicator} ${r.dimension} ${r.category}: ${r.before} → ${r.after}`);
  if (changes.revisedCount > shownRevisions) lines.push(`  … ${changes.revisedCount - shownRevisions} more (/changes/)`);
  return lines;
}

export function compareWithPrevious(previousCsv: string | null, rows: readonly TidyRow[], limit = 200): Changes {
  // The first build adds every year it publishes.
  if (previousCsv === null) return { previous: false, yearsAdded: [...new Set(rows.map((r) => Number(r.year)))].sort(), yearsRemoved: [], revisedCount: 0, revisions: [], history: [] };
  const before = parsePrevious(previousCsv);
  const oldYears = new Set([...before.values()].map((v) => v.year));
  const newYears = new Set(rows.map((r) => Number(r.year)));
  const revisions: Revision[] = [];
  let revisedCount = 0;
  const revise = (r: Omit<Revision, 'year'> & { readonly year: unknown }) => {
    revisedCount++;
    if (revisions.length < limit) revisions.push({ ...r, year: Number(r.year) });
  };
  // A figure published before and gone now (a school renamed or dropped from a resubmitted
  // workbook), or new in a year and indicator published before, is revised too: before or after
  // is '' (not published). An indicator new to the site, or no longer in it, revises nothing.
  const yearIndicator = (r: { year: unknown; indicator: unknown }) => `${r.year}\0${r.indicator}`;
  const oldIndicators = new Set([...before.keys()].map((k) => k.split('\0').slice(0, 2).join('\0')));
  const newIndicators = new Set(rows.map(yearIndicator));
  const now = new Set<string>();
  for (const r of rows) {
    if (!oldYears.has(Number(r.year))) continue;
    now.add(key(r));
    const after = shown(r.value === null ? '' : String(r.value), String(r.symbol ?? ''));
    const prev = before.get(key(r));
    if (prev ? prev.shown !== after : oldIndicators.has(yearIndicator(r))) revise({ year: r.year, indicator: String(r.indicator), dimension: String(r.dimension), category: String(r.category), before: prev?.shown ?? '', after });
  }
  for (const [k, prev] of before) {
    const [year, indicator, dimension, category] = k.split('\0') as [string, string, string, string];
    if (!now.has(k) && newIndicators.has(yearIndicator({ year, indicator }))) revise({ year, indicator, dimension, category, before: prev.shown, after: '' });
  }
  return {
    previous: true,
    yearsAdded: [...newYears].filter((y) => !oldYears.has(y)).sort(),
    yearsRemoved: [...oldYears].filter((y) => !newYears.has(y)).sort(),
    revisedCount,
    revisions,
    history: [],
  };
}
