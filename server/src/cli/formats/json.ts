import { position, type RunReport } from '../report';

/** An array of unsuppressed findings `{file, line, column, endLine, endColumn, rule, severity, message}` (1-based). */
export function formatJson(run: RunReport): string {
  const rows = [];
  for (const file of run.files) {
    for (const f of file.findings) {
      if (f.suppressed) continue;
      rows.push({ file: file.path, ...position(f), rule: f.rule, severity: f.severity, message: f.message });
    }
  }
  return JSON.stringify(rows, null, 2) + '\n';
}
