// SL Guard in CI, run the way CI runs it: the GitHub Action's steps (action.yml) with their inputs
// substituted, the pre-commit hook (.pre-commit-hooks.yaml) over the files pre-commit would pass, and the
// package installed from the tarball `npm pack` makes, offline, outside the repository.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { parse as parseYaml } from 'yaml';
import { CLI, EXAMPLES, ROOT } from '../repo';

const temps: string[] = [];
after(() => { for (const d of temps) fs.rmSync(d, { recursive: true, force: true }); });
function tmp(prefix: string): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), `slguard-${prefix}-`));
  temps.push(d);
  return d;
}

/** A repository of site exports: examples/ copied, plus a file the hook must not pass. */
function workspace(): string {
  const ws = tmp('ws');
  fs.cpSync(EXAMPLES, path.join(ws, 'examples'), { recursive: true });
  fs.writeFileSync(path.join(ws, 'notes.txt'), 'not an export\n');
  return ws;
}

/** The environment without npm's per-run variables (when the tests run under npm). */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^npm_/i.test(k)) env[k] = v;
  return { ...env, ...extra };
}

function cli(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

// --- the GitHub Action --------------------------------------------------------------------------------------

interface Step { name?: string; id?: string; if?: string; uses?: string; with?: Record<string, string>; run?: string; shell?: string; env?: Record<string, string>; 'working-directory'?: string }
interface Action { inputs: Record<string, { default?: string }>; outputs: Record<string, { value: string }>; runs: { using: string; steps: Step[] } }

const action = parseYaml(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as Action;

/**
 * Runs the composite action as the runner does: `${{ }}` expressions over `github.action_path`, `inputs.*` and
 * `steps.*.outputs.*`; `run:` steps with `bash --noprofile --norc -eo pipefail` in the workspace (or their
 * working-directory), their GITHUB_OUTPUT read back; `uses:` steps recorded with their inputs, not run.
 */
function runAction(given: Record<string, string>, ws: string) {
  const inputs: Record<string, string> = {};
  for (const [k, v] of Object.entries(action.inputs)) inputs[k] = given[k] ?? v.default ?? '';
  const steps: Record<string, { outputs: Record<string, string> }> = {};
  const value = (expr: string): unknown => {
    const js = expr
      .replace(/\bgithub\.action_path\b/g, JSON.stringify(ROOT))
      .replace(/\binputs\.([\w-]+)/g, (_, k: string) => JSON.stringify(inputs[k] ?? ''))
      .replace(/\bsteps\.([\w-]+)\.outputs\.([\w-]+)/g, (_, s: string, k: string) => JSON.stringify(steps[s]?.outputs[k] ?? ''))
      .replace(/==/g, '===').replace(/!=/g, '!==');
    assert.doesNotMatch(js, /\b(github|inputs|steps|env|runner)\./, `an expression this test cannot evaluate: ${expr}`);
    return new Function(`return (${js});`)();
  };
  const subst = (s: string) => s.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, e: string) => String(value(e)));
  let log = '';
  const uses: { uses: string; with: Record<string, string> }[] = [];
  for (const step of action.runs.steps) {
    if (step.if !== undefined && !value(step.if.replace(/^\$\{\{|\}\}$/g, ''))) continue;
    if (step.uses) {
      uses.push({ uses: step.uses, with: Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, subst(String(v))])) });
      continue;
    }
    assert.equal(step.shell, 'bash', `${step.name}: a composite run step names its shell`);
    const dir = tmp('step');
    const script = path.join(dir, 'step.sh');
    const output = path.join(dir, 'output');
    fs.writeFileSync(script, subst(step.run!));
    fs.writeFileSync(output, '');
    const env = cleanEnv({ GITHUB_OUTPUT: output, GITHUB_WORKSPACE: ws });
    for (const [k, v] of Object.entries(step.env ?? {})) env[k] = subst(String(v));
    const cwd = step['working-directory'] ? subst(step['working-directory']) : ws;
    const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], { cwd, env, encoding: 'utf8' });
    log += r.stdout + r.stderr;
    if (step.id) {
      steps[step.id] = { outputs: Object.fromEntries(fs.readFileSync(output, 'utf8').split('\n').filter(Boolean).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)])) };
    }
    if (r.status !== 0) return { failed: true, status: r.status, log, uses, steps };
  }
  const outputs = Object.fromEntries(Object.entries(action.outputs).map(([k, o]) => [k, subst(o.value)]));
  return { failed: false, status: 0, log, uses, steps, outputs };
}

