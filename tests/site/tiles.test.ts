/**
 * The exchange tile and key point: the 10% target's verdict stands only beside the policy
 * measure (交流轮岗比例（政策口径）), never beside the descriptive share of all compulsory-education
 * teachers (INDICATORS.md: "never compared with the 10% target").
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SiteConfig } from '../../src/lib/config.ts';
import exchangeRate from '../../src/lib/indicators/exchange/exchange_rate.ts';
import exchangeRateEligible from '../../src/lib/indicators/exchange/exchange_rate_eligible.ts';
import type { Estimate, Indicator } from '../../src/lib/indicators/types.ts';
import { keyPoints } from '../../src/lib/narrative/key-points.ts';
import type { IndicatorData, SiteData } from '../../src/lib/site/data.ts';
import { tile } from '../../src/lib/site/views.ts';

const config = { policy: { exchange_target: 0.1 } } as unknown as SiteConfig;
const total = (indicator: string, year: number, value: number | null, symbol = ''): Estimate =>
  ({ year, indicator, dimension: 'total', category: '全部', value, symbol, numerator: null, denominator: null, basis: 'share' }) as Estimate;

function indicator(ind: Indicator, estimates: Estimate[]): IndicatorData {
  const { measure: _, target, ...rest } = ind;
  return { ...rest, ...(target ? { target: target(config) } : {}), estimates } as IndicatorData;
}

/** A county whose descriptive share is 18.8% and whose policy measure is 30.8% (or as given) in 2024. */
function county(policy2024: { value: number | null; symbol?: string }): SiteData {
  const descriptive = indicator(exchangeRate, [total('exchange_rate', 2023, 18), total('exchange_rate', 2024, 18.8)]);
  const eligible = indicator(exchangeRateEligible, [total('exchange_rate_eligible', 2023, 29), total('exchange_rate_eligible', 2024, policy2024.value, policy2024.symbol)]);
  return { indicators: [descriptive, eligible], policy: { training_cycle_start: 2021 } } as unknown as SiteData;
}

describe('the exchange tile', () => {
  it('is headed by the policy measure with its verdict, and shows the descriptive share below it without one', () => {
    const data = county({ value: 30.8 });
    const zh = tile(data.indicators[0]!, 2024, 'zh', data);
    assert.equal(zh.id, 'exchange_rate_eligible');
    assert.equal(zh.name, exchangeRateEligible.short.zh);
    assert.equal(zh.value, '30.8%');
    assert.equal(zh.change, '比上年提高1.8个百分点');
    assert.equal(zh.target, '目标不低于10%：已达到');
    assert.deepEqual(zh.secondary, { id: 'exchange_rate', name: exchangeRate.name.zh, value: '18.8%', change: '比上年提高0.8个百分点' });
    assert.deepEqual(zh.spark, [29, 30.8], 'the sparkline is the headline figure’s');
    const en = tile(data.indicators[0]!, 2024, 'en', data);
    assert.equal(`${en.name}: ${en.value}; ${en.target}`, `${exchangeRateEligible.short.en}: 30.8%; Target at least 10%: met`);
    assert.equal(en.secondary?.name, exchangeRate.name.en);
  });

  it('shows the descriptive share alone, with no verdict, when the policy measure has no published figure', () => {
    for (const policy of [{ value: null, symbol: 'x' }, { value: null, symbol: 'c' }]) {
      const data = county(policy);
      const k = tile(data.indicators[0]!, 2024, 'zh', data);
      assert.equal(k.id, 'exchange_rate');
      assert.equal(k.value, '18.8%');
      assert.equal(k.target, null);
      assert.equal(k.secondary, null);
    }
  });
});

describe('the report’s key points on exchange', () => {
  const line = (k: ReturnType<typeof keyPoints>[number]) => `${k.name}：${k.value}${k.change ? `，${k.change}` : ''}${k.target ? `；${k.target}` : ''}。`;

  it('give the policy measure and its verdict on one line, and the descriptive share on its own line without one', () => {
    const lines = keyPoints(county({ value: 30.8 }), 2024, 'zh').map(line);
    assert.deepEqual(lines, [
      `${exchangeRateEligible.short.zh}：30.8%，比上年提高1.8个百分点；目标不低于10%：已达到。`,
      `${exchangeRate.name.zh}：18.8%，比上年提高0.8个百分点。`,
    ]);
    // No figure stands beside a verdict but its own; no space between a full-width bracket and a number.
    for (const l of lines) if (l.includes('目标')) assert.doesNotMatch(l, /18\.8%/);
    assert.ok(lines.every((l) => !/[）)] \d/.test(l)));
  });

  it('never judge the descriptive share against the target when the policy measure is suppressed', () => {
    const lines = keyPoints(county({ value: null, symbol: 'c' }), 2024, 'zh').map(line);
    assert.deepEqual(lines, [`${exchangeRate.short.zh}：18.8%，比上年提高0.8个百分点。`]);
  });
});
