// `slguard report [PATH ...] --output FILE.html [--format html|json] [--previous OLD.json] [--fail-on LEVEL]
//                [--config FILE] [--no-inline-config]`
// One self-contained HTML page (or the same data as JSON) for one site or a folder of sites, worst first.
// Exit status as for `check`: 0, 1 when an unsuppressed finding is at or above --fail-on, 2 for a usage error
// or an input that cannot be read.

import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { version } from '../../../package.json';
import type { analyze } from '../core/analyze';
import { parseSettingsFile } from '../core/settings';
import { SEVERITY_RANK, type SeverityOrOff } from '../core/types';
import { escapeControl, readRegularFile, readSettingsText } from '../io/files';
import { buildReport, compareWith, parsePrevious, PreviousReportError, siteEntry, type ReportSite } from '../report/data';
import { renderHtml } from '../report/html';
import { collectInputs, describeError, readInput, realFolders } from './inputs';
import type { ToolProblem } from './report';

export const REPORT_USAGE = `Usage: slguard report [PATH ...] --output FILE.html [options]

Writes one self-contained page (no request leaves it) on every site export (*.slcfg) found: sites worst
first, per site what is reachable from the internet, the state of every credential (never its value), who
can dial abroad, mailboxes, suppressions and findings; counts per rule and area, charts, filters.

Options:
  --output FILE              the report file (required for html; json goes to standard output without it)
  --format html|json         default: json when FILE ends in .json, else html
  --previous OLD.json        an earlier JSON report: show per site what got better or worse
  --fail-on LEVEL            exit 1 when an unsuppressed finding is at or above LEVEL:
                             error|warning|information|hint|none (default: error)
  --config FILE              per-rule severities (default: .slguard.json at the root of each folder)
  --no-inline-config         ignore suppression comments
  -h, --help                 show this help
`;

const FAIL_ON = ['error', 'warning', 'information', 'hint', 'none'] as const;

interface Options {
  paths: string[];
  output: string | null;
  format: 'html' | 'json' | null;
  previous: string | null;
  failOn: (typeof FAIL_ON)[number];
  config: string | null;
  inlineConfig: boolean;
}

class UsageError extends Error {}

function parseArgs(argv: string[]): Options | 'help' {
  if (argv.includes('-h') || argv.includes('--help')) return 'help';
  const o: Options = { paths: [], output: null, format: null, previous: null, failOn: 'error', config: null, inlineConfig: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const value = (): string => {
      if (eq > 0) return arg.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${name} needs a value`);
      return v;
    };
    switch (name) {
      case '--output': o.output = value(); break;
      case '--format': {
        const v = value();
        if (v !== 'html' && v !== 'json') throw new UsageError(`--format is html or json, not '${v}'`);
        o.format = v;
        break;
      }
      case '--previous': o.previous = value(); break;
      case '--fail-on': {
        const v = value();
        if (!FAIL_ON.includes(v as Options['failOn'])) throw new UsageError(`--fail-on is one of ${FAIL_ON.join(', ')}, not '${v}'`);
        o.failOn = v as Options['failOn'];
        break;
      }
      case '--config': o.config = value(); break;
      case '--no-inline-config': o.inlineConfig = false; break;
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option '${arg}'`);
        o.paths.push(arg);
    }
  }
  if (!o.format) o.format = o.output?.toLowerCase().endsWith('.json') ? 'json' : 'html';
  if (o.format === 'html' && !o.output) throw new UsageError('the HTML report needs --output FILE.html');
  return o;
}

/** Severities for one folder: --config wins, else its `.slguard.json` when there is one (read through io/). */
function severitiesFor(file: string, explicit: boolean, problems: ToolProblem[], cache: Map<string, Record<string, SeverityOrOff>>): Record<string, SeverityOrOff> {
  const hit = cache.get(file);
  if (hit) return hit;
  let severities: Record<string, SeverityOrOff> = {};
  const read = readSettingsText(file);
  if ('missing' in read) {
    if (explicit) problems.push({ path: file, message: 'cannot read the settings file: no such file', level: 'error' });
  } else if ('error' in read) {
    problems.push({ path: file, message: `cannot read the settings file: ${read.error}`, level: 'error' });
  } else {
    const res = parseSettingsFile(read.text);
    severities = res.severities;
    for (const p of res.problems) problems.push({ path: p.path ? `${file} (${p.path})` : file, message: p.message, level: p.path ? 'warning' : 'error' });
  }
  cache.set(file, severities);
  return severities;
}

