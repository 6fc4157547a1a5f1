/**
 * The one judgement of a figure against a line — a policy target (学历合格率 100%), a 优质均衡
 * line (每百名学生 4.2 名) or a ceiling (差异系数 ≤ 0.50) — that every page, report, chart and
 * download makes, and the decimals a figure needs so that it reads on the side its verdict says.
 */
import type { Target } from './types.ts';

/**
 * Binary fractions miss some decimals by a hair (0.29 × 100 is 28.999999999999996): a figure
 * within this of its line is at the line.
 */
const SLACK = 1e-9;

/** Whether `value` is at `line` or beyond it on the side `direction` asks for. */
export const reaches = (value: number, line: number, direction: Target['direction']): boolean =>
  direction === 'atLeast' ? value >= line - SLACK : value <= line + SLACK;

export const meetsTarget = (target: Pick<Target, 'value' | 'direction'>, value: number): boolean => reaches(value, target.value, target.direction);

/** `value` rounded to `decimals` places, as a figure is written. */
export const roundTo = (value: number, decimals: number): number => Math.round(value * 10 ** decimals) / 10 ** decimals;

/** The most decimals a figure is given to read on its verdict's side of the line. */
const MORE = 6;

/**
 * The decimals to write `value` with: `decimals`, or as many more as it takes for the figure as
 * written to fall on the same side of the line as the figure itself. 9.96% against a target of
 * at least 10% is written 9.96%, not 10.0% beside 未达到; 99.97% against 100% likewise, and a
 * coefficient of 0.5004 against at most 0.50 is 0.5004, not 0.500 beside ✗.
 */
export function verdictDecimals(value: number, decimals: number, line: number, direction: Target['direction']): number {
  const verdict = reaches(value, line, direction);
  for (let d = decimals; d < decimals + MORE; d++) {
    if (reaches(roundTo(value, d), line, direction) === verdict) return d;
  }
  return decimals + MORE;
}

/** The decimals of an indicator's figure: its own, or more where its target needs them (verdictDecimals). */
export const figureDecimals = (value: number | null, ind: { readonly decimals: number; readonly target?: Pick<Target, 'value' | 'direction'> | undefined }): number =>
  ind.target && value !== null ? verdictDecimals(value, ind.decimals, ind.target.value, ind.target.direction) : ind.decimals;
