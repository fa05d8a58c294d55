// Writing an output file safely: to a temporary name in the target's folder, then renamed into
// place, so a failed write never leaves a half-written file. The input is never the output.
import * as fsSync from 'fs';
import { promises as fs } from 'fs';
import * as path from 'path';
import { InputError, t } from '../core';

/** The real path of a file, or of its folder joined with its name when it does not exist yet. */
async function realTarget(file: string): Promise<string> {
  const abs = path.resolve(file);
  try {
    return await fs.realpath(abs);
  } catch {
    try {
      return path.join(await fs.realpath(path.dirname(abs)), path.basename(abs));
    } catch {
      return abs;
    }
  }
}

/**
 * Throws when outFile is the input file itself: the same path, the same real path (a symbolic link
 * either way), or the same device and inode (a hard link).
 */
export async function refuseInput(outFile: string, inputFile?: string): Promise<void> {
  if (!inputFile) return;
  let same =
    path.resolve(inputFile) === path.resolve(outFile) || (await realTarget(inputFile)) === (await realTarget(outFile));
  if (!same) {
    const [a, b] = await Promise.all([fs.stat(inputFile).catch(() => null), fs.stat(outFile).catch(() => null)]);
    same = !!a && !!b && a.dev === b.dev && a.ino === b.ino;
  }
  if (same) {
    throw new InputError(
      `${path.resolve(outFile)}：输出文件不能与输入文件相同（原文件不会被修改）`,
      `${path.resolve(outFile)}: the output must not be the input file (the input is never modified)`,
    );
  }
}

/** Temporary files being written: removed if the process is interrupted (SIGINT, SIGTERM). */
const pending = new Set<string>();
let handlersInstalled = false;

function removePendingAndExit(signal: NodeJS.Signals): void {
  for (const tmp of pending) {
    try {
      fsSync.rmSync(tmp, { force: true });
    } catch {
      // nothing more can be done on the way out
    }
  }
  pending.clear();
  process.exit(signal === 'SIGINT' ? 130 : 143);
}

function track(tmp: string): void {
  if (!handlersInstalled) {
    handlersInstalled = true;
    process.once('SIGINT', removePendingAndExit);
    process.once('SIGTERM', removePendingAndExit);
  }
  pending.add(tmp);
}

/** Runs write(tmp) for a temporary file next to outFile, then renames it to outFile. */
export async function writeFileAtomic(
  outFile: string,
  inputFile: string | undefined,
  write: (tmp: string) => Promise<void>,
): Promise<void> {
  await refuseInput(outFile, inputFile);
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
  track(tmp);
  try {
    await write(tmp);
    await fs.rename(tmp, target);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message.split('\n')[0] : String(e));
    throw new InputError(
      `${path.resolve(outFile)}：无法写入输出文件（${code}）`,
      `${path.resolve(outFile)}: cannot write the output file (${code})`,
    );
  } finally {
    pending.delete(tmp);
  }
}
