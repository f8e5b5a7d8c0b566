// Schemas are built on first use (core/model/lazy-schema.ts): loading the model, the element kinds,
// the API description and the other schema modules builds none, and a lazy schema behaves as the
// zod schema it stands for.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { lazySchema, lazySchemasBuilt } from '../../../../core/model/lazy-schema';

describe('lazy schemas', () => {
  it('loading every schema module builds none of them', async () => {
    const before = lazySchemasBuilt();
    await import('../../../../core/model');
    await import('../../../../core/elements');
    await import('../../../../core/api');
    await import('../../../../core/api-files');
    await import('../../../../core/presets');
    await import('../../../../core/brand');
    await import('../../../../core/templates');
    await import('../../../../core/bundle/pack-schema');
    await import('../../../../renderer/state/clipboard');
    expect(lazySchemasBuilt() - before).toBe(0);
    const { designSchema, createDesign } = await import('../../../../core/model');
    expect(designSchema.safeParse(createDesign({ width: 100, height: 100, name: 'x' })).success).toBe(true);
    expect(lazySchemasBuilt()).toBeGreaterThan(before);
  });

  it('parses, refines, composes and reports issues like the schema it wraps', () => {
    let builds = 0;
    const inner = lazySchema(() => {
      builds++;
      return z.object({ name: z.string().min(2), tags: z.array(z.string()).default([]) }).strict();
    });
    const outer = lazySchema(() => z.object({ inner, list: z.array(inner).max(2) }));
    expect(builds).toBe(0);
    expect(outer.parse({ inner: { name: 'ab' }, list: [] })).toEqual({ inner: { name: 'ab', tags: [] }, list: [] });
    expect(builds).toBe(1);
    const bad = outer.safeParse({ inner: { name: 'a', extra: 1 }, list: [] });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => i.path.join('.')).sort()).toEqual(['inner', 'inner.name']);
    expect(inner instanceof z.ZodObject).toBe(true);
    expect(Object.keys(inner.shape)).toEqual(['name', 'tags']);
    expect(inner.extend({ n: z.number() }).parse({ name: 'abc', n: 1 })).toEqual({ name: 'abc', tags: [], n: 1 });
    expect(builds).toBe(1);
  });
});
