import { describe, expect, it } from 'vitest';
import { multiplexerOf, transportsFor, type Env } from '../../../src/handover/clipboard/environment.js';

const DESKTOP: Env = { DISPLAY: ':0', TERM: 'xterm-256color' };
const HEADLESS: Env = { TERM: 'xterm-256color' };

const order = (env: Env, platform: NodeJS.Platform = 'linux', hasTerminal = true) => transportsFor({ env, platform, hasTerminal });

describe('the transport for each environment', () => {
  it.each([
    ['a Linux desktop', DESKTOP, 'linux', ['native', 'osc52']],
    ['a Wayland desktop', { WAYLAND_DISPLAY: 'wayland-0' }, 'linux', ['native', 'osc52']],
    ['WSL (clip.exe)', { WSL_DISTRO_NAME: 'Ubuntu' }, 'linux', ['native', 'osc52']],
    ['macOS', {}, 'darwin', ['native', 'osc52']],
    ['Windows', { WT_SESSION: 'x' }, 'win32', ['native', 'osc52']],
    ['a Linux console with no display', HEADLESS, 'linux', ['osc52']],
    ['SSH (SSH_TTY)', { ...DESKTOP, SSH_TTY: '/dev/pts/1' }, 'linux', ['osc52', 'native']],
    ['SSH (SSH_CONNECTION)', { SSH_CONNECTION: '10.0.0.2 50000 10.0.0.1 22' }, 'linux', ['osc52']],
    ['SSH to a Mac', { SSH_CLIENT: '10.0.0.2 50000 22' }, 'darwin', ['osc52', 'native']],
    ['tmux on a desktop', { ...DESKTOP, TMUX: '/tmp/tmux-1000/default,1,0' }, 'linux', ['osc52', 'native']],
    ['GNU screen on a Mac', { STY: '1234.pts-0.host' }, 'darwin', ['osc52', 'native']],
  ] as const)('%s', (_, env, platform, expected) => {
    expect(order(env, platform)).toEqual(expected);
  });

  it('never uses OSC 52 with TERM=dumb', () => {
    expect(order({ ...DESKTOP, TERM: 'dumb' })).toEqual(['native']);
    expect(order({ SSH_TTY: '/dev/pts/1', TERM: 'dumb' })).toEqual([]);
  });

  it('never uses OSC 52 without a terminal', () => {
    expect(order(DESKTOP, 'linux', false)).toEqual(['native']);
    expect(order({ TMUX: 'x' }, 'linux', false)).toEqual([]);
  });
});

describe('the multiplexer to wrap for', () => {
  it.each([
    [{ TMUX: '/tmp/tmux-1000/default,1,0' }, 'tmux'],
    [{ TERM: 'tmux-256color', SSH_TTY: '/dev/pts/2' }, 'tmux'],
    [{ STY: '1234.pts-0.host' }, 'screen'],
    [{ TMUX: 'x', STY: 'y' }, 'tmux'],
    [{ TERM: 'screen-256color' }, undefined],
    [{ TERM: 'xterm-256color' }, undefined],
  ] as const)('%o → %s', (env, expected) => {
    expect(multiplexerOf(env)).toBe(expected);
  });
});
