// SARIF 2.1.0: one run, every rule in tool.driver.rules, suppressed findings listed with their justification.

import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { ALL_RULES } from '../../core/rules';
import { ruleHref, type Finding, type Severity } from '../../core/types';
import { FINGERPRINT_KEY } from '../baseline';
import type { RunReport } from '../report';

const LEVEL: Record<Severity, Sarif.ReportingConfiguration.level> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** The base of relative URIs: the current folder, where the paths as given are relative to. */
export const SRCROOT = '%SRCROOT%';

/**
 * Where a file is, as SARIF wants it: a path relative to the current folder as a relative URI against
 * %SRCROOT%, an absolute path as a `file://` URI; `/`-separated, each segment percent-encoded (so `#`, `?`, a
 * `:` in a first segment, blanks and non-ASCII letters cannot be read as URI syntax).
 */
export function artifactLocationOf(file: string): Sarif.ArtifactLocation {
  if (file === '<stdin>') return { uri: 'stdin' };
  const slashed = file.replace(/\\/g, '/');
  if (path.isAbsolute(file) || /^[A-Za-z]:\//.test(slashed)) return { uri: pathToFileURL(file).href };
  return { uri: slashed.split('/').map(encodeSegment).join('/'), uriBaseId: SRCROOT };
}

function encodeSegment(s: string): string {
  // encodeURIComponent leaves RFC 3986 unreserved characters and !'()* as they are; all are legal in a path.
  return encodeURIComponent(s);
}

function region(f: Finding, span = f.span): Sarif.Region {
  return { startLine: span.line + 1, startColumn: span.start + 1, endLine: span.line + 1, endColumn: span.end + 1 };
}

export function toSarif(run: RunReport): Sarif.Log {
  const ruleIndex = new Map(ALL_RULES.map((r, i) => [r.id, i]));
  const results: Sarif.Result[] = [];
  for (const file of run.files) {
    const artifactLocation = artifactLocationOf(file.path);
    for (const [i, f] of file.findings.entries()) {
      const result: Sarif.Result = {
        ruleId: f.rule,
        ruleIndex: ruleIndex.get(f.rule),
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [{ physicalLocation: { artifactLocation, region: region(f) } }],
      };
      if (f.severity === 'hint' || f.severity === 'information') result.properties = { severity: f.severity };
      if (f.related?.length) {
        result.relatedLocations = f.related.map((r, id) => ({ id, message: { text: r.message }, physicalLocation: { artifactLocation, region: region(f, r.span) } }));
      }
      if (f.suppressed) result.suppressions = [{ kind: 'inSource', justification: f.suppressed.justification }];
      const fp = file.fingerprints?.[i];
      if (fp) result.partialFingerprints = { [FINGERPRINT_KEY]: fp.fingerprint };
      if (file.baselineState) result.baselineState = file.baselineState[i];
      results.push(result);
    }
  }
  for (const { path: file, entry } of run.absent ?? []) {
    const rule = ALL_RULES[ruleIndex.get(entry.rule) ?? -1];
    results.push({
      ruleId: entry.rule,
      ruleIndex: ruleIndex.get(entry.rule),
      level: rule ? LEVEL[rule.severity] : 'warning',
      message: { text: `No longer found (was in the baseline): ${entry.rule} on ${entry.subject}.` },
      locations: [{ physicalLocation: { artifactLocation: artifactLocationOf(file) } }],
      partialFingerprints: { [FINGERPRINT_KEY]: entry.fingerprint },
      baselineState: 'absent',
    });
  }
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'slguard',
          version: run.version,
          informationUri: 'https://github.com/slguard/slguard',
          rules: ALL_RULES.map((r) => ({
            id: r.id,
            name: r.name,
            shortDescription: { text: r.summary },
            helpUri: ruleHref(r.id),
            defaultConfiguration: { level: LEVEL[r.severity] },
            properties: { severity: r.severity },
          })),
        },
      },
      originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(process.cwd() + path.sep).href } },
      columnKind: 'utf16CodeUnits',
      invocations: [{
        executionSuccessful: !run.problems.some((p) => p.level === 'error'),
        toolConfigurationNotifications: run.problems.filter((p) => p.level === 'warning').map((p) => ({ level: 'warning' as const, message: { text: `${p.path}: ${p.message}` } })),
        toolExecutionNotifications: run.problems.filter((p) => p.level !== 'warning').map((p) => ({ level: p.level === 'error' ? 'error' as const : 'note' as const, message: { text: `${p.path}: ${p.message}` } })),
      }],
      results,
    }],
  };
}

export function formatSarif(run: RunReport): string {
  return JSON.stringify(toSarif(run), null, 2) + '\n';
}
