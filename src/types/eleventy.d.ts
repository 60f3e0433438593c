// Eleventy 3 ships no types; this declares the little of its programmatic API we use.
declare module '@11ty/eleventy' {
  export interface EleventyOptions {
    quietMode?: boolean;
    configPath?: string | false;
    pathPrefix?: string;
    config?: (eleventyConfig: any) => unknown;
  }
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    write(): Promise<unknown>;
    disableLogger(): void;
    toJSON(): Promise<Array<{ url: string; inputPath: string; outputPath: string; content: string }>>;
  }
}

declare module '@11ty/eleventy-plugin-rss' {
  const plugin: (eleventyConfig: unknown, options?: unknown) => void;
  export default plugin;
}
