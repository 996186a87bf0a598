// Type shims for the deep imports of `natural` we use. The package root loads database
// clients and prints to stdout, so only these files are imported (lint forbids the root).
declare module 'natural/lib/natural/distance/jaro-winkler_distance.js' {
  /** Jaro-Winkler similarity in [0,1] (1 = identical). */
  const jaroWinklerDistance: (s1: string, s2: string, options?: { ignoreCase?: boolean; dj?: number }) => number;
  export default jaroWinklerDistance;
}

declare module 'natural/lib/natural/tokenizers/regexp_tokenizer.js' {
  export class WordTokenizer {
    constructor(options?: Record<string, unknown>);
    tokenize(text: string): string[];
  }
}
