// The command line built for child processes without type-checking: every src/ file the CLI can load,
// transpiled one by one (typescript.transpileModule) into a temporary folder, so a test can spawn
// several real `roster-check` processes in a second or two instead of waiting for a full tsc build.
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ts from 'typescript';

export const ROOT = path.join(__dirname, '..', '..');
const PARTS = ['core', 'cli', 'xlsx', 'ledger-store'];

async function walk(dir: string, out: string[]): Promise<void> {
  for (const e of await fs.readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) await walk(p, out);
    else if (/\.(ts|json)$/.test(e.name) && !e.name.endsWith('.d.ts')) out.push(p);
  }
}

export interface BuiltCli {
  dir: string;
  /** node + this script runs `roster-check` */
  script: string;
  /** environment for children: NODE_PATH to the project's node_modules */
  env: NodeJS.ProcessEnv;
}

export async function buildCli(): Promise<BuiltCli> {
  const out = await fs.mkdtemp(path.join(os.tmpdir(), 'roster-built-cli-'));
  const files: string[] = [];
  for (const p of PARTS) await walk(path.join(ROOT, 'src', p), files);
  const options: ts.CompilerOptions = {
    module: ts.ModuleKind.CommonJS,
    target: ts.ScriptTarget.ES2020,
    esModuleInterop: true,
    resolveJsonModule: true,
  };
  for (const f of files) {
    const rel = path.relative(path.join(ROOT, 'src'), f);
    const dest = path.join(out, rel.replace(/\.ts$/, '.js'));
    await fs.mkdir(path.dirname(dest), { recursive: true });
    const text = await fs.readFile(f, 'utf8');
    await fs.writeFile(
      dest,
      f.endsWith('.json') ? text : ts.transpileModule(text, { compilerOptions: options, fileName: f }).outputText,
    );
  }
  const script = path.join(out, 'run.js');
  await fs.writeFile(
    script,
    "require('./cli/main').main(process.argv.slice(2)).then((c) => { process.exitCode = c; });\n",
  );
  return { dir: out, script, env: { ...process.env, NODE_PATH: path.join(ROOT, 'node_modules') } };
}
