/** Text measured before drawing (src/lib/charts/measure.ts): the margins and ticks charts are laid out with. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { textWidth, valueAxis, wrapLabel } from '../../src/lib/charts/measure.ts';

describe('the width of a label, estimated from its characters', () => {
  it('counts a Chinese character as 1 em and a Latin one as 0.6 em at 12 px', () => {
    assert.equal(textWidth('高级'), 24);
    assert.equal(textWidth('1,800'), 36);
  });
});

describe('a numeric axis', () => {
  it('never prints 0.000000: a range of one value 0 gets ticks 0 and 1', () => {
    const y = valueAxis([0, 0, 0]);
    assert.deepEqual(y.domain, [0, 1]);
    assert.deepEqual(y.ticks.map(y.tickFormat), ['0', '1']);
  });

  it('gives counts whole ticks only', () => {
    const y = valueAxis([1, 2, 3]);
    assert.ok(y.ticks.every(Number.isInteger), y.ticks.join());
  });

  it('keeps the decimals a small range needs, and no more', () => {
    const y = valueAxis([0.12, 0.31], { zero: false });
    assert.deepEqual(y.ticks.map(y.tickFormat).slice(0, 2), ['0.10', '0.15']);
  });

  it('writes millions of yuan in 万 (Chinese) or M, with a margin that holds the longest label', () => {
    const zh = valueAxis([5_083_200, 10_579_200], { chinese: true });
    assert.ok(zh.ticks.map(zh.tickFormat).includes('1,000万'), zh.ticks.map(zh.tickFormat).join());
    const en = valueAxis([5_083_200, 10_579_200]);
    assert.ok(en.ticks.map(en.tickFormat).includes('10M'), en.ticks.map(en.tickFormat).join());
    assert.ok(zh.margin >= textWidth('1,200万') + 9);
  });

  it('keeps 1,800 whole: the margin is sized from the longest label', () => {
    const y = valueAxis([320, 1_900]);
    assert.ok(y.margin >= textWidth('2,000') + 9, String(y.margin));
  });
});

describe('a long category name', () => {
  it('is folded between words onto two lines that fit', () => {
    assert.equal(wrapLabel('Secondary vocational', 80), 'Secondary\nvocational');
    assert.equal(wrapLabel('Primary', 80), 'Primary');
  });

  it('ends in an ellipsis where two lines cannot hold it', () => {
    const folded = wrapLabel('Publicly funded teacher trainee programme for rural schools', 100);
    assert.equal(folded.split('\n').length, 2);
    assert.match(folded, /…$/);
    for (const line of folded.split('\n')) assert.ok(textWidth(line) <= 100, line);
  });
});
