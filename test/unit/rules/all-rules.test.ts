// Every rule both ways on a hardened site that gives no finding: a case that fires (at the right line),
// cases that must not fire, and where the rule has one, the anchor for a cause that comes from defaults.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { RULES } from '../../../server/src/core/rules';
import { found, hardened, lineOf as lineOfText, lint, ofRule } from '../helpers';

type Extra = Parameters<typeof hardened>[0];
/** The 1-based line of the first line equal to `needle` in the text built from `extra`. */
const lineOf = (extra: Extra, needle: string): number => lineOfText(hardened(extra), needle);

interface Case { fires: [Extra, string][]; quiet: Extra[]; severity?: string }
const MODEL_LINE = 2;
const D = '__model__';

const CASES: Record<string, Case> = {
  SL101: { fires: [[{ programs: '90-02-02[2] = 12345678' }, '90-02-02[2] = 12345678'], [{ programs: '90-02-02[5] = 12345678\n90-02-03[5] = 2' }, '90-02-02[5] = 12345678']], quiet: [{ programs: '90-02-02[3] = 12345678' }], severity: 'error' },
  SL102: { fires: [[{ programs: '90-02-03[3] = 3' }, D], [{ programs: '90-02-02[6] = 1111\n90-02-03[6] = 5' }, '90-02-02[6] = 1111']], quiet: [{ programs: '90-02-02[6] = 1111' }, { programs: '90-02-02[2] = 0000\n90-02-03[2] = 2' }] },
  SL103: { fires: [[{ programs: '90-02-01[2] = TECH' }, '90-02-01[2] = TECH'], [{ programs: '90-02-03[4] = 4\n90-02-02[4] = 5#82*917' }, D]], quiet: [{ programs: '90-02-01[6] = tech' }] },
  SL104: { fires: [[{ programs: '90-02-02[2] = 87654321' }, '90-02-02[2] = 87654321'], [{ programs: '90-02-03[6] = 3' }, D]], quiet: [{ programs: '90-02-02[2] = 12345678' }, { programs: '90-02-02[2] = 48#13*90' }] },
  SL105: { fires: [[{ programs: '90-02-03[3] = 3\n90-02-02[3] = 7*4#9*1#' }, '90-02-02[3] = 7*4#9*1#']], quiet: [{ programs: '90-02-02[3] = 7*4#9*1#' }] },
  SL110: { fires: [[{ programs: '90-28-01[101-104] = 103' }, '90-28-01[101-104] = 103'], [{ programs: '90-28-01[101] = 999' }, '90-28-01[101] = 999']], quiet: [{ programs: '90-28-01[101] = 5*8#2' }] },
  SL111: { fires: [[{ programs: '90-28-01[150] = 5*8#2' }, '90-28-01[150] = 5*8#2']], quiet: [{ programs: '90-28-01[101] = 5*8#2' }] },
  SL201: { fires: [[{ router: 'forward tcp 80 to 192.168.1.20' }, 'forward tcp 80 to 192.168.1.20'], [{ router: 'forward tcp 5900-6000 to 192.168.1.20 from any' }, 'forward tcp 5900-6000 to 192.168.1.20 from any']], quiet: [{ router: 'forward tcp 80 to 192.168.1.20 from 203.0.113.9' }, { router: 'forward tcp 80 to 192.168.1.99' }, { programs: '90-54-01 = 18080', router: 'forward tcp 80 to 192.168.1.20:80' }], severity: 'error' },
  SL202: { fires: [[{ router: 'dmz = 192.168.1.20' }, 'dmz = 192.168.1.20']], quiet: [{ router: 'dmz = off' }], severity: 'error' },
  SL203: { fires: [[{ router: 'forward tcp 8000 to 192.168.1.20 from 203.0.113.9' }, 'forward tcp 8000 to 192.168.1.20 from 203.0.113.9']], quiet: [{ programs: '90-54-02 = 18000', router: 'forward tcp 18000 to 192.168.1.20 from 203.0.113.9' }] },
  SL204: { fires: [[{ router: 'forward tcp 3389 to 192.168.1.20 from 203.0.113.9' }, 'forward tcp 3389 to 192.168.1.20 from 203.0.113.9']], quiet: [{ router: 'forward udp 5060 to 192.168.1.20 from 203.0.113.9' }, { router: 'forward tcp 3389 to 192.168.1.30' }] },
  SL205: { fires: [[{ router: 'forward udp 5070-5080 to 192.168.1.20 from 0.0.0.0/0' }, 'forward udp 5070-5080 to 192.168.1.20 from 0.0.0.0/0']], quiet: [{ router: 'forward udp 5060 to 192.168.1.20 from 203.0.113.9' }], severity: 'information' },
  SL206: { fires: [[{ programs: '10-12-01 = 203.0.113.20' }, '10-12-01 = 203.0.113.20']], quiet: [{ programs: '10-12-01 = 172.16.4.4' }], severity: 'error' },
  SL207: { fires: [[{ programs: '10-37-01 = 1' }, '10-37-01 = 1'], [{ router: 'upnp = ON' }, 'upnp = ON']], quiet: [{ programs: '10-37-01 = 0', router: 'upnp = off' }] },
  SL208: { fires: [[{ router: 'forward udp 5080 to 192.168.1.20' }, D], [{ programs: '10-46-01 = 0', router: 'dmz = 192.168.1.20' }, '10-46-01 = 0']], quiet: [{ programs: '10-46-01 = 1', router: 'forward udp 5080 to 192.168.1.20' }, { router: 'forward udp 5080 to 192.168.1.20 from 203.0.113.9' }], severity: 'error' },
  SL209: { fires: [[{ programs: '10-46-01 = 1\n15-05-27[101] = 3\n84-22-01[3] = alice\n84-22-02[3] = alice' }, '84-22-02[3] = alice'], [{ programs: '10-46-01 = 2\n15-05-27[101-104] = 4' }, '15-05-27[101-104] = 4']], quiet: [{ programs: '10-46-01 = 1\n15-05-27[101] = 3\n84-22-01[3] = alice\n84-22-02[3] = Xy7#pq92' }, { programs: '15-05-27[101] = 4' }] },
  SL301: { fires: [[{ programs: '21-04-01[102, 5] = 2' }, '21-04-01[102, 5] = 2']], quiet: [{ programs: '21-04-01[500, 5] = 2' }, { programs: '21-04-01[102, 5] = 5\n21-05-08[5] = 1\n21-06-07[1, 3] = @' }] },
  SL302: { fires: [[{ programs: '21-04-01[213-228, 1] = 2' }, '21-04-01[213-228, 1] = 2']], quiet: [{ site: 'voicemail-ports = 101' }], severity: 'error' },
  SL303: { fires: [[{ programs: '25-08-01[3] = 480613' }, '25-08-01[3] = 480613'], [{ programs: '25-08-01[3] = 480613\n25-11-01[3, *] = 4' }, '25-11-01[3, *] = 4']], quiet: [{ programs: '25-08-01[3] = 480613\n25-11-01[3, *] = 3' }, { programs: '25-11-01[3, *] = 4' }], severity: 'error' },
  SL304: { fires: [[{ programs: '20-11-12[4] = 1' }, '20-11-12[4] = 1'], [{ programs: '14-01-13[1-8] = 1' }, '14-01-13[1-8] = 1']], quiet: [{ programs: '20-11-12[4] = 0' }], severity: 'information' },
  SL305: { fires: [[{ programs: '25-08-01[3] = 2580\n25-11-01[3, *] = 3' }, '25-08-01[3] = 2580'], [{ programs: '25-08-01[3] = 654321\n25-11-01[3, *] = 3' }, '25-08-01[3] = 654321']], quiet: [{ programs: '25-08-01[3] = 480613\n25-11-01[3, *] = 3' }] },
  SL401: { fires: [[{ site: 'extensions-in-use = 101-105', programs: '47-02-01[5] = 1', tail: '[mailbox 105]\ncode = none' }, '[mailbox 105]'], [{ site: 'extensions-in-use = 101-104, 105', programs: '47-02-01[5] = 1' }, D]], quiet: [{ programs: '47-02-01[5] = 1' }] },
  SL402: { fires: [[{ programs: '47-02-01[10] = 1' }, '47-02-01[10] = 1'], [{ programs: '47-02-01[5-64] = 1' }, '47-02-01[5-64] = 1']], quiet: [{ programs: '47-02-01[10] = 2' }] },
  SL403: { fires: [[{ tail: '[mailbox 102]\nfind-me = 9-011-44-20-7946-0958' }, 'find-me = 9-011-44-20-7946-0958']], quiet: [{ tail: '[mailbox 102]\nnotify = 9 1 555 867 5309' }], severity: 'error' },
  SL404: { fires: [[{ tail: '[mailbox 103]\ncode = 103' }, 'code = 103'], [{ tail: '[mailbox 103]\ncode = 3456' }, 'code = 3456']], quiet: [{ tail: '[mailbox 103]\ncode = 602714' }] },
  SL405: { fires: [[{ tail: '[mailbox 104]\ncode = none\nnotify = 9 555 0100' }, 'notify = 9 555 0100']], quiet: [{ tail: '[mailbox 104]\nnotify = 9 555 0100' }], severity: 'error' },
};

