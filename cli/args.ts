// A small, strict argument parser: unknown options and missing values are errors, never ignored.
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

export function parseArgs(argv: readonly string[], spec: Readonly<Record<string, OptionSpec>>): ParsedArgs {
  const out: ParsedArgs = { positionals: [], flags: new Set(), values: new Map(), lists: new Map() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      out.positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--')) {
      out.positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    const option = spec[name];
    if (!option) throw new UsageError('cli.errors.unknownOption', { option: `--${name}` });
    if (option.kind === 'flag') {
      if (eq >= 0) throw new UsageError('cli.errors.flagTakesNoValue', { option: `--${name}` });
      out.flags.add(name);
      continue;
    }
    let value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || (eq < 0 && value.startsWith('--'))) throw new UsageError('cli.errors.missingValue', { option: `--${name}` });
    value = value.trim();
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
