// Types for compile.mjs (plain JavaScript: it runs before anything is compiled).
export declare const SRC: string;
export declare const DIST: string;
export declare function compileIfStale(src?: string, dist?: string): Promise<boolean>;
