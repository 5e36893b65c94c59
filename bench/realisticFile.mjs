// The generated, realistic env file every benchmark measures: comments, blank lines, plain, quoted
// and exported values, URLs, `${…}` references, a multi-line key and YAML-style lines, in the
// proportions of real files. Deterministic: the same (lines, seed) always gives the same text.
export function realisticFile(lines, seed = 42) {
  const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const words = ['DATABASE', 'URL', 'SECRET', 'KEY', 'PORT', 'HOST', 'REDIS', 'AWS', 'REGION', 'MAIL', 'API', 'TOKEN', 'LOG', 'LEVEL'];
  const name = (i) => `${words[i % words.length]}_${words[(i * 7) % words.length]}_${i}`;
  const out = [];
  for (let i = 0; out.length < lines; i++) {
    const r = random();
    if (r < 0.08) out.push(`# ${words[i % words.length].toLowerCase()} settings for the service`);
    else if (r < 0.16) out.push('');
    else if (r < 0.56) out.push(`${name(i)}=value-${Math.floor(random() * 1e9).toString(36)}`);
    else if (r < 0.70) out.push(`${name(i)}="postgres://user:pw@db:5432/app_${i}" # primary`);
    else if (r < 0.80) out.push(`${name(i)}='${Math.floor(random() * 1e12).toString(36)} with spaces'`);
    else if (r < 0.88) out.push(`export ${name(i)}=${Math.floor(random() * 65535)}`);
    else if (r < 0.92) out.push(`${name(i)}=\${${name(i - 1)}}/path`);
    else if (r < 0.94 && out.length + 3 < lines) out.push(`${name(i)}="-----BEGIN KEY-----`, 'bXVsdGlsaW5lIHZhbHVl', '-----END KEY-----"');
    else out.push(`${name(i)}: yaml-style value`);
  }
  return out.slice(0, lines).join('\n') + '\n';
}

/**
 * The file the language-service benchmarks open: a realistic file that names a bundled schema, so that
 * schema rules run too, with one key of that schema (`LOG_LEVEL`, an enum) on its middle line.
 */
export function benchDocument(lines) {
  const body = realisticFile(lines - 2).split('\n');
  const middle = Math.floor(lines / 2) - 1;
  return ['# envsense: schema=flagsmith', ...body.slice(0, middle), 'LOG_LEVEL=DEBUG', ...body.slice(middle)].join('\n');
}

/** The end of the first match of `pattern` on a line of `text` from `fromLine` on (by default, the middle). */
export function positionOf(text, pattern, fromLine) {
  const lines = text.split('\n');
  for (let line = fromLine ?? Math.floor(lines.length / 2); line < lines.length; line++) {
    const match = pattern.exec(lines[line]);
    if (match) return { line, character: match.index + match[0].length };
  }
  throw new Error(`no line matches ${pattern}`);
}
