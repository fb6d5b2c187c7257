import { describe, expect, it } from 'vitest';
import { azureRealFixtures, readAzureFixture } from '../testing/fixtures';
import { importDefinition } from './importDefinition';
import { messageOf } from '../diagnostics/diagnostic';
import { importArmEn } from './arm/messages.en';
import { importArmJa } from './arm/messages.ja';
import { importBicepEn } from './bicep/messages.en';
import { importBicepJa } from './bicep/messages.ja';
import { importSharedEn } from './messages.en';
import { importSharedJa } from './messages.ja';
import { importTerraformEn } from './terraform/messages.en';
import { importTerraformJa } from './terraform/messages.ja';
import { errorOf } from './text';
import type { ImportDiagnostic, ImportOutcome } from './types';

const messages = {
  en: { ...importSharedEn, ...importArmEn, ...importTerraformEn, ...importBicepEn } as Record<string, string>,
  ja: { ...importSharedJa, ...importArmJa, ...importTerraformJa, ...importBicepJa } as Record<string, string>,
};
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
// Texts that read the same in both languages (Microsoft's Japanese pages keep these in Latin letters).
const SAME = new Set(['word.verbatim', 'noun.nic', 'noun.vm', 'arm.skipped', 'tf.attrWhy']);
// English words of the templates that must not survive in a Japanese text (code, paths and names are parameters).
const ENGLISH =
  /\b(the|is|not|and|which|could|imported|it|was|has|have|are|of|from|only|give|its|this|file|template|parameter|placeholder)\b/i;

/** Every diagnostic and error is an import catalog text, and its Japanese is filled in. */
function checkTexts(outcome: ImportOutcome): ImportDiagnostic[] {
  for (const d of outcome.diagnostics) {
    expect(d.text.key, messageOf(d)).toMatch(/^import\./);
    const ja = messageOf(d, 'ja');
    // No placeholder left unfilled: braces in the Japanese are the ones the values themselves carry.
    expect(placeholders(ja)).toEqual(placeholders(messageOf(d)));
    expect(ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  }
  if (!outcome.ok) {
    expect(outcome.errorText.key, errorOf(outcome)).toMatch(/^import\./);
    expect(errorOf(outcome, 'ja')).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  }
  return outcome.diagnostics;
}

describe('import texts', () => {
  it('has every key in both languages with the same placeholders, and no key in two importers', () => {
    expect(Object.keys(messages.ja).sort()).toEqual(Object.keys(messages.en).sort());
    const count = [importSharedEn, importArmEn, importTerraformEn, importBicepEn].reduce((n, c) => n + Object.keys(c).length, 0);
    expect(Object.keys(messages.en)).toHaveLength(count);
    for (const [key, en] of Object.entries(messages.en)) {
      const ja = messages.ja[key]!;
      expect(placeholders(ja), key).toEqual(placeholders(en));
      if (!SAME.has(key)) expect(ja, key).not.toBe(en);
    }
  });

  it("says every Japanese text in Japanese, with Microsoft's terms", () => {
    for (const [key, ja] of Object.entries(messages.ja)) {
      // Code and paths in backquotes, quotes or braces are not words of the sentence.
      const words = ja.replace(/`[^`]*`|'[^']*'|"[^"]*"|\{[^}]*\}|--param \S+|\S+\(\)|[\w.]+_[\w.]+/g, ' ');
      expect(words, key).not.toMatch(ENGLISH);
    }
    expect(messages.ja['noun.backendPool']).toBe('バックエンド プール');
    expect(messages.ja['noun.rule']).toBe('負荷分散規則');
    expect(messages.ja['noun.probe']).toBe('正常性プローブ');
    expect(messages.ja['noun.inboundNatRule']).toBe('受信 NAT 規則');
    expect(messages.ja['arm.parameterNoValue']).toContain('パラメーター');
  });

  it.each([...azureRealFixtures('json'), ...azureRealFixtures('bicep'), ...azureRealFixtures('tf')])(
    '%s: every diagnostic is a catalog text whose English is its message',
    async (file) => {
      const r = await importDefinition(readAzureFixture(file));
      checkTexts(r);
    },
  );

  it('renders nested texts and keeps paths, names and expressions as they are', async () => {
    const template = {
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
      parameters: { lbName: { type: 'string' } },
      resources: [{ type: 'Microsoft.Network/loadBalancers', apiVersion: '2023-09-01', name: "[parameters('lbName')]", properties: {} }],
    };
    const r = await importDefinition(JSON.stringify(template));
    const d = checkTexts(r).find((x) => x.path === 'parameters.lbName')!;
    expect(messageOf(d)).toContain("Parameter 'lbName' has no value");
    expect(messageOf(d, 'ja')).toBe(
      "パラメーター 'lbName' に値がありません: テンプレートに defaultValue がなく、値も指定されていません。この値から作られるものはすべてプレースホルダーのままです。--param lbName=value で指定してください。",
    );
  });

  it('translates the import errors the dialog shows', async () => {
    for (const text of ['', '{"a": }', 'hello', '{"x": 1}', '[1, [2]]']) {
      const r = await importDefinition(text);
      expect(r.ok).toBe(false);
      checkTexts(r);
    }
    const r = await importDefinition('{"a": }');
    if (!r.ok)
      expect(errorOf(r, 'ja')).toBe(
        '有効な JSON ではありません (行 1、列 7): 値が必要です。その箇所の JSON を修正して、もう一度インポートしてください。',
      );
  });
});
