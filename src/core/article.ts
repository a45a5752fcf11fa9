/**
 * A publication or event date as precise as the text allows: "2021-10-19", "2021-10" or "2021".
 * Always ISO 8601 calendar form; never a Date object, so that "October 2021" stays a month.
 */
export type PartialDate = string;

/** One news article as read from input, before any analysis. */
export interface Article {
  /** The id given in the input, or `sha256-<hex>` of the text when none was given. */
  readonly id: string;
  /** Where the article came from: a file path, `path:line` for JSON Lines, `-` for standard input, or a URL. */
  readonly source: string;
  readonly title: string | null;
  readonly url: string | null;
  /** Publication date from the date header, the JSON field or `--date`; null when none was given. */
  readonly published: PartialDate | null;
  readonly language: 'en';
  /** The article exactly as read (a `.txt` file's date header included); every span indexes into this. */
  readonly text: string;
  /** Offset where the article body starts: after the date header, 0 when there is none. */
  readonly bodyStart: number;
}
