// Page-level helpers shared by journeys: screenshots at a given width and the no-overflow check.
import assert from 'node:assert/strict';

/** A screenshot at `viewport`, once the layout has settled on its breakpoints. */
export async function shot(page, screenshot, name, viewport) {
  await page.setViewportSize(viewport);
  await page.waitForTimeout(300); // let the layout settle on its breakpoints
  await screenshot(page, name);
}

/** Nothing on the page is wider than the viewport. */
export async function assertNoHorizontalOverflow(page) {
  const overflow = await page.evaluate(
    () => globalThis.document.documentElement.scrollWidth - globalThis.document.documentElement.clientWidth,
  );
  assert.ok(overflow <= 0, `the page overflows horizontally by ${overflow} px`);
}
