// One template filler for every layer: {{key}} from data; a key the data lacks stays visible.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fillTemplate } from '../../src/core/messages';

const SRC = path.resolve(__dirname, '..', '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

describe('fillTemplate', () => {
  it('fills every occurrence, numbers as text, spaces inside the braces allowed', () => {
    expect(fillTemplate('{{a}}+{{ a }}={{b}}', { a: 1, b: '2' })).toBe('1+1=2');
  });

  it('leaves an unknown key visible, also one named like an Object property', () => {
    expect(fillTemplate('第{{n}}项，{{missing}}', { n: 3 })).toBe('第3项，{{missing}}');
    expect(fillTemplate('{{constructor}}{{toString}}', {})).toBe('{{constructor}}{{toString}}');
  });

  it('fills an empty string as empty, and inserts replacement patterns literally', () => {
    expect(fillTemplate('[{{a}}]', { a: '' })).toBe('[]');
    expect(fillTemplate('{{a}}', { a: '$& $1 $$' })).toBe('$& $1 $$');
  });

  it('leaves single braces alone', () => {
    expect(fillTemplate('{a} {{a}}', { a: 'x' })).toBe('{a} x');
  });

  it('is the only {{…}} filler in src (other layers re-export it or call it)', () => {
    const fillers = sourceFiles(SRC).filter((file) => {
      const text = readFileSync(file, 'utf8');
      return /\.replace\(\s*(\/\\\{\\\{|'\{\{|"\{\{)/.test(text);
    });
    expect(fillers.map((f) => path.relative(SRC, f))).toEqual([path.join('core', 'messages.ts')]);
  });
});
