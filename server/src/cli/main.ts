// `slguard check [PATH ...] [--format text|json|sarif] [--fail-on LEVEL] [--config FILE] [--no-inline-config] [--output FILE]
//                [--baseline FILE | --write-baseline FILE]`
// Exit status: 0 no unsuppressed finding at or above --fail-on; 1 there is one; 2 usage error or unreadable input.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { version } from '../../../package.json';
import { analyze } from '../core/analyze';
import { SEVERITY_RANK, type SeverityOrOff } from '../core/types';
import { escapeControl } from '../io/files';
import { applyBaseline, readBaseline, writeBaseline } from './baseline-run';
import { formatJson } from './formats/json';
import { formatSarif } from './formats/sarif';
import { formatText } from './formats/text';
import { baselinePath, fingerprintFindings } from './baseline';
import { failOnOf, fileIdentity, loadSeverities, printProblems, readArgs, shortMessage, UsageError, writeAtomically, type FailOn } from './common';
import { runHandover } from './handover';
import { collectInputs, describeError, readInput, realFolders, type Input } from './inputs';
import type { FileReport, RunReport, ToolProblem } from './report';
import { runReport } from './reportCommand';

const USAGE = `Usage: slguard check [PATH ...] [options]

Checks NEC SL2100 / SL1100 site exports (*.slcfg) for security problems.
PATH is a file or a folder (searched for *.slcfg); '-' reads standard input; default: the current folder.

Options:
  --format text|json|sarif   output format (default: text)
  --fail-on LEVEL            exit 1 when an unsuppressed finding is at or above LEVEL:
                             error|warning|information|hint|none (default: error)
  --config FILE              per-rule severities (default: .slguard.json at the root of each folder checked,
                             or of the current folder for files and standard input)
  --no-inline-config         ignore suppression comments
  --output FILE              write the report to FILE instead of standard output
  --write-baseline FILE      record every current finding in FILE (exit 0)
  --baseline FILE            report and fail only on findings not in FILE (written by --write-baseline)
  -h, --help                 show this help
  --version                  show the version

       slguard handover FILE --output SHEET [--format pdf|html] [--previous OLD.slcfg]
                             the customer handover sheet (slguard handover --help)
`;

const FORMATS = { text: formatText, json: formatJson, sarif: formatSarif } as const;
interface Options {
  paths: string[];
  format: keyof typeof FORMATS;
  failOn: FailOn;
  config: string | null;
  inlineConfig: boolean;
  output: string | null;
  baseline: string | null;
  writeBaseline: string | null;
}

function parseArgs(argv: string[]): Options | 'help' | 'version' {
  if (argv.includes('-h') || argv.includes('--help')) return 'help';
  if (argv.includes('--version')) return 'version';
  const [command, ...rest] = argv;
  if (command !== 'check') throw new UsageError(command === undefined ? 'missing command: slguard check [PATH ...]' : `unknown command '${command}'; the commands are 'check', 'report' and 'handover'`);
  const o: Options = { paths: [], format: 'text', failOn: 'error', config: null, inlineConfig: true, output: null, baseline: null, writeBaseline: null };
  readArgs(rest, (name, value) => {
    switch (name) {
      case '--format': {
        const v = value();
        if (!(v in FORMATS)) throw new UsageError(`--format is text, json or sarif, not '${v}'`);
        o.format = v as Options['format'];
        return true;
      }
      case '--fail-on': o.failOn = failOnOf(value()); return true;
      case '--config': o.config = value('file'); return true;
      case '--output': o.output = value('file'); return true;
      case '--baseline': o.baseline = value('file'); return true;
      case '--write-baseline': o.writeBaseline = value('file'); return true;
      case '--no-inline-config': o.inlineConfig = false; return true;
      default: return false;
    }
  }, (arg) => o.paths.push(arg));
  if (o.baseline !== null && o.writeBaseline !== null) throw new UsageError('--baseline and --write-baseline cannot be used together');
  return o;
}

export interface CliIo {
  stdout(s: string): void;
  stderr(s: string): void;
}

/** What `run` calls that a test may replace. */
export interface CliDeps {
  analyze: typeof analyze;
}

/** Is --output one of the files being checked, or a settings file read? Then writing it would destroy it. */
function outputClobbers(output: string, inputs: readonly Input[], settingsFiles: Iterable<string>): string | null {
  const id = fileIdentity(output);
  if (id === null) return null;
  for (const i of inputs) if (i.file !== null && fileIdentity(i.file) === id) return i.display;
  for (const f of settingsFiles) if (fileIdentity(f) === id) return f;
  return null;
}

