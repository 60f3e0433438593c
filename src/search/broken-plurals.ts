// placeholder, filled below
export const BROKEN_PLURALS: ReadonlyArray<readonly [plural: string, singular: string]> = [
  ['صواريخ', 'صاروخ'],
  ['مواقع', 'موقع'],
];
