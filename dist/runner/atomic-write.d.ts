export declare function writeFileAtomic(file: string, data: Uint8Array, mode: number, owner?: {
    uid: number;
    gid: number;
}): void;
