/**
 * The sample county as an attacker would read it: no suppressed figure of the published
 * indicators can be worked out from the others, checked twice — by the library's own exact
 * audit over every relation it knows, and by plain arithmetic written separately in the test
 * (tests/helpers/recover.ts) for the three relations a reviewer found broken: schools inside
 * their area, the senior-title share beside the title structure, exits beside retirements.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { exposedFigures } from '../../src/lib/disclosure/suppress.ts';
import { computeIndicators } from '../../src/lib/indicators/compute.ts';
import { yearContexts } from '../../src/lib/indicators/context.ts';
import { evaluate } from '../../src/lib/indicators/evaluate.ts';
import { INDICATORS } from '../../src/lib/indicators/registry.ts';
import type { Estimate } from '../../src/lib/indicators/types.ts';
import { ingestFolder } from '../helpers/fixtures.ts';
import { recoverableByArithmetic } from '../helpers/recover.ts';

let raw: Estimate[];
let published: Estimate[];
let areas: Map<number, Map<string, string>>;
let peers: Map<number, Map<string, string>>;
let threshold: number;

before(async () => {
  const { dataset, config } = await ingestFolder('data');
  const contexts = yearContexts(dataset.records, config);
  raw = INDICATORS.flatMap((indicator) => contexts.flatMap((ctx) => evaluate(indicator, ctx)));
  published = computeIndicators(dataset, config).flatMap((s) => s.estimates);
  areas = new Map(contexts.map((ctx) => [ctx.year, new Map((ctx.schools()?.objects() ?? []).map((r) => [String((r as Record<string, unknown>)['school']), String((r as Record<string, unknown>)['locality'])]))]));
  peers = new Map(contexts.map((ctx) => [ctx.year, ctx.schoolPeers()]));
  threshold = config.disclosure_threshold;
});

describe('disclosure control on the sample county', () => {
  it('leaves no protected figure that the exact audit can solve for', () => {
    assert.equal(published.length, raw.length);
    assert.ok(published.filter((e) => e.symbol === 'c').length > 500, 'the sample has many small cells to protect');
    assert.deepEqual(exposedFigures(raw, published, { threshold, areas, peers }).map((e) => `${e.year} ${e.indicator} ${e.dimension} ${e.category}`), []);
  });

  it('leaves no group of figures that add up by definition with exactly one c', () => {
    assert.deepEqual(recoverableByArithmetic(published, areas), []);
  });

  it('publishes no trace of the rows behind a figure', () => {
    assert.ok(published.every((e) => !('trace' in e)));
  });
});
