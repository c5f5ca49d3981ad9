// The handover sheet as one printable, self-contained HTML page: inline CSS, no script, no image, and a
// Content-Security-Policy that forbids every request, so opening or printing it contacts nobody.
import type { CredentialTable, HandoverSheet } from '../core/handover';
import * as T from './text';

export function renderHtml(s: HandoverSheet, version: string): string {
  const site = s.siteName || '(no site name in the export)';
  const notes = [T.previousNote(s), T.removedNote(s), T.unreadNote(s)].filter((x): x is string => x !== null);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; form-action 'none'; base-uri 'none'">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex, nofollow">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(T.TITLE)}: ${esc(site)}</title>
<style>${CSS}</style>
</head>
<body>
<main class="sheet">
<header class="head">
  <div>
    <h1>${esc(T.TITLE)}</h1>
    <p class="subtitle">${esc(T.SUBTITLE)}</p>
  </div>
  <p class="stamp">Confidential</p>
</header>
<table class="facts">
  <tr><th>Site</th><td>${esc(site)}</td><th>Date</th><td>${esc(T.isoDate(s.date))}</td></tr>
  <tr><th>System</th><td>NEC ${esc(s.model)}${s.software ? `, software ${esc(s.software)}` : ''}</td><th>Export</th><td>${esc(s.file)}</td></tr>
</table>
<p class="intro">${esc(T.intro(s))}</p>
<section class="care">
  <ul>
${T.CARE.map((c) => `    <li><strong>${esc(c.head)}</strong> ${esc(c.text)}</li>`).join('\n')}
  </ul>
</section>
${notes.map((n) => `<p class="note">${esc(n)}</p>`).join('\n')}
${s.tables.filter((t) => t.rows.length > 0).map((t) => table(t, s.previous !== undefined)).join('\n')}
${T.noneSet(s) ? `<p class="none">${esc(T.noneSet(s)!)}</p>` : ''}
<section class="signatures">
${T.SIGNATURES.map((who) => `  <div class="sign">
    <h3>${esc(who)}</h3>
${T.SIGNATURE_FIELDS.map((f) => `    <p class="line"><span>${esc(f)}</span></p>`).join('\n')}
  </div>`).join('\n')}
</section>
<footer class="foot"><p>${esc(T.CONFIDENTIAL)}.</p><p>${esc(T.footer(s, version))}</p></footer>
</main>
</body>
</html>
`;
}

function table(t: CredentialTable, compare: boolean): string {
  const head = `<h2>${esc(t.title)} <span class="src">${esc(t.source)}</span></h2>`;
  const notes = t.rows.some((r) => r.notes.length > 0);
  const cols = t.columns.map((c) => `<th>${esc(c.title)}</th>`).join('') + (compare ? '<th>Since earlier export</th>' : '') + (notes ? '<th>Note</th>' : '');
  const rows = t.rows.map((r) => {
    const cells = t.columns.map((c, i) => {
      const v = r.values[i];
      if (v === '') return `<td class="blank">${esc(T.BLANK)}</td>`;
      return c.secret ? `<td class="secret"><code>${esc(v)}</code></td>` : `<td>${esc(v)}</td>`;
    }).join('');
    const change = compare ? `<td class="change ${r.change ?? ''}">${esc(r.change ? T.CHANGE_LABEL[r.change] : '')}</td>` : '';
    return `    <tr>${cells}${change}${notes ? `<td class="notes">${esc(r.notes.join('; '))}</td>` : ''}</tr>`;
  }).join('\n');
  return `<section class="kind">\n${head}\n<table class="creds">\n  <thead><tr>${cols}</tr></thead>\n  <tbody>\n${rows}\n  </tbody>\n</table>\n</section>`;
}

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const CSS = `
:root { --ink: #1b1f24; --muted: #5b6470; --rule: #c9ced6; --band: #eef1f5; --accent: #1f4e79; }
* { box-sizing: border-box; }
html { background: #e7e9ec; }
body { margin: 0; padding: 24px 0; color: var(--ink); font: 10.5pt/1.45 "Helvetica Neue", Helvetica, Arial, sans-serif; }
.sheet { background: #fff; max-width: 8.5in; margin: 0 auto; padding: 0.7in 0.75in; box-shadow: 0 1px 6px rgba(0,0,0,.18); }
.head { display: flex; justify-content: space-between; align-items: flex-start; border-bottom: 2.5px solid var(--accent); padding-bottom: 8px; }
h1 { margin: 0; font-size: 20pt; color: var(--accent); letter-spacing: .2px; }
.subtitle { margin: 2px 0 0; color: var(--muted); }
.stamp { margin: 4px 0 0; padding: 3px 10px; border: 1.5px solid #a4262c; color: #a4262c; font-weight: bold; text-transform: uppercase; letter-spacing: 1.5px; font-size: 9pt; }
.facts { width: 100%; border-collapse: collapse; margin: 12px 0 6px; }
.facts th { text-align: left; color: var(--muted); font-weight: normal; width: 12%; padding: 2px 6px 2px 0; }
.facts td { font-weight: bold; padding: 2px 12px 2px 0; }
.intro { margin: 8px 0; }
.care { border: 1px solid var(--rule); border-left: 4px solid #a4262c; background: #fbf7f2; padding: 6px 14px; margin: 10px 0 12px; }
.care ul { margin: 4px 0; padding-left: 16px; }
.care li { margin: 3px 0; }
.note { color: var(--muted); font-style: italic; margin: 6px 0; }
h2 { font-size: 12pt; margin: 18px 0 6px; color: var(--accent); }
h2 .src { font-weight: normal; color: var(--muted); font-size: 9pt; margin-left: 6px; }
.creds { width: 100%; border-collapse: collapse; }
.creds th { background: var(--band); text-align: left; font-size: 9pt; padding: 5px 8px; border-bottom: 1px solid var(--rule); }
.creds td { padding: 5px 8px; border-bottom: 1px solid var(--rule); vertical-align: top; }
.creds tr { break-inside: avoid; page-break-inside: avoid; }
.secret code { font: 11pt/1.2 "Courier New", Courier, monospace; font-weight: bold; white-space: pre; letter-spacing: .5px; }
.blank { color: var(--muted); font-style: italic; }
.notes { color: var(--muted); font-size: 9pt; }
.change { font-size: 9pt; }
.change.changed, .change.new { font-weight: bold; color: #a4262c; }
.none { color: var(--muted); font-style: italic; margin: 14px 0 0; }
.signatures { display: flex; gap: 36px; margin-top: 32px; break-inside: avoid; page-break-inside: avoid; }
.sign { flex: 1; }
.sign h3 { font-size: 10pt; margin: 0 0 4px; }
.line { border-bottom: 1px solid var(--ink); height: 30px; margin: 0; position: relative; }
.line span { position: absolute; bottom: 2px; left: 0; font-size: 8.5pt; color: var(--muted); }
.foot { margin-top: 28px; border-top: 1px solid var(--rule); padding-top: 6px; font-size: 8.5pt; color: var(--muted); }
.foot p { margin: 1px 0; }
@page { size: letter; margin: 0.6in 0.65in; }
@media print {
  html, body { background: #fff; padding: 0; }
  .sheet { box-shadow: none; max-width: none; margin: 0; padding: 0; }
  thead { display: table-header-group; }
  h2 { break-after: avoid; page-break-after: avoid; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
