/** An annual report: its sections written from the site data for one year and language. */
import type { Lang } from '../../i18n/ui.ts';
import type { SiteData } from '../site/data.ts';
import { SECTIONS } from './sections.ts';
import { Figures, type Paragraph } from './text.ts';

export interface ReportSection {
  readonly id: string;
  readonly title: string;
  readonly paragraphs: readonly Paragraph[];
  readonly missing: boolean;
}

export function annualReport(data: SiteData, year: number, lang: Lang): ReportSection[] {
  const f = new Figures(data, year, lang);
  return SECTIONS.map((s) => {
    const missing = !s.needs.some((id) => f.supplied(id));
    return { id: s.id, title: s.title[lang], missing, paragraphs: missing ? [[s.missing[lang]]] : s.write(f) };
  });
}
