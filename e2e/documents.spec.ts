import { expect, test } from '@playwright/test';
import { canvasSvg } from '../src/core/document/canvasSvg';
import { reportHtml } from '../src/core/document/report/html';
import { computeMapping } from '../src/core/mapping/mapping';
import { formatEndpoint } from '../src/core/net/address';
import { analyze } from '../src/core/validation/analyze';
import { example } from './examples';

// Issue 21: the core's vector canvas and design report, rendered by Chromium and checked against the core itself.
for (const name of ['type2-floating-ip', 'sql-always-on', 'nva-ha-ports']) {
  test(`${name}: the vector canvas renders with every element's name and address, no foreignObject`, async ({ page }) => {
    const t = example(name);
    const svg = canvasSvg(t, { diagnostics: analyze(t).diagnostics });
    await page.setContent(`<!doctype html><html><body>${svg}</body></html>`);
    const drawn = page.locator('body > svg');
    await expect(drawn).toBeVisible();
    expect(await page.locator('foreignObject').count()).toBe(0);
    const box = await drawn.boundingBox();
    expect(box!.width).toBeGreaterThan(100);
    const text = (await page.locator('svg text').allTextContents()).join('\n');
    for (const f of t.frontends) for (const s of [f.name, f.ip]) expect(text).toContain(s);
    for (const v of t.vms) for (const s of [v.name, v.nic.ip]) expect(text).toContain(s);
    for (const r of t.rules) expect(text).toContain(r.name);
    for (const p of t.backendPools) expect(text).toContain(p.name);
  });

  test(`${name}: the design report renders with every element and the mapping rows of the core`, async ({ page }) => {
    const t = example(name);
    await page.setContent(reportHtml(t));
    const body = await page.locator('body').innerText();
    expect(body).toContain(t.name);
    for (const f of t.frontends) for (const s of [f.name, f.ip]) expect(body).toContain(s);
    for (const v of t.vms) for (const s of [v.name, v.nic.ip]) expect(body).toContain(s);
    // Every mapping row of the core: its rule, VM and what the VM receives, on one table row.
    const rows = (await page.locator('table tr').allInnerTexts()).map((r) => r.replace(/\s+/g, ' '));
    for (const row of computeMapping(t)) {
      const receives = row.destinationPort === 0 ? row.destinationIp : formatEndpoint(row.destinationIp, row.destinationPort);
      expect(
        rows.some((r) => r.includes(row.rule) && r.includes(row.vm) && r.includes(receives)),
        `a row for ${row.rule} → ${row.vm} receiving ${receives}`,
      ).toBe(true);
    }
    // The topology travels with the report, so Floatplan can open it back.
    const embedded = await page.locator('#floatplan-topology').textContent();
    expect(JSON.parse(embedded!)).toEqual(t);
  });
}
