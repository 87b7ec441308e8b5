import type { Messages } from "./catalogs";
import type { UiLocale } from "./locales";

// Typed keys: a message that does not exist in the English catalog is a type error.
declare module "next-intl" {
  interface AppConfig {
    Locale: UiLocale;
    Messages: Messages;
  }
}
