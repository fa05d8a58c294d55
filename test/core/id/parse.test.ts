import { parseIdCell } from '../../../src/core/id';

describe('parseIdCell', () => {
  it('reads a citizen ID', () => {
    const p = parseIdCell('410102199003071230');
    expect(p).toMatchObject({
      kind: 'citizen',
      normalized: '410102199003071230',
      key: '410102199003071230',
      normFlags: 0,
      numeric: false,
      birth: { y: 1990, m: 3, d: 7 },
      birthStatus: 'ok',
      sex: 'M',
      province: 41,
      addressCode: 410102,
      region: 'ok',
      checksumOk: true,
      checkExpected: '0',
      malformed: null,
    });
  });

  it('reads the sex from the sequence parity (even = female)', () => {
    expect(parseIdCell('11010519491231002X').sex).toBe('F');
  });

  it('reports a wrong check character and the expected one', () => {
    const p = parseIdCell('410102199003071231');
    expect(p.kind).toBe('citizen');
    expect(p.checksumOk).toBe(false);
    expect(p.checkExpected).toBe('0');
    expect(p.key).toBe('410102199003071231');
  });

  it('empty values are empty', () => {
    expect(parseIdCell(null).kind).toBe('empty');
    expect(parseIdCell(undefined).kind).toBe('empty');
    expect(parseIdCell('').kind).toBe('empty');
    expect(parseIdCell(' \u3000').kind).toBe('empty');
  });

  it('18-digit numbers are damaged, whatever they show', () => {
    const p = parseIdCell(410102199003071230, '4.10102E+17', 'General');
    expect(p.kind).toBe('damaged');
    expect(p.numeric).toBe(true);
    expect(p.key).toBeNull();
    expect(parseIdCell(410102199003071230).kind).toBe('damaged');
    expect(parseIdCell(4101021990030712).kind).toBe('damaged');
  });

  it('text that reads like Excel scientific notation is damaged', () => {
    expect(parseIdCell('4.10102E+17').kind).toBe('damaged');
    expect(parseIdCell('4.10102e17').kind).toBe('damaged');
    expect(parseIdCell('４.１０１０２Ｅ＋１７').kind).toBe('damaged');
  });

  it('a 15-digit number keeps its digits: a legacy number stored as a number', () => {
    const p = parseIdCell(610104620927690);
    expect(p.kind).toBe('legacy15');
    expect(p.numeric).toBe(true);
    expect(p.upgraded).toBe('610104196209276908');
  });

  it('a short number is malformed, not damaged', () => {
    expect(parseIdCell(12345).kind).toBe('malformed');
  });

  it('reads a legacy 15-digit number and upgrades it', () => {
    const p = parseIdCell('610104620927690');
    expect(p).toMatchObject({
      kind: 'legacy15',
      upgraded: '610104196209276908',
      key: '610104196209276908',
      birth: { y: 1962, m: 9, d: 27 },
      birthStatus: 'ok',
      sex: 'F',
      region: 'ok',
      checksumOk: true,
    });
  });

  it('tells residence permits and foreigners apart from citizens', () => {
    expect(parseIdCell('810000199003071237')).toMatchObject({ kind: 'permit', region: 'ok', checksumOk: true });
    expect(parseIdCell('830000199001010020')).toMatchObject({
      kind: 'permit',
      region: 'ok',
      checksumOk: true,
      sex: 'F',
    });
    expect(parseIdCell('911056199003071233')).toMatchObject({
      kind: 'foreign',
      province: 11,
      region: 'ok',
      checksumOk: true,
    });
    expect(parseIdCell('710000199003071233')).toMatchObject({
      kind: 'citizen',
      region: 'province-unknown',
      checksumOk: true,
    });
  });

  it('keeps an impossible date out of birth', () => {
    const p = parseIdCell('41010219870230123X');
    expect(p.birth).toBeNull();
    expect(p.birthStatus).toBe('invalid');
    expect(parseIdCell('410102189912311239').birthStatus).toBe('before1900');
    expect(parseIdCell('410102190001011233').birthStatus).toBe('ok');
  });

  it('normalises full-width digits, spaces, invisible characters and a lowercase x', () => {
    const p = parseIdCell('１１０１０５１９４９１２３１００２\u200Bx ');
    expect(p.kind).toBe('citizen');
    expect(p.normalized).toBe('11010519491231002X');
    expect(p.normFlags).not.toBe(0);
    expect(p.checksumOk).toBe(true);
  });

  describe('malformed', () => {
    it('wrong length', () => {
      expect(parseIdCell('41010219900307123').malformed).toMatchObject({ reason: 'length', len: 17 });
      expect(parseIdCell('4101021990030712300').malformed).toMatchObject({ reason: 'length', len: 19 });
    });

    it('a stray character, with its position', () => {
      expect(parseIdCell('4101021990030712A0').malformed).toMatchObject({ reason: 'char', pos: 17, char: 'A' });
    });

    it('X anywhere but the end of 18', () => {
      expect(parseIdCell('41010219900307X230').malformed).toMatchObject({ reason: 'x-position', pos: 15 });
      expect(parseIdCell('61010462092769X').malformed).toMatchObject({ reason: 'x-position' });
    });

    it('look-alikes are reported, not fixed', () => {
      expect(parseIdCell('11010519491231002×').malformed).toMatchObject({
        reason: 'lookalike',
        pos: 18,
        char: '×',
        expected: 'X',
      });
      expect(parseIdCell('11010519491231002\u0425').malformed).toMatchObject({ reason: 'lookalike', expected: 'X' });
      expect(parseIdCell('41010219900307123O').malformed).toMatchObject({ reason: 'lookalike', expected: '0' });
    });

    it('TRUE/FALSE cells', () => {
      expect(parseIdCell(true).malformed).toMatchObject({ reason: 'not-text' });
    });

    it('counts an astral character as one position', () => {
      expect(parseIdCell('😀10102199003071230').malformed).toMatchObject({
        reason: 'char',
        pos: 1,
        char: '😀',
        len: 18,
      });
    });
  });
});
