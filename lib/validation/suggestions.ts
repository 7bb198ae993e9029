import { z } from "zod";
import { formString } from "@/lib/editor-records/fields";

// "Dismiss" on a suggestion of the suggestions panel: which source, which kind of suggestion and
// its exact span in the source's text.
export const SUGGESTION_KINDS = ["claim", "event"] as const;
export type SuggestionKind = (typeof SUGGESTION_KINDS)[number];

const offset = z.coerce.number().int().min(0).max(10_000_000);

export const DismissSuggestionSchema = z
  .strictObject({
    sourceId: z.string().min(1).max(100),
    kind: z.enum(SUGGESTION_KINDS),
    start: offset,
    end: offset,
  })
  .refine((value) => value.end > value.start, { error: "A suggestion ends after it starts", path: ["end"] });
export type DismissSuggestion = z.infer<typeof DismissSuggestionSchema>;

/** The form's fields as the schema reads them. */
export function dismissSuggestionInput(formData: FormData) {
  const field = (name: string) => formString(formData, name);
  return { sourceId: field("sourceId"), kind: field("kind"), start: field("start"), end: field("end") };
}
