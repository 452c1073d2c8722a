// Switches set in the environment: PYSOCKFIX_NO_CACHE (main.ts) and
// PYSOCKFIX_NO_CODE_CACHE (cli.ts, the launcher, which imports this one small
// module besides Node's own).
/** Is the variable set to turn something on? Unset, empty, `0` and `false` are off. */
export function envFlag(name) {
    const value = process.env[name];
    return !!value && value !== '0' && value.toLowerCase() !== 'false';
}
