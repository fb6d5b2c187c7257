import type { Page } from '@playwright/test';

/** Latency of selecting a rule on the canvas until the inspector shows it and a frame is painted, in ms. */
export interface SelectionStats {
  samples: number;
  median: number;
  max: number;
}

/**
 * Clicks rule nodes in turn (the first `rules` rule nodes on the canvas, whichever the layout and zoom put in view) and
 * measures, inside the page, the time from
 * the click to the first frame after the inspector's heading names the rule and its node on the canvas is selected:
 * what a user waits for when they select.
 */
export async function selectionLatency(page: Page, rounds = 12, rules = 4): Promise<SelectionStats> {
  const times: number[] = [];
  // Above 200 nodes only the elements in view are in the DOM: take the rules there, not fixed names.
  const shown = (await page.evaluate(
    `[...document.querySelectorAll('.react-flow__node[data-id*="/rule:"]')].map((n) => n.getAttribute('data-id').split('/rule:')[1])`,
  )) as string[];
  const names = shown.slice(0, rules);
  if (names.length === 0) throw new Error('no rule node is in view');
  for (let i = 0; i < rounds; i++) {
    const name = names[i % names.length]!;
    // A string, not a function: tsx's name helpers (__name) do not exist in the page.
    const ms = (await page.evaluate(`(async (rule) => {
      const node = document.querySelector('.react-flow__node[data-id$="/rule:' + rule + '"]');
      if (!node) throw new Error('rule:' + rule + ' is not in view');
      const t0 = performance.now();
      node.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await new Promise((done) => {
        const check = () => {
          const heading = document.querySelector('.inspector__title')?.textContent ?? '';
          // The inspector names the rule and the canvas marks its node selected.
          if (heading.endsWith(' ' + rule) && node.classList.contains('selected')) requestAnimationFrame(() => done());
          else requestAnimationFrame(check);
        };
        check();
      });
      return performance.now() - t0;
    })(${JSON.stringify(name)})`)) as number;
    times.push(ms);
    await page.waitForTimeout(200);
  }
  const sorted = [...times].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return { samples: times.length, median: round(sorted[Math.floor(sorted.length / 2)]!), max: round(sorted[sorted.length - 1]!) };
}
