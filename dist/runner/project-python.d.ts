/** Does a version specifier (`>=3.8`, `~=3.6`, `>=2.7, !=3.0.*`) leave out every Python 2? */
export declare function specifierIsPython3(spec: string): boolean;
/** The declaration of the nearest project root above a file (the first directory with one of MARKERS). */
export declare function declaredPython(file: string): 'py3' | null;
