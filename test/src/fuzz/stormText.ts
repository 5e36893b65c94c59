import fc from 'fast-check';
import { dotenvFile } from '../support/dotenvArbitrary';

/** The storm's dice and the texts it opens and types, all from one seed so that a run can be replayed. */
export interface Random {
  int(below: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
}

/** mulberry32: small, fast, and the same sequence on every machine. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (below: number) => Math.floor(next() * below);
  return { int, chance: (probability) => next() < probability, pick: (items) => items[int(items.length)]! };
}

const PYTHON_LINES = [
  "SECRET_KEY = 'r8Ow!!dci#P9x'",
  'DEBUG = True',
  'PORT = 8000',
  'NAME = "x"',
  'EMPTY = ""',
  'TEXT = """a\nb"""',
  "RAW = r'\\d+'",
  'TOKEN = f"{NAME}-1"',
  'A = B = 1',
  'DATABASES = {"default": {"HOST": "db"}}',
  'def f():\n    LOCAL = 1\n    return LOCAL',
  'if DEBUG:\n    PORT = 8001',
  'import os',
  "API_KEY = os.environ.get('API_KEY', 'changeme')",
  '# comment',
  'X: int = 5',
  'BAD = (',
  "UNCLOSED = 'abc",
];

/** Whole documents: generated dotenv files, Python secrets files, and now and then a huge line. */
export function documentText(random: Random, uri: string, hugeLine: number): string {
  const lines: string[] = [];
  if (uri.endsWith('.py')) {
    for (let i = random.int(10); i > 0; i -= 1) lines.push(random.pick(PYTHON_LINES));
  } else {
    if (random.chance(0.15)) lines.push(`# envsense: schema=${random.pick(['flagsmith', 'django', 'no-such-schema', ''])}`);
    lines.push(fc.sample(dotenvFile, { seed: random.int(2 ** 31), numRuns: 1 })[0]!);
  }
  if (random.chance(0.05)) lines.splice(random.int(lines.length + 1), 0, hugeText(random, hugeLine));
  return lines.join(random.pick(['\n', '\n', '\r\n']));
}

const TYPED = ['', 'x', 'A=1', '\n', '\r\n', '\r', '\u2028', '\u2029', '\ud800', '\udfff', '😀', 'é', '=', '"', "'", '`', '${', '}', '#', ' ', '\t', 'export ', 'SECRET_KEY=', 'KEY=value\n', '\ufeff', '\u0000', ' = ', ':'];

/** What one edit types: a keystroke, a paste of lines, or rarely a huge line. */
export function editText(random: Random, hugeLine: number): string {
  const roll = random.int(100);
  if (roll < 75) return random.pick(TYPED);
  if (roll < 98) return fc.sample(dotenvFile, { seed: random.int(2 ** 31), numRuns: 1 })[0]!.slice(0, 1 + random.int(80));
  return hugeText(random, hugeLine);
}

function hugeText(random: Random, length: number): string {
  const unit = random.pick(['x', '\u2028', '${A}', 'é😀', ' ', '\\"']);
  return `${random.pick(['HUGE=', 'HUGE="', '', '# '])}${unit.repeat(Math.ceil(length / unit.length))}`;
}