test('action.yml is a composite action with the inputs the README names', () => {
  assert.equal(action.runs.using, 'composite');
  for (const k of ['path', 'format', 'fail-on', 'baseline', 'sarif-upload']) assert.ok(k in action.inputs, k);
  assert.equal(action.inputs['sarif-upload'].default, 'false');
  const upload = action.runs.steps.find((s) => s.uses);
  assert.match(upload?.uses ?? '', /^github\/codeql-action\/upload-sarif@v\d+$/);
  for (const s of action.runs.steps) {
    if (s.run) assert.doesNotMatch(s.run, /\$\{\{\s*inputs\./, `${s.name}: inputs reach scripts through env, not as script text`);
  }
});

test('the action with its defaults over examples/ prints the text report and fails on the errors', () => {
  const ws = workspace();
  const r = runAction({ path: 'examples' }, ws);
  assert.equal(r.failed, true);
  assert.equal(r.status, 1);
  assert.equal(r.log, cli(['check', 'examples'], ws).out, 'what the job log shows is the command line report');
  assert.deepEqual(r.uses, [], 'no upload unless asked');
  assert.equal(r.steps.check.outputs['exit-code'], '1');
});

test('the action writes and uploads SARIF when asked; fail-on none passes', () => {
  const ws = workspace();
  const r = runAction({ path: 'examples', format: 'json', 'fail-on': 'none', 'sarif-upload': 'true' }, ws);
  assert.equal(r.failed, false, r.log);
  assert.ok(Array.isArray(JSON.parse(r.log)), 'the log is the JSON report');
  assert.deepEqual(r.uses.map((u) => u.uses.split('@')[0]), ['github/codeql-action/upload-sarif']);
  assert.equal(r.uses[0].with.sarif_file, 'slguard.sarif');
  const log = JSON.parse(fs.readFileSync(path.join(ws, 'slguard.sarif'), 'utf8'));
  assert.equal(log.version, '2.1.0');
  assert.ok(log.runs[0].results.length > 10);
  assert.equal(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri.split('/')[0], 'examples', 'URIs relative to the repository root');
  assert.ok(log.runs[0].results.every((x: { partialFingerprints?: object }) => x.partialFingerprints));
  assert.deepEqual(r.outputs, { 'exit-code': '0', 'sarif-file': 'slguard.sarif' });
});

test('the action with a baseline fails only on new findings; SARIF says which', () => {
  const ws = workspace();
  assert.equal(cli(['check', 'examples', '--write-baseline', 'slguard-baseline.json'], ws).code, 0);
  const known = runAction({ path: 'examples', baseline: 'slguard-baseline.json', 'fail-on': 'warning', 'sarif-upload': 'true' }, ws);
  assert.equal(known.failed, false, known.log);
  assert.match(known.log, /^0 problems .* known/m);
  const site = path.join(ws, 'examples', 'dental-office-sl2100.slcfg');
  fs.writeFileSync(site, fs.readFileSync(site, 'utf8').replace('upnp = off', 'upnp = off\nforward tcp 18080 to 192.168.10.20'));
  const fresh = runAction({ path: 'examples', baseline: 'slguard-baseline.json', 'sarif-upload': 'true' }, ws);
  assert.equal(fresh.status, 1, fresh.log);
  assert.match(fresh.log, /^examples\/dental-office-sl2100\.slcfg:\d+:1: error SL201 /m);
  const states = JSON.parse(fs.readFileSync(path.join(ws, 'slguard.sarif'), 'utf8')).runs[0].results.map((x: { baselineState: string }) => x.baselineState);
  assert.ok(states.includes('new') && states.includes('unchanged'), states.join());
  assert.equal(fresh.uses.length, 1, 'uploaded although the check failed');
});

test('a bad baseline fails the action with exit 2 and uploads nothing', () => {
  const ws = workspace();
  fs.writeFileSync(path.join(ws, 'b.json'), '[]');
  const r = runAction({ path: 'examples', baseline: 'b.json', 'sarif-upload': 'true' }, ws);
  assert.equal(r.status, 2);
  assert.match(r.log, /slguard: b\.json: not a baseline/);
  assert.deepEqual(r.uses, []);
});

// --- the tarball, installed outside the repository ----------------------------------------------------------

let install: { prefix: string; bin: string; tarball: string } | null = null;

/**
 * `npm pack`, then `npm install -g` of the tarball into a fresh prefix, offline and with an empty cache: it
 * works only when the package needs nothing from a registry. `--ignore-scripts` on pack: dist/ is already
 * built (pretest), and the prepack build would rewrite dist/cli.js under the tests running beside this one.
 */
function installed() {
  if (install) return install;
  const dir = tmp('pack');
  const env = cleanEnv({ npm_config_cache: path.join(dir, 'cache'), npm_config_update_notifier: 'false' });
  const pack = spawnSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { cwd: ROOT, env, encoding: 'utf8' });
  assert.equal(pack.status, 0, pack.stderr);
  const tarball = path.join(dir, JSON.parse(pack.stdout)[0].filename);
  const prefix = path.join(dir, 'global');
  const r = spawnSync('npm', ['install', '-g', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', tarball], { cwd: dir, env, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  install = { prefix, bin: path.join(prefix, 'bin'), tarball };
  return install;
}

test('npm pack holds the bundled command line and language server, and no runtime dependency', () => {
  const { tarball } = installed();
  const list = spawnSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).stdout.trim().split('\n').sort();
  assert.deepEqual(list, ['package/LICENSE', 'package/README.md', 'package/dist/cli.js', 'package/dist/server.js', 'package/package.json']);
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  assert.equal(pkg.dependencies, undefined, 'the bundles are self-contained: dependencies would need a registry');
  assert.equal(pkg.bin.slguard, 'dist/cli.js');
});

test('the installed slguard checks examples/ outside the repository, as in the repository', () => {
  const { bin } = installed();
  const slguard = path.join(bin, 'slguard');
  const ws = workspace();
  const r = spawnSync(slguard, ['check', 'examples/'], { cwd: ws, encoding: 'utf8' });
  assert.equal(r.status, 1, r.stderr);
  const here = cli(['check', 'examples/'], ws);
  assert.equal(r.stdout, here.out);
  assert.match(r.stdout, /^examples\/exposed-site-sl2100\.slcfg:\d+:\d+: error SL202 /m);
  assert.match(r.stdout, /in 4 files, 1 suppressed\.\n$/);
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  assert.equal(spawnSync(slguard, ['--version'], { encoding: 'utf8' }).stdout.trim(), pkg.version);
  assert.ok(fs.existsSync(path.join(bin, 'slguard-language-server')));
});

// --- the pre-commit hook -------------------------------------------------------------------------------------

interface Hook { id: string; name: string; entry: string; language: string; files: string; args?: string[]; pass_filenames?: boolean }
const hooks = parseYaml(fs.readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];

/** The files of a repository that pre-commit --all-files would pass to a hook: `files` matched on the path. */
function filesFor(hook: Hook, ws: string): string[] {
  const all: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(path.join(ws, d), { withFileTypes: true })) {
      const rel = d ? `${d}/${e.name}` : e.name;
      if (e.isDirectory()) walk(rel); else all.push(rel);
    }
  };
  walk('');
  return all.filter((f) => new RegExp(hook.files).test(f)).sort();
}

