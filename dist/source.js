import { isAscii, isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
const COOKIE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;
const BLANK_OR_COMMENT = /^[ \t\f]*(?:[#\r\n]|$)/;
/** The PEP 263 cookie of the first two lines, as Python's tokenizer finds it. */
export function findCodingCookie(bytes) {
    const head = latin1Text(bytes.subarray(0, Math.min(bytes.length, 1024)));
    const lines = head.split('\n', 2);
    const first = COOKIE.exec(lines[0] ?? '');
    if (first)
        return first[1];
    // Ex) a second-line cookie counts only after a comment or blank first line
    if (lines.length > 1 && BLANK_OR_COMMENT.test(lines[0])) {
        const second = COOKIE.exec(lines[1]);
        if (second)
            return second[1];
    }
    return null;
}
/** Python's normalisation of encoding names (tokenizer.c, get_normal_name). */
export function normalizeEncodingName(name) {
    const lower = name.toLowerCase().replace(/_/g, '-');
    if (lower === 'utf-8' || lower.startsWith('utf-8-') || lower === 'utf8')
        return 'utf-8';
    if (['latin-1', 'iso-8859-1', 'iso-latin-1', 'latin1', 'l1', 'iso8859-1', 'cp819', '8859'].includes(lower) ||
        /^(latin-1|iso-8859-1|iso-latin-1)-/.test(lower)) {
        return 'latin-1';
    }
    if (lower === 'ascii' || lower === 'us-ascii' || lower === '646')
        return 'ascii';
    return lower;
}
/** The bytes as Latin-1: one character per byte (what the screen reads a file it cannot decode as). */
export function latin1Text(bytes) {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}
function utf8(text, bom, encoding) {
    return {
        text,
        encoding,
        bom,
        encode: (t) => {
            const body = Buffer.from(t, 'utf8');
            return bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
        },
    };
}
export function decodeSource(input) {
    if (typeof input === 'string')
        return { ok: true, source: utf8(input, false, 'utf-8') };
    const bytes = input;
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
        return { ok: false, error: 'UTF-16 byte order mark: Python source must be UTF-8 or declare a one-byte encoding' };
    }
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    const body = bom ? bytes.subarray(3) : bytes;
    const cookie = findCodingCookie(body);
    const encoding = cookie ? normalizeEncodingName(cookie) : 'utf-8';
    if (bom && encoding !== 'utf-8') {
        return { ok: false, error: `UTF-8 byte order mark conflicts with coding cookie '${cookie}'` };
    }
    if (body.indexOf(0) !== -1) {
        return { ok: false, error: 'binary file (contains a NUL byte)' };
    }
    if (encoding === 'utf-8' || encoding === 'ascii') {
        const view = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
        // Ex) most source files are ASCII: the same text as Latin-1, which decodes in half the time of UTF-8
        // (the lib directory's 161 MB: isAscii 19 ms, then 69 ms, against 153 ms for isUtf8 and UTF-8)
        if (isAscii(view))
            return { ok: true, source: utf8(view.toString('latin1'), bom, encoding) };
        // isUtf8 validates in native code; toString then decodes without a second check.
        if (!isUtf8(view)) {
            return {
                ok: false,
                error: cookie ? `not valid ${encoding} despite its coding cookie` : 'not valid UTF-8 and no PEP 263 coding cookie',
            };
        }
        const text = view.toString('utf8');
        if (encoding === 'ascii' && /[^\x00-\x7f]/.test(text)) {
            return { ok: false, error: "non-ASCII bytes in a file whose coding cookie says 'ascii'" };
        }
        return { ok: true, source: utf8(text, bom, encoding) };
    }
    if (encoding === 'latin-1') {
        // Python's latin-1 maps every byte to the code point of the same value.
        return {
            ok: true,
            source: {
                text: latin1Text(body),
                encoding,
                bom: false,
                encode: (t) => (/[^\x00-\xff]/.test(t) ? null : Buffer.from(t, 'latin1')),
            },
        };
    }
    // Ex) utf-16 in a cookie: Python needs an ASCII-compatible encoding to read the cookie at all
    if (/^(utf-?16|utf-?32|utf-?7)/.test(encoding) || !iconv.encodingExists(encoding)) {
        return { ok: false, error: `unknown encoding '${cookie}' in the coding cookie (Python would refuse the file too)` };
    }
    // Every other codec (cp850, cp1252, koi8-r, shift_jis, gbk, big5, mac-roman, ...) through iconv-lite,
    // and only where the bytes come back exactly: a file is never rewritten in a way it was not read.
    const view = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
    const text = iconv.decode(view, encoding, { stripBOM: false });
    if (!iconv.encode(text, encoding).equals(view)) {
        return { ok: false, error: `the bytes are not valid ${cookie}, or do not come back byte for byte from it; pysockfix could not write the file back as it was` };
    }
    return {
        ok: true,
        source: {
            text,
            encoding,
            bom: false,
            encode: (t) => {
                const bytes = iconv.encode(t, encoding);
                // iconv-lite writes '?' for what the codec cannot hold: only an exact round trip is an encoding
                return iconv.decode(bytes, encoding, { stripBOM: false }) === t ? bytes : null;
            },
        },
    };
}
