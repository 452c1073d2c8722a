export declare function ruleTable(): string;
