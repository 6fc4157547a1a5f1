/**
 * Minimum qualifications by stage. 教师法 (1993) Art. 11: pre-school and primary teachers a
 * 中师 (upper-secondary) diploma, lower-secondary teachers a 专科, upper-secondary and
 * vocational teachers a bachelor's degree. "One level higher" is the goal of successive plans:
 * primary 专科+, lower secondary 本科+, upper secondary 研究生.
 */
import type { Education, Stage } from '../../domain.ts';

export const EDUCATION_RANK: Readonly<Record<Education, number>> = { 高中阶段以下: 0, 高中阶段: 1, 专科: 2, 本科: 3, 研究生: 4 };

export const LEGAL_MINIMUM: Partial<Record<Stage, number>> = { 学前: 1, 小学: 1, 初中: 2, 高中: 3, 中职: 3 };
export const ONE_LEVEL_HIGHER: Partial<Record<Stage, number>> = { 小学: 2, 初中: 3, 高中: 4 };

export const rankOf = (education: unknown): number => EDUCATION_RANK[education as Education] ?? -1;
