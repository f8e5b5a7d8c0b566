// How much work an SVG asks of whoever draws it. A small file can make a renderer build billions
// of nodes: <use> elements that reference groups of <use> elements multiply at every level
// (10 wide and 9 deep is 10^9 nodes from 1.8 KB). This parses the SVG once with saxes and counts
// the nodes a renderer would build once every <use> is expanded, refusing before anything draws.
import { SaxesParser } from 'saxes';
import { SVG_BUDGET, type SvgBudget } from './limits';

export { SVG_BUDGET, type SvgBudget } from './limits';

export type SvgBudgetProblem =
  | { limit: 'bytes'; detail: string; max: number }
  | { limit: 'elements'; detail: string; max: number }
  | { limit: 'expanded-nodes'; detail: string; max: number }
  | { limit: 'use-depth'; detail: string; max: number }
  | { limit: 'use-cycle'; detail: string; max: number }
  | { limit: 'not-xml'; detail: string; max: number };

/** Elements an SVG can hold at most: each starts with "<" and a letter. Reads the bytes, undecoded. */
export function countTagOpenings(bytes: Uint8Array): number {
  let count = 0;
  for (let i = bytes.indexOf(0x3c); i !== -1 && i + 1 < bytes.length; i = bytes.indexOf(0x3c, i + 1)) {
    const next = bytes[i + 1]! | 0x20;
    if (next >= 0x61 && next <= 0x7a) count++;
  }
  return count;
}

interface SvgNode {
  children: SvgNode[];
  /** The id a <use> element references ("#id"), if this is one. */
  uses?: string;
}

/** Null when drawing the SVG stays within the budget, else the limit it breaks. */
export function svgBudgetProblem(text: string, byteLength: number, budget: SvgBudget = SVG_BUDGET): SvgBudgetProblem | null {
  if (byteLength > budget.maxBytes) return { limit: 'bytes', detail: `the SVG is ${byteLength} bytes; the limit is ${budget.maxBytes}`, max: budget.maxBytes };
  const parsed = parseTree(text, budget.maxElements);
  if ('limit' in parsed) return parsed;
  return expansionProblem(parsed.root, parsed.byId, budget);
}

function parseTree(text: string, maxElements: number): { root: SvgNode; byId: Map<string, SvgNode> } | SvgBudgetProblem {
  const root: SvgNode = { children: [] };
  const byId = new Map<string, SvgNode>();
  const stack: SvgNode[] = [root];
  let count = 0;
  let problem: SvgBudgetProblem | null = null;
  const parser = new SaxesParser();
  parser.on('error', (err) => {
    problem ??= { limit: 'not-xml', detail: `the SVG is not well-formed XML (${err.message.split('\n')[0]})`, max: 0 };
  });
  parser.on('opentag', (tag) => {
    if (problem) return;
    if (++count > maxElements) {
      problem = { limit: 'elements', detail: `the SVG has more than ${maxElements} elements`, max: maxElements };
      return;
    }
    const attributes = tag.attributes as Record<string, string>;
    const node: SvgNode = { children: [] };
    const local = tag.name.slice(tag.name.indexOf(':') + 1);
    const href = (attributes.href ?? attributes['xlink:href'] ?? '').trim();
    if (local === 'use' && href.startsWith('#')) node.uses = href.slice(1);
    const id = attributes.id;
    if (id !== undefined && !byId.has(id)) byId.set(id, node);
    stack.at(-1)!.children.push(node);
    if (!tag.isSelfClosing) stack.push(node);
  });
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing && stack.length > 1) stack.pop();
  });
  try {
    parser.write(text).close();
  } catch (err) {
    problem ??= { limit: 'not-xml', detail: `the SVG is not well-formed XML (${(err as Error).message.split('\n')[0]})`, max: 0 };
  }
  return problem ?? { root, byId };
}

/** Counts the nodes after expansion, memoized per node, stopping as soon as a limit is passed. */
function expansionProblem(root: SvgNode, byId: ReadonlyMap<string, SvgNode>, budget: SvgBudget): SvgBudgetProblem | null {
  const size = new Map<SvgNode, number>();
  const depth = new Map<SvgNode, number>();
  const visiting = new Set<SvgNode>();
  let problem: SvgBudgetProblem | null = null;
  const cap = budget.maxExpandedNodes + 1;
  // Iterative post-order walk (no recursion: nesting depth is attacker-controlled).
  const stack: { node: SvgNode; entered: boolean }[] = [{ node: root, entered: false }];
  while (stack.length > 0 && !problem) {
    const frame = stack.at(-1)!;
    const { node } = frame;
    const target = node.uses !== undefined ? byId.get(node.uses) : undefined;
    if (!frame.entered) {
      if (size.has(node)) {
        stack.pop();
        continue;
      }
      frame.entered = true;
      visiting.add(node);
      for (const next of target ? [...node.children, target] : node.children) {
        if (visiting.has(next)) {
          problem = { limit: 'use-cycle', detail: 'a <use> element references itself through its own contents', max: 0 };
          break;
        }
        if (!size.has(next)) stack.push({ node: next, entered: false });
      }
      continue;
    }
    stack.pop();
    visiting.delete(node);
    let total = 1;
    let levels = 0;
    for (const child of node.children) {
      total += size.get(child)!;
      levels = Math.max(levels, depth.get(child)!);
    }
    if (target) {
      total += size.get(target)!;
      levels = Math.max(levels, depth.get(target)! + 1);
    }
    if (levels > budget.maxUseDepth) problem = { limit: 'use-depth', detail: `<use> references are nested more than ${budget.maxUseDepth} deep`, max: budget.maxUseDepth };
    else if (total > budget.maxExpandedNodes) problem = { limit: 'expanded-nodes', detail: `drawing the SVG would build more than ${budget.maxExpandedNodes} nodes once its <use> references are expanded`, max: budget.maxExpandedNodes };
    size.set(node, Math.min(total, cap));
    depth.set(node, levels);
  }
  return problem;
}
