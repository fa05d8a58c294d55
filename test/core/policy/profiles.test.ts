import {
  BUILTIN_POLICIES,
  getBuiltinPolicy,
  loadPolicyJson,
  parseShippedProfiles,
} from '../../../src/core/policy/profiles';
import { computeRate } from '../../../src/core/policy/rate';
import { PolicyError } from '../../../src/core/policy/schema';
import { TEST_POLICY_JSON } from '../../helpers/factory';

describe('built-in profiles', () => {
  it('parses both shipped profiles', () => {
    expect(BUILTIN_POLICIES.map((p) => p.id)).toEqual(['zhengzhou-2021', 'ningxia-2019']);
    expect(getBuiltinPolicy('nope')).toBeUndefined();
  });

  it('ships each profile as the schema parses it (profiles/loaded.json; `npm run profiles` rewrites it)', () => {
    const parsed = parseShippedProfiles();
    expect(parsed.map((p) => p.id)).toEqual(BUILTIN_POLICIES.map((p) => p.id));
    // JSON has no undefined and no prototypes: compare what the file can hold
    expect(BUILTIN_POLICIES).toStrictEqual(JSON.parse(JSON.stringify(parsed)));
  });

  it('zhengzhou-2021: amounts, limits and uplift', () => {
    const p = getBuiltinPolicy('zhengzhou-2021')!;
    expect(p.classSizeMax).toBe(80);
    expect(p.minHours['培训合格证']).toBe(40);
    expect(p.workingAge).toEqual({ kind: 'statutory', min: 16 });
    expect(p.noticeWorkingDays).toBe(3);
    const q = { certType: '职业技能等级证书' as const, personType: '' };
    expect(computeRate(p, { ...q, level: 5, category: 'A' })).toMatchObject({ kind: 'fixed', fen: 180000 });
    expect(computeRate(p, { ...q, level: 4, category: 'B' })).toMatchObject({ kind: 'fixed', fen: 220000 });
    expect(computeRate(p, { ...q, level: 3, category: 'C' })).toMatchObject({ kind: 'fixed', fen: 250000 });
    expect(computeRate(p, { ...q, level: 2, category: 'C' })).toBeNull();
    expect(computeRate(p, { certType: '国家职业资格证书', level: 5, category: 'B' })).toMatchObject({ fen: 165000 });
    expect(computeRate(p, { certType: '培训合格证', level: null, category: 'A' })).toMatchObject({
      fen: 100000,
      upliftPercent: 0,
    });
    expect(
      computeRate(p, { certType: '培训合格证', level: null, category: 'A', personType: '脱产培训' }),
    ).toMatchObject({ fen: 120000 });
    expect(
      computeRate(p, { certType: '培训合格证', level: null, category: 'A', personType: '企业新录用人员岗前培训' }),
    ).toMatchObject({ fen: 60000 });
    expect(computeRate(p, { certType: '专项职业能力证书', level: null, category: 'A' })).toBeNull();
    expect(computeRate(p, { certType: '特种作业操作证书', level: null, category: 'A' })).toBeNull();
  });

  it('ningxia-2019: category tables, B rate for skill levels, ranges', () => {
    const p = getBuiltinPolicy('ningxia-2019')!;
    const fq = (level: 1 | 2 | 3 | 4 | 5, category: 'A' | 'B' | 'C') =>
      computeRate(p, { certType: '国家职业资格证书', level, category });
    expect([fq(5, 'A'), fq(5, 'B'), fq(5, 'C')].map((r) => r && r.kind === 'fixed' && r.fen)).toEqual([
      120000, 110000, 100000,
    ]);
    expect([fq(4, 'A'), fq(4, 'B'), fq(4, 'C')].map((r) => r && r.kind === 'fixed' && r.fen)).toEqual([
      170000, 150000, 120000,
    ]);
    expect(fq(3, 'A')).toMatchObject({ fen: 300000 });
    expect(fq(2, 'C')).toMatchObject({ fen: 400000 });
    expect(fq(1, 'B')).toMatchObject({ fen: 500000 });
    const skill = [5, 4, 3, 2, 1].map((level) =>
      computeRate(p, { certType: '职业技能等级证书', level: level as 5, category: 'A' }),
    );
    expect(skill.map((r) => r && r.kind === 'fixed' && r.fen)).toEqual([110000, 150000, 300000, 400000, 500000]);
    expect(computeRate(p, { certType: '专项职业能力证书', level: null, category: 'C' })).toMatchObject({
      kind: 'range',
      minFen: 55000,
      maxFen: 140000,
    });
    expect(computeRate(p, { certType: '特种作业操作证书', level: null, category: 'C' })).toMatchObject({
      kind: 'fixed',
      fen: 80000,
    });
    expect(computeRate(p, { certType: '培训合格证', level: null, category: 'C' })).toMatchObject({
      kind: 'fixed',
      fen: 80000,
    });
    expect(
      computeRate(p, { certType: '培训合格证', level: null, category: 'C', personType: '创业培训合格证' }),
    ).toMatchObject({ kind: 'range', minFen: 40000, maxFen: 160000 });
    expect(
      computeRate(p, { certType: '职业技能等级证书', level: 5, category: 'A', personType: '两后生' }),
    ).toMatchObject({ fen: 600000 });
    expect(fq(5, 'A')!.explain.zh).toBe('1200 (A类标准)');
  });
});

