/** Exchanges from a town or urban school to a rural one. */
import type { ColumnTable } from 'arquero';
import type { Row } from '../context.ts';

export const towardRural = (exchanged: ColumnTable): ColumnTable =>
  exchanged.filter((d: Row) => (d['fromLocality'] === '城区' || d['fromLocality'] === '镇区') && d['toLocality'] === '乡村');