/** pre-commit installs the package (npm pack + npm install -g) and runs `entry args... files...` at the root. */
function runHook(hook: Hook, ws: string, args: string[] = []) {
  const { bin } = installed();
  const [cmd, ...entryArgs] = hook.entry.split(/\s+/);
  return spawnSync(cmd, [...entryArgs, ...(hook.args ?? []), ...args, ...filesFor(hook, ws)], {
    cwd: ws, encoding: 'utf8', env: cleanEnv({ PATH: `${bin}${path.delimiter}${process.env.PATH}` }),
  });
}

test('.pre-commit-hooks.yaml: the slguard hook runs on the staged exports and fails on their errors', () => {
  assert.equal(hooks.length, 1);
  const hook = hooks[0];
  assert.deepEqual([hook.id, hook.language, hook.entry, hook.files], ['slguard', 'node', 'slguard check', '\\.slcfg$']);
  const ws = workspace();
  assert.deepEqual(filesFor(hook, ws), ['examples/corner-shop-sl1100.slcfg', 'examples/dental-office-sl2100.slcfg', 'examples/exposed-site-sl2100.slcfg', 'examples/small-hotel-sl2100.slcfg']);
  const r = runHook(hook, ws);
  assert.equal(r.status, 1, r.stderr);
  assert.equal(r.stdout, cli(['check', 'examples'], ws).out);
});

test('the hook with a baseline written at the repository root: known findings pass, a new one fails', () => {
  const hook = hooks[0];
  const ws = workspace();
  // No PATH: the current folder, whose paths are the ones pre-commit passes.
  assert.equal(cli(['check', '--write-baseline', 'slguard-baseline.json'], ws).code, 0);
  const ok = runHook(hook, ws, ['--baseline', 'slguard-baseline.json']);
  assert.equal(ok.status, 0, ok.stdout + ok.stderr);
  assert.match(ok.stdout, /^0 problems .* in 4 files, \d+ known, 1 suppressed\.$/m);
  const site = path.join(ws, 'examples', 'corner-shop-sl1100.slcfg');
  fs.writeFileSync(site, fs.readFileSync(site, 'utf8').replace('[router]\n', '[router]\ndmz = 192.168.1.200\n'));
  const bad = runHook(hook, ws, ['--baseline', 'slguard-baseline.json']);
  assert.equal(bad.status, 1);
  assert.match(bad.stdout, /^examples\/corner-shop-sl1100\.slcfg:\d+:1: error SL202 /m);
});
