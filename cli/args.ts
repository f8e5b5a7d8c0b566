// Command-line options: node:util parseArgs reads them; unknown options and missing values are
// errors, never ignored.
import { parseArgs as nodeParseArgs } from 'node:util';
export interface OptionSpec {
  /** 'flag' takes no value; 'value' takes one; 'list' may repeat. */
  kind: 'flag' | 'value' | 'list';
}

export interface ParsedArgs {
  positionals: string[];
  flags: Set<string>;
  values: Map<string, string>;
  lists: Map<string, string[]>;
}

export class UsageError extends Error {
  constructor(
    readonly key: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(key);
  }
}

/**
 * Reads `argv` with node:util's parseArgs (which splits `--name=value`, `--` and positionals),
 * then holds it to `spec`: an unknown option, a missing value (or one that is another option),
 * a repeated single value or a flag given a value is a UsageError naming the option.
 */
export function parseArgs(argv: readonly string[], spec: Readonly<Record<string, OptionSpec>>): ParsedArgs {
  const options = Object.fromEntries(
    Object.entries(spec).map(([name, o]) => [name, { type: o.kind === 'flag' ? ('boolean' as const) : ('string' as const), multiple: true }]),
  );
  const { tokens } = nodeParseArgs({ args: [...argv], options, allowPositionals: true, strict: false, tokens: true });
  const out: ParsedArgs = { positionals: [], flags: new Set(), values: new Map(), lists: new Map() };
  for (const token of tokens) {
    if (token.kind === 'positional') out.positionals.push(token.value);
    if (token.kind !== 'option') continue;
    const name = token.name;
    const option = Object.hasOwn(spec, name) ? spec[name] : undefined;
    if (!option) throw new UsageError('cli.errors.unknownOption', { option: token.rawName });
    if (option.kind === 'flag') {
      if (token.value !== undefined) throw new UsageError('cli.errors.flagTakesNoValue', { option: `--${name}` });
      out.flags.add(name);
      continue;
    }
    const raw = token.value;
    if (raw === undefined || (!token.inlineValue && raw.startsWith('--'))) throw new UsageError('cli.errors.missingValue', { option: `--${name}` });
    const value = raw.trim();
    if (option.kind === 'value') {
      if (out.values.has(name)) throw new UsageError('cli.errors.repeatedOption', { option: `--${name}` });
      out.values.set(name, value);
    } else {
      out.lists.set(name, [...(out.lists.get(name) ?? []), ...value.split(',').map((v) => v.trim()).filter(Boolean)]);
    }
  }
  return out;
}

export function numberOption(args: ParsedArgs, name: string, min: number, max: number): number | undefined {
  const raw = args.values.get(name);
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < min || n > max) throw new UsageError('cli.errors.badNumber', { option: `--${name}`, value: raw, min, max });
  return n;
}

export function choiceOption<T extends string>(args: ParsedArgs, name: string, choices: readonly T[]): T | undefined {
  const raw = args.values.get(name);
  if (raw === undefined) return undefined;
  if (!(choices as readonly string[]).includes(raw)) throw new UsageError('cli.errors.badChoice', { option: `--${name}`, value: raw, choices: choices.join(', ') });
  return raw as T;
}
