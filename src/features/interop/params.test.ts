import { describe, expect, it } from 'vitest';
import { parseParamLines } from './params';

describe('parseParamLines', () => {
  it('reads name=value lines, skipping blanks and # comments, trimming around the names and values', () => {
    expect(parseParamLines('sqlLBName=sql-lb\n\n  # the listener\nsqlLBIPAddress = 10.0.1.9 \r\nport=1433')).toEqual({
      ok: true,
      params: { sqlLBName: 'sql-lb', sqlLBIPAddress: '10.0.1.9', port: '1433' },
    });
  });

  it('keeps everything after the first = in the value, and allows an empty value', () => {
    expect(parseParamLines('subnetId=/subscriptions/x/a=b\nsuffix=')).toEqual({
      ok: true,
      params: { subnetId: '/subscriptions/x/a=b', suffix: '' },
    });
  });

  it('accepts an empty box', () => {
    expect(parseParamLines('')).toEqual({ ok: true, params: {} });
  });

  it('reports every bad line with its number and what is wrong', () => {
    const result = parseParamLines('good=1\nno equals here\n=5\nbad name=3\ngood=2');
    expect(result).toEqual({
      ok: false,
      errors: [
        { kind: 'missingEquals', line: 2, text: 'no equals here' },
        { kind: 'emptyName', line: 3 },
        { kind: 'badName', line: 4, name: 'bad name' },
        { kind: 'duplicate', line: 5, name: 'good', first: 1 },
      ],
    });
  });
});
