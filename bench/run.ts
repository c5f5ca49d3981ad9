// `npm run bench`: core analysis, command line and language server over stdio on generated exports of
// 1,000 to 1,000,000 lines, and `slguard report` on 1,000 exports of 300 lines. Writes bench/results.json (newest first, earlier runs kept) and the README table.
// Options: --quick (fewer repetitions, no 1,000,000-line language-server run), --no-readme,
// --only=core,cli,report,server (cli includes report) and --sizes=10000,100000 (a partial run: printed, not written to results.json or the README).

import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { analyze } from '../server/src/core/analyze';
import { generateExport } from './generate';

const ROOT = path.resolve(__dirname, fs.existsSync(path.resolve(__dirname, '../tsconfig.json')) ? '..' : '../..');
const QUICK = process.argv.includes('--quick');
const ALL_SIZES = [1_000, 10_000, 100_000, 1_000_000];
const option = (name: string): string[] | null => {
  const a = process.argv.find((x) => x.startsWith(`--${name}=`));
  return a ? a.slice(name.length + 3).split(',').filter(Boolean) : null;
};
const ONLY = option('only');
const SIZES = option('sizes')?.map(Number) ?? ALL_SIZES;
const PARTIAL = ONLY !== null || SIZES !== ALL_SIZES;

interface Stat { median: number; min: number; max: number; runs: number }

function stat(xs: number[]): Stat {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const median = s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  const r = (x: number) => Math.round(x * 100) / 100;
  return { median: r(median), min: r(s[0]), max: r(s[s.length - 1]), runs: s.length };
}

