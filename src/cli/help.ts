// --help text.
import { ALL_FIELDS } from '../core';

export const HELP_ZH = `花名册核验 Roster Check — 职业技能培训补贴人员花名册核验工具

用法：
  roster-check validate 花名册.xlsx [更多文件…] [选项]
  roster-check assemble 花名册.xlsx --info 申报信息.json --out 申报材料.xlsx   （assemble --help 查看详情）
  roster-check ledger add 申报花名册.xlsx --ledger 补贴台账.xlsx              （登记入账）

选项：
  --sheet 名称            指定工作表（默认：第一个能识别出表头的可见工作表）
  --policy 政策           zhengzhou-2021（默认）| ningxia-2019 | 自己的 POLICY.json
  --catalog 目录          职业目录 .csv 或 .xlsx（默认：内置示例目录，仅供演示）
  --format text|json      输出格式（默认 text）
  --out 标记副本.xlsx      写出标记副本：问题单元格着色并加批注，另附“校验结果”工作表
                          （多个文件时给一个文件夹）；原文件不会被修改
  --map 字段=列           手动指定列，例如 --map id=D；可重复。字段：
                          ${ALL_FIELDS.join(', ')}
  --ledger 台账           补贴台账：.xlsx/.csv 文件、文件夹或 SQLite 文件；对照台账及本次各花名册查重复申领
  --ledger-db 文件.sqlite  台账较大时存入 SQLite 文件（首次导入，文件变化时更新）
  --lang zh|en            报告语言（默认 zh）
  -h, --help              显示本帮助

退出码：0 无错误；1 发现错误；2 用法错误或文件无法读取（含缺少必需的列）。

示例：
  roster-check validate examples/roster-sample.xlsx --out examples/out/roster-sample.marked.xlsx
  roster-check validate 花名册.xlsx --catalog 目录.csv --format json
`;

export const HELP_EN = `Roster Check — validates subsidy rosters for vocational skills training

Usage:
  roster-check validate ROSTER.xlsx [MORE.xlsx …] [options]
  roster-check assemble ROSTER.xlsx --info INFO.json --out CLAIM.xlsx   (see assemble --help)
  roster-check ledger add CLAIM.xlsx --ledger LEDGER.xlsx               (record an approved claim)

Options:
  --sheet NAME            the roster sheet (default: the first visible sheet whose header is found)
  --policy POLICY         zhengzhou-2021 (default) | ningxia-2019 | your POLICY.json
  --catalog CATALOG       occupation catalog, .csv or .xlsx (default: the bundled SAMPLE catalog)
  --format text|json      report format (default text)
  --out MARKED.xlsx       write a marked copy: faulty cells filled and annotated, plus a 校验结果 sheet
                          (a folder when validating several files); the input is never modified
  --map field=COLUMN      set a column by hand, e.g. --map id=D; repeatable. Fields:
                          ${ALL_FIELDS.join(', ')}
  --ledger LEDGER         the subsidy ledger: an .xlsx/.csv file, a folder, or an SQLite file; repeats are
                          checked against it and across the rosters of the run
  --ledger-db FILE.sqlite keep a large ledger in an SQLite file (imported once, refreshed when files change)
  --lang zh|en            report language (default zh)
  -h, --help              this help

Exit status: 0 no errors; 1 errors found; 2 bad usage or unreadable input (including missing required columns).
`;
