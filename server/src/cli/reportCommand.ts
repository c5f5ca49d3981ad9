// `slguard report [PATH ...] --output FILE.html [--format html|json] [--previous OLD.json] [--fail-on LEVEL]
//                [--config FILE] [--no-inline-config]`
// One self-contained HTML page (or the same data as JSON) for one site or a folder of sites, worst first.
// Exit status as for `check`: 0, 1 when an unsuppressed finding is at or above --fail-on, 2 for a usage error
// or an input that cannot be read.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { version } from '../../../package.json';
import type { analyze } from '../core/analyze';
import { SEVERITY_RANK, type SeverityOrOff } from '../core/types';
import { escapeControl, readRegularFile } from '../io/files';
import { buildReport, compareWith, parsePrevious, PreviousReportError, siteEntry, type ReportSite } from '../report/data';
import { renderHtml } from '../report/html';
import { failOnOf, fileIdentity, loadSeverities, printProblems, readArgs, shortMessage, UsageError, writeAtomically, type FailOn } from './common';
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

interface Options {
  paths: string[];
  output: string | null;
  format: 'html' | 'json' | null;
  previous: string | null;
  failOn: FailOn;
  config: string | null;
  inlineConfig: boolean;
}

function parseArgs(argv: string[]): Options | 'help' {
  if (argv.includes('-h') || argv.includes('--help')) return 'help';
  const o: Options = { paths: [], output: null, format: null, previous: null, failOn: 'error', config: null, inlineConfig: true };
  readArgs(argv, (name, value) => {
    switch (name) {
      case '--output': o.output = value(); return true;
      case '--format': {
        const v = value();
        if (v !== 'html' && v !== 'json') throw new UsageError(`--format is html or json, not '${v}'`);
        o.format = v;
        return true;
      }
      case '--previous': o.previous = value(); return true;
      case '--fail-on': o.failOn = failOnOf(value()); return true;
      case '--config': o.config = value(); return true;
      case '--no-inline-config': o.inlineConfig = false; return true;
      default: return false;
    }
  }, (arg) => o.paths.push(arg));
  if (!o.format) o.format = o.output?.toLowerCase().endsWith('.json') ? 'json' : 'html';
  if (o.format === 'html' && !o.output) throw new UsageError('the HTML report needs --output FILE.html');
  return o;
}

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
  const outputId = o.output === null ? null : fileIdentity(o.output);
  for (const root of roots) {
    let isDir = false;
    try { isDir = root !== '-' && fs.statSync(root).isDirectory(); } catch { /* reported by collectInputs */ }
    const severities = loadSeverities(o.config ?? path.join(isDir ? root : '.', '.slguard.json'), o.config !== null, problems, cache);
    for (const input of await collectInputs([root], realRoots, problems)) {
      if (outputId !== null && input.file !== null && fileIdentity(input.file) === outputId) {
        io.stderr(`slguard: --output ${escapeControl(o.output!)} is ${escapeControl(input.display)}, a file being read; choose another file\n`);
        return 2;
      }
      const res = readInput(input);
      if ('error' in res) { problems.push({ path: input.display, message: res.error, level: 'error' }); continue; }
      let analysis;
      try {
        analysis = deps.analyze(res.text, { severities, inlineConfig: o.inlineConfig });
      } catch (e) {
        problems.push({ path: input.display, message: `internal error while checking ${input.display}; please report it (${shortMessage(e)})`, level: 'error' });
        continue;
      }
      if (analysis.findings.some((f) => !f.suppressed && SEVERITY_RANK[f.severity] >= threshold)) failing = true;
      sites.push(siteEntry(input.display, analysis));
    }
  }

  const report = buildReport(sites, { version, problems: problems.filter((p) => p.level === 'error').map(({ path: p, message }) => ({ path: p, message })) });
  if (previous) compareWith(report, previous);
  const text = o.format === 'json' ? JSON.stringify(report, null, 1) + '\n' : renderHtml(report);
  printProblems(io, problems);
  if (o.output) {
    try {
      writeAtomically(o.output, text);
    } catch (e) {
      io.stderr(`slguard: ${escapeControl(o.output)}: cannot write the report: ${escapeControl(describeError(e))}\n`);
      return 2;
    }
  } else {
    io.stdout(text);
  }
  if (problems.some((p) => p.level === 'error')) return 2;
  return failing ? 1 : 0;
}
