import type { Rule } from './rule';

export const SL207: Rule = {
  meta: { id: 'SL207', name: 'upnp-enabled', severity: 'warning', summary: 'UPnP is on (10-37-01 or the router), so devices can open ports to the internet by themselves.' },
  check(ctx) {
    const cell = ctx.config.get('10-37-01');
    if (cell.value === '1' && cell.write) {
      ctx.report({
        span: cell.write.entry.value.span,
        message: 'UPnP is on in the phone system (10-37-01): it can ask the router to open ports to the internet without anyone reviewing them. Set it to 0.',
        fix: { kind: 'set-program', address: '10-37-01', value: '0', line: cell.write.entry.line },
      });
    }
    const upnp = ctx.router.upnp;
    if (upnp?.on) {
      ctx.report({
        span: upnp.stmt.span,
        message: 'The router accepts UPnP: any device on the network can open ports to the internet without anyone reviewing them. Turn it off.',
        fix: { kind: 'set-router', key: 'upnp', value: 'off', line: upnp.stmt.line },
      });
    }
  },
};