describe('loadPolicyJson', () => {
  const good = JSON.stringify(TEST_POLICY_JSON, null, 2);

  it('loads a valid profile, BOM and all', () => {
    expect(loadPolicyJson('\uFEFF' + good, 'POLICY.json').id).toBe('test-policy');
  });

  it('names the file and position of a JSON syntax error', () => {
    const bad = '{\n  "id": "x",\n  "name": "y",\n}';
    expect(() => loadPolicyJson(bad, 'POLICY.json')).toThrow(PolicyError);
    expect(() => loadPolicyJson(bad, 'POLICY.json')).toThrow(/POLICY\.json: not valid JSON at line 4, column 1/);
  });

  it('reports a truncated file', () => {
    expect(() => loadPolicyJson('{"id": "x"', 'cut.json')).toThrow(/cut\.json: not valid JSON at line 1/);
  });

  it('names the path of a negative amount', () => {
    const j = structuredClone(TEST_POLICY_JSON) as { rates: Array<{ amount: { yuan: number } }> };
    j.rates[1].amount.yuan = -1500;
    expect(() => loadPolicyJson(JSON.stringify(j), 'neg.json')).toThrow(/neg\.json[\s\S]*rates\[1\]\.amount\.yuan/);
  });

  it('names the path of an unknown certificate type', () => {
    const j = structuredClone(TEST_POLICY_JSON) as { rates: Array<{ certType: string }> };
    j.rates[2].certType = '结业证';
    expect(() => loadPolicyJson(JSON.stringify(j), 'cert.json')).toThrow(/rates\[2\]\.certType/);
  });

  it('names a misspelt field', () => {
    const j = { ...TEST_POLICY_JSON, classSize: 80 };
    expect(() => loadPolicyJson(JSON.stringify(j), 'typo.json')).toThrow(/typo\.json[\s\S]*classSize/);
    const r = structuredClone(TEST_POLICY_JSON) as { rates: Array<Record<string, unknown>> };
    r.rates[0].amout = 1;
    expect(() => loadPolicyJson(JSON.stringify(r), 'typo2.json')).toThrow(/rates\[0\][\s\S]*amout/);
  });
});

describe('workingAge', () => {
  const base = { ...TEST_POLICY_JSON, age: undefined };
  it('a loaded profile saved as JSON loads again (the pane keeps it in the document)', () => {
    for (const workingAge of ['statutory', { min: 16, max: 60, maxFemale: 50 }]) {
      const p = loadPolicyJson(JSON.stringify({ ...base, workingAge }), 'p.json');
      expect(loadPolicyJson(JSON.stringify(p), 'again.json').workingAge).toEqual(p.workingAge);
    }
  });

  it('names a bad range', () => {
    expect(() =>
      loadPolicyJson(JSON.stringify({ ...base, workingAge: { kind: 'range', min: 16, max: 'x' } }), 'p.json'),
    ).toThrow(PolicyError);
    expect(() => loadPolicyJson(JSON.stringify({ ...base, workingAge: 'legal' }), 'p.json')).toThrow(/workingAge/);
  });
});
