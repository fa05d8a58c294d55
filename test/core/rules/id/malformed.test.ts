import { idMalformed } from '../../../../src/core/rules/id/malformed';
import { colOf, makeTrainee } from '../../../helpers/factory';
import { codes, messageOf, run } from './helpers';

describe('id.malformed', () => {
  it('flags a too-short ID, and nothing else', () => {
    const f = run([makeTrainee({ row: 5, id: '41010219900307123' })]);
    expect(codes(f)).toEqual(['id.malformed']);
    expect(f[0]).toMatchObject({ row: 5, col: colOf('id'), field: 'id', severity: 'error' });
    expect(messageOf(f[0])).toContain('“41010219900307123”为 17 位，应为 18 位');
    expect(messageOf(f[0], 'en-US')).toContain('has 17 characters');
  });

  it('flags a stray letter with its position', () => {
    const f = run([makeTrainee({ id: '4101021990030712A0' })]);
    expect(codes(f)).toEqual(['id.malformed']);
    expect(messageOf(f[0])).toContain('第 17 位“A”不是数字');
  });

  it('says a look-alike was found (× for X, Cyrillic Х)', () => {
    const times = run([makeTrainee({ id: '11010519491231002×' })]);
    expect(codes(times)).toEqual(['id.malformed']);
    expect(messageOf(times[0])).toContain('形似字符');
    expect(messageOf(times[0])).toContain('U+00D7');
    expect(messageOf(times[0])).toContain('应为 X');
    const cyr = run([makeTrainee({ id: '11010519491231002\u0425' })]);
    expect(codes(cyr)).toEqual(['id.malformed']);
    expect(messageOf(cyr[0])).toContain('U+0425');
  });

  it('flags X in the middle', () => {
    const f = run([makeTrainee({ id: '41010219900307X230' })]);
    expect(codes(f)).toEqual(['id.malformed']);
    expect(messageOf(f[0])).toContain('末位');
  });

  it('flags a TRUE/FALSE cell', () => {
    expect(codes(run([makeTrainee({ id: true })]))).toEqual(['id.malformed']);
  });

  it('passes valid 18- and 15-character IDs and ignores empty cells', () => {
    const ts = [
      makeTrainee({ id: '410102199003071230' }),
      makeTrainee({ id: '610104620927690' }),
      makeTrainee({ id: null }),
      makeTrainee({ id: '  ' }),
    ];
    expect(run(ts, {}, [idMalformed])).toEqual([]);
  });
});
