import type { Page } from 'playwright-core';
import { middle } from './measure';

/*
 * How long a screen takes to appear, measured inside the page with its own clock
 * (`performance.now()` and Performance marks), as the secretary sees it: from the gesture (a
 * click, in the app already running) until the screen's content is drawn — the frame after the
 * content is in the document. The page's scripts are passed as text: the bench runs under tsx,
 * whose helpers a function serialized by playwright would not find in the page. `drawn` is a
 * JavaScript expression, true once the screen's content is there.
 */

/** A script that resolves with the page's clock at the first frame drawn after `drawn` holds. */
const untilDrawn = (drawn: string) => `new Promise((resolve) => {
  const check = () => ((${drawn}) ? requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)) : requestAnimationFrame(check));
  check();
})`;

/** Milliseconds from a click on `target` (a CSS selector) to the frame where `drawn` holds, in the running page. */
export async function afterGesture(page: Page, target: string, drawn: string): Promise<number> {
  const script = `(async () => {
    const button = document.querySelector(${JSON.stringify(target)});
    if (button === null) throw new Error(${JSON.stringify(`absent : ${target}`)});
    performance.clearMarks('geste');
    performance.mark('geste');
    button.click();
    await ${untilDrawn(drawn)};
    return performance.measure('écran dessiné', 'geste').duration;
  })()`;
  return page.evaluate<number>(script);
}

/**
 * Opens `url` in `page` and gives the milliseconds from the navigation's start to the frame where
 * `drawn` holds, by the page's clock (the watch starts with the document, before any of its scripts).
 */
export async function pageLoad(page: Page, url: string, drawn: string): Promise<number> {
  await page.addInitScript(`window.__drawnAt = ${untilDrawn(`document.readyState !== 'loading' && (${drawn})`)};`);
  await page.goto(url);
  return page.evaluate<number>('window.__drawnAt');
}

/** Waits, in the page, until `drawn` holds and a frame is drawn (playwright's waitForFunction would need `eval`, which the CSP forbids). */
export async function untilDrawnIn(page: Page, drawn: string): Promise<void> {
  await page.evaluate(untilDrawn(drawn));
}

/** The median of `runs` measures, each from a call of `measure`. */
export async function medianOf(runs: number, measure: () => Promise<number>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await measure());
  return middle(times);
}
