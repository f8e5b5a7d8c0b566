// The built-in templates' JSON (templates/*.json), bundled into this module's own chunk: the
// gallery and template actions load it on first use (library-store.ts loadBuiltInTemplates).
export const TEMPLATE_FILES = import.meta.glob('../../templates/*.json', { eager: true, import: 'default' }) as Record<string, unknown>;
