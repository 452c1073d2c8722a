export class Workers {
    threads;
    pools;
    constructor(make, threads) {
        this.threads = threads;
        this.pools = Array.from({ length: threads }, make);
    }
    /**
     * Runs every task and gives the results in the tasks' order; `onDone` gets each result as it comes,
     * with its task's index. Each worker holds `inFlight` tasks at a time: with 2, a second task waits
     * while it runs one and starts the moment the first ends, not a message later (cheap tasks); with 1,
     * every task not yet started can still go to whichever worker is free first (costly ones).
     */
    run(tasks, onDone, inFlight = 2) {
        const n = tasks.length;
        const results = new Array(n);
        if (!n)
            return Promise.resolve(results);
        const stretches = this.pools.map((_, w) => ({ next: Math.floor((w * n) / this.threads), end: Math.floor(((w + 1) * n) / this.threads) }));
        const take = (w) => {
            const own = stretches[w];
            if (own.next < own.end)
                return own.next++;
            let most = -1;
            for (let v = 0; v < stretches.length; v++) {
                const left = stretches[v].end - stretches[v].next;
                if (left > 0 && (most === -1 || left > stretches[most].end - stretches[most].next))
                    most = v;
            }
            return most === -1 ? -1 : --stretches[most].end;
        };
        return new Promise((resolve, reject) => {
            let finished = 0;
            let failed = false;
            const fail = (err) => {
                failed = true;
                reject(err);
            };
            const feed = (w) => {
                if (failed)
                    return;
                const k = take(w);
                if (k === -1)
                    return;
                this.pools[w].run(tasks[k]).then((r) => {
                    try {
                        results[k] = r;
                        onDone?.(r, k);
                    }
                    catch (err) {
                        // Ex) the caller's handler of a result throws: the run fails as a task's failure would
                        return fail(err);
                    }
                    if (++finished === n)
                        resolve(results);
                    else
                        feed(w);
                }, fail);
            };
            for (let w = 0; w < this.threads; w++)
                for (let i = 0; i < inFlight; i++)
                    feed(w);
        });
    }
    async destroy() {
        await Promise.all(this.pools.map((p) => p.destroy()));
    }
}
