/** The glossary says the same in English as in Chinese: a reader of either is told the same definition. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GLOSSARY } from '../../src/i18n/glossary.ts';

const entry = (zh: string) => GLOSSARY.find((g) => g.term.zh === zh)!;

describe('the glossary', () => {
  it('defines a full-time teacher by the staff category, not the post, in both languages', () => {
    const { meaning } = entry('专任教师');
    assert.match(meaning.zh, /教职工类别.*不是.*岗位类别/);
    // “whose post is full-time teacher” said the opposite of the Chinese: 岗位类别 is the post class.
    assert.doesNotMatch(meaning.en, /whose post is/);
    assert.match(meaning.en, /staff category.*教职工类别.*not the post class 岗位类别/);
    assert.match(meaning.en, /counted by head/);
  });

  it('gives every term in both languages', () => {
    for (const g of GLOSSARY) assert.ok(g.term.zh && g.term.en && g.meaning.zh && g.meaning.en, g.term.zh);
  });
});
