// Page-level helpers shared by journeys: screenshots at a given width and the no-overflow check.
import assert from 'node:assert/strict';

const SETTLE_TIMEOUT_MS = 10_000;

/**
 * Resolves once the renderer lays the page out at the viewport Playwright set: `setViewportSize`
 * returns when Chromium has accepted the new window bounds and device metrics, not when the page
 * has been restyled for them (under load that comes later, and a full-page screenshot resizes the
 * view for its capture). Then two animation frames, so media-query listeners (MUI `useMediaQuery`)
 * have re-rendered and the frame after them is laid out.
 */
export async function settleLayout(page, viewport = page.viewportSize()) {
  await page.waitForFunction(
    ({ width }) => {
      const root = globalThis.document.documentElement;
      return (
        globalThis.innerWidth === width &&
        root.clientWidth <= width &&
        globalThis.matchMedia(`(max-width: ${width}px)`).matches &&
        !globalThis.matchMedia(`(min-width: ${width + 1}px)`).matches
      );
    },
    viewport,
    { timeout: SETTLE_TIMEOUT_MS, polling: 'raf' },
  );
  await page.evaluate(
    () => new Promise((resolve) => globalThis.requestAnimationFrame(() => globalThis.requestAnimationFrame(resolve))),
  );
}

/** A full-page screenshot at `viewport`, once the layout has settled on its breakpoints. */
export async function shot(page, screenshot, name, viewport) {
  await page.setViewportSize(viewport);
  await settleLayout(page, viewport);
  await screenshot(page, name);
  // The capture lays the page out at its full size for a moment: wait until it is back.
  await settleLayout(page, viewport);
}

/** Nothing on the page is wider than the viewport; on failure, says what is. */
export async function assertNoHorizontalOverflow(page) {
  await settleLayout(page);
  const found = await page.evaluate(() => {
    const root = globalThis.document.documentElement;
    const overflow = root.scrollWidth - root.clientWidth;
    if (overflow <= 0) return { overflow };
    const widest = [...globalThis.document.body.querySelectorAll('*')]
      .map((el) => ({ el, right: el.getBoundingClientRect().right }))
      .filter(({ right }) => right > root.clientWidth + 0.5)
      .slice(0, 3)
      .map(
        ({ el, right }) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} (right ${Math.round(right)})`,
      );
    const media = ['600', '900', '1200'].map(
      (w) => `min-width ${w}: ${globalThis.matchMedia(`(min-width: ${w}px)`).matches}`,
    );
    return {
      overflow,
      detail: `innerWidth ${globalThis.innerWidth}, ${media.join(', ')}; wider: ${widest.join('; ')}`,
    };
  });
  assert.ok(found.overflow <= 0, `the page overflows horizontally by ${found.overflow} px (${found.detail})`);
}
