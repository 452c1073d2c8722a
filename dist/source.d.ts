export interface DecodedSource {
    text: string;
    /** Python's name for the encoding ("utf-8", "latin-1", "cp1252", ...). */
    encoding: string;
    /** The file started with a UTF-8 byte order mark (kept on write). */
    bom: boolean;
    /** Turns fixed text back into bytes; null when a character cannot be encoded. */
    encode(text: string): Uint8Array | null;
}
export type DecodeResult = {
    ok: true;
    source: DecodedSource;
} | {
    ok: false;
    error: string;
};
/** The PEP 263 cookie of the first two lines, as Python's tokenizer finds it. */
export declare function findCodingCookie(bytes: Uint8Array): string | null;
/** Python's normalisation of encoding names (tokenizer.c, get_normal_name). */
export declare function normalizeEncodingName(name: string): string;
/** The bytes as Latin-1: one character per byte (what the screen reads a file it cannot decode as). */
export declare function latin1Text(bytes: Uint8Array): string;
export declare function decodeSource(input: string | Uint8Array): DecodeResult;
