import type { ErrorValues, FieldErrors, FieldMessages } from "./app-error";

type Localize = (message: string, values?: ErrorValues) => string;

// A refusal names the field it is about: messages that say {label} get the
// field's name in the user's language (errors.fields.<field>), from the field
// the message was raised for.

/** Values for a field's message: the given ones, plus {field} and its translated {label}. */
export function fieldValues(field: string, localize: Localize, values: ErrorValues = {}): ErrorValues {
  const name = typeof values.field === "string" ? values.field : field;
  const key = `errors.fields.${name}`;
  const label = localize(key);
  return { ...values, field: name, label: label === key ? name : label };
}

/**
 * Each field's messages in the user's language: a plain text or key is filled in
 * with the error's values, a message that carries values of its own with those.
 */
export function localizeFields(
  fields: FieldMessages | undefined,
  localize: Localize,
  values?: ErrorValues,
): FieldErrors | undefined {
  if (!fields) return undefined;
  return Object.fromEntries(
    Object.entries(fields).map(([field, list]) => [
      field,
      list?.map((m) =>
        typeof m === "string"
          ? localize(m, fieldValues(field, localize, values))
          : localize(m.key, fieldValues(field, localize, { ...values, ...m.values })),
      ),
    ]),
  );
}
