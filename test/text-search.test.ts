// The screen's substring search from a needle's rarest character: the same answers as indexOf.
import { describe, expect, it } from 'vitest';
import { rng } from './fuzz/generator.js';
import { attributeUses, holdsSockAnyCase, holdsWord, indexOfWord, valueUses } from '../src/text-search.js';
import { readFileSync } from 'node:fs';
import { fixtureCases } from './helpers.js';
import { holdsCloseValue, holdsZeroArgClose, mentionsClose } from '../src/rules/socket-receiver.js';

describe('indexOfWord', () => {
  it('gives what indexOf gives, for needles whose rarest character is first, inside or last, from any start', () => {
    const next = rng(14);
    const needles = ['socket', 'import', 'shutdown', 'create_server', 'fromfd', 'close', 'mock', 'Dummy', 'handle_accepted', '.socket', 'k', 'caf\u00e9', 'ss'];
    for (let round = 0; round < 3000; round++) {
      const needle = needles[round % needles.length];
      // Text from the needle's own characters and a few others, with the needle dropped in now and then
      const alphabet = `${needle}xk_. \n\u00e9`;
      let text = '';
      const length = Math.floor(next() * 60);
      while (text.length < length) text += next() < 0.08 ? needle : alphabet[Math.floor(next() * alphabet.length)];
      const from = Math.floor(next() * (text.length + 2));
      expect(indexOfWord(text, needle, from), JSON.stringify({ text, needle, from })).toBe(text.indexOf(needle, from));
      expect(holdsWord(text, needle)).toBe(text.includes(needle));
    }
  });
  it('finds a needle at the start and at the end of the text, and one that overlaps a near miss', () => {
    expect(indexOfWord('socket', 'socket')).toBe(0);
    expect(indexOfWord('x = socket', 'socket')).toBe(4);
    expect(indexOfWord('sockesocket', 'socket')).toBe(5);
    expect(indexOfWord('ket socket', 'socket', 1)).toBe(4);
    expect(indexOfWord('socke', 'socket')).toBe(-1);
    expect(indexOfWord('', 'socket')).toBe(-1);
  });
});

describe('holdsSockAnyCase', () => {
  it('answers as /sock/i does', () => {
    const next = rng(7);
    const alphabet = 'sSoOcCkK \n\u212a\u017f';
    for (let round = 0; round < 3000; round++) {
      let text = '';
      const length = Math.floor(next() * 24);
      while (text.length < length) text += alphabet[Math.floor(next() * alphabet.length)];
      expect(holdsSockAnyCase(text), JSON.stringify(text)).toBe(/sock/i.test(text));
    }
    expect(holdsSockAnyCase('# PYSOCKFIX: ignore')).toBe(true);
    expect(holdsSockAnyCase('soc k')).toBe(false);
    // (the Kelvin sign and the long s are not the letters k and s to a regex without the u flag)
    expect(holdsSockAnyCase('soc\u212a \u017fock')).toBe(false);
  });
});

