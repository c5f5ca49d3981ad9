import { escapeControl } from '../../io/files';
import { position, type RunReport } from '../report';

/**
 * `file:line:column: severity SLnnn message`, one line a finding, then a summary line. Control characters in
 * file names and messages are escaped (`\n`, `\x1b`): a name cannot forge a finding line or drive the terminal.
 */
export function formatText(run: RunReport): string {
  const out: string[] = [];
  const count = { error: 0, warning: 0, information: 0, hint: 0 };
  let suppressed = 0;
  for (const file of run.files) {
    const name = escapeControl(file.path);
    for (const f of file.findings) {
      if (f.suppressed) { suppressed++; continue; }
      const p = position(f);
      count[f.severity]++;
      out.push(`${name}:${p.line}:${p.column}: ${f.severity} ${f.rule} ${escapeControl(f.message)}`);
    }
  }
  const total = count.error + count.warning + count.information + count.hint;
  const parts = [`${count.error} ${plural(count.error, 'error')}`, `${count.warning} ${plural(count.warning, 'warning')}`,
    `${count.information} information`, `${count.hint} ${plural(count.hint, 'hint')}`];
  const files = run.files.length;
  out.push(`${total} ${plural(total, 'problem')} (${parts.join(', ')}) in ${files} ${plural(files, 'file')}${run.known ? `, ${run.known} known` : ''}${suppressed ? `, ${suppressed} suppressed` : ''}.`);
  return out.join('\n') + '\n';
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}