test('the hardened baseline gives no finding at all', () => {
  assert.deepEqual(found(hardened()), []);
});

test('every rule module has cases here', () => {
  assert.deepEqual(RULES.map((r) => r.meta.id).filter((id) => !CASES[id]), []);
});

for (const [rule, c] of Object.entries(CASES)) {
  describe(rule, () => {
    c.fires.forEach(([extra, needle], i) => {
      test(`fires (${i + 1}) ${needle === D ? 'from defaults, at the model line' : `at \`${needle}\``}`, () => {
        const line = needle === D ? MODEL_LINE : lineOf(extra, needle);
        const got = found(hardened(extra)).filter((s) => s.startsWith(rule));
        assert.deepEqual(got, [`${rule}@${line}`]);
        const [f] = ofRule(rule, hardened(extra));
        if (c.severity) assert.equal(f.severity, c.severity);
        if (needle === D) assert.ok((f.related ?? []).length > 0, 'a finding from defaults lists what it affects');
      });
    });
    c.quiet.forEach((extra, i) => {
      test(`does not fire (${i + 1})`, () => {
        assert.deepEqual(found(hardened(extra)).filter((s) => s.startsWith(rule)), []);
      });
    });
  });
}

test('SL104 is held back where SL101 or SL102 hold, even when those rules are off', () => {
  const src = hardened({ programs: '90-02-02[2] = 12345678' });
  assert.deepEqual(found(src, { severities: { SL101: 'off' } }).filter((s) => s.startsWith('SL104')), []);
});

test('SL110 is an error when WebPro is exposed, and an override replaces both severities', () => {
  const src = hardened({ programs: '90-28-01[101] = 999', router: 'forward tcp 80 to 192.168.1.20' });
  assert.equal(ofRule('SL110', src)[0].severity, 'error');
  assert.equal(ofRule('SL110', src, { severities: { SL110: 'hint' } })[0].severity, 'hint');
});

test('SL301 and SL302 never report the same extension; voicemail ports go to SL302', () => {
  const src = hardened({ site: 'voicemail-ports = 104', programs: '21-04-01[101-104, *] = 2' });
  const f = lint(src);
  assert.match(f.find((x) => x.rule === 'SL301')!.message, /101-103/);
  assert.match(f.find((x) => x.rule === 'SL302')!.message, /104/);
});

test('quick-fix data is attached where RULES.md names a fix', () => {
  const fix = (rule: string, extra: Extra) => ofRule(rule, hardened(extra))[0].fix?.kind;
  assert.equal(fix('SL201', { router: 'forward tcp 80 to 192.168.1.20' }), 'delete-line');
  assert.equal(fix('SL203', { router: 'forward tcp 8000 to 192.168.1.20 from 203.0.113.9' }), 'move-port');
  assert.equal(fix('SL208', { router: 'forward udp 5080 to 192.168.1.20' }), 'set-program');
  assert.equal(fix('SL301', { programs: '21-04-01[102, 5] = 2' }), 'restrict-class');
  assert.equal(fix('SL401', { site: 'extensions-in-use = 101-105', programs: '47-02-01[5] = 1' }), 'mailbox-code');
  assert.equal(fix('SL101', { programs: '90-02-02[2] = 12345678' }), 'generate-credential');
});

test('SL301 from defaults: one finding at the model line listing the extensions left at the default class', () => {
  const f = ofRule('SL301', '[site]\nmodel = SL2100\nextensions-in-use = 101-110, 120\n');
  assert.equal(f.length, 1);
  assert.equal(f[0].span.line, 1);
  assert.match(f[0].message, /101-110, 120/);
  assert.deepEqual(f[0].related?.map((r) => r.message), ['extensions 101-110', 'extension 120']);
});