describe('the close prefilters, tried at each `close`', () => {
  it('answer as their regexes over the whole text do', () => {
    const next = rng(21);
    const pieces = ['close', '.', ' ', '\t', '\n', '(', ')', '# c\n', 'x', '_', '\u00a0', '\u2028', 'closed', 'sock'];
    for (let round = 0; round < 4000; round++) {
      let text = '';
      const count = Math.floor(next() * 10);
      for (let i = 0; i < count; i++) text += pieces[Math.floor(next() * pieces.length)];
      expect(holdsCloseValue(text), JSON.stringify(text)).toBe(/\.\s*close\b(?!\s*\()/.test(text));
      expect(holdsZeroArgClose(text), JSON.stringify(text)).toBe(/close\s*\((?:\s|#[^\n]*\n)*\)/.test(text));
      expect(mentionsClose(text)).toBe(text.includes('close'));
    }
    expect(holdsCloseValue('atexit.register(sock.close)')).toBe(true);
    expect(holdsCloseValue('sock .\n close ()')).toBe(false);
    expect(holdsZeroArgClose('sock.close(  # done\n)')).toBe(true);
    expect(holdsZeroArgClose('f.close(x)')).toBe(false);
  });
});

describe('valueUses: every word used as a value, in one pass, as the two regexes find it one name at a time', () => {
  const attribute = (name: string) => new RegExp(`\\.\\s*${name}\\b(?!\\s*\\()`);
  const plain = (name: string) => new RegExp(`(?<![\\w.])(?<!\\b(?:class|def)\\s+)${name}\\b(?!\\s*\\()`);
  const agrees = (text: string) => {
    const uses = valueUses(text);
    for (const name of new Set(text.match(/\w+/g) ?? [])) {
      // (how many times, too: a use the analysis reads as a call, a thread's target, is taken off the count)
      const count = (re: RegExp) => [...text.matchAll(new RegExp(re.source, 'g'))].length;
      expect(uses.attributes.get(name) ?? 0, JSON.stringify({ text: text.slice(0, 200), name, attribute: true })).toBe(count(attribute(name)));
      expect(uses.names.get(name) ?? 0, JSON.stringify({ text: text.slice(0, 200), name, attribute: false })).toBe(count(plain(name)));
    }
  };
  it('on hand-picked edges: calls across spaces and lines, definitions, attributes after a line break, non-ASCII neighbours', () => {
    for (const text of [
      'cb = handle\nhandle()\n',
      'handle (x)\nobj.handle\t(\n)\n',
      'def handle(self):\n    pass\nclass Handler(Base): pass\nregister(Handler)\n',
      'def  \n handle\nclassy handle\nxdef handle\n',
      'x = obj.\n    handle\ny = obj . close\nz = obj.close()\n',
      'caf\u00e9handle = 1\nhandle\u00e9 = 2\n\u00a0handle\u00a0(\n',
      '1.5e3 + x.5\n.handle',
      'handle',
      '.handle(',
      '',
    ]) agrees(text);
  });
  it('on random texts of words, dots, spaces, brackets and keywords', () => {
    const next = rng(41);
    const pieces = ['handle', 'h', 'def', 'class', 'cls', '.', ' ', '\n', '\t', '(', ')', '_x1', '9', '\u00e9', '\u00a0', '=', '#'];
    for (let round = 0; round < 2000; round++) {
      let text = '';
      const length = Math.floor(next() * 25);
      for (let i = 0; i < length; i++) text += pieces[Math.floor(next() * pieces.length)];
      agrees(text);
    }
  });
  it('on every fixture', () => {
    for (const { file } of fixtureCases()) agrees(readFileSync(file, 'utf8'));
  });
});

describe('attributeUses: every NAME.attr in one pass, as the regex finds it one name at a time', () => {
  const agrees = (text: string) => {
    const uses = attributeUses(text);
    for (const name of new Set(text.match(/\w+/g) ?? [])) {
      const expected = Array.from(text.matchAll(new RegExp(`(?<![\\w.])${name}\\s*\\.\\s*([A-Za-z_]\\w*)`, 'g')), (m) => `${m.index}:${m[1]}`);
      // The caller's walk: each use after the end of the one before
      let after = 0;
      const got: string[] = [];
      for (const u of uses.get(name) ?? []) {
        if (u.at < after) continue;
        after = u.end;
        got.push(`${u.at}:${u.attr}`);
      }
      expect(got, JSON.stringify({ text: text.slice(0, 200), name })).toEqual(expected);
    }
  };
  it('on hand-picked edges: spaces and line breaks around the dot, chains, a name after a dot, digits, non-ASCII', () => {
    for (const text of ['a.b', 'a . b', 'a\n.\n  b', 'a.b.c', 'x.a.b', 'a . a . x', 'a.1b', 'a._b', 'a.\u00e9', '\u00e9a.b', 'a2.b a.b2', '.a.b', 'a.', '']) agrees(text);
  });
  it('on random texts of words, dots, spaces and digits', () => {
    const next = rng(43);
    const pieces = ['a', 'sock', 'b', '.', ' ', '\n', '\t', '1', '_', '(', '\u00e9', '\u00a0'];
    for (let round = 0; round < 3000; round++) {
      let text = '';
      const length = Math.floor(next() * 20);
      for (let i = 0; i < length; i++) text += pieces[Math.floor(next() * pieces.length)];
      agrees(text);
    }
  });
  it('on every fixture', () => {
    for (const { file } of fixtureCases()) agrees(readFileSync(file, 'utf8'));
  });
});
