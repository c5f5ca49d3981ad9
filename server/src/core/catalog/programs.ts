// The NEC program catalog: data only, transcribed from shared/spec/NEC-PROGRAMS.md.
// Programs not listed here are accepted without any finding (a real export holds hundreds of them).

import { DIM, type ProgramDef } from './schema';

const OFF_ON = { '0': 'off', '1': 'on' };
const SL2100_PM = 'SL2100 Programming Manual issue 2.0';
const SL1100_PM = 'SL1100 Programming Manual issue 6.0';

export const PROGRAMS: ProgramDef[] = [
  {
    program: '10-12', name: 'CPU network setup', dims: [], mark: 'assumed',
    source: 'SL2100 Networking Manual p.74; SL1100 Networking Manual p.103',
    items: [
      { item: '01', name: 'IP address', value: { kind: 'ipv4' }, default: '192.168.0.10', mark: 'assumed' },
      { item: '02', name: 'subnet mask', value: { kind: 'ipv4' }, default: '255.255.255.0', mark: 'assumed' },
      { item: '03', name: 'default gateway', value: { kind: 'ipv4' }, orBlank: true, default: '', mark: 'assumed' },
      { item: '06', name: 'NAPT router', value: { kind: 'enum', values: OFF_ON }, default: '0', mark: 'manual' },
      { item: '07', name: 'NAPT router (WAN) address', value: { kind: 'ipv4' }, orBlank: true, default: '', mark: 'manual' },
    ],
  },
  {
    program: '10-36', name: 'SIP trunk registration', dims: [DIM.register], mark: 'manual',
    source: 'SL2100 Networking Manual (lengths assumed)',
    items: [
      { item: '02', name: 'user id', value: { kind: 'text', max: 64 }, default: '', mark: 'assumed' },
      { item: '03', name: 'authentication id', value: { kind: 'text', max: 64 }, default: '', mark: 'assumed' },
      { item: '04', name: 'authentication password', value: { kind: 'text', max: 64 }, secret: true, default: '', mark: 'assumed' },
    ],
  },
  {
    program: '10-37', name: 'UPnP setup', dims: [], mark: 'manual', source: 'SL2100 Networking Manual (default assumed)',
    items: [{ item: '01', name: 'UPnP mode', value: { kind: 'enum', values: OFF_ON }, default: '0', mark: 'assumed' }],
  },
  {
    program: '10-46', name: 'SIP multiline phone server information', dims: [], mark: 'manual',
    source: 'SL2100 Networking Manual p.143 (SL1100: family)',
    items: [{
      item: '01', name: 'register mode',
      value: { kind: 'enum', values: { '0': 'Plug and Play (no authentication)', '1': 'Automatic (login)', '2': 'Manual (login)' } },
      default: '0', mark: 'manual', note: 'SL1100: read in a sibling manual (family).',
    }],
  },
  {
    program: '14-01', name: 'basic trunk data', dims: [DIM.trunk], mark: 'family', source: 'SV9100 / SL1000 Programming Manuals',
    items: [{ item: '13', name: 'trunk-to-trunk transfer', value: { kind: 'enum', values: OFF_ON }, default: '0', mark: 'family' }],
  },
  {
    program: '15-05', name: 'IP telephone terminal basic data', dims: [DIM.extension], mark: 'manual', source: `${SL2100_PM}`,
    items: [{ item: '27', name: 'personal ID index', value: { kind: 'int', min: 0, max: 128 }, default: '0', mark: 'manual', note: '0 = no login record (84-22).' }],
  },
  {
    program: '20-06', name: 'class of service for extensions', dims: [DIM.extension, DIM.mode], mark: 'manual', source: `${SL2100_PM} p.212`,
    items: [{ item: '01', name: 'class of service', value: { kind: 'int', min: 1, max: 15 }, default: { pieces: [{ at: ['101', '*'], value: '15' }], else: '1' }, mark: 'manual' }],
  },
  {
    program: '20-11', name: 'class of service options (transfer)', dims: [DIM.class], mark: 'family', source: 'SV9100 / SL1000 Programming Manuals',
    items: [
      { item: '12', name: 'call forward off-premise', value: { kind: 'enum', values: OFF_ON }, default: '0', mark: 'family' },
      { item: '14', name: 'trunk-to-trunk transfer restriction', value: { kind: 'enum', values: { '0': 'no restriction', '1': 'restrict' } }, default: '0', mark: 'family' },
    ],
  },
  {
    program: '20-14', name: 'class of service options for DISA', dims: [DIM.class], mark: 'manual', source: `${SL2100_PM} p.228`,
    items: [
      { item: '02', name: 'trunk group routing (dial 9)', value: { kind: 'enum', values: OFF_ON }, default: { SL2100: '1', SL1100: '0' }, mark: 'manual' },
      { item: '03', name: 'trunk group access', value: { kind: 'enum', values: OFF_ON }, default: { SL2100: '1', SL1100: '0' }, mark: 'manual' },
    ],
  },
  {
    program: '21-04', name: 'toll restriction class for extensions', dims: [DIM.extension, DIM.mode], mark: 'manual', source: `${SL2100_PM} p.285`,
    items: [{ item: '01', name: 'toll restriction class', value: { kind: 'int', min: 1, max: 15 }, default: '2', mark: 'manual' }],
  },
  {
    program: '21-05', name: 'toll restriction class definitions', dims: [DIM.class], mark: 'manual',
    source: `${SL1100_PM} p.252 (SL2100 assumed the same)`,
    items: [
      { item: '01', name: 'international call restriction table', value: { kind: 'enum', values: { '0': 'not applied', '1': 'apply 21-06-01' } }, default: '0', mark: 'assumed', note: 'Out of the box no class restricts international calls.' },
      { item: '02', name: 'international call permit code table', value: { kind: 'enum', values: { '0': 'not applied', '1': 'apply 21-06-02' } }, default: '0', mark: 'manual' },
      { item: '04', name: 'maximum number of digits table', value: { kind: 'int', min: 0, max: 4 }, default: '0', mark: 'manual' },
      { item: '05', name: 'common permit code table', value: { kind: 'enum', values: { '0': 'not applied', '1': 'apply 21-06-04' } }, default: '0', mark: 'manual' },
      { item: '06', name: 'common restriction table', value: { kind: 'enum', values: { '0': 'not applied', '1': 'apply 21-06-05' } }, default: { pieces: [{ at: ['2-5'], value: '1' }], else: '0' }, mark: 'manual' },
      { item: '07', name: 'permit code table', value: { kind: 'int', min: 0, max: 4 }, default: { pieces: [{ at: ['3'], value: '1' }, { at: ['4'], value: '2' }, { at: ['5'], value: '3' }], else: '0' }, mark: 'manual', note: '0 = none; 1-4 = table of 21-06-06.' },
      { item: '08', name: 'restriction code table', value: { kind: 'int', min: 0, max: 4 }, default: '0', mark: 'manual', note: '0 = none; 1-4 = table of 21-06-07.' },
    ],
  },
  {
    program: '21-06', name: 'toll restriction tables', dims: [DIM.entry(10)], mark: 'family',
    source: 'SV9100 Programming Manual p.379 (structure); SL1100 defaults',
    items: [
      { item: '01', name: 'international call restriction table', value: { kind: 'dial', max: 4 }, default: '', mark: 'family' },
      { item: '02', name: 'international call permit codes', dims: [DIM.entry(20)], value: { kind: 'dial', max: 6 }, default: '', mark: 'family' },
      { item: '03', name: 'maximum number of digits', dims: [DIM.table], value: { kind: 'int', min: 4, max: 30 }, default: '30', mark: 'family' },
      { item: '04', name: 'common permit codes', value: { kind: 'dial', max: 4 }, default: '', mark: 'family' },
      { item: '05', name: 'common restriction codes', value: { kind: 'dial', max: 12 }, default: { pieces: [{ at: ['1'], value: '900' }, { at: ['2'], value: '1900' }, { at: ['3'], value: '976' }], else: '' }, mark: 'family' },
      { item: '06', name: 'permit code table', dims: [DIM.table, DIM.entry(200)], value: { kind: 'dial', max: 12 }, default: '', mark: 'family' },
      { item: '07', name: 'restriction code table', dims: [DIM.table, DIM.entry(60)], value: { kind: 'dial', max: 12, wildcard: true }, default: '', mark: 'family', note: '`@` = everything not permitted.' },
    ],
  },
  {
    program: '21-21', name: 'toll restriction class for trunks', dims: [DIM.trunk, DIM.mode], mark: 'manual', source: `${SL2100_PM} p.303`,
    items: [{ item: '01', name: 'toll restriction class', value: { kind: 'int', min: 1, max: 15 }, default: '1', mark: 'manual', note: "The higher of the extension's and the trunk's class applies to a call." }],
  },
  {
    program: '25-08', name: 'DISA user password', dims: [DIM.disaUser], mark: 'manual', source: 'SL2100 Programming Manual (items assumed)',
    items: [{ item: '01', name: 'password', value: { kind: 'digits', max: 6 }, secret: true, default: '', mark: 'assumed', note: 'Blank: the DISA user does not exist.' }],
  },
  {
    program: '25-09', name: 'class of service for DISA users', dims: [DIM.disaUser, DIM.mode], mark: 'manual', source: `${SL2100_PM} p.354`,
    items: [{ item: '01', name: 'class of service', value: { kind: 'int', min: 1, max: 15 }, default: '1', mark: 'manual' }],
  },
  {
    program: '25-11', name: 'DISA toll restriction class', dims: [DIM.disaUser, DIM.mode], mark: 'manual', source: `${SL1100_PM} p.322`,
    items: [{ item: '01', name: 'toll restriction class', value: { kind: 'int', min: 1, max: 15 }, default: '2', mark: 'manual' }],
  },
  {
    program: '47-02', name: 'InMail station mailbox options', dims: [DIM.slot], mark: 'manual', source: `${SL2100_PM} p.471`,
    items: [
      { item: '01', name: 'mailbox type', value: { kind: 'enum', values: { '0': 'none', '1': 'personal', '2': 'group' } }, default: { pieces: [{ at: ['1-64'], value: '1' }], else: '0' }, mark: 'manual' },
      { item: '02', name: 'mailbox number', value: { kind: 'digits', max: 8 }, default: { pieces: [{ at: ['1-64'], value: { plusIndex: 100 } }], else: '' }, mark: 'manual' },
      { item: '03', name: 'number of messages', value: { kind: 'int', min: 0, max: 99 }, default: { pieces: [{ at: ['1'], value: '99' }], else: '20' }, mark: 'family' },
      { item: '04', name: 'message playback order', value: { kind: 'enum', values: { '0': 'FIFO', '1': 'LIFO' } }, default: '0', mark: 'manual' },
    ],
  },
  {
    program: '84-22', name: 'SIP multiline logon information', dims: [DIM.login], mark: 'manual', source: 'SL2100 Networking Manual p.143',
    items: [
      { item: '01', name: 'user id', value: { kind: 'text', max: 32 }, default: '', mark: 'manual' },
      { item: '02', name: 'password', value: { kind: 'text', max: 16 }, secret: true, default: '', mark: 'manual' },
      { item: '04', name: 'log off', value: { kind: 'enum', values: { '0': 'disabled', '1': 'enabled' } }, default: '1', mark: 'manual' },
    ],
  },
  {
    program: '90-02', name: 'programming password setup', dims: [DIM.user], mark: 'manual',
    source: `${SL2100_PM} p.596; ${SL1100_PM} p.553`,
    items: [
      {
        item: '01', name: 'user name', value: { kind: 'text', max: 10 }, mark: 'manual',
        default: {
          SL2100: { pieces: [{ at: ['2'], value: 'tech' }, { at: ['3'], value: 'ADMIN1' }, { at: ['4'], value: 'ADMIN2' }], else: '' },
          SL1100: { pieces: [{ at: ['1'], value: 'necam' }, { at: ['2'], value: 'sltech' }, { at: ['3'], value: 'ADMIN1' }, { at: ['4'], value: 'ADMIN2' }], else: '' },
        },
        note: 'User 1 is the manufacturer account and is not reviewed.',
      },
      {
        item: '02', name: 'password', value: { kind: 'dial', max: 8 }, secret: true, mark: 'manual',
        default: { pieces: [{ at: ['2'], value: '12345678' }, { at: ['3'], value: '0000' }, { at: ['4'], value: '9999' }], else: '' },
        note: 'There is no back door: record every new password.',
      },
      {
        item: '03', name: 'level',
        value: { kind: 'enum', values: { '0': 'prohibited', '1': 'MF (manufacturer, user 1 only)', '2': 'IN (installer)', '3': 'SA', '4': 'SB', '5': 'UA' } },
        mark: 'manual',
        default: {
          SL2100: { pieces: [{ at: ['2'], value: '2' }, { at: ['3'], value: '3' }, { at: ['4'], value: '4' }], else: '0' },
          SL1100: { pieces: [{ at: ['1'], value: '1' }, { at: ['2'], value: '2' }, { at: ['3'], value: '3' }, { at: ['4'], value: '4' }], else: '0' },
        },
      },
    ],
  },
  {
    program: '90-28', name: 'User Pro password per extension', dims: [DIM.extension], mark: 'assumed', source: 'dealer security guidance',
    items: [{ item: '01', name: 'password', value: { kind: 'dial', max: 8 }, secret: true, default: '', mark: 'assumed', note: 'Blank: no User Pro login for that extension.' }],
  },
  {
    program: '90-54', name: 'WebPro and PCPro ports', dims: [], mark: 'assumed', source: 'dealer security guidance',
    items: [
      { item: '01', name: 'WebPro port', value: { kind: 'port' }, default: '80', mark: 'assumed' },
      { item: '02', name: 'PCPro port', value: { kind: 'port' }, default: '8000', mark: 'assumed', note: 'The DIMM port 5963 has no program.' },
    ],
  },
];
