// Writing an output file safely: to a temporary name in the target's folder, then renamed into
// place, so a failed write never leaves a half-written file. The input is never the output.
import { promises as fs } from 'fs';
import * as path from 'path';
import { InputError, t } from '../core';

/** Throws when outFile is the input file itself. */
export function refuseInput(outFile: string, inputFile?: string): void {
  if (inputFile && path.resolve(inputFile) === path.resolve(outFile)) {
    throw new InputError(
      'out.same-as-input',
      t(
        `${outFile}：输出文件不能与输入文件相同（原文件不会被修改）`,
        `${outFile}: the output must not be the input file (the input is never modified)`,
      ),
    );
  }
}

/** Runs write(tmp) for a temporary file next to outFile, then renames it to outFile. */
export async function writeFileAtomic(outFile: string, inputFile: string | undefined, write: (tmp: string) => Promise<void>): Promise<void> {
  refuseInput(outFile, inputFile);
  const target = path.resolve(outFile);
  const dir = path.dirname(target);
  try {
    await fs.mkdir(dir, { recursive: true });
  } catch (e) {
    throw new InputError(
      'out.cannot-write',
      t(
        `${outFile}：无法创建输出文件夹（${(e as NodeJS.ErrnoException).code ?? e}）`,
        `${outFile}: cannot create the output folder`,
      ),
    );
  }
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    await write(tmp);
    await fs.rename(tmp, target);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    const code = (e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message.split('\n')[0] : String(e));
    throw new InputError(
      'out.cannot-write',
      t(`${outFile}：无法写入输出文件（${code}）`, `${outFile}: cannot write the output file (${code})`),
    );
  }
}
