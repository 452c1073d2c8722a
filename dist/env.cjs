"use strict";
// Switches set in the environment: PYSOCKFIX_NO_CACHE (main.ts) and
// PYSOCKFIX_NO_CODE_CACHE (cli.cts, the launcher, which requires this one small
// module besides Node's own). CommonJS, as the launcher is: an ES module's loader costs a run 15-20 ms.
Object.defineProperty(exports, "__esModule", { value: true });
exports.envFlag = envFlag;
/** Is the variable set to turn something on? Unset, empty, `0` and `false` are off. */
function envFlag(name) {
    const value = process.env[name];
    return !!value && value !== '0' && value.toLowerCase() !== 'false';
}
