// How a source's metadata reads: a language's name, a date or "Not given".

const languageNames = new Intl.DisplayNames(["en"], { type: "language" });

/** "French" for "fr"; the tag itself when it names no language this runtime knows. */
export function languageName(tag: string): string {
  try {
    return languageNames.of(tag) ?? tag;
  } catch {
    return tag;
  }
}
