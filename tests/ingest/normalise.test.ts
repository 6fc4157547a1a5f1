import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normaliseKey, normaliseText, parseDate, parseNumber, serialToDate } from '../../src/lib/ingest/normalise.ts';

describe('dates', () => {
  it('parses every form a clerk types or Excel stores', () => {
    assert.equal(parseDate('2024-03-01'), '2024-03-01');
    assert.equal(parseDate('2024/3/1'), '2024-03-01');
    assert.equal(parseDate('2024.3.1'), '2024-03-01');
    assert.equal(parseDate('2024.3'), '2024-03-01');
    assert.equal(parseDate('2024-03'), '2024-03-01');
    assert.equal(parseDate('2024年3月'), '2024-03-01');
    assert.equal(parseDate('2024年3月15日'), '2024-03-15');
    assert.equal(parseDate('20240315'), '2024-03-15');
    assert.equal(parseDate('２０２４年３月'), '2024-03-01', 'full-width digits');
    assert.equal(parseDate(' 2024-03-01 08:30:00 '), '2024-03-01');
  });

  it('reads Excel serial numbers in the 1900 and 1904 date systems', () => {
    assert.equal(parseDate(45352), '2024-03-01');
    assert.equal(serialToDate(45352, false), '2024-03-01');
    // The 1904 system is 1462 days behind.
    assert.equal(parseDate(45352 - 1462, true), '2024-03-01');
    assert.equal(parseDate('45352'), '2024-03-01', 'a serial exported as text');
  });

  it('rejects days that do not exist instead of rolling them over', () => {
    assert.equal(parseDate('2024-02-30'), null);
    assert.equal(parseDate('2023-02-29'), null);
    assert.equal(parseDate('2024-02-29'), '2024-02-29');
    assert.equal(parseDate('2024-13-01'), null);
    assert.equal(parseDate('去年'), null);
  });
});

describe('numbers and text', () => {
  it('reads numbers stored as text, with full-width digits and thousands separators', () => {
    assert.equal(parseNumber('１２'), 12);
    assert.equal(parseNumber('1,234.5'), 1234.5);
    assert.equal(parseNumber(' 48 '), 48);
    assert.equal(parseNumber('四十'), null);
  });

  it('folds full-width characters and strips spaces, line breaks and required-field stars from names', () => {
    assert.equal(normaliseText('　ＡＢＣ　１２３ '), 'ABC 123');
    assert.equal(normaliseKey('最高\n学历'), '最高学历');
    assert.equal(normaliseKey('*教师编号'), '教师编号');
    assert.equal(normaliseKey('出国（境）'), '出国(境)');
  });
});
