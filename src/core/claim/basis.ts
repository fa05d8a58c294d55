// What the claim papers rest on, printed on them so a reviewer can tell: the policy profile, the occupation
// catalog (its name and year; the bundled sample flagged in red), the ledger consulted, and whether rows
// with errors were claimed on request.
import type { ClaimContext } from './context';

export interface BasisLine {
  text: string;
  /** printed in red: the reader must not take it for granted (the sample catalog, no ledger, rows with errors) */
  warn: boolean;
}

/** The catalog's year: the first 20xx in its name, else 未注明. */
export function catalogYear(source: string): string {
  const m = /(20\d\d)/.exec(source);
  return m ? `${m[1]}年` : '年度未注明';
}

export function basisLines(ctx: ClaimContext): BasisLine[] {
  const { policy, catalog, ledger } = ctx;
  const out: BasisLine[] = [];
  out.push({ text: `政策标准：${policy.name}（${policy.id}，${policy.region}）`, warn: false });
  out.push(
    catalog.sample
      ? { text: '职业目录：示例目录（内置，仅供演示，不是任何地区公布的目录：A/B 类上浮不能以此为据）', warn: true }
      : {
          text: `职业目录：${catalog.source}（${catalogYear(catalog.source)}，${catalog.entries.length} 个职业）`,
          warn: false,
        },
  );
  out.push(
    ledger
      ? { text: `补贴台账：${ledger.name}（${ledger.records} 条记录；台账显示已享受补贴的人员未纳入）`, warn: false }
      : { text: '补贴台账：未对照（重复享受补贴未经台账核对）', warn: true },
  );
  if (ctx.includeErrorRows) {
    const n = ctx.included.filter((r) => r.hasErrors).length;
    out.push({
      text: `按申报单位要求纳入有核验错误的行：${n} 人（包含有错误的行；身份证号码无法识别或重复的不纳入），原因见「拨付资金汇总表」备注`,
      warn: true,
    });
  }
  const unrated = ctx.included.filter((r) => r.unrated).length;
  if (unrated)
    out.push({
      text: `按申报单位要求纳入政策无补贴标准的行：${unrated} 人，按花名册金额申领，见「拨付资金汇总表」备注`,
      warn: true,
    });
  return out;
}
