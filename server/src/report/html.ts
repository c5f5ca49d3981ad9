// The report as one self-contained HTML page: inline CSS, a small inline script for the filters, inline SVG
// charts. A Content-Security-Policy forbids every request (no image, font, script or style from anywhere),
// so the page works offline and tells nobody it was opened. Pure: from ReportData to text.

import { ruleMeta } from '../core/rules';
import { AREAS, areaOf, headline, STATE_ORDER, type Grade, type SiteSummary } from '../core/summary';
import { ruleHref, type Severity } from '../core/types';
import { columns, esc, hbars, share } from './charts';
import type { ReportData, ReportFinding, ReportSite } from './data';

export interface HtmlOptions {
  /** A link for a line of a site (the editor's webview jumps to it); none: the line number is plain text. */
  lineHref?: (path: string, line: number) => string | null;
  /** A nonce for the inline script and style (a webview's Content-Security-Policy). */
  nonce?: string;
  /** The page's Content-Security-Policy; default: nothing may be fetched. */
  csp?: string;
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];
export const COLORS = {
  error: '#c62828', warning: '#e07b00', information: '#1e6fd0', hint: '#7b8794',
  A: '#2e7d32', B: '#7cb342', C: '#f2b705', D: '#ef6c00', F: '#c62828',
  factory: '#c62828', weak: '#e07b00', shared: '#f2b705', fine: '#2e7d32',
} as const;
const GRADE_WORDS: Record<Grade, string> = { A: 'A: 90-100', B: 'B: 75-89', C: 'C: 50-74', D: 'D: 25-49', F: 'F: under 25, or a maintenance port exposed' };

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

export function renderHtml(r: ReportData, options: HtmlOptions = {}): string {
  const nonce = options.nonce ? ` nonce="${esc(options.nonce)}"` : '';
  const csp = options.csp ?? "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";
  const t = r.totals;
  const title = `SL Guard security report: ${plural(t.sites, 'site')}`;
  const out: string[] = [];
  out.push(`<!doctype html>\n<html lang="en"><head><meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="${esc(csp)}">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="referrer" content="no-referrer">`,
    `<title>${esc(title)}</title><style${nonce}>${CSS}</style></head><body>`);
  out.push(`<header class="top"><div><h1>SL Guard security report</h1><p class="meta">${plural(t.sites, 'site export')} · made ${esc(r.generated.slice(0, 16).replace('T', ' '))} UTC by slguard ${esc(r.tool.version)}${r.previous ? ` · compared with the report of ${esc(r.previous.generated.slice(0, 16).replace('T', ' '))}` : ''}</p></div></header>`);
  out.push(filters(r));
  out.push('<main>');
  out.push(overview(r));
  if (r.problems.length) {
    out.push(`<section class="card problems"><h2>Not checked</h2><ul>${r.problems.map((p) => `<li><code>${esc(p.path)}</code>: ${esc(p.message)}</li>`).join('')}</ul></section>`);
  }
  out.push(sitesTable(r));
  out.push(rulesTable(r));
  r.sites.forEach((s, i) => out.push(siteSection(s, i, options)));
  out.push('</main>');
  out.push(`<footer>Grades: ${(['A', 'B', 'C', 'D', 'F'] as Grade[]).map((g) => GRADE_WORDS[g]).join(' · ')}; an error caps a site at C. Rule pages: <code>docs/rules/SLnnn.md</code> in SL Guard. This page holds no password, code or user name, and fetches nothing.</footer>`);
  out.push(`<script${nonce}>${SCRIPT}</script></body></html>\n`);
  return out.join('\n');
}

