export interface Edit {
    start: number;
    end: number;
    text: string;
    /** 1-based line/column of start and end, filled in by the linter for reporters. */
    location?: {
        line: number;
        column: number;
    };
    end_location?: {
        line: number;
        column: number;
    };
}
export type Applicability = 'safe' | 'unsafe';
export interface Fix {
    applicability: Applicability;
    title: string;
    edits: Edit[];
}
export declare function overlaps(a: Edit, b: Edit): boolean;
