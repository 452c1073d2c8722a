export interface FileConfig {
    /** Rule codes or prefixes to enable. */
    select?: string[];
    /** Rule codes or prefixes to disable. */
    ignore?: string[];
    /** Globs that replace the default excludes. */
    exclude?: string[];
    /** Globs added to the excludes. */
    'extend-exclude'?: string[];
    /** Apply unsafe fixes with --write. */
    'unsafe-fixes'?: boolean;
    /** py27 forces `except socket.error:`; py3 forces `except OSError:`. */
    'target-version'?: 'py27' | 'py3';
    /** Skip files that .gitignore excludes. */
    'respect-gitignore'?: boolean;
    /** Glob to rule codes ignored in matching files. */
    'per-file-ignores'?: Record<string, string[]>;
    /** Extra receiver names treated as likely sockets. */
    'socket-names'?: string[];
    /** SOCK001's guard: try/except (default) or contextlib.suppress (Python 3 files only). */
    'fix-style'?: 'try' | 'suppress';
}
export declare class ConfigError extends Error {
}
export interface LoadedConfig {
    file: string | null;
    /** The directory the config's globs are relative to. */
    root: string;
    config: FileConfig;
}
export declare function loadConfigFile(file: string): LoadedConfig;
/** The nearest pyproject.toml at or above `start` that has a [tool.pysockfix] table. */
export declare function findConfig(start: string): LoadedConfig | null;
/** A file's text, or null when it cannot be read. */
export declare function safeRead(file: string): string | null;
export declare function isDirectory(p: string): boolean;
