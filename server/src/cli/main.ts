// `slguard check [PATH ...] [--format text|json|sarif] [--fail-on LEVEL] [--config FILE] [--no-inline-config] [--output FILE]
//                [--baseline FILE | --write-baseline FILE]`
// Exit status: 0 no unsuppressed finding at or above --fail-on; 1 there is one; 2 usage error or unreadable input.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { version } from '../../../package.json';
import { analyze } from '../core/analyze';
import { parseSettingsFile } from '../core/settings';
import { SEVERITY_RANK, type SeverityOrOff } from '../core/types';
import { applyBaseline, readBaseline, writeBaseline } from './baseline-run';
import { formatJson } from './formats/json';
import { formatSarif } from './formats/sarif';
import { formatText } from './formats/text';
import { baselinePath, fingerprintFindings } from './baseline';
import { collectInputs, describeError, readInput } from './inputs';
import type { FileReport, RunReport, ToolProblem } from './report';

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
`;

const FORMATS = { text: formatText, json: formatJson, sarif: formatSarif } as const;
const FAIL_ON = ['error', 'warning', 'information', 'hint', 'none'] as const;

interface Options {
  paths: string[];
  format: keyof typeof FORMATS;
  failOn: (typeof FAIL_ON)[number];
  config: string | null;
  inlineConfig: boolean;
  output: string | null;
  baseline: string | null;
  writeBaseline: string | null;
}

class UsageError extends Error {}

function parseArgs(argv: string[]): Options | 'help' | 'version' {
  if (argv.includes('-h') || argv.includes('--help')) return 'help';
  if (argv.includes('--version')) return 'version';
  const [command, ...rest] = argv;
  if (command !== 'check') throw new UsageError(command === undefined ? 'missing command: slguard check [PATH ...]' : `unknown command '${command}'; the command is 'check'`);
  const o: Options = { paths: [], format: 'text', failOn: 'error', config: null, inlineConfig: true, output: null, baseline: null, writeBaseline: null };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const value = (): string => {
      if (eq > 0) return arg.slice(eq + 1);
      const v = rest[++i];
      if (v === undefined) throw new UsageError(`${name} needs a value`);
      return v;
    };
    switch (name) {
      case '--format': {
        const v = value();
        if (!(v in FORMATS)) throw new UsageError(`--format is text, json or sarif, not '${v}'`);
        o.format = v as Options['format'];
        break;
      }
      case '--fail-on': {
        const v = value();
        if (!FAIL_ON.includes(v as Options['failOn'])) throw new UsageError(`--fail-on is one of ${FAIL_ON.join(', ')}, not '${v}'`);
        o.failOn = v as Options['failOn'];
        break;
      }
      case '--config': o.config = value(); break;
      case '--output': o.output = value(); break;
      case '--baseline': o.baseline = value(); break;
      case '--write-baseline': o.writeBaseline = value(); break;
      case '--no-inline-config': o.inlineConfig = false; break;
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option '${arg}'`);
        o.paths.push(arg);
    }
  }
  if (o.baseline !== null && o.writeBaseline !== null) throw new UsageError('--baseline and --write-baseline cannot be used together');
  return o;
}

/** Severity settings for one root folder: --config wins; else `.slguard.json` there, when present. */
function loadSeverities(file: string | null, explicit: boolean, problems: ToolProblem[], cache: Map<string, Record<string, SeverityOrOff>>): Record<string, SeverityOrOff> {
  if (file === null) return {};
  const hit = cache.get(file);
  if (hit) return hit;
  let severities: Record<string, SeverityOrOff> = {};
  let text: string | null = null;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    if (explicit || (e as NodeJS.ErrnoException).code !== 'ENOENT') problems.push({ path: file, message: `cannot read the settings file: ${describeError(e)}`, level: 'error' });
  }
  if (text !== null) {
    const res = parseSettingsFile(text);
    severities = res.severities;
    for (const p of res.problems) {
      // A file that is not JSON at all cannot be applied: that is an error; a bad entry is reported and skipped.
      problems.push({ path: p.path ? `${file} (${p.path})` : file, message: p.message, level: p.path ? 'warning' : 'error' });
    }
  }
  cache.set(file, severities);
  return severities;
}

export function run(argv: string[], io: { stdout: (s: string) => void; stderr: (s: string) => void }): number {
  let opts: ReturnType<typeof parseArgs>;
  try {
    opts = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(`slguard: ${e.message}\n\n${USAGE}`);
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
  const files: FileReport[] = [];
  const roots = opts.paths.length ? opts.paths : ['.'];
  for (const root of roots) {
    let isDir = false;
    try { isDir = root !== '-' && fs.statSync(root).isDirectory(); } catch { /* reported by collectInputs */ }
    const settingsFile = opts.config ?? path.join(isDir ? root : '.', '.slguard.json');
    const severities = loadSeverities(settingsFile, opts.config !== null, problems, settingsCache);
    for (const input of collectInputs([root], problems)) {
      const res = readInput(input);
      if ('error' in res) { problems.push({ path: input.display, message: res.error, level: 'error' }); continue; }
      const { findings, parsed, site } = analyze(res.text, { severities, inlineConfig: opts.inlineConfig });
      const rel = baselinePath(root, isDir, input.file);
      files.push({ path: input.display, findings, baselinePath: rel, fingerprints: fingerprintFindings(rel, findings, parsed, site.modelAnchor) });
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
  for (const p of problems) io.stderr(`slguard: ${p.path}: ${p.message}\n`);
  if (opts.output) {
    try {
      fs.writeFileSync(opts.output, out);
    } catch (e) {
      io.stderr(`slguard: ${opts.output}: cannot write the report: ${describeError(e)}\n`);
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

if (require.main === module) {
  const code = run(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
  });
  process.exitCode = code;
}
