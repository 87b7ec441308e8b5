// The English catalog: one JSON file per area of the app, each under its
// own key (its namespace). An area adds its file here and in the other locale's
// index; lib/i18n/catalogs.test.ts checks that both hold the same keys.
import articles from "./articles.json";
import common from "./common.json";
import errors from "./errors.json";
import imports from "./imports.json";
import reader from "./reader.json";
import search from "./search.json";

const messages = { articles, common, errors, imports, reader, search };

export default messages;
