/** The 优质均衡 page's prepared words (src/lib/site/balance-view.ts). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { QuotaSchool } from '../../src/lib/review/quota.ts';
import { educationWords, quotaSentence } from '../../src/lib/site/balance-view.ts';

const school = (name: string, quota: number, established: number | null): QuotaSchool =>
  ({ school: name, quota, established, symbol: established === null ? 'c' : '', difference: established === null ? null : established - quota });

describe('the quota summary', () => {
  it('accounts for every school it starts from: over, under, equal to the quota, and withheld', () => {
    const schools = [school('甲', 10, 12), school('乙', 10, 8), school('丙', 10, 7), school('丁', 10, 10), school('戊', 6, null)];
    assert.equal(quotaSentence(2024, schools, 'zh'), '2024年，学校表填有核定编制数的5所学校中，1所在编在岗人数超过核定编制，2所低于核定编制，1所与核定编制相等，1所在编人数以 c 表示。');
    assert.equal(quotaSentence(2024, schools, 'en'), 'In 2024, of the 5 schools with a quota in the schools table, 1 holds more established staff than its quota, 2 fewer, 1 exactly its quota and 1 a number shown as c.');
  });

  it('says nothing of equal or withheld schools when there are none', () => {
    assert.match(quotaSentence(2024, [school('甲', 10, 12), school('乙', 10, 13), school('丙', 10, 8)], 'en'), /, 2 hold more established staff than their quota and 1 fewer\.$/);
    const schools = [school('甲', 10, 12), school('乙', 10, 8)];
    assert.equal(quotaSentence(2024, schools, 'zh'), '2024年，学校表填有核定编制数的2所学校中，1所在编在岗人数超过核定编制，1所低于核定编制。');
    assert.equal(quotaSentence(2024, schools, 'en'), 'In 2024, of the 2 schools with a quota in the schools table, 1 holds more established staff than its quota and 1 fewer.');
  });
});

describe('the method', () => {
  it('names the required qualification in English on the English page, the roster\'s word beside it', () => {
    assert.equal(educationWords('专科', 'en'), 'an associate degree (专科)');
    assert.equal(educationWords('本科', 'en'), 'a bachelor\'s degree (本科)');
    assert.equal(educationWords('专科', 'zh'), '专科');
  });
});
