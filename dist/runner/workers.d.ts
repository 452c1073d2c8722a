import type Tinypool from 'tinypool';
export declare class Workers {
    readonly threads: number;
    private readonly pools;
    constructor(make: () => Tinypool, threads: number);
    /**
     * Runs every task and gives the results in the tasks' order; `onDone` gets each result as it comes,
     * with its task's index. Each worker holds `inFlight` tasks at a time: with 2, a second task waits
     * while it runs one and starts the moment the first ends, not a message later (cheap tasks); with 1,
     * every task not yet started can still go to whichever worker is free first (costly ones).
     */
    run<T>(tasks: unknown[], onDone?: (result: T, k: number) => void, inFlight?: number): Promise<T[]>;
    destroy(): Promise<void>;
}
