import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { normaliseText } from "./normalise-text";
import { stripBoilerplate } from "./strip-boilerplate";

const dir = path.join(process.cwd(), "seeds", "articles");
const seed = (prefix: string) => {
  const file = readdirSync(dir).find((f) => f.startsWith(prefix)) as string;
  return normaliseText(readFileSync(path.join(dir, file), "utf8"));
};
const strip = (prefix: string) => {
  const text = seed(prefix);
  return stripBoilerplate(text, { title: prefix === "001" ? undefined : text.split("\n")[0] });
};

describe("stripBoilerplate on the seed articles", () => {
  it("drops Euronews' captions, credits, share buttons, ads and teasers", () => {
    const { text, removed } = strip("000");
    expect(text.startsWith("Vladimir Poutine souhaite rester au centre")).toBe(true);
    expect(text.endsWith("dans l'apaisement de ce conflit post-soviétique.")).toBe(true);
    expect(text).not.toMatch(/Partager|Sputnik|PUBLICITÉ|découvrir|Copy to clipboard|31 octobre 2022\./);
    expect(removed).toContain("Par\u00a0Euronews");
  });

  it("keeps the AP text whole", () => {
    const { text, removed } = strip("001");
    expect(removed).toEqual([]);
    expect(text).toBe(seed("001"));
  });

  it("drops franceinfo's byline, reading time, photo credit and comment prompt but keeps the standfirst", () => {
    const { text } = strip("002");
    expect(
      text.startsWith("Le précédent déplacement de Vladimir Poutine en Azerbaïdjan remontait à septembre 2018."),
    ).toBe(true);
    expect(text).not.toMatch(/France Télévisions|Temps de lecture|TERESHCHENKO|Connectez-vous|Commentaires|^Publié$/m);
  });

  it("drops RT's caption, slogan, comment disclaimer and cookie banner", () => {
    const { text } = strip("003");
    expect(text.startsWith("Après l'échec de deux trêves")).toBe(true);
    expect(text.endsWith("chef de la diplomatie américaine, Mike Pompeo.")).toBe(true);
    expect(text).not.toMatch(/cookies|Raconter l'actualité|au centre\)/);
  });

  it("drops RFE/RL's reprint notice, address, teasers and login form", () => {
    const { text } = strip("004");
    expect(text.startsWith("Le président russe Vladimir Poutine a eu des conversations")).toBe(true);
    expect(text.endsWith("de ne pas respecter les accords.")).toBe(true);
    expect(text).not.toMatch(/Copyright|1201 Connecticut|arton71307|mot de passe|DARAGON|Se Propager|Retour en haut/);
  });
});

describe("stripBoilerplate on other pages", () => {
  it("keeps subheadings in the middle of a story", () => {
    const page = [
      "Le bilan s'alourdit à Stepanakert après trois jours de combats intenses dans la région.",
      "",
      "Des civils parmi les victimes",
      "",
      "Selon les autorités locales, au moins 50 civils ont été tués depuis le début des hostilités, dimanche.",
    ].join("\n");
    expect(stripBoilerplate(page).text).toBe(page);
  });

  it("drops a short line where the page speaks of itself and its cookies, in any wording, but keeps news about cookies", () => {
    const story = "Le régulateur a infligé une amende de 150 millions d'euros à Google pour ses cookies publicitaires.";
    for (const banner of [
      "Notre site internet dépose des cookies pour mesurer l'audience.",
      "We use cookies on our website to give you the best experience.",
      "This website stores cookies on your computer.",
    ]) {
      const { text, removed } = stripBoilerplate([story, banner].join("\n"));
      expect(removed).toEqual([banner]);
      expect(text).toBe(story);
    }
  });

  it("drops an inline «Lire aussi» link but keeps what follows", () => {
    const page = [
      "Le bilan s'alourdit à Stepanakert après trois jours de combats intenses dans la région.",
      "Lire aussi : Haut-Karabakh, la guerre oubliée",
      "Selon les autorités locales, au moins 50 civils ont été tués depuis le début des hostilités, dimanche.",
    ].join("\n");
    const { text, removed } = stripBoilerplate(page);
    expect(removed).toEqual(["Lire aussi : Haut-Karabakh, la guerre oubliée"]);
    expect(text).toContain("au moins 50 civils");
  });

  it("reports every line it removes", () => {
    const page =
      "Share this article\nThe war killed 6,500 people on both sides, according to official figures.\nAll rights reserved";
    const { text, removed } = stripBoilerplate(page);
    expect(text).toBe("The war killed 6,500 people on both sides, according to official figures.");
    expect(removed).toEqual(["Share this article", "All rights reserved"]);
  });

  it("keeps story paragraphs that merely look like furniture", () => {
    const story = [
      "Par ailleurs, 286 soldats ont été tués selon le ministère arménien de la Défense.",
      "By the end of the war, more than 6,700 people had died on both sides, according to officials.",
      "Les pirates ont dérobé le mot de passe d'un haut fonctionnaire du ministère, selon l'enquête.",
      "Le tribunal a rappelé que le copyright de la photo appartenait à l'agence.",
      "Share prices fell by 5% after the announcement, the exchange said.",
    ].join("\n\n");
    expect(stripBoilerplate(story)).toEqual({ text: story, removed: [] });
  });

  it("skips teasers after a «read also» heading, but not the story after them", () => {
    const page = [
      "Le bilan s'alourdit à Stepanakert après trois jours de combats intenses dans la région.",
      "À lire aussi",
      "Haut-Karabakh : la guerre oubliée",
      "Le blocus du corridor de Latchine",
      "Les autorités ont annoncé dimanche un nouveau bilan de 50 civils tués.",
    ].join("\n");
    const { text, removed } = stripBoilerplate(page);
    expect(removed).toEqual(["À lire aussi", "Haut-Karabakh : la guerre oubliée", "Le blocus du corridor de Latchine"]);
    expect(text).toContain("un nouveau bilan de 50 civils tués.");
  });

  it("never drops a sentence for its script", () => {
    const story = [
      "Le bilan s'alourdit à Stepanakert après trois jours de combats intenses dans la région, selon les autorités.",
      "Un porte-parole a répondu en arabe :",
      "قال المتحدث إن 50 شخصا قتلوا؟",
      "Selon les autorités locales, au moins 50 civils ont été tués depuis le début des hostilités, dimanche.",
      "قال المتحدث إن 50 شخصا قتلوا في القصف.",
      "Հայաստանի իշխանությունները հայտարարել են, որ զոհվել է 50 մարդ։",
      "वहाँ 50 लोग मारे गए।",
      "五十人が死亡した。",
    ].join("\n\n");
    expect(stripBoilerplate(story)).toEqual({ text: story, removed: [] });
  });

  it("recognises furniture by its shape and a list of phrases, in English as in French", () => {
    const page = [
      "IMG_20221031",
      "By Jane Doe",
      "Updated 31 Oct 2022",
      "The war killed 6,500 people on both sides, according to official figures released on Monday.",
      "Advertisement",
      "Officials said the toll could rise further as rescuers reached the villages near the front line.",
      "Read more: Karabakh, the forgotten war",
      "Sign up for our newsletter",
    ].join("\n");
    expect(stripBoilerplate(page).text).toBe(
      [
        "The war killed 6,500 people on both sides, according to official figures released on Monday.",
        "Officials said the toll could rise further as rescuers reached the villages near the front line.",
      ].join("\n"),
    );
  });
});
