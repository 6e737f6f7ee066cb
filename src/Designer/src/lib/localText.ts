/** A text in the page's language: the English one on an English page when there is one, the Vietnamese one otherwise. */
export function localText(vi: string, en: string | null | undefined, language: string): string {
  return language === 'en' && en ? en : vi;
}
