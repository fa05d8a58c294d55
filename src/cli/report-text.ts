// The readable report (Chinese by default, English with --lang en).
import {
  type Catalog,
  colLetter,
  fieldLabel,
  type Locale,
  noteText,
  type Policy,
  ruleByCode,
  type Severity,
} from '../core';
import { displayWidth } from './text-width';
import type { FileReport } from './validate';

const T = {
  'zh-CN': {
    file: '文件',
    sheet: '工作表',
    policy: '政策',
    catalog: '职业目录',
    sampleNote: '（示例目录，仅供演示，请用 --catalog 指定当地当年的目录）',
    header: '表头',
    rowsWord: '行',
    data: '数据行',
    trainees: '人',
    total: '合计行',
    skipped: '说明',
    mapping: '列对应',
    byRule: '按规则统计',
    none: '未发现问题。',
    findings: '问题明细',
    counts: '共发现',
    sev: { error: '错误', warning: '警告', info: '提示' } as Record<Severity, string>,
    head: ['行', '列', '规则', '说明'],
    verdictErr: (n: number) => `结论：有 ${n} 个错误，请修改后再提交。`,
    verdictOk: '结论：未发现错误。',
    out: '已写出标记副本',
  },
  'en-US': {
    file: 'File',
    sheet: 'Sheet',
    policy: 'Policy',
    catalog: 'Catalog',
    sampleNote: " (SAMPLE catalog for demonstration; pass your region's catalog with --catalog)",
    header: 'Header',
    rowsWord: 'row',
    data: 'Data rows',
    trainees: 'trainees',
    total: 'Total row',
    skipped: 'Notes',
    mapping: 'Columns',
    byRule: 'Findings by rule',
    none: 'No findings.',
    findings: 'Findings',
    counts: 'Found',
    sev: { error: 'errors', warning: 'warnings', info: 'info' } as Record<Severity, string>,
    head: ['Row', 'Col', 'Rule', 'Message'],
    verdictErr: (n: number) => `Result: ${n} error(s); fix them before submitting.`,
    verdictOk: 'Result: no errors.',
    out: 'Marked copy written to',
  },
};

function pad(s: string, w: number): string {
  return s + ' '.repeat(Math.max(0, w - displayWidth(s)));
}

export function textReport(r: FileReport, policy: Policy, catalog: Catalog, locale: Locale): string {
  const t = T[locale];
  const { layout, findings, summary, byRule, trainees } = r.result;
  const L: string[] = [];
  const sep = locale === 'zh-CN' ? '：' : ': ';
  L.push(`${t.file}${sep}${r.file}    ${t.sheet}${sep}${r.sheet}`);
  // why this sheet: said when the workbook has other sheets
  if (r.sheetReason && !r.sheetReason.only) L.push(`  · ${locale === 'zh-CN' ? r.sheetReason.zh : r.sheetReason.en}`);
  L.push(`${t.policy}${sep}${policy.name} (${policy.id})`);
  const label = (catalog as Catalog & { label?: string }).label;
  const catalogName = catalog.sample ? (label ?? `${catalog.source}${t.sampleNote}`) : catalog.source;
  L.push(
    locale === 'zh-CN'
      ? `${t.catalog}：${catalogName}（${catalog.entries.length} 个职业）`
      : `${t.catalog}: ${catalogName} (${catalog.entries.length} occupations)`,
  );
  const hdr = layout.headerRows.join(', ');
  L.push(
    locale === 'zh-CN'
      ? `${t.header}${sep}第 ${hdr} 行；${t.data}${sep}第 ${layout.firstDataRow}–${layout.lastDataRow} 行，共 ${trainees.length} ${t.trainees}` +
          (layout.totalRow ? `；${t.total}${sep}第 ${layout.totalRow} 行` : '')
      : `${t.header}: row ${hdr}; ${t.data}: rows ${layout.firstDataRow}–${layout.lastDataRow}, ${trainees.length} ${t.trainees}` +
          (layout.totalRow ? `; ${t.total}: row ${layout.totalRow}` : ''),
  );
  for (const n of layout.notes) L.push(`  · ${noteText(n, locale)}`);
  L.push('', `${t.mapping}${sep}`);
  const fw = Math.max(...layout.columns.map((c) => displayWidth(fieldLabel(c.field, locale))), 4);
  for (const c of [...layout.columns].sort((a, b) => a.col - b.col)) {
    const where =
      locale === 'zh-CN' ? `${colLetter(c.col)} 列「${c.header}」` : `column ${colLetter(c.col)} "${c.header}"`;
    L.push(`  ${pad(fieldLabel(c.field, locale), fw)}  ← ${where}`);
  }
  L.push(
    '',
    `${t.counts}${sep}` +
      (['error', 'warning', 'info'] as const)
        .map((s) => (locale === 'zh-CN' ? `${t.sev[s]} ${summary[s]} 个` : `${summary[s]} ${t.sev[s]}`))
        .join(locale === 'zh-CN' ? '，' : ', '),
  );
  if (!findings.length) {
    L.push(t.none);
  } else {
    L.push('', `${t.byRule}${sep}`);
    const rules = Object.entries(byRule).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const cw = Math.max(...rules.map(([c]) => c.length));
    for (const [code, n] of rules)
      L.push(`  ${pad(code, cw)}  ${String(n).padStart(5)}  ${ruleByCode(code)?.title[locale] ?? ''}`);
    L.push('', `${t.findings}${sep}`);
    const rowW = Math.max(4, ...findings.map((f) => String(f.row).length));
    const codeW = Math.max(...findings.map((f) => f.code.length));
    L.push(`  ${pad(t.head[0], rowW)}  ${pad(t.head[1], 3)}  ${pad(t.head[2], codeW)}  ${t.head[3]}`);
    for (const f of findings) {
      const col = f.col > 0 ? colLetter(f.col) : '-';
      const mark = f.severity === 'error' ? '' : `[${t.sev[f.severity]}] `.replace(/s\]/, ']');
      L.push(`  ${pad(String(f.row), rowW)}  ${pad(col, 3)}  ${pad(f.code, codeW)}  ${mark}${f.message ?? f.code}`);
    }
  }
  L.push('', summary.error > 0 ? t.verdictErr(summary.error) : t.verdictOk);
  if (r.out)
    L.push(
      `${t.out}${sep}${r.out}` +
        (r.format
          ? locale === 'zh-CN'
            ? '（输入不是 .xlsx，标注副本为 .xlsx 格式）'
            : ' (the input is not .xlsx; the marked copy is an .xlsx workbook)'
          : ''),
    );
  return L.join('\n') + '\n';
}
