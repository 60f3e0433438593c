// Credits: a byline names who wrote or sent the story ("رنيم حنوش", "واس"); a dateline where
// it was filed ("لندن"). Outlets give them in many shapes ("لندن: رنيم حنوش",
// "عبدالرحيم الحدادي - المدينة المنورة", "&nbsp;واس (جدة)", "بواسطة : عمرو عاطف"), in a
// dataset field or as the article's first line. We keep the credit as written (tidied) and
// take the first place named in it as the dateline.
import { findPlaces } from './entities/places.ts';

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };

/** Decode the HTML entities scrapers leave behind, fold spaces, drop a trailing colon or dash. */
export function tidyCredit(credit: string): string {
  return credit
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
      return ENTITIES[name.toLowerCase()] ?? entity;
    })
    .replace(/^\s*بواسطة\s*:\s*/u, '')
    .replace(/\s+/g, ' ')
    .replace(/[\s:：\-–—ـ|]+$/u, '')
    .trim();
}

export const datelineOf = (credit: string): string | undefined => findPlaces(credit)[0];

// "name – place" or "place - outlet" separators (hyphen, en/em dash, tatweel) or "place: name".
const CREDIT_SHAPE = /^[^.!?؟،,"“”«»]{2,60}?(?:\s[-–—ـ]\s?|[-–—ـ]\s|\s?:\s?$|:\s)[^.!?؟"“”«»]{0,60}$/u;
const MAX_CREDIT_WORDS = 8;

/**
 * A first paragraph that is only a credit line ("نايف عبدالله – عين اليوم") is not part of the
 * story. Short, no sentence punctuation, no digits, and shaped like "x – y" or "x: y".
 */
export function isCreditLine(line: string): boolean {
  const words = line.trim().split(/\s+/);
  return words.length <= MAX_CREDIT_WORDS && !/\d|[٠-٩]/u.test(line) && CREDIT_SHAPE.test(line.trim());
}

// Wire copy opens with place and date: "الرياض 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس".
const WIRE_OPENING = /^(\S+(?:\s\S+)?)\s+[\d٠-٩]{1,2}\s+\S+\s+[\d٠-٩]{4}\s*هـ/u;

export function datelineOfLede(lede: string): string | undefined {
  const place = WIRE_OPENING.exec(lede)?.[1];
  return place ? findPlaces(place)[0] : undefined;
}
