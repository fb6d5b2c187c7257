import { describe, expect, it } from 'vitest';
import { generateScript } from '../../core/scripts/generate';
import { DEFAULT_TOPOLOGY } from '../../store/defaultTopology';
import { displayText } from './display';

describe('displayText', () => {
  it('shows a .cmd script with LF line ends and leaves LF scripts alone', () => {
    const cmd = generateScript(DEFAULT_TOPOLOGY, 'VM1', { flavor: 'windows-netsh' }).text;
    expect(cmd).toContain('\r\n');
    expect(displayText(cmd)).not.toContain('\r');
    expect(displayText(cmd).split('\n')).toHaveLength(cmd.split('\r\n').length);
    const sh = generateScript(DEFAULT_TOPOLOGY, 'VM2', { flavor: 'ubuntu' }).text;
    expect(displayText(sh)).toBe(sh);
  });
});
