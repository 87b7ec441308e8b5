// What head counts count, as classes shared by every language, and which class is part of which:
// every soldier is a person, every peacekeeper a soldier. The words for each class are in each
// language's lexicon (countedForms); their display labels in the interface languages' words.

/** Each class with the class it is part of (null: a class of its own). */
export const COUNTED_PARENTS: Readonly<Record<string, string | null>> = Object.freeze({
  people: null,
  soldiers: "people",
  civilians: "people",
  // UNHCR counts refugees among the forcibly displaced.
  peacekeepers: "soldiers",
  prisoners: "people",
  refugees: "displaced",
  displaced: "people",
  wounded: "people",
  children: "people",
  // A truce is not always an agreement (it can be unilateral): ceasefires are not inside agreements.
  ceasefires: null,
  agreements: null,
});