const identity = (p: string): string | null => {
  try {
    const st = fs.statSync(p);
    return `${st.dev}:${st.ino}`;
  } catch {
    return null;
  }
};

export async function runReport(argv: string[], io: { stdout: (s: string) => void; stderr: (s: string) => void }, deps: { analyze: typeof analyze }): Promise<number> {
  let o: ReturnType<typeof parseArgs>;
  try {
    o = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(`slguard: ${e.message}\n\n${REPORT_USAGE}`);
    return 2;
  }
  if (o === 'help') { io.stdout(REPORT_USAGE); return 0; }

  let previous = null;
  if (o.previous) {
    const read = readRegularFile(o.previous, 256 * 1024 * 1024);
    try {
      if ('error' in read) throw new PreviousReportError(`cannot read the earlier report: ${read.error}`);
      previous = parsePrevious(read.bytes.toString('utf8'));
    } catch (e) {
      if (!(e instanceof PreviousReportError)) throw e;
      io.stderr(`slguard: ${escapeControl(o.previous)}: ${e.message}\n`);
      return 2;
    }
  }

  const problems: ToolProblem[] = [];
  const cache = new Map<string, Record<string, SeverityOrOff>>();
  const sites: ReportSite[] = [];
  let failing = false;
  const threshold = o.failOn === 'none' ? Infinity : SEVERITY_RANK[o.failOn];
  const roots = o.paths.length ? o.paths : ['.'];
  const realRoots = realFolders(roots);
  const outputId = o.output === null ? null : identity(o.output);
  for (const root of roots) {
    let isDir = false;
    try { isDir = root !== '-' && fs.statSync(root).isDirectory(); } catch { /* reported by collectInputs */ }
    const severities = severitiesFor(o.config ?? path.join(isDir ? root : '.', '.slguard.json'), o.config !== null, problems, cache);
    for (const input of await collectInputs([root], realRoots, problems)) {
      if (outputId !== null && input.file !== null && identity(input.file) === outputId) {
        io.stderr(`slguard: --output ${escapeControl(o.output!)} is ${escapeControl(input.display)}, a file being read; choose another file\n`);
        return 2;
      }
      const res = readInput(input);
      if ('error' in res) { problems.push({ path: input.display, message: res.error, level: 'error' }); continue; }
      let analysis;
      try {
        analysis = deps.analyze(res.text, { severities, inlineConfig: o.inlineConfig });
      } catch (e) {
        problems.push({ path: input.display, message: `internal error while checking ${input.display}; please report it (${escapeControl(String(e instanceof Error ? e.message : e).split('\n')[0].slice(0, 200))})`, level: 'error' });
        continue;
      }
      if (analysis.findings.some((f) => !f.suppressed && SEVERITY_RANK[f.severity] >= threshold)) failing = true;
      sites.push(siteEntry(input.display, analysis));
    }
  }

  const report = buildReport(sites, { version, problems: problems.filter((p) => p.level === 'error').map(({ path: p, message }) => ({ path: p, message })) });
  if (previous) compareWith(report, previous);
  const text = o.format === 'json' ? JSON.stringify(report, null, 1) + '\n' : renderHtml(report);
  for (const p of problems) io.stderr(`slguard: ${escapeControl(p.path)}: ${escapeControl(p.message)}\n`);
  if (o.output) {
    // Through a temporary file and a rename, as check does: a reader never sees half a report.
    const tmp = path.join(path.dirname(o.output), `.${path.basename(o.output)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    try {
      fs.writeFileSync(tmp, text, { flag: 'wx' });
      fs.renameSync(tmp, o.output);
    } catch (e) {
      try { fs.unlinkSync(tmp); } catch { /* not created */ }
      io.stderr(`slguard: ${escapeControl(o.output)}: cannot write the report: ${escapeControl(describeError(e))}\n`);
      return 2;
    }
  } else {
    io.stdout(text);
  }
  if (problems.some((p) => p.level === 'error')) return 2;
  return failing ? 1 : 0;
}
