// Deterministic, realistic site exports for benchmarks: a seeded mix of every program kind in the catalog,
// the hundreds of other programs a real export holds, router rules and mailboxes, with problems sprinkled in.

/** mulberry32: a small seeded PRNG, so every run measures the same files. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateExport(lines: number, seed = 1): string {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const ext = () => int(100, 399);
  const out: string[] = [
    `; generated benchmark export, ${lines} lines, seed ${seed}`,
    '[site]', `name = Bench Site ${seed}`, `model = ${r() < 0.7 ? 'SL2100' : 'SL1100'}`,
    'extensions-in-use = 100-9099', 'international-prefix = 011, 00', '', '[programs]',
    '10-12-01 = 192.168.1.20', '21-04-01[1-99999999, *] = 3', '21-05-01[3] = 1', '21-06-01[1] = 011', '21-06-01[2] = 00',
  ];
  const routerLines = Math.max(3, Math.floor(lines * 0.01));
  const mailboxLines = Math.min(128 * 3, Math.floor(lines * 0.02));
  const programLines = lines - out.length - routerLines - mailboxLines - 2;
  // A full export lists each program cell once, program by program, index by index: emit runs of consecutive
  // cells of one program (extension-, class-, slot- and trunk-indexed ones, known to the catalog or not), with
  // a few problems sprinkled in.
  // `round` counts how often a program of unknown items was used up: it then moves on to the next item number.
  type Gen = { next: (i: number, round: number) => string; size: number; known?: boolean };
  const item = (round: number) => String((round % 99) + 1).padStart(2, '0');
  const extProgram = (fmt: (e: number) => string): Gen => ({ next: (i) => fmt(100 + i), size: 9000, known: true });
  const gens: Gen[] = [
    { next: (i) => `21-04-01[${100 + (i >> 3)}, ${(i % 8) + 1}] = ${r() < 0.01 ? '2' : '3'}`, size: 72000, known: true },
    { next: (i) => `20-06-01[${100 + (i >> 3)}, ${(i % 8) + 1}] = ${int(1, 15)}`, size: 72000, known: true },
    extProgram((e) => `15-05-27[${e}] = ${pick(['0', '0', '0', String(int(1, 128))])}`),
    extProgram((e) => `90-28-01[${e}] = ${pick(['', '', '7#41*92', '5*8#2'])}`),
    { next: (i) => `84-22-01[${(i % 128) + 1}] = user${i % 128}`, size: 128, known: true },
    { next: (i) => `84-22-02[${(i % 128) + 1}] = ${pick(['Xy7#pq92', 'S3cure!pw', ''])}`, size: 128, known: true },
    { next: (i) => `47-02-03[${(i % 128) + 1}] = ${int(0, 99)}`, size: 128, known: true },
    { next: (i) => `21-06-07[${(i % 4) + 1}, ${((i >> 2) % 60) + 1}] = ${pick(['', '', '1900', '976'])}`, size: 240, known: true },
    { next: (i) => `25-09-01[${(i % 15) + 1}, ${((i >> 4) % 8) + 1}] = ${int(1, 15)}`, size: 120, known: true },
    // programs the catalog does not know (accepted as they are): most of a real export
    { next: (i, r) => `11-02-${item(r)}[${100 + i}] = ${100 + i}`, size: 9000 },
    { next: (i, r) => `15-01-${item(r)}[${100 + i}] = Ext ${100 + i}`, size: 9000 },
    { next: (i, r) => `15-07-${item(r)}[${100 + (i >> 4)}, ${(i % 16) + 1}] = ${int(0, 999)}`, size: 16 * 9000 },
    { next: (i, r) => `22-02-${item(r)}[${(i % 128) + 1}, ${((i >> 7) % 8) + 1}] = ${int(0, 9)}`, size: 1024 },
    { next: (i, r) => `14-${item(r + 1)}-0${(i % 9) + 1}[${((i / 9) | 0) % 128 + 1}] = ${int(0, 5)}`, size: 1152 },
    { next: (i, r) => `34-07-${item(r)}[${(i % 999) + 1}] = ${int(0, 99)}`, size: 999 },
  ];
  const used = new Map<Gen, number>();
  const rounds = new Map<Gen, number>();
  const pool = [...gens];
  for (let i = 0; i < programLines;) {
    const g = pick(pool);
    const start = used.get(g) ?? 0;
    const run = Math.min(int(20, 400), g.size - start, programLines - i);
    if (run <= 0) {
      // used up: a catalog program is complete; another program takes the place of an unknown one
      if (g.known) pool.splice(pool.indexOf(g), 1);
      else { used.set(g, 0); rounds.set(g, (rounds.get(g) ?? 0) + 1); }
      continue;
    }
    const round = rounds.get(g) ?? 0;
    for (let k = 0; k < run; k++) out.push(g.next(start + k, round));
    used.set(g, start + run);
    i += run;
    // problems, rarely: a bad mode index, a value the item does not accept
    if (r() < 0.02) { out.push(`21-04-01[${ext()}, 9] = 2`); i++; }
    if (r() < 0.01) { out.push('90-54-01 = http'); i++; }
  }
  out.push('', '[router]');
  for (let i = 0; i < routerLines; i++) {
    out.push(pick([
      `forward udp 5060 to 192.168.1.20 from 203.0.113.${int(1, 254)}`,
      `forward tcp ${int(10000, 60000)} to 192.168.1.${int(21, 99)}`,
      'forward udp 5060 to 192.168.1.20',
      `forward tcp 8000 to 192.168.1.20 from 198.51.100.${int(1, 254)}`,
    ]));
  }
  for (let m = 100; out.length < lines; m++) {
    out.push(`[mailbox ${m}]`, `code = ${pick(['4821', '1111', '602714', 'none'])}`);
    if (out.length < lines) out.push(`notify = 9 ${pick(['1 555 867 5309', '011 44 20 7946', '555 0100'])}`);
  }
  return out.slice(0, lines).join('\n') + '\n';
}
