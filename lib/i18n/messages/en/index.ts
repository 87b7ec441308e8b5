// The English catalog: one JSON file per area of the app, each under its
// own key (its namespace). An area adds its file here and in the other locale's
// index; lib/i18n/catalogs.test.ts checks that both hold the same keys.
import backup from "./backup.json";
import bin from "./bin.json";
import common from "./common.json";
import errors from "./errors.json";
import history from "./history.json";
import signIn from "./signIn.json";
import users from "./users.json";

const messages = { common, errors, signIn, users, backup, bin, history };

export default messages;
