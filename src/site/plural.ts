// Arabic counted nouns agree with the number: 1 مقالة واحدة, 2 مقالتان, 3–10 مقالات,
// 11 and up مقالة. Kept as data so templates and the search page share one rule.
export interface NounForms {
  one: string;
  two: string;
  few: string; // 3–10 (and x03–x10)
  many: string; // 11–99, 100, …
}

export const ARTICLE: NounForms = { one: 'مقالة واحدة', two: 'مقالتان', few: 'مقالات', many: 'مقالة' };

export function countNoun(n: number, forms: NounForms, format: (n: number) => string = String): string {
  if (n === 1) return forms.one;
  if (n === 2) return forms.two;
  const rest = n % 100;
  return `${format(n)} ${rest >= 3 && rest <= 10 ? forms.few : forms.many}`;
}
