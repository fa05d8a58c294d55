// node-postgres errors as one Chinese (and English) line naming the database, password masked.
import { InputError } from '../../core';
import { maskUrl, scrub } from './url';

/** Turns a node-postgres error into a Chinese message naming the database (password masked). */
export function pgError(e: unknown, url: string): InputError {
  if (e instanceof InputError) return e;
  const where = maskUrl(url);
  const code = (e as { code?: string }).code ?? '';
  const raw = scrub(e instanceof Error ? e.message.split('\n')[0] : String(e), url);
  const say = (zh: string, en: string) =>
    new InputError(`台账数据库 ${where}：${zh}`, `ledger database ${where}: ${en}`);
  switch (code) {
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case 'ENOENT':
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
    case 'ECONNRESET':
      return say(
        `无法连接（${code}），请检查地址、端口和数据库服务是否在运行`,
        `cannot connect (${code}); check the host, port and that the server runs`,
      );
    case '28P01':
    case '28000':
      return say(`身份验证失败（${raw}）`, `authentication failed (${raw})`);
    case '3D000':
      return say(`数据库不存在（${raw}）`, `the database does not exist (${raw})`);
    case '42501':
      return say(`没有权限（${raw}）`, `permission denied (${raw})`);
    case '55P03':
      return say(
        '正在等待其他登记完成，超过 2 分钟，请稍后重试',
        'waited more than 2 minutes for another claim being recorded; try again later',
      );
    case '42P01':
      return say(
        '尚未初始化为花名册核验的台账，请先运行 roster-check ledger migrate',
        'not set up as a Roster Check ledger; run roster-check ledger migrate first',
      );
    default:
      return say(`出错（${code ? code + ' ' : ''}${raw}）`, `error (${code ? code + ' ' : ''}${raw})`);
  }
}
