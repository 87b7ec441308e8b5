// The English catalog: one JSON file per area of the app, each under its
// own key (its namespace). An area adds its file here and in the other locale's
// index; lib/i18n/catalogs.test.ts checks that both hold the same keys.
import common from "./common.json";
import errors from "./errors.json";
import aliases from "./aliases.json";
import archive from "./archive.json";
import fetch from "./fetch.json";
import standards from "./standards.json";
import versions from "./versions.json";

const messages = { common, errors, fetch, standards, versions, archive, aliases };

export default messages;
