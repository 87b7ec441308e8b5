// The English catalog: one JSON file per area of the app, each under its
// own key (its namespace). An area adds its file here and in the other locale's
// index; lib/i18n/catalogs.test.ts checks that both hold the same keys.
import common from "./common.json";
import errors from "./errors.json";
import outage from "./outage.json";

const messages = { common, errors, outage };

export default messages;
