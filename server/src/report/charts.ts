// Inline SVG charts for the report page: generated here as text, no library, no font or image to fetch.
// Every chart has a <title> per bar (the browser's tooltip) and an aria-label with the numbers in words.

export interface Segment {
  value: number;
  color: string;
  label: string;
}

export interface Bar {
  label: string;
  segments: Segment[];
}

export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const fmt = (n: number) => n.toLocaleString('en-US');

/** Horizontal bars, each a stack of segments, with the label left and the total right. */
export function hbars(title: string, bars: Bar[], opts: { width?: number; labelWidth?: number; empty?: string } = {}): string {
  const width = opts.width ?? 440;
  const labelW = opts.labelWidth ?? 150;
  const totalW = 44;
  const rowH = 26;
  const barH = 16;
  const max = Math.max(1, ...bars.map((b) => b.segments.reduce((n, s) => n + s.value, 0)));
  const plotW = width - labelW - totalW;
  const h = bars.length * rowH + 6;
  const words = bars.map((b) => `${b.label}: ${b.segments.filter((s) => s.value).map((s) => `${fmt(s.value)} ${s.label}`).join(', ') || 'none'}`).join('; ');
  const rows = bars.map((b, i) => {
    const y = i * rowH + 4;
    let x = labelW;
    const total = b.segments.reduce((n, s) => n + s.value, 0);
    const segs = b.segments.filter((s) => s.value > 0).map((s) => {
      const w = Math.max(2, (s.value / max) * plotW);
      const r = `<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${barH}" fill="${s.color}"><title>${esc(`${b.label}: ${fmt(s.value)} ${s.label}`)}</title></rect>`;
      x += w;
      return r;
    }).join('');
    const track = `<rect x="${labelW}" y="${y}" width="${plotW}" height="${barH}" class="track"/>`;
    return `<text x="${labelW - 8}" y="${y + 12.5}" text-anchor="end" class="lbl">${esc(b.label)}</text>${track}${segs}<text x="${x + 6}" y="${y + 12.5}" class="num">${fmt(total)}</text>`;
  }).join('');
  return `<svg class="chart" viewBox="0 0 ${width} ${h}" width="${width}" height="${h}" style="max-width:${width}px" role="img" aria-label="${esc(`${title}. ${words}`)}">${rows}</svg>`;
}

/** Vertical columns (one colour each), value above, label below. */
export function columns(title: string, cols: { label: string; value: number; color: string; hint?: string }[], opts: { width?: number; height?: number } = {}): string {
  const width = opts.width ?? 300;
  const height = opts.height ?? 150;
  const top = 18;
  const bottom = 22;
  const plotH = height - top - bottom;
  const max = Math.max(1, ...cols.map((c) => c.value));
  const slot = width / cols.length;
  const colW = Math.min(44, slot * 0.62);
  const words = cols.map((c) => `${c.label}: ${fmt(c.value)}`).join(', ');
  const body = cols.map((c, i) => {
    const hgt = c.value === 0 ? 0 : Math.max(2, (c.value / max) * plotH);
    const x = i * slot + (slot - colW) / 2;
    const y = top + plotH - hgt;
    const cx = (i * slot + slot / 2).toFixed(1);
    return `<rect x="${x.toFixed(1)}" y="${top}" width="${colW.toFixed(1)}" height="${plotH}" class="track"/>`
      + `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${colW.toFixed(1)}" height="${hgt.toFixed(1)}" fill="${c.color}"><title>${esc(`${c.hint ?? c.label}: ${fmt(c.value)}`)}</title></rect>`
      + `<text x="${cx}" y="${(y - 5).toFixed(1)}" text-anchor="middle" class="num">${fmt(c.value)}</text>`
      + `<text x="${cx}" y="${height - 5}" text-anchor="middle" class="lbl big">${esc(c.label)}</text>`;
  }).join('');
  return `<svg class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" style="max-width:${width}px" role="img" aria-label="${esc(`${title}. ${words}`)}">${body}</svg>`;
}

/** One full-width stacked bar with a legend under it (shares of a whole). */
export function share(title: string, segments: Segment[], opts: { width?: number } = {}): string {
  const width = opts.width ?? 440;
  const total = segments.reduce((n, s) => n + s.value, 0);
  const barH = 20;
  let x = 0;
  const words = segments.map((s) => `${fmt(s.value)} ${s.label}`).join(', ');
  const bars = total === 0
    ? `<rect x="0" y="0" width="${width}" height="${barH}" class="track"/>`
    : segments.filter((s) => s.value > 0).map((s) => {
      const w = (s.value / total) * width;
      const r = `<rect x="${x.toFixed(1)}" y="0" width="${w.toFixed(1)}" height="${barH}" fill="${s.color}"><title>${esc(`${fmt(s.value)} ${s.label}`)}</title></rect>`;
      x += w;
      return r;
    }).join('');
  let lx = 0;
  const legend = segments.map((s) => {
    const t = `${s.label} ${fmt(s.value)}`;
    const item = `<rect x="${lx}" y="${barH + 10}" width="10" height="10" fill="${s.color}"/><text x="${lx + 14}" y="${barH + 19}" class="lbl">${esc(t)}</text>`;
    lx += 22 + t.length * 6.4;
    return item;
  }).join('');
  return `<svg class="chart" viewBox="0 0 ${width} ${barH + 26}" width="${width}" height="${barH + 26}" style="max-width:${width}px" role="img" aria-label="${esc(`${title}. ${words}`)}">${bars}${legend}</svg>`;
}