function time(fn: () => void): number {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

function reps(lines: number): number {
  if (QUICK) return lines >= 1_000_000 ? 1 : 3;
  return lines >= 1_000_000 ? 3 : lines >= 100_000 ? 7 : 21;
}

function benchCore(texts: Map<number, string>) {
  const out: Record<string, { analysis: Stat; linesPerSecond: number; split: Stat }> = {};
  for (const [lines, text] of texts) {
    analyze(text); // warm-up
    const a: number[] = [];
    const s: number[] = [];
    for (let i = 0; i < reps(lines); i++) {
      a.push(time(() => analyze(text)));
      s.push(time(() => text.split('\n')));
    }
    const analysis = stat(a);
    out[lines] = { analysis, linesPerSecond: Math.round(lines / (analysis.median / 1000)), split: stat(s) };
    console.log(`core ${lines} lines: ${analysis.median} ms (split ${out[lines].split.median} ms)`);
  }
  return out;
}

/** `slguard report` on a dealer's estate: 1,000 exports of 300 lines, as one HTML page and as JSON (target: well under 10 s). */
function benchReport(tmp: string) {
  const cli = path.join(ROOT, 'dist', 'cli.js');
  const folder = path.join(tmp, 'estate');
  fs.mkdirSync(folder);
  for (let i = 0; i < 1000; i++) fs.writeFileSync(path.join(folder, `site-${i}.slcfg`), generateExport(300, 5000 + i));
  const out = (ext: string) => path.join(tmp, `report.${ext}`);
  const run = (ext: string) => time(() => {
    const r = spawnSync(process.execPath, [cli, 'report', folder, '--output', out(ext), '--fail-on', 'none'], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`report failed: ${r.stderr}`);
  });
  const n = QUICK ? 2 : 5;
  const html = stat(Array.from({ length: n }, () => run('html')));
  const json = stat(Array.from({ length: n }, () => run('json')));
  const mb = (ext: string) => Math.round(fs.statSync(out(ext)).size / 1024 / 102.4) / 10;
  const res = { html1000: html, json1000: json, htmlMb: mb('html'), jsonMb: mb('json') };
  console.log(`report 1000 exports x 300 lines: html ${html.median} ms (${res.htmlMb} MB), json ${json.median} ms (${res.jsonMb} MB)`);
  return res;
}

function benchCli(tmp: string, texts: Map<number, string>) {
  const cli = path.join(ROOT, 'dist', 'cli.js');
  const big = path.join(tmp, 'big.slcfg');
  fs.writeFileSync(big, texts.get(100_000)!);
  const folder = path.join(tmp, 'folder');
  fs.mkdirSync(folder);
  for (let i = 0; i < 500; i++) fs.writeFileSync(path.join(folder, `site-${i}.slcfg`), generateExport(300, 1000 + i));
  const run = (args: string[]) => time(() => {
    const r = spawnSync(process.execPath, [cli, 'check', '--format', 'json', '--fail-on', 'none', ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
    if (r.status !== 0) throw new Error(`cli failed: ${r.stderr}`);
  });
  const n = QUICK ? 2 : 5;
  const oneFile = stat(Array.from({ length: n }, () => run([big])));
  const folder500 = stat(Array.from({ length: n }, () => run([folder])));
  console.log(`cli 100000-line file: ${oneFile.median} ms; 500 exports: ${folder500.median} ms`);
  return { file100000: oneFile, folder500, report: benchReport(tmp) };
}

class Server {
  readonly conn: MessageConnection;
  private readonly waiters: { version: number; resolve: () => void }[] = [];
  readonly proc;

  constructor() {
    this.proc = spawn(process.execPath, ['--expose-gc', path.join(ROOT, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    this.conn = createMessageConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(this.proc.stdin!));
    this.conn.onNotification('textDocument/publishDiagnostics', (p: { version?: number }) => {
      for (let i = this.waiters.length - 1; i >= 0; i--) {
        if (p.version === this.waiters[i].version) { this.waiters[i].resolve(); this.waiters.splice(i, 1); }
      }
    });
    this.conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => null));
    this.conn.onRequest('client/registerCapability', () => null);
    this.conn.listen();
  }

  diagnosticsFor(version: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for version ${version}`)), 120_000);
      this.waiters.push({ version, resolve: () => { clearTimeout(timer); resolve(); } });
    });
  }

  async start(): Promise<void> {
    await this.conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null });
    this.conn.sendNotification('initialized', {});
  }

  /** Peak resident memory of the server process so far (VmHWM), in MB. */
  peakMb(): number {
    const status = fs.readFileSync(`/proc/${this.proc.pid}/status`, 'utf8');
    const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return Math.round(kb / 1024);
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      this.conn.sendNotification('exit');
    } finally {
      setTimeout(() => this.proc.kill('SIGKILL'), 500).unref();
    }
  }
}

async function timed(p: () => Promise<unknown>): Promise<number> {
  const t0 = process.hrtime.bigint();
  await p();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

async function benchServer(texts: Map<number, string>) {
  const out: Record<string, unknown> = {};
  for (const [lines, text] of texts) {
    if (QUICK && lines >= 1_000_000) continue;
    const server = new Server();
    try {
      await server.start();
      // A round trip, so the server has loaded everything it loads before a document comes.
      await server.conn.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///bench/none.slcfg' }, position: { line: 0, character: 0 } });
      out.idleMemoryMb = Math.max(Number(out.idleMemoryMb ?? 0), server.peakMb());
      const uri = `file:///bench/site-${lines}.slcfg`;
      const open = await timed(async () => {
        const d = server.diagnosticsFor(1);
        server.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'nec-sl', version: 1, text } });
        await d;
      });
      // The file is open and checked: the most the server has held so far.
      const openMemoryMb = server.peakMb();
      const mid = Math.floor(lines / 2);
      const edits: number[] = [];
      const n = lines >= 1_000_000 ? 3 : QUICK ? 5 : 15;
      for (let v = 2; v < 2 + n; v++) {
        edits.push(await timed(async () => {
          const d = server.diagnosticsFor(v);
          server.conn.sendNotification('textDocument/didChange', {
            textDocument: { uri, version: v },
            contentChanges: [{ range: { start: { line: mid, character: 0 }, end: { line: mid, character: 0 } }, text: v % 2 ? ';' : '#' }],
          });
          await d;
        }));
      }
      // A program line near the middle for hover, and a fresh line start for completion.
      const lineTexts = text.split('\n');
      let hl = mid + 1;
      while (hl < lineTexts.length && !/^\d\d-\d\d-\d\d/.test(lineTexts[hl])) hl++;
      const hovers: number[] = [];
      const completions: number[] = [];
      for (let i = 0; i < (QUICK ? 5 : 20); i++) {
        hovers.push(await timed(() => server.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: hl, character: 1 } })));
        completions.push(await timed(() => server.conn.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: hl, character: 3 } })));
      }
      const res = {
        openToDiagnostics: Math.round(open * 100) / 100, editToDiagnostics: stat(edits), hover: stat(hovers), completion: stat(completions),
        openMemoryMb, peakMemoryMb: server.peakMb(),
      };
      out[lines] = res;
      console.log(`server ${lines} lines: open ${res.openToDiagnostics} ms, edit ${res.editToDiagnostics.median} ms, hover ${res.hover.median} ms, completion ${res.completion.median} ms, memory ${res.openMemoryMb} MB open / ${res.peakMemoryMb} MB peak`);
    } finally {
      await server.stop();
    }
  }
  return out;
}

