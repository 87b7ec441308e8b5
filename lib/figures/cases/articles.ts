// Two realistic articles, in the style of the seed stories, for extraction tests and the benchmark.

export const FRENCH_ARTICLE = {
  publishedAt: "2022-10-31",
  lang: "fr" as const,
  text: `Arménie-Azerbaïdjan : Poutine réunit les deux dirigeants à Sotchi

Le président russe Vladimir Poutine a accueilli lundi 31 octobre le Premier ministre arménien Nikol Pachinian et le président azerbaïdjanais Ilham Aliev à Sotchi, sur les bords de la mer Noire.

Les deux pays se disputent depuis le début des années 1990 le Haut-Karabakh, une région peuplée majoritairement d'Arméniens. Plus de 6\u00a0700 personnes sont mortes dans les combats lors d'une guerre de six semaines en 2020, qui s'est achevée par un accord négocié par Moscou. La Russie a déployé environ 2 000 soldats de maintien de la paix dans la région.

En septembre, de nouveaux affrontements ont fait 286 morts, selon les autorités des deux pays. Plus de 200 soldats ont été tués des deux côtés en deux jours, et près de 7 600 civils ont dû quitter leur domicile.

« Nous voulons un traité de paix d'ici la fin de l'année », a déclaré M. Aliev jeudi dernier. Les négociations, au point mort depuis une décennie, pourraient reprendre le 15 novembre à Bruxelles.

Selon l'ONU, 45 % des déplacés sont des enfants. L'Union européenne a débloqué 6,5 millions d'euros d'aide humanitaire, et Washington a promis 2 milliards de dollars sur cinq ans.

Contact presse : 01 23 45 67 89. Lire aussi https://www.rfi.fr/fr/europe/arton71307
`,
};

export const ENGLISH_ARTICLE = {
  publishedAt: "2022-10-31",
  lang: "en" as const,
  text: `Putin hosts Armenian, Azerbaijani leaders in Sochi

SOCHI, Russia (AP) — Russian President Vladimir Putin hosted the leaders of Armenia and Azerbaijan on Monday, October 31, 2022, seeking to broker a peace deal between the two countries.

The two nations have been locked in a conflict over Nagorno-Karabakh since the early 1990s. More than 6,700 people died in a six-week war in 2020 that ended with a Russia-brokered peace deal, and Moscow deployed about 2,000 peacekeepers to the region.

In September, fresh clashes killed at least 286 people on both sides. Nearly 7,600 civilians were forced to flee, officials said last Thursday.

The talks, stalled for a decade, could resume on November 15 in Brussels. The EU pledged €6.5 million in humanitarian aid, and Washington promised $2 billion over five years.

Armenia's Prime Minister Nikol Pashinyan said 45% of the displaced are children. Call (202) 555-0123 or visit https://apnews.com/article/armenia-azerbaijan-123456 for details.
`,
};
