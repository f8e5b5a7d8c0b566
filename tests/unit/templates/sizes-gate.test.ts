// The size gate of issue 13: `placard check-sizes` on every built-in template at every preset.
// Zero distortions, zero elements off the canvas, zero text or logos outside safe areas, zero new
// overlaps, and no text under 0.8x the design's smallest (relative to the shorter side). A failure
// prints the CLI's own report, so the broken size and element are named.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../cli/placard';
import { PRESETS } from '../../../core/presets';

const dir = join(__dirname, '..', '..', '..', 'templates');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

describe('built-in templates at every size (placard check-sizes)', () => {
  it('covers every template and every preset', () => {
    expect(files.length).toBeGreaterThanOrEqual(24);
    expect(PRESETS.length).toBeGreaterThanOrEqual(23);
  });

  it.each(files)('%s looks as designed at all sizes', async (file) => {
    const out: string[] = [];
    const code = await main(['check-sizes', join(dir, file)], (l) => out.push(l), (l) => out.push(l));
    const report = out.join('\n');
    expect(report, report).toContain(`All ${PRESETS.length} sizes look as designed.`);
    expect(code, report).toBe(0);
  });
});