export async function run(argv: string[], io: CliIo, deps: CliDeps = { analyze }): Promise<number> {
  if (argv[0] === 'handover') return runHandover(argv.slice(1), io);
  if (argv[0] === 'report') return runReport(argv.slice(1), io, deps);
  let opts: ReturnType<typeof parseArgs>;
  try {
    opts = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(`slguard: ${escapeControl(e.message)}\n\n${USAGE}`);
    return 2;
  }
  if (opts === 'help') { io.stdout(USAGE); return 0; }
  if (opts === 'version') { io.stdout(`${version}\n`); return 0; }

  let baseline: ReturnType<typeof readBaseline> | null = null;
  if (opts.baseline !== null) {
    baseline = readBaseline(opts.baseline);
    if ('error' in baseline) { io.stderr(`slguard: ${opts.baseline}: ${baseline.error}\n`); return 2; }
  }

  const problems: ToolProblem[] = [];
  const settingsCache = new Map<string, Record<string, SeverityOrOff>>();
  const roots = opts.paths.length ? opts.paths : ['.'];

  // Settings first: a settings file that cannot be applied stops the run before any report (README).
  const severitiesOf = new Map<string, Record<string, SeverityOrOff>>();
  const isDirOf = new Map<string, boolean>();
  for (const root of roots) {
    let settingsFile: string | null = opts.config;
    if (!isDirOf.has(root)) {
      let isDir = false;
      try { isDir = root !== '-' && fs.statSync(root).isDirectory(); } catch { /* reported by collectInputs */ }
      isDirOf.set(root, isDir);
    }
    if (!opts.config) {
      settingsFile = path.join(isDirOf.get(root) ? root : '.', '.slguard.json');
    }
    severitiesOf.set(root, loadSeverities(settingsFile, opts.config !== null, problems, settingsCache));
  }
  if (problems.some((p) => p.level === 'error')) {
    printProblems(io, problems);
    io.stderr('slguard: the settings cannot be applied; nothing was checked\n');
    return 2;
  }

  const realRoots = realFolders(roots);
  const perRoot: [string, Input[]][] = [];
  for (const root of roots) perRoot.push([root, await collectInputs([root], realRoots, problems)]);

  if (opts.output !== null) {
    const clobbered = outputClobbers(opts.output, perRoot.flatMap(([, inputs]) => inputs), settingsCache.keys());
    if (clobbered !== null) {
      io.stderr(`slguard: --output ${escapeControl(opts.output)} is ${escapeControl(clobbered)}, a file being read; choose another file\n`);
      return 2;
    }
  }

  const files: FileReport[] = [];
  for (const [root, inputs] of perRoot) {
    const severities = severitiesOf.get(root) ?? {};
    for (const input of inputs) {
      const res = readInput(input);
      if ('error' in res) { problems.push({ path: input.display, message: res.error, level: 'error' }); continue; }
      try {
        const { findings, parsed, site } = deps.analyze(res.text, { severities, inlineConfig: opts.inlineConfig });
        const rel = baselinePath(root, isDirOf.get(root) === true, input.file);
        files.push({ path: input.display, findings, baselinePath: rel, fingerprints: fingerprintFindings(rel, findings, parsed, site.modelAnchor) });
      } catch (e) {
        // A bug in the analysis: say so for this file, never a stale or partial result; the others go on.
        problems.push({ path: input.display, message: `internal error while checking ${input.display}; please report it (${shortMessage(e)})`, level: 'error' });
      }
    }
  }

  const full: RunReport = { files, problems, version };
  if (opts.writeBaseline !== null) {
    const error = writeBaseline(opts.writeBaseline, full);
    if (error) { io.stderr(`slguard: ${opts.writeBaseline}: ${error}\n`); return 2; }
  }
  // Text and JSON leave out what the baseline knew (the summary counts it); SARIF lists it as "unchanged".
  const report = baseline ? applyBaseline(full, baseline.entries, opts.format !== 'sarif') : full;
  const out = FORMATS[opts.format](report);
  printProblems(io, problems);
  if (opts.output !== null) {
    try {
      writeAtomically(opts.output, out);
    } catch (e) {
      io.stderr(`slguard: ${escapeControl(opts.output)}: cannot write the report: ${escapeControl(describeError(e))}\n`);
      return 2;
    }
  } else {
    io.stdout(out);
  }
  if (problems.some((p) => p.level === 'error')) return 2;
  if (opts.failOn === 'none' || opts.writeBaseline !== null) return 0;
  const threshold = SEVERITY_RANK[opts.failOn];
  const failing = report.files.some((f) => f.findings.some((x, i) => !x.suppressed && f.baselineState?.[i] !== 'unchanged' && SEVERITY_RANK[x.severity] >= threshold));
  return failing ? 1 : 0;
}

/** The process around `run`: a closed pipe ends the run quietly; no stack trace ever reaches the terminal. */
function main(): void {
  const internal = (e: unknown) => {
    try { process.stderr.write(`slguard: internal error: ${shortMessage(e)}\n`); } catch { /* stderr is gone too */ }
    process.exit(2);
  };
  const closed = (e: NodeJS.ErrnoException) => {
    // `slguard check | head -1`: the reader is gone; stop with the status already decided, say nothing.
    if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') process.exit(process.exitCode ?? 0);
    internal(e);
  };
  process.stdout.on('error', closed);
  process.stderr.on('error', (e: NodeJS.ErrnoException) => (e.code === 'EPIPE' ? undefined : internal(e)));
  process.on('uncaughtException', internal);
  process.on('unhandledRejection', internal);
  run(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
  }).then((code) => { process.exitCode = code; }, internal);
}

if (require.main === module) main();
