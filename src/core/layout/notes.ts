// What the layout detection skipped or assumed, as coded notes: the report and the pane word them in
// the user's language (noteText), the JSON report gives the code beside the words.
import { colLetter } from '../a1';
import { text } from '../i18n';
import type { LayoutNote, Locale } from '../types';
import { fieldLabel } from './headers';

export type { LayoutNote } from '../types';

/** Rows as "12, 40, 55–60", at most 12 items. */
export function rowList(rows: readonly number[], locale: Locale): string {
  const parts: string[] = [];
  for (let i = 0; i < rows.length; i++) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1) j++;
    parts.push(j > i ? `${rows[i]}–${rows[j]}` : String(rows[i]));
    i = j;
  }
  if (parts.length <= 12) return parts.join(', ');
  const shown = parts.slice(0, 12).join(', ');
  return text(locale, { zh: `${shown} 等共 ${rows.length} 行`, en: `${shown}, ${rows.length} rows in all` });
}

/** The note in the locale. */
export function noteText(note: LayoutNote, locale: Locale): string {
  switch (note.code) {
    case 'header.rows':
      return text(locale, { zh: `表头在第 ${note.rows.join('–')} 行`, en: `Header in row ${note.rows.join('–')}` });
    case 'header.not-found':
      return text(locale, {
        zh: `前 ${note.scanRows} 行中未找到表头（需含姓名或身份证号码等至少 ${note.minFields} 个列名）`,
        en:
          `No header in the first ${note.scanRows} rows (it needs at least ${note.minFields} column names ` +
          'such as 姓名 or 身份证号码)',
      });
    case 'column.override':
      return text(locale, {
        zh: `按指定：${fieldLabel(note.field, 'zh-CN')} → ${colLetter(note.col)} 列`,
        en: `As chosen: ${fieldLabel(note.field, 'en-US')} → column ${colLetter(note.col)}`,
      });
    case 'column.unknown':
      return text(locale, {
        zh: `未识别的列：${note.columns.join('、')}`,
        en: `Columns not recognised: ${note.columns.join(', ')}`,
      });
    case 'column.combined': {
      const zh = note.fields.map((f) => fieldLabel(f, 'zh-CN')).join('和');
      const en = note.fields.map((f) => fieldLabel(f, 'en-US')).join(' and ');
      return text(locale, {
        zh: `${colLetter(note.col)} 列「${note.header}」一列含两项：拆分读取其中的${zh}`,
        en: `Column ${colLetter(note.col)} "${note.header}" gives two things at once: read as ${en}`,
      });
    }
    case 'column.near':
      return text(locale, {
        zh:
          `${colLetter(note.col)} 列「${note.header}」按相近的列名「${note.known}」读作${fieldLabel(note.field, 'zh-CN')}` +
          `（${note.how === 'typo' ? '疑似笔误' : '含其他字词'}），请确认；不对时用 --map ${note.field}=列 指定`,
        en:
          `Column ${colLetter(note.col)} "${note.header}" read as ${fieldLabel(note.field, 'en-US')}: close to the ` +
          `known heading "${note.known}" (${note.how === 'typo' ? 'a likely typo' : 'with other words'}); ` +
          `check it, or map the column with --map ${note.field}=COLUMN`,
      });
    case 'rows.blank':
      return text(locale, {
        zh: `跳过空行 ${rowList(note.rows, locale)}`,
        en: `Skipped blank rows ${rowList(note.rows, locale)}`,
      });
    case 'rows.repeated-header':
      return text(locale, {
        zh: `跳过重复的表头行 ${rowList(note.rows, locale)}`,
        en: `Skipped repeated header rows ${rowList(note.rows, locale)}`,
      });
    case 'rows.title':
      return text(locale, {
        zh: `跳过标题/页码/栏次行 ${rowList(note.rows, locale)}`,
        en: `Skipped title, page number and column number rows ${rowList(note.rows, locale)}`,
      });
    case 'rows.subtotal':
      return text(locale, {
        zh: `跳过小计行 ${rowList(note.rows, locale)}`,
        en: `Skipped subtotal rows ${rowList(note.rows, locale)}`,
      });
    case 'rows.total':
      return text(locale, { zh: `第 ${note.row} 行为合计行`, en: `Row ${note.row} is the 合计 (total) row` });
    case 'rows.footer':
      return text(locale, {
        zh: `第 ${note.row} 行起为落款（制表人/审核人等），不作为学员`,
        en: `From row ${note.row} on: the signature footer (制表人/审核人 …), not trainees`,
      });
    case 'cells.outside':
      return text(locale, {
        zh: `花名册区域以外的 ${note.count.toLocaleString('en-US')} 个单元格未读取（如 ${note.example}），请确认它们不是花名册内容`,
        en: `Cells far outside the roster not read: ${note.count.toLocaleString('en-US')} (e.g. ${note.example}); check they are not part of it`,
      });
    case 'merges.spread': {
      const more = note.count > note.areas.length;
      return text(locale, {
        zh: `合并单元格的值按其覆盖的每一学员行读取：${note.areas.join('、')}${more ? ` 等 ${note.count} 处` : ''}`,
        en: `Merged cells read on every trainee row they cover: ${note.areas.join(', ')}${more ? `, ${note.count} in all` : ''}`,
      });
    }
    case 'merges.across-header':
      return text(locale, {
        zh: `合并单元格 ${note.areas.join('、')} 跨越表头与数据行，未按学员行展开`,
        en: `Merged cells ${note.areas.join(', ')} span the header and the data rows: not spread over the trainees`,
      });
    case 'merges.horizontal':
      return text(locale, {
        zh: `横向合并单元格 ${note.areas.join('、')}：只读其最左一列`,
        en: `Horizontally merged cells ${note.areas.join(', ')}: only the leftmost column is read`,
      });
    case 'merges.own-values':
      return text(locale, {
        zh: `合并区域内的单元格 ${note.areas.join('、')} 另有自己的值，按该值读取`,
        en: `Cells ${note.areas.join(', ')} inside a merged area hold values of their own: read as they are`,
      });
  }
}
