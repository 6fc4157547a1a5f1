import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import { identifierForm, nameForm, secretDigest } from '../src/lib/ingest/identity.ts';
import { findLeaks, leaksInText, maskPersonal } from '../src/lib/privacy.ts';
import { dataFolder, rosterRow, ROSTER_HEADER, tempDir, xlsxFile } from './helpers/fixtures.ts';
import { runScript } from './helpers/run.ts';

describe('masking a message before it is printed', () => {
  const secrets = new Set(['江海欣', '邱悦', 'JS-0001'].map((s) => secretDigest(s.includes('-') ? identifierForm(s) : nameForm(s), '')));

  it('masks names and identifiers from the input, and anything shaped like an ID-card, phone or staff number', () => {
    assert.equal(maskPersonal('age_mean 2024 school 江海欣', secrets, ''), 'age_mean 2024 school ＊＊＊');
    assert.equal(maskPersonal('表彰邱悦等3人；学校示例县第四小学', secrets, ''), '表彰＊＊＊等3人；学校示例县第四小学');
    assert.equal(maskPersonal('row JS-0001 of 2024/名册.xlsx', secrets, ''), 'row ＊＊＊ of 2024/名册.xlsx');
    assert.equal(maskPersonal('ID 11010119850301432X, phone 13912345678, staff 5300000233; 4,519 rows in 2024', new Set(), ''), 'ID ＊＊＊, phone ＊＊＊, staff ＊＊＊; 4,519 rows in 2024');
  });
});

describe('privacy check of the output', () => {
  const secrets = new Set(['王小明', '李华', '5300000123'].map((s) => secretDigest(s, '')));

  it('finds a name or a staff number from the input anywhere in the text, and any ID-card number', () => {
    assert.deepEqual(leaksInText('<p>教师王小明获奖</p>', secrets, ''), ['a name from the input']);
    assert.deepEqual(leaksInText('<td>李华</td>', secrets, ''), ['a name from the input']);
    assert.deepEqual(leaksInText('编号5300000123', secrets, ''), ['an identifier from the input']);
    assert.deepEqual(leaksInText('110101198503014321', new Set(), ''), ['ID-card number']);
  });

  it('finds a two-character name inside longer text, but not inside a school the site publishes or a word it writes itself', () => {
    const names = new Set(['邱悦', '李华', '高中'].map((s) => secretDigest(s, '')));
    assert.deepEqual(leaksInText('<td>邱悦名师工作室</td>', names, ''), ['a name from the input']);
    assert.deepEqual(leaksInText('2024年邱悦等交流轮岗名单.xlsx', names, ''), ['a name from the input']);
    assert.deepEqual(leaksInText('<p>李华村小学</p><p>2024年</p>', names, '', { published: ['李华村小学'] }), []);
    assert.deepEqual(leaksInText('<p>普通高中专任教师</p>', names, '', { ownWords: new Set(['高中']) }), []);
    // A published name with digits in it is masked by its Chinese parts; a name beside it is still found.
    assert.deepEqual(leaksInText('<p>李华2村小学</p>', names, '', { published: ['李华2村小学'] }), []);
    assert.deepEqual(leaksInText('<p>李华2村小学 邱悦</p>', names, '', { published: ['李华2村小学'] }), ['a name from the input']);
  });

  it('finds a name published as a school: 姓名 and 学校名称 swapped in one row', () => {
    const names = new Set(['江海欣', '示例县第四小学'].map((s) => secretDigest(s, '')));
    assert.deepEqual(leaksInText('<h1>江海欣</h1>', names, '', { published: ['江海欣', '示例县第四小学'] }), ['a name from the input']);
    assert.deepEqual(leaksInText('<h1>示例县第一小学</h1>', names, '', { published: ['示例县第一小学'] }), []);
  });

  it('finds names joined with a middle dot, in any of its forms, and identifiers written with separators', () => {
    const found = new Set([nameForm('买买提·艾力'), identifierForm('JS-0001')].map((s) => secretDigest(s, '')));
    assert.deepEqual(leaksInText('表彰买买提·艾力等', found, ''), ['a name from the input']);
    assert.deepEqual(leaksInText('表彰买买提・艾力等', found, ''), ['a name from the input']);
    assert.deepEqual(leaksInText('编号 JS-0001 的教师', found, ''), ['an identifier from the input']);
    assert.deepEqual(leaksInText('编号 js0001', found, ''), ['an identifier from the input']);
  });

  it('looks inside gzip streams (the search index) and zip files (the .xlsx downloads)', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'pagefind'), { recursive: true });
    await writeFile(join(dir, 'pagefind', 'x.pf_fragment'), gzipSync(Buffer.from('pagefind_dcd{"content":"王小明"}')));
    await writeFile(join(dir, 'indicators.xlsx'), zipSync({ 'xl/sharedStrings.xml': strToU8('<t>李华等</t>') }));
    await writeFile(join(dir, 'clean.html'), '<p>没有人名</p>');
    const leaks = await findLeaks(dir, { secrets, salt: '' });
    assert.deepEqual(leaks.map((l) => l.file).sort(), ['indicators.xlsx', join('pagefind', 'x.pf_fragment')]);
  });

  it('stops the build, publishing nothing, when a file named after a person would be listed', async () => {
    const roster = xlsxFile({ rows: [[...ROSTER_HEADER], rosterRow('A1', { 姓名: '欧阳明月' }), ...Array.from({ length: 12 }, (_, i) => rosterRow(`B${i}`))] });
    const dir = await dataFolder({ '2024/欧阳明月交来的名册.xlsx': roster });
    const out = join(await tempDir(), 'dist');
    await mkdir(out);
    await writeFile(join(out, 'index.html'), 'yesterday');
    const r = runScript('scripts/build.ts', ['--data', dir, '--out', out, '--no-cache']);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /隐私检查失败.*a name from the input/);
    assert.ok(!r.stderr.includes('欧阳明月'), 'the message names the page, never the person');
    assert.equal(await readFile(join(out, 'index.html'), 'utf8'), 'yesterday');
  });

  it('stops the build when a two-character name stands inside a file or sheet name', async () => {
    const people = [rosterRow('A1', { 姓名: '邱悦' }), ...Array.from({ length: 12 }, (_, i) => rosterRow(`B${i}`))];
    const dir = await dataFolder({ '2024/2024年邱悦等交流轮岗名单.xlsx': xlsxFile({ name: '邱悦等人', rows: [[...ROSTER_HEADER], ...people] }) });
    const out = join(await tempDir(), 'dist');
    const r = runScript('scripts/build.ts', ['--data', dir, '--out', out, '--no-cache']);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /隐私检查失败：生成的网站文件 (en\/)?quality\/2024\/index\.html 中出现了输入表格里的个人信息/);
    // The file's own name is how the clerk finds it; the privacy message itself names only the page.
    const gate = r.stderr.split('\n').filter((l) => /隐私检查失败|Privacy check failed/.test(l));
    assert.ok(gate.length > 0 && gate.every((l) => !l.includes('邱悦')), 'the privacy messages never repeat the name');
  });
});