function machine() {
  const cpus = os.cpus();
  return { cpus: cpus.length, cpu: cpus[0]?.model ?? 'unknown', memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.platform()} ${os.release()}` };
}

type Result = { date: string; quick: boolean; machine: ReturnType<typeof machine>; core: ReturnType<typeof benchCore>; cli: ReturnType<typeof benchCli>; server: Record<string, any> };

function readmeTable(r: Result, prev: Result | undefined): string {
  const ms = (x: number | undefined) => (x === undefined ? '—' : `${x} ms`);
  const row = (n: number) => {
    const c = r.core[n];
    const s = r.server[n];
    const p = prev?.core[n]?.analysis.median;
    return `| ${n.toLocaleString('en-US')} | ${c.analysis.median} ms (${c.analysis.min}–${c.analysis.max})${p !== undefined ? ` · was ${p}` : ''} | ${c.linesPerSecond.toLocaleString('en-US')} | ${c.split.median} ms | ${s ? ms(s.openToDiagnostics) : '—'} | ${s ? `${s.editToDiagnostics.median} ms` : '—'} | ${s ? `${s.hover.median} / ${s.completion.median} ms` : '—'} | ${s ? `${s.openMemoryMb ?? '—'} / ${s.peakMemoryMb} MB` : '—'} |`;
  };
  return [
    `Measured ${r.date.slice(0, 10)} on ${r.machine.cpus} × ${r.machine.cpu}, ${r.machine.memoryGb} GB, Node ${r.machine.node}${r.quick ? ' (quick run)' : ''}. Medians, with min–max over repeated runs.`,
    '',
    '| lines | core analysis | lines/s | line split (floor) | open → diagnostics | edit → diagnostics | hover / completion | server memory: file open / peak |',
    '|---|---|---|---|---|---|---|---|',
    ...SIZES.filter((n) => r.core[n]).map(row),
    '',
    r.server.idleMemoryMb ? `The server with no document open holds ${r.server.idleMemoryMb} MB (Node alone: about 40 MB).` : '',
    `Command line: one 100,000-line export ${r.cli.file100000.median} ms; a folder of 500 typical exports (300 lines each) ${r.cli.folder500.median} ms (process start included).`,
    r.cli.report ? `Report (\`slguard report\`) on 1,000 exports of 300 lines: HTML ${r.cli.report.html1000.median} ms (${r.cli.report.htmlMb} MB page), JSON ${r.cli.report.json1000.median} ms (${r.cli.report.jsonMb} MB); target well under 10 s.` : '',
  ].join('\n');
}

async function main() {
  const texts = new Map(SIZES.map((n) => [n, generateExport(n, 42)]));
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'slguard-bench-'));
  try {
    if (PARTIAL) {
      const wants = (part: string) => !ONLY || ONLY.includes(part);
      if (wants('core')) benchCore(texts);
      if (ONLY?.includes('report') && !wants('cli')) benchReport(tmp); // the cli part runs it too
      if (wants('cli')) {
        if (!texts.has(100_000)) texts.set(100_000, generateExport(100_000, 42));
        benchCli(tmp, texts);
      }
      if (wants('server')) await benchServer(texts);
      console.log('(a partial run: results.json and the README are left as they are)');
      return;
    }
    const result: Result = { date: new Date().toISOString(), quick: QUICK, machine: machine(), core: benchCore(texts), cli: benchCli(tmp, texts), server: await benchServer(texts) };
    const file = path.join(ROOT, 'bench', 'results.json');
    const history: Result[] = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')).history : [];
    const prev = history.find((h) => !h.quick);
    history.unshift(result);
    fs.writeFileSync(file, JSON.stringify({ about: 'npm run bench results, newest first', history }, null, 2) + '\n');
    const table = readmeTable(result, prev);
    console.log(`\n${table}`);
    const readme = path.join(ROOT, 'README.md');
    if (!process.argv.includes('--no-readme') && fs.existsSync(readme)) {
      const text = fs.readFileSync(readme, 'utf8');
      const re = /(<!-- bench:start -->\n)[\s\S]*?(<!-- bench:end -->)/;
      if (re.test(text)) fs.writeFileSync(readme, text.replace(re, `$1${table}\n$2`));
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e) => { console.error(e); process.exitCode = 1; });
