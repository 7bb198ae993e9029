import { z } from "zod";
import { EventsQuerySchema } from "@/lib/validation/api";

// The timeline's URL filters: the events list's company, chip and jurisdiction (same rules and
// messages as /api/v1/events), and nothing else, so a stray parameter is reported, not ignored.
const { jurisdiction, company, chip } = EventsQuerySchema.shape;

export const TimelineQuerySchema = z.strictObject({ jurisdiction, company, chip });
export type TimelineQuery = z.infer<typeof TimelineQuerySchema>;
