import { describe, expect, it } from 'vitest';
import { generateScript } from '../../core/scripts/generate';
import { lbView } from '../../core/topology/design';
import { DEFAULT_TOPOLOGY } from '../../store/defaultTopology';
import { displayText } from './display';

const DEFAULT_VIEW = lbView(DEFAULT_TOPOLOGY, 0);

describe('displayText', () => {
  it('shows a .cmd script with LF line ends and leaves LF scripts alone', () => {
    const cmd = generateScript(DEFAULT_VIEW, 'VM1', { flavor: 'windows-netsh' }).text;
    expect(cmd).toContain('\r\n');
    expect(displayText(cmd)).not.toContain('\r');
    expect(displayText(cmd).split('\n')).toHaveLength(cmd.split('\r\n').length);
    const sh = generateScript(DEFAULT_VIEW, 'VM2', { flavor: 'ubuntu' }).text;
    expect(displayText(sh)).toBe(sh);
  });
});
