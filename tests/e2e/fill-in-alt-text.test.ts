// The fill-in form's alt text box holds one language at a time. Words a volunteer wrote in one
// language are there, as written, when they come back to it, however quickly they switch; and
// writing over them replaces them, also right after a field changed (the alt text file beside
// each image is exactly these words).
import { describe, expect, it } from 'vitest';
import { openTemplate, sharedApp } from './harness';

describe('fill-in alt text', () => {
  const getApp = sharedApp();

  it('shows each language’s own words at once after a switch, and writing replaces them', async () => {
    const { page } = getApp();
    await openTemplate(page, 'event-rally-cover');
    const alt = page.getByTestId('fill-alt-text');
    await page.getByTestId('fill-language-en').click();
    // Right after a field changes, the box still shows the words filled from it a moment ago:
    // writing over them replaces them all.
    await page.getByTestId('slot-text-title').fill('March 🎉 #2026');
    await alt.fill('Rally for fair wages, Saturday at 11.');
    expect(await alt.inputValue()).toBe('Rally for fair wages, Saturday at 11.');
    // Straight to Spanish and back, faster than typing pauses.
    await page.getByTestId('fill-language-es').click();
    await alt.fill('Marcha por salarios justos, sábado a las 11.');
    await page.getByTestId('fill-language-en').click();
    expect(await alt.inputValue()).toBe('Rally for fair wages, Saturday at 11.');
    await alt.fill('March for fair wages, Saturday May 3 at 11.');
    expect(await alt.inputValue()).toBe('March for fair wages, Saturday May 3 at 11.');
    await page.getByTestId('fill-language-es').click();
    expect(await alt.inputValue()).toBe('Marcha por salarios justos, sábado a las 11.');
    expect(getApp().pageErrors).toEqual([]);
  });

  it('takes the same words for the next template at once, while the box still shows the last one’s', async () => {
    const { page } = getApp();
    await openTemplate(page, 'announce-contract-win');
    const alt = page.getByTestId('fill-alt-text');
    await page.getByTestId('fill-language-en').click();
    await alt.fill('A graphic from Riverside Workers United');
    await openTemplate(page, 'event-rally-cover');
    await page.getByTestId('fill-language-en').click();
    await alt.fill('A graphic from Riverside Workers United');
    // The words are the new design's own, not the sample's: the form no longer flags its English alt text.
    await page.waitForTimeout(400);
    expect(await alt.inputValue()).toBe('A graphic from Riverside Workers United');
    expect(await page.getByTestId('fill-problem-alt-en').count()).toBe(0);
  });
});
