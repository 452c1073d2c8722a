import type Tinypool from 'tinypool';
export declare class Workers {
    readonly threads: number;
    private readonly pools;
    constructor(make: () => Tinypool, threads: number);
    /**
     * Runs every task and gives the results in the tasks' order; `onDone` gets each result as it comes,
     * with its task's index. Each worker holds a second task while it runs one (it starts the moment the
     * first ends, not a message later).
     */
    run<T>(tasks: unknown[], onDone?: (result: T, k: number) => void): Promise<T[]>;
    destroy(): Promise<void>;
}
