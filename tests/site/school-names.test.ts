import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { givePlaceNames, schoolNameEn } from '../../src/i18n/school-names.ts';

describe('English school names', () => {
  it('name the region as site.yaml does, and other places in pinyin', () => {
    assert.equal(schoolNameEn('示例县第一小学'), 'Shili County No. 1 Primary School');
    givePlaceNames([['示例县', 'Sample County']]);
    assert.equal(schoolNameEn('示例县第一小学'), 'Sample County No. 1 Primary School');
    assert.equal(schoolNameEn('示例县实验中学'), 'Sample County Experimental Secondary School');
    assert.equal(schoolNameEn('东关镇中心小学'), 'Dongguan Town Central Primary School');
    assert.equal(schoolNameEn('柳林高岭村小学'), 'Liulin Gaoling Village Primary School');
  });
});
