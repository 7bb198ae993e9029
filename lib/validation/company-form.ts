import { z } from "zod";
import { COMPANY_ROLES } from "@/lib/constants";
import {
  aliasLines,
  formString,
  optionalCountryField,
  optionalHttpUrl,
  optionalSlugField,
  optionalText,
  requiredText,
  versionField,
  type RecordFormState,
} from "@/lib/editor-records/fields";

// The company form (/editor/companies/new and /editor/companies/<slug>/edit): one schema for
// the browser's check before sending and the server action's own parse.

/** What the form holds, as typed. */
export type CompanyFormValues = {
  name: string;
  slug: string;
  nameZh: string;
  /** one per line */
  aliases: string;
  country: string;
  roles: string[];
  website: string;
  description: string;
  /** the version the edit form was opened at ("" on the new form) */
  version: string;
};

export const EMPTY_COMPANY_VALUES: CompanyFormValues = {
  name: "",
  slug: "",
  nameZh: "",
  aliases: "",
  country: "",
  roles: [],
  website: "",
  description: "",
  version: "",
};

export function readCompanyForm(formData: FormData): CompanyFormValues {
  return {
    name: formString(formData, "name"),
    slug: formString(formData, "slug"),
    nameZh: formString(formData, "nameZh"),
    aliases: formString(formData, "aliases"),
    country: formString(formData, "country"),
    roles: formData.getAll("roles").filter((role): role is string => typeof role === "string"),
    website: formString(formData, "website"),
    description: formString(formData, "description"),
    version: formString(formData, "version"),
  };
}

export const CompanyFormSchema = z.object({
  name: requiredText("Enter the company's name", "A name", 200),
  slug: optionalSlugField,
  nameZh: optionalText("A Chinese name", 200),
  aliases: aliasLines("Aliases"),
  country: optionalCountryField,
  roles: z
    .array(z.enum(COMPANY_ROLES, { error: "Choose roles from the list" }))
    .min(1, { error: "Choose at least one role" })
    .transform((roles) => [...new Set(roles)]),
  website: optionalHttpUrl("A website"),
  description: optionalText("A description", 5000),
});
export type CompanyInput = z.output<typeof CompanyFormSchema>;

/** The edit form also carries the version it was opened at. */
export const CompanyEditSchema = CompanyFormSchema.extend({ version: versionField });

export type CompanyFormState = RecordFormState<CompanyFormValues>;

/** Labels of the fields, for messages that list them (a conflict's unsaved changes). */
export const COMPANY_FIELD_LABELS: Record<string, string> = {
  name: "Name",
  slug: "Slug",
  nameZh: "Chinese name",
  aliases: "Aliases",
  country: "Country",
  roles: "Roles",
  website: "Website",
  description: "Description",
};
