// The rule registry: one line per rule.
import { closeAsCallback } from './close-as-callback.js';
import { closeWithoutShutdown } from './close-without-shutdown.js';
import { socketContextManager } from './socket-context-manager.js';
import { unguardedShutdown } from './unguarded-shutdown.js';
export const RULES = [
    closeWithoutShutdown,
    unguardedShutdown,
    socketContextManager,
    closeAsCallback,
];
export function ruleByCode(code) {
    return RULES.find((r) => r.meta.code === code);
}
