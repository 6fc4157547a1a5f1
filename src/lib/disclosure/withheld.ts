/**
 * The mark of a breakdown withheld whole (suppress.ts): every figure of it is `c` and carries this
 * note, which the indicator and data-quality pages turn into a sentence naming the breakdown.
 * Kept apart from suppress.ts so the pages read it without the audit's machinery.
 */
import type { Bilingual, Estimate } from '../indicators/types.ts';

export const WITHHELD_NOTE: Bilingual = {
  zh: '整组隐藏：其中有的数字无法靠隐藏个别格子防止被推算出来，因此该组分类数据全部以 c 表示。',
  en: 'Withheld as a whole: some of its figures could not be kept from being worked out by withholding single cells, so every figure of the breakdown is shown as c.',
};

/** Whether a published figure was withheld with its whole breakdown (by its note's text: site data is read back from JSON). */
export const isWithheldWhole = (e: Pick<Estimate, 'symbol' | 'note'>): boolean => e.symbol === 'c' && e.note?.en === WITHHELD_NOTE.en;