function filters(r: ReportData): string {
  const c = r.totals.counts;
  const sev = SEVERITIES.map((s) => `<label class="chip sev-${s}"><input type="checkbox" data-filter="sev" value="${s}" checked> ${s} <b>${c[s].toLocaleString('en-US')}</b></label>`).join('');
  const sup = `<label class="chip"><input type="checkbox" data-filter="sev" value="suppressed"> silenced <b>${c.suppressed.toLocaleString('en-US')}</b></label>`;
  const short: Record<string, string> = { syntax: 'Syntax', access: 'Access', network: 'Network', toll: 'Toll', voicemail: 'Voicemail' };
  const area = AREAS.map((a) => `<label class="chip" title="${esc(a.label)}: ${a.prefix}xx"><input type="checkbox" data-filter="area" value="${a.area}" checked> ${short[a.area]}</label>`).join('');
  return `<nav class="filters" aria-label="Filters"><span class="flabel">Severity</span>${sev}${sup}<span class="flabel">Area</span>${area}<span id="shown" class="dim"></span></nav>`;
}

function card(label: string, value: string, cls = ''): string {
  return `<div class="kpi ${cls}"><div class="kv">${value}</div><div class="kl">${esc(label)}</div></div>`;
}

function overview(r: ReportData): string {
  const t = r.totals;
  const exposedSites = r.sites.filter((s) => s.summary.exposure.exposed.length > 0).length;
  const kpis = [
    card('site exports', t.sites.toLocaleString('en-US')),
    card('graded F', t.grades.F.toLocaleString('en-US'), t.grades.F ? 'bad' : 'good'),
    card('errors', t.counts.error.toLocaleString('en-US'), t.counts.error ? 'bad' : 'good'),
    card('warnings', t.counts.warning.toLocaleString('en-US'), t.counts.warning ? 'warn' : 'good'),
    card('reachable from the internet', exposedSites.toLocaleString('en-US'), exposedSites ? 'bad' : 'good'),
    card('can dial abroad', t.dialAbroad.toLocaleString('en-US'), t.dialAbroad ? 'warn' : 'good'),
  ].join('');
  // Findings per area, stacked by severity (from the sites' findings, unsuppressed).
  const perArea = new Map(AREAS.map((a) => [a.area, { error: 0, warning: 0, information: 0, hint: 0 } as Record<Severity, number>]));
  for (const s of r.sites) for (const f of s.findings) if (f.suppressed === undefined) perArea.get(areaOf(f.rule))![f.severity]++;
  const areaChart = hbars('Findings per area', AREAS.map((a) => ({
    label: a.label.replace(/ \(.*/, ''),
    segments: SEVERITIES.map((s) => ({ value: perArea.get(a.area)![s], color: COLORS[s], label: s })),
  })), { labelWidth: 150, width: 520 });
  const grades = columns('Sites per grade', (['A', 'B', 'C', 'D', 'F'] as Grade[]).map((g) => ({ label: g, value: t.grades[g], color: COLORS[g], hint: `grade ${GRADE_WORDS[g]}` })), { width: 380, height: 170 });
  const services = ['WebPro', 'PCPro', 'DIMM', 'SIP trunks', 'SIP phones (third-party)', 'SIP phones (NEC)'];
  const exposure = hbars('Sites where a service is reachable from the internet', services.map((svc) => ({
    label: svc, segments: [{ value: t.exposed[svc] ?? 0, color: svc.startsWith('SIP') ? COLORS.warning : COLORS.error, label: 'sites' }],
  })), { labelWidth: 170, width: 520 });
  const creds = share('Credentials by state', STATE_ORDER.map((s) => ({ value: t.credentials[s], color: COLORS[s], label: s })), { width: 520 });
  const sevs = share('Findings by severity', SEVERITIES.map((s) => ({ value: t.counts[s], color: COLORS[s], label: s })), { width: 520 });
  const abroad = share('Sites where someone can dial abroad', [
    { value: t.dialAbroad, color: COLORS.warning, label: 'can dial abroad' }, { value: t.sites - t.dialAbroad, color: COLORS.fine, label: 'restricted' },
  ], { width: 520 });
  return `<section class="overview"><div class="kpis">${kpis}</div><div class="charts">`
    + `<figure class="card"><figcaption>Sites per grade</figcaption>${grades}</figure>`
    + `<figure class="card"><figcaption>Findings per area</figcaption>${areaChart}</figure>`
    + `<figure class="card"><figcaption>Sites with the service reachable from the internet</figcaption>${exposure}</figure>`
    + `<figure class="card"><figcaption>Findings by severity</figcaption>${sevs}<figcaption class="sub">Credentials by state <span class="dim">(90-02, 90-28, 84-22, 25-08, mailbox codes)</span></figcaption>${creds}<figcaption class="sub">Sites where someone can dial abroad</figcaption>${abroad}</figure>`
    + '</div></section>';
}

const badge = (g: Grade) => `<span class="grade g${g}" title="grade ${GRADE_WORDS[g]}">${g}</span>`;
const siteTitle = (s: ReportSite) => s.summary.name || s.path.replace(/^.*\//, '');

function change(s: ReportSite): string {
  const c = s.change;
  if (!c) return '';
  if (c.status === 'new') return '<span class="chg new">new</span>';
  const b = c.before!;
  const arrow = c.status === 'better' ? '▲' : c.status === 'worse' ? '▼' : '=';
  const was = `${b.grade} ${b.score} → ${s.summary.grade} ${s.summary.score}`;
  return `<span class="chg ${c.status}" title="${esc(`${c.fixed.length} fixed, ${c.added.length} new since the earlier report`)}">${arrow} ${esc(was)} <span class="dim">−${c.fixed.length} +${c.added.length}</span></span>`;
}

function sitesTable(r: ReportData): string {
  const rows = r.sites.map((s, i) => {
    const c = s.summary.counts;
    const ex = [...new Set(s.summary.exposure.exposed.map((x) => (x.startsWith('SIP') ? 'SIP' : x)))];
    return `<tr data-grade="${s.summary.grade}"><td class="n">${i + 1}</td><td>${badge(s.summary.grade)}</td><td class="n">${s.summary.score}</td>`
      + `<td><a href="#site-${i + 1}">${esc(siteTitle(s))}</a><div class="dim path">${esc(s.path)}</div></td>`
      + `<td class="n ${c.error ? 'e' : ''}">${c.error}</td><td class="n ${c.warning ? 'w' : ''}">${c.warning}</td><td class="n">${c.information}</td>`
      + `<td>${ex.length ? ex.map((x) => `<span class="tag ${x === 'SIP' ? 'tw' : 'te'}">${esc(x)}</span>`).join(' ') : '<span class="dim">—</span>'}</td>`
      + (r.previous ? `<td>${change(s)}</td>` : '') + '</tr>';
  }).join('');
  const removed = r.previous?.removed.length ? `<p class="dim">In the earlier report but not in this one: ${r.previous.removed.map((p) => `<code>${esc(p)}</code>`).join(', ')}.</p>` : '';
  return `<section class="card" id="sites"><h2>Sites, worst first</h2><table class="list sites"><thead><tr><th>#</th><th>Grade</th><th>Score</th><th>Site</th><th>Errors</th><th>Warnings</th><th>Info</th><th>Reachable from the internet</th>${r.previous ? '<th>Since the earlier report</th>' : ''}</tr></thead><tbody>${rows}</tbody></table>${removed}</section>`;
}

function rulesTable(r: ReportData): string {
  if (!r.totals.byRule.length) return '<section class="card"><h2>Findings per rule</h2><p>No finding.</p></section>';
  const max = Math.max(...r.totals.byRule.map((x) => x.count));
  const rows = r.totals.byRule.map((x) => `<tr data-area="${x.area}"><td><a href="${esc(x.href)}" rel="noreferrer"><code>${x.rule}</code></a></td><td>${esc(x.name)}<div class="dim">${esc(x.summary)}</div></td>`
    + `<td><span class="sev s-${x.severity}">${x.severity}</span></td><td class="n">${x.count}</td><td class="n">${x.sites}</td>`
    + `<td class="barcell"><span class="minibar" style="width:${((x.count / max) * 100).toFixed(1)}%;background:${COLORS[x.severity]}"></span></td></tr>`).join('');
  return `<section class="card" id="rules"><h2>Findings per rule</h2><table class="list rules"><thead><tr><th>Rule</th><th>What</th><th>Default</th><th>Findings</th><th>Sites</th><th></th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

function yes(b: boolean, bad = true): string {
  return b ? `<span class="${bad ? 'e' : ''}">yes</span>` : '<span class="ok">no</span>';
}

function exposureBlock(s: SiteSummary): string {
  const e = s.exposure;
  const flags = `<p>Phone system <code>${esc(e.address)}</code> (10-12-01)${e.publicAddress ? ' <span class="tag te">public address</span>' : ''} · DMZ ${yes(e.dmz)} · UPnP ${yes(e.upnp)}</p>`;
  const svc = e.services.map((x) => `<tr><td>${esc(x.service)}</td><td class="n">${x.port}${x.program ? ` <span class="dim">${x.program}${x.defaultPort ? ', factory port' : ''}</span>` : ''}</td><td>${x.exposed ? `<span class="${x.service.startsWith('SIP') ? 'w' : 'e'}">reachable</span>` : '<span class="ok">not reachable</span>'}</td><td class="dim">${esc(x.via.join(', '))}</td></tr>`).join('');
  const fw = e.forwards.length
    ? `<table class="list"><thead><tr><th>Line</th><th>Forward</th><th>From</th><th>Reaches</th></tr></thead><tbody>${e.forwards.map((f) => `<tr><td class="n">${f.line}</td><td><code>${esc(f.protocol)} ${esc(f.ports)} → ${esc(f.toPorts)}</code></td><td>${f.open ? '<span class="e">any</span>' : esc(f.sources.join(', '))}</td><td>${esc(f.reaches.join(', '))}</td></tr>`).join('')}</tbody></table>`
    : '<p class="dim">No forward to the phone system.</p>';
  return `<div class="block"><h3>Reachable from the internet</h3>${flags}<table class="list"><thead><tr><th>Service</th><th>Port</th><th>From the internet</th><th>Through</th></tr></thead><tbody>${svc}</tbody></table>${fw}</div>`;
}

function credentialsBlock(s: SiteSummary, line: (n: number | null) => string): string {
  if (!s.credentials.length) return '<div class="block"><h3>Credentials</h3><p class="dim">No enabled credential.</p></div>';
  const rows = s.credentials.map((c) => `<tr><td>${esc(c.subject)}</td><td><code>${esc(c.program)}</code></td><td><span class="state st-${c.state}">${c.state}</span></td>`
    + `<td>${esc([...c.reasons, ...(c.note ? [c.note] : [])].join('; '))}</td><td class="n">${line(c.line)}</td><td>${c.rules.map((x) => `<code>${x}</code>`).join(' ')}</td></tr>`).join('');
  return `<div class="block"><h3>Credentials <span class="dim">(state only; values are never shown)</span></h3><table class="list"><thead><tr><th>Whose</th><th>Program</th><th>State</th><th>Why</th><th>Line</th><th>Rules</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

function tollBlock(s: SiteSummary): string {
  const t = s.tolls;
  const pfx = t.internationalPrefixes.join(', ');
  const note = t.extensionsDeclared ? '' : ' <span class="dim">(<code>extensions-in-use</code> is not declared: every extension counts)</span>';
  if (t.covered) return `<div class="block"><h3>Who can dial abroad</h3><p class="ok">Nobody: every extension in use, voicemail port and DISA user is in a class that blocks ${esc(pfx)}, in every mode.</p></div>`;
  // Consecutive modes with the same people are one row (`1-8` when every mode is alike).
  const groups: { from: number; to: number; m: (typeof t.modes)[number] }[] = [];
  const same = (a: (typeof t.modes)[number], b: (typeof t.modes)[number]) => a.extensions === b.extensions && a.voicemailPorts === b.voicemailPorts && a.disaUsers.join() === b.disaUsers.join();
  for (const m of t.modes) {
    const last = groups[groups.length - 1];
    if (last && same(last.m, m)) last.to = m.mode;
    else groups.push({ from: m.mode, to: m.mode, m });
  }
  const rows = groups.map(({ from, to, m }) => `<tr><td class="n">${from === to ? from : `${from}-${to}`}</td><td>${m.extensionCount ? `<span class="w">${esc(m.extensions)}</span> <span class="dim">(${m.extensionCount.toLocaleString('en-US')})</span>` : '<span class="ok">none</span>'}</td>`
    + `<td>${m.voicemailPortCount ? `<span class="e">${esc(m.voicemailPorts)}</span>` : '<span class="ok">none</span>'}</td><td>${m.disaUsers.length ? `<span class="e">${m.disaUsers.join(', ')}</span>` : '<span class="ok">none</span>'}</td></tr>`).join('');
  return `<div class="block"><h3>Who can dial abroad (${esc(pfx)})</h3><p>Classes that do not block: ${t.unrestrictedClassesInUse.map((c) => `<code>${c}</code>`).join(' ')}; classes that do: ${t.restrictingClasses.length ? t.restrictingClasses.map((c) => `<code>${c}</code>`).join(' ') : 'none'}.${note}</p><table class="list"><thead><tr><th>Modes</th><th>Extensions in use</th><th>Voicemail ports</th><th>DISA users</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

function mailboxBlock(s: SiteSummary): string {
  const m = s.mailboxes;
  const list = (xs: string[]) => (xs.length > 24 ? `${xs.slice(0, 24).join(', ')} and ${xs.length - 24} more` : xs.join(', '));
  const items = [
    `${plural(m.total, 'mailbox', 'mailboxes')}, ${m.inUse.toLocaleString('en-US')} in use`,
    m.withoutCode.length ? `<span class="w">in use without a code (${m.withoutCode.length}):</span> ${esc(list(m.withoutCode))}` : '<span class="ok">every mailbox in use has a code</span>',
    m.unused === null ? '<span class="dim">unused mailboxes: unknown (<code>extensions-in-use</code> is not declared)</span>' : m.unused.length ? `<span class="w">personal mailboxes of no extension in use (${m.unused.length}):</span> ${esc(list(m.unused))}` : '<span class="ok">no unused personal mailbox</span>',
    m.internationalNotification.length ? `<span class="e">dial abroad:</span> ${m.internationalNotification.map((x) => `mailbox ${esc(x.mailbox)} <code>${esc(x.key)}</code> (line ${x.line})`).join(', ')}` : '<span class="ok">no notification or Find Me abroad</span>',
  ];
  return `<div class="block"><h3>Mailboxes</h3><ul>${items.map((x) => `<li>${x}</li>`).join('')}</ul></div>`;
}

function suppressionBlock(s: SiteSummary): string {
  if (!s.suppressions.length) return '';
  const rows = s.suppressions.map((x) => `<tr><td class="n">${x.line}</td><td>${x.rules.map((r) => `<code>${esc(r)}</code>`).join(' ')}${x.scope === 'file' ? ' <span class="dim">whole file</span>' : ''}</td><td>${x.reason === null ? '<span class="w">no reason given</span>' : esc(x.reason)}</td><td class="n">${x.silenced}</td></tr>`).join('');
  return `<div class="block"><h3>Suppressions</h3><table class="list"><thead><tr><th>Line</th><th>Rules</th><th>Reason</th><th>Silenced</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

function findingRow(f: ReportFinding, line: (n: number | null) => string): string {
  const m = ruleMeta(f.rule);
  const sev = f.suppressed !== undefined ? 'suppressed' : f.severity;
  return `<tr class="f" data-sev="${sev}" data-area="${areaOf(f.rule)}"><td class="n">${line(f.line)}</td><td><span class="sev s-${f.severity}">${f.severity}</span></td>`
    + `<td><a href="${esc(ruleHref(f.rule))}" rel="noreferrer" title="${esc(m?.summary ?? '')}"><code>${f.rule}</code></a><div class="dim">${esc(m?.name ?? '')}</div></td>`
    + `<td>${esc(f.message)}${f.suppressed !== undefined ? `<div class="sup">silenced: ${esc(f.suppressed || '(no reason)')}</div>` : ''}</td></tr>`;
}

function siteSection(s: ReportSite, i: number, options: HtmlOptions): string {
  const sum = s.summary;
  const line = (n: number | null): string => {
    if (n === null) return '<span class="dim">default</span>';
    const href = options.lineHref?.(s.path, n);
    return href ? `<a href="${esc(href)}">${n}</a>` : String(n);
  };
  const c = sum.counts;
  const findings = s.findings.length
    ? `<table class="list findings"><thead><tr><th>Line</th><th>Severity</th><th>Rule</th><th>Message</th></tr></thead><tbody>${s.findings.map((f) => findingRow(f, line)).join('')}</tbody></table><p class="none dim">Every finding of this site is hidden by the filters.</p>`
    : '<p class="ok">No finding.</p>';
  const chg = s.change ? changeBlock(s) : '';
  return `<section class="card site" id="site-${i + 1}" data-grade="${sum.grade}"><header class="sitehead">${badge(sum.grade)}<div><h2>${esc(siteTitle(s))}</h2>`
    + `<p class="meta"><code class="sitepath">${esc(s.path)}</code> · ${sum.model} · score ${sum.score} · ${esc(headline(sum))}${c.suppressed ? ` · ${c.suppressed} silenced` : ''}</p>`
    + `${sum.gradeReasons.length ? `<p class="dim">Grade: ${esc(sum.gradeReasons.join('; '))}</p>` : ''}</div></header>${chg}`
    + `<div class="grid">${exposureBlock(sum)}${credentialsBlock(sum, line)}${tollBlock(sum)}${mailboxBlock(sum)}${suppressionBlock(sum)}</div>`
    + `<h3>Findings</h3>${findings}</section>`;
}

function changeBlock(s: ReportSite): string {
  const c = s.change!;
  if (c.status === 'new') return '<p class="chgline">Not in the earlier report.</p>';
  const li = (xs: { rule: string; message: string }[]) => xs.slice(0, 50).map((x) => `<li><code>${x.rule}</code> ${esc(x.message)}</li>`).join('') + (xs.length > 50 ? `<li>and ${xs.length - 50} more</li>` : '');
  return `<div class="chgline">${change(s)}${c.fixed.length ? `<details><summary class="ok">${plural(c.fixed.length, 'finding')} fixed</summary><ul>${li(c.fixed)}</ul></details>` : ''}${c.added.length ? `<details open><summary class="e">${plural(c.added.length, 'new finding')}</summary><ul>${li(c.added)}</ul></details>` : ''}</div>`;
}

const CSS = `
:root{--bg:#f4f6f9;--fg:#1d2330;--card:#fff;--line:#e2e6ee;--dim:#667085;--e:${COLORS.error};--w:#b35c00;--ok:#2e7d32;--i:${COLORS.information}}
*{box-sizing:border-box}html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
code{font:12.5px/1.3 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
a{color:#1e5fb4;text-decoration:none}a:hover{text-decoration:underline}
.top{background:#14213d;color:#fff;padding:18px 28px}.top h1{margin:0;font-size:22px;font-weight:650;letter-spacing:.2px}.top .meta{margin:4px 0 0;color:#c9d3e6}
.filters{position:sticky;top:0;z-index:5;display:flex;flex-wrap:wrap;gap:6px;align-items:center;padding:8px 28px;background:#fff;border-bottom:1px solid var(--line);box-shadow:0 1px 3px rgba(0,0,0,.05)}
.flabel{font-weight:600;margin:0 2px 0 10px;color:var(--dim);font-size:12px;text-transform:uppercase;letter-spacing:.5px}.flabel:first-child{margin-left:0}
.chip{display:inline-flex;gap:5px;align-items:center;border:1px solid var(--line);border-radius:14px;padding:2px 10px 2px 7px;cursor:pointer;user-select:none;font-size:13px;background:#fafbfc}
.chip b{font-weight:600}.chip input{margin:0}
.sev-error b{color:var(--e)}.sev-warning b{color:var(--w)}.sev-information b{color:var(--i)}
main{padding:18px 28px;max-width:1400px;margin:0 auto}
.card{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:14px 18px;margin:0 0 16px}
.card h2{margin:0 0 10px;font-size:17px}h3{font-size:14px;margin:14px 0 6px}
.kpis{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:12px;margin-bottom:14px}
.kpi{background:#fff;border:1px solid var(--line);border-radius:8px;padding:12px 16px;border-left:5px solid #9aa5b8}
.kpi.bad{border-left-color:var(--e)}.kpi.warn{border-left-color:#e9a100}.kpi.good{border-left-color:var(--ok)}
.kv{font-size:26px;font-weight:700;line-height:1.1}.kl{color:var(--dim);font-size:12.5px}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(460px,1fr));gap:14px;margin-bottom:16px}
.charts figure{margin:0}figcaption{font-weight:600;margin-bottom:8px}
.chart{width:100%;height:auto;display:block}figcaption.sub{margin-top:16px}.chart .lbl{font-size:12px;fill:#394150}.chart .lbl.big{font-size:13px;font-weight:700}.chart .num{font-size:12px;fill:#1d2330;font-weight:600}.chart .track{fill:#eef1f5}
table.list{border-collapse:collapse;width:100%;margin:4px 0 8px}
.list th{text-align:left;font-size:12px;color:var(--dim);font-weight:600;border-bottom:1px solid var(--line);padding:5px 8px;white-space:nowrap}
.list td{border-bottom:1px solid #f0f2f6;padding:5px 8px;vertical-align:top}.list tr:last-child td{border-bottom:0}
td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.sites td{vertical-align:middle}.path{font-size:12px}
.grade{display:inline-flex;align-items:center;justify-content:center;width:28px;height:28px;border-radius:6px;color:#fff;font-weight:800;font-size:15px}
.gA{background:${COLORS.A}}.gB{background:${COLORS.B}}.gC{background:${COLORS.C};color:#3b2f00}.gD{background:${COLORS.D}}.gF{background:${COLORS.F}}
.sitehead .grade{width:46px;height:46px;font-size:24px;border-radius:8px;flex:none}
.sitehead{display:flex;gap:14px;align-items:flex-start}.sitehead h2{margin:0}.sitehead p{margin:2px 0}
.meta{color:var(--dim)}.dim{color:var(--dim)}.e{color:var(--e);font-weight:600}.w{color:var(--w);font-weight:600}.ok{color:var(--ok)}
.tag{display:inline-block;border-radius:4px;padding:0 6px;font-size:12px;font-weight:600}.te{background:#fdecec;color:var(--e)}.tw{background:#fff3e0;color:var(--w)}
.sev{display:inline-block;border-radius:4px;padding:0 6px;font-size:12px;font-weight:600;color:#fff}
.s-error{background:${COLORS.error}}.s-warning{background:${COLORS.warning}}.s-information{background:${COLORS.information}}.s-hint{background:${COLORS.hint}}
.state{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;font-weight:600;color:#fff}
.st-factory{background:${COLORS.factory}}.st-weak{background:${COLORS.weak}}.st-shared{background:${COLORS.shared};color:#3b2f00}.st-fine{background:${COLORS.fine}}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(520px,1fr));gap:4px 24px}
.block ul{margin:4px 0;padding-left:18px}.block p{margin:4px 0}
.sup{color:var(--dim);font-style:italic;margin-top:2px}
tr.f[data-sev=suppressed]{opacity:.7}
.barcell{width:22%}.minibar{display:block;height:8px;border-radius:4px}
.chg{font-weight:600;white-space:nowrap}.chg.better{color:var(--ok)}.chg.worse{color:var(--e)}.chg.same{color:var(--dim)}.chg.new{color:var(--i)}
.chgline{margin:8px 0;padding:6px 10px;background:#f7f9fc;border-radius:6px}.chgline details{margin-top:4px}
p.none{display:none}
section.site{content-visibility:auto;contain-intrinsic-size:auto 1400px}
body.hide-error tr.f[data-sev=error],body.hide-warning tr.f[data-sev=warning],body.hide-information tr.f[data-sev=information],body.hide-hint tr.f[data-sev=hint],body.hide-suppressed tr.f[data-sev=suppressed],
body.hide-syntax tr.f[data-area=syntax],body.hide-access tr.f[data-area=access],body.hide-network tr.f[data-area=network],body.hide-toll tr.f[data-area=toll],body.hide-voicemail tr.f[data-area=voicemail]{display:none}
body.hide-syntax .rules tr[data-area=syntax],body.hide-access .rules tr[data-area=access],body.hide-network .rules tr[data-area=network],body.hide-toll .rules tr[data-area=toll],body.hide-voicemail .rules tr[data-area=voicemail]{display:none}
table.findings.empty{display:none}table.findings.empty+p.none{display:block}
#shown{margin-left:auto;font-size:12.5px}
footer{color:var(--dim);font-size:12px;padding:4px 28px 24px;max-width:1400px;margin:0 auto}
@media (max-width:700px){main,.top,.filters{padding-left:12px;padding-right:12px}.grid,.charts{grid-template-columns:1fr}}
@media print{
  body{background:#fff;font-size:11px}.filters,#shown{display:none}.top{background:#fff;color:#000;padding:0 0 8px;border-bottom:2px solid #000}.top .meta{color:#333}
  main{padding:0;max-width:none}.card{border:0;padding:0;margin:0 0 12px;break-inside:auto}
  section.site{break-before:page;content-visibility:visible}.charts figure,.kpi,tr{break-inside:avoid}thead{display:table-header-group}
  a{color:inherit}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
  .charts{grid-template-columns:1fr 1fr}.grid{grid-template-columns:1fr}
}
`;

// Filters: one class per hidden severity or area on <body>, so the stylesheet hides the rows (no walk over
// thousands of rows per click); then a table whose every row is hidden says so.
const SCRIPT = `
(function(){
  var boxes=[].slice.call(document.querySelectorAll('input[data-filter]'));
  var shown=document.getElementById('shown');
  var tables=[].slice.call(document.querySelectorAll('table.findings')).map(function(t){
    return {t:t,rows:[].slice.call(t.tBodies[0].rows).map(function(r){return [r.getAttribute('data-sev'),r.getAttribute('data-area')];})};
  });
  function apply(){
    var on={};
    boxes.forEach(function(b){on[b.value]=b.checked;document.body.classList.toggle('hide-'+b.value,!b.checked);});
    var n=0,total=0;
    tables.forEach(function(x){
      var v=0;
      for(var i=0;i<x.rows.length;i++){if(on[x.rows[i][0]]&&on[x.rows[i][1]])v++;}
      total+=x.rows.length;n+=v;x.t.classList.toggle('empty',v===0);
    });
    if(shown)shown.textContent=n.toLocaleString('en-US')+' of '+total.toLocaleString('en-US')+' findings shown';
  }
  boxes.forEach(function(b){b.addEventListener('change',apply);});
  apply();
})();
`;
