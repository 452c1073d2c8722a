/** Does a version specifier (`>=3.8`, `~=3.6`, `>=2.7, !=3.0.*`) leave out every Python 2? */
export declare function specifierIsPython3(spec: string): boolean;
/** The declaration of the nearest project root above a file (the first directory with one of MARKERS). */
export declare function declaredPython(file: string): 'py3' | null;
/**
 * The MicroPython manifest that packages a file (`manifest.py` calling `package()`, `module()`,
 * `require()` or `metadata()`, as micropython-lib's packages and a firmware's frozen modules have) in
 * its directory or one above it, up to its project root, or the `py/mpconfig.h` of the MicroPython
 * source tree it is in (outside its `tools/`): the path, else null. MicroPython's sockets
 * have no shutdown(), and its socket module no SHUT_RDWR.
 */
export declare function microPythonManifest(file: string): string | null;
