// The handover sheet as a PDF (pdfkit, standard fonts: nothing to embed or ship besides the bundle). The same
// content as the HTML page, laid out as a US Letter document a dealer hands over: title, site facts, the note
// for the customer, one table per kind of credential, signature lines, and a footer on every page.
import PDFDocument from 'pdfkit';
import type { CredentialTable, HandoverSheet } from '../core/handover';
import * as T from './text';

/** A value the PDF's standard fonts cannot print (WinAnsi); the HTML page can. Names the row, never the value. */
export class NotPrintableError extends Error {
  constructor(readonly where: string) {
    super(`a credential (${where}) holds characters that the PDF's standard fonts cannot print`);
  }
}

const INK = '#1b1f24';
const MUTED = '#5b6470';
const RULE = '#c9ced6';
const BAND = '#eef1f5';
const ACCENT = '#1f4e79';
const RED = '#a4262c';
const CARE_FILL = '#fbf7f2';

const SANS = 'Helvetica';
const BOLD = 'Helvetica-Bold';
const ITALIC = 'Helvetica-Oblique';
const MONO = 'Courier-Bold';

const MARGIN = 54;
const FOOTER = 30;
const PAD = 3.5;

/** Renders the sheet; resolves to the PDF's bytes (nothing is written anywhere). */
export function renderPdf(s: HandoverSheet, version: string): Promise<Buffer> {
  checkPrintable(s);
  const doc = new PDFDocument({
    size: 'LETTER',
    margins: { top: MARGIN, bottom: MARGIN + FOOTER, left: MARGIN, right: MARGIN },
    bufferPages: true,
    // Metadata holds no secret: the site name and what the document is.
    info: { Title: `${T.TITLE}: ${printable(s.siteName) || 'site'}`, Subject: T.SUBTITLE, Creator: `SL Guard ${version}` },
    lang: 'en-US',
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  new Layout(doc, s, version).draw();
  doc.end();
  return done;
}

class Layout {
  private readonly left = MARGIN;
  private readonly width: number;
  private y = MARGIN;

  constructor(private readonly doc: PDFKit.PDFDocument, private readonly s: HandoverSheet, private readonly version: string) {
    this.width = doc.page.width - 2 * MARGIN;
  }

  private get bottom(): number {
    return this.doc.page.height - MARGIN - FOOTER;
  }

  /** Starts a new page when `h` points do not fit on this one. */
  private room(h: number): void {
    if (this.y + h <= this.bottom) return;
    this.doc.addPage();
    this.y = MARGIN;
  }

  private text(str: string, x: number, y: number, opts: { font: string; size: number; color?: string; width?: number; align?: 'left' | 'right' | 'center' }): number {
    const d = this.doc;
    d.font(opts.font).fontSize(opts.size).fillColor(opts.color ?? INK);
    const o = { width: opts.width, align: opts.align, lineGap: 1.5 };
    d.text(str, x, y, o);
    return d.heightOfString(str, o);
  }

  private height(str: string, font: string, size: number, width: number): number {
    return this.doc.font(font).fontSize(size).heightOfString(str, { width, lineGap: 1.5 });
  }

  draw(): void {
    this.header();
    this.facts();
    this.paragraph(T.intro(this.s));
    this.care();
    for (const n of [T.previousNote(this.s), T.removedNote(this.s), T.unreadNote(this.s)]) if (n) this.paragraph(n, ITALIC, MUTED);
    for (const t of this.s.tables) if (t.rows.length > 0) this.table(t);
    const none = T.noneSet(this.s);
    if (none) { this.y += 4; this.paragraph(none, ITALIC, MUTED); }
    this.signatures();
    this.footers();
  }

  private header(): void {
    const d = this.doc;
    this.text(T.TITLE, this.left, this.y, { font: BOLD, size: 20, color: ACCENT });
    this.text(T.SUBTITLE, this.left, this.y + 26, { font: SANS, size: 10.5, color: MUTED });
    // The "Confidential" stamp, top right.
    const stamp = 'CONFIDENTIAL';
    d.font(BOLD).fontSize(9);
    const w = d.widthOfString(stamp) + 20;
    const x = this.left + this.width - w;
    d.lineWidth(1.2).strokeColor(RED).rect(x, this.y + 4, w, 18).stroke();
    this.text(stamp, x, this.y + 9, { font: BOLD, size: 9, color: RED, width: w, align: 'center' });
    this.y += 46;
    d.lineWidth(2.5).strokeColor(ACCENT).moveTo(this.left, this.y).lineTo(this.left + this.width, this.y).stroke();
    this.y += 10;
  }

  private facts(): void {
    const s = this.s;
    const pairs: [string, string][][] = [
      [['Site', printable(s.siteName) || '(no site name in the export)'], ['Date', T.isoDate(s.date)]],
      [['System', `NEC ${s.model}${s.software ? `, software ${printable(s.software)}` : ''}`], ['Export', printable(s.file)]],
    ];
    const half = this.width / 2;
    for (const row of pairs) {
      let h = 0;
      row.forEach(([k, v], i) => {
        const x = this.left + i * half;
        this.text(k, x, this.y, { font: SANS, size: 9.5, color: MUTED });
        h = Math.max(h, this.text(v, x + 48, this.y, { font: BOLD, size: 10.5, width: half - 56 }));
      });
      this.y += Math.max(h, 13) + 3;
    }
    this.y += 6;
  }

  private paragraph(str: string, font = SANS, color = INK): void {
    const h = this.height(str, font, 10, this.width);
    this.room(h);
    this.text(str, this.left, this.y, { font, size: 10, color, width: this.width });
    this.y += h + 8;
  }

  /** The note for the customer in a framed box with a red rule on the left. */
  private care(): void {
    const d = this.doc;
    const inner = this.width - 32;
    const items = T.CARE.map((c) => `${c.head} ${c.text}`);
    const hs = items.map((t) => this.height(t, SANS, 9.5, inner));
    const h = hs.reduce((a, b) => a + b + 4, 0) + 14;
    this.room(h);
    d.rect(this.left, this.y, this.width, h).fillAndStroke(CARE_FILL, RULE);
    d.rect(this.left, this.y, 4, h).fill(RED);
    let y = this.y + 8;
    T.CARE.forEach((c, i) => {
      d.circle(this.left + 16, y + 5, 1.8).fill(INK);
      d.font(BOLD).fontSize(9.5).fillColor(INK).text(`${c.head} `, this.left + 24, y, { width: inner, continued: true, lineGap: 1.5 });
      d.font(SANS).text(c.text, { width: inner, lineGap: 1.5 });
      y += hs[i] + 4;
    });
    this.y += h + 12;
  }

  private table(t: CredentialTable): void {
    const d = this.doc;
    const compare = this.s.previous !== undefined;
    const notes = t.rows.some((r) => r.notes.length > 0);
    const cols = [...t.columns.map((c) => ({ title: c.title, width: c.width, secret: !!c.secret })),
      ...(compare ? [{ title: 'Since earlier', width: 0.9, secret: false }] : []),
      ...(notes ? [{ title: 'Note', width: 1.7, secret: false }] : [])];
    const total = cols.reduce((a, c) => a + c.width, 0);
    const widths = cols.map((c) => (c.width / total) * this.width);
    const xs = widths.map((_, i) => this.left + widths.slice(0, i).reduce((a, b) => a + b, 0));

    const heading = () => {
      this.text(t.title, this.left, this.y, { font: BOLD, size: 12, color: ACCENT });
      d.font(BOLD).fontSize(12);
      const w = d.widthOfString(t.title);
      this.text(t.source, this.left + w + 8, this.y + 2.5, { font: SANS, size: 8.5, color: MUTED });
      this.y += 19;
    };
    const headRow = () => {
      const h = 17;
      d.rect(this.left, this.y, this.width, h).fill(BAND);
      cols.forEach((c, i) => this.text(c.title, xs[i] + PAD, this.y + 4.5, { font: BOLD, size: 8.5, width: widths[i] - 2 * PAD }));
      this.rule(this.y + h);
      this.y += h;
    };

    const cells = t.rows.map((r) => [
      ...t.columns.map((c, i) => cellStyle(r.values[i], !!c.secret, widths[i] - 2 * PAD, d)),
      ...(compare ? [{ text: r.change ? T.CHANGE_LABEL[r.change] : '', font: r.change === 'unchanged' ? SANS : BOLD, size: 9, color: r.change === 'unchanged' ? MUTED : RED }] : []),
      ...(notes ? [{ text: r.notes.join('; '), font: SANS, size: 8.5, color: MUTED }] : []),
    ]);
    const rowH = cells.map((row) => Math.max(...row.map((c, i) => this.height(c.text || ' ', c.font, c.size, widths[i] - 2 * PAD))) + 2 * PAD + 1);
    // The heading, the column titles and the first row stay together.
    this.room(19 + 17 + rowH[0]);
    heading();
    headRow();
    cells.forEach((row, r) => {
      if (this.y + rowH[r] > this.bottom) {
        d.addPage();
        this.y = MARGIN;
        this.text(`${t.title} (continued)`, this.left, this.y, { font: BOLD, size: 10, color: ACCENT });
        this.y += 16;
        headRow();
      }
      row.forEach((c, i) => {
        if (!c.text) return;
        const base = c.font === MONO ? this.y + PAD + 1 : this.y + PAD + 1.5;
        this.text(c.text, xs[i] + PAD, base, { font: c.font, size: c.size, color: c.color, width: widths[i] - 2 * PAD });
      });
      this.y += rowH[r];
      this.rule(this.y);
    });
    this.y += 14;
  }

  private rule(y: number): void {
    this.doc.lineWidth(0.6).strokeColor(RULE).moveTo(this.left, y).lineTo(this.left + this.width, y).stroke();
  }

  private signatures(): void {
    const d = this.doc;
    // The title line and three signature lines, kept together on one page.
    const h = 14 + 3 * 26 + 4;
    this.room(18 + h);
    this.y += 18;
    const gap = 36;
    const w = (this.width - gap) / 2;
    T.SIGNATURES.forEach((who, i) => {
      const x = this.left + i * (w + gap);
      let y = this.y;
      this.text(who, x, y, { font: BOLD, size: 10 });
      y += 14;
      for (const f of T.SIGNATURE_FIELDS) {
        y += 26;
        d.lineWidth(0.8).strokeColor(INK).moveTo(x, y).lineTo(x + w, y).stroke();
        this.text(f, x, y - 10.5, { font: SANS, size: 8, color: MUTED });
      }
    });
    this.y += h;
  }

  private footers(): void {
    const d = this.doc;
    const range = d.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      d.switchToPage(i);
      // Writing below the bottom margin would start a new page: lift the margin for the footer.
      const saved = d.page.margins.bottom;
      d.page.margins.bottom = 0;
      const y = d.page.height - MARGIN - 14;
      d.lineWidth(0.6).strokeColor(RULE).moveTo(this.left, y - 6).lineTo(this.left + this.width, y - 6).stroke();
      this.text(T.CONFIDENTIAL, this.left, y, { font: BOLD, size: 7.5, color: RED, width: this.width * 0.62 });
      this.text(`Page ${i - range.start + 1} of ${range.count}`, this.left, y, { font: SANS, size: 7.5, color: MUTED, width: this.width, align: 'right' });
      this.text(printable(T.footer(this.s, this.version)), this.left, y + 11, { font: SANS, size: 7.5, color: MUTED, width: this.width });
      d.page.margins.bottom = saved;
    }
  }
}

interface CellStyle {
  text: string;
  font: string;
  size: number;
  color: string;
}

/** A secret in bold Courier, shrunk (down to 7 pt) rather than broken over two lines; a blank cell says so. */
function cellStyle(value: string, secret: boolean, width: number, d: PDFKit.PDFDocument): CellStyle {
  if (value === '') return { text: T.BLANK, font: ITALIC, size: 9, color: MUTED };
  if (!secret) return { text: printable(value), font: SANS, size: 9.5, color: INK };
  let size = 10.5;
  d.font(MONO);
  while (size > 7 && d.fontSize(size).widthOfString(value) > width) size -= 0.5;
  return { text: value, font: MONO, size, color: INK };
}

/** Characters the standard fonts print as themselves: printable ASCII and Latin-1 (WinAnsi's core). */
const PRINTABLE = /^[\u0020-\u007e\u00a0-\u00ff]*$/;

function printable(s: string): string {
  return PRINTABLE.test(s) ? s : s.replace(/[^\u0020-\u007e\u00a0-\u00ff]/g, '?');
}

/** Every credential must print exactly as the phone system holds it; otherwise the PDF is refused. */
function checkPrintable(s: HandoverSheet): void {
  for (const t of s.tables) {
    for (const r of t.rows) {
      t.columns.forEach((c, i) => {
        if (c.secret && !/^[\u0020-\u007e]*$/.test(r.values[i])) throw new NotPrintableError(`${t.source} ${r.key}, ${c.title.toLowerCase()}`);
      });
    }
  }
}
