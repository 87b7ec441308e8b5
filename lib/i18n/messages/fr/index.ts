// The French catalog: one JSON file per area of the app, each under its
// own key (its namespace). An area adds its file here and in the other locale's
// index; lib/i18n/catalogs.test.ts checks that both hold the same keys.
import aliases from "./aliases.json";
import archive from "./archive.json";
import articles from "./articles.json";
import backup from "./backup.json";
import bin from "./bin.json";
import common from "./common.json";
import errors from "./errors.json";
import factPage from "./fact-page.json";
import fetch from "./fetch.json";
import history from "./history.json";
import imports from "./imports.json";
import inbox from "./inbox.json";
import lists from "./lists.json";
import outage from "./outage.json";
import print from "./print.json";
import reader from "./reader.json";
import reports from "./reports.json";
import search from "./search.json";
import signIn from "./signIn.json";
import standards from "./standards.json";
import tagging from "./tagging.json";
import users from "./users.json";
import verdicts from "./verdicts.json";
import versions from "./versions.json";

const messages = {
  aliases,
  archive,
  articles,
  backup,
  bin,
  common,
  errors,
  factPage,
  fetch,
  history,
  imports,
  inbox,
  lists,
  outage,
  print,
  reader,
  reports,
  search,
  signIn,
  standards,
  tagging,
  users,
  verdicts,
  versions,
};

export default messages;
