// Words that end a noun phrase after a number: function words, auxiliaries, common verbs,
// calendar words and units (a month is never what a head count counts).
import { toWordSet } from "./phrases";

export const STOPWORDS = toWordSet(
  // French
  "le la les l un une des du de d au aux a et ou ni mais donc or car que qu qui quoi dont en dans sur sous par " +
    "pour avec sans chez vers entre depuis pendant durant selon apres avant lors contre ce cet cette ces c son sa " +
    "ses leur leurs notre nos votre vos mon ma mes il elle ils elles on se s y n ne pas plus moins tres deja " +
    "encore aussi ainsi alors est sont etait etaient ete etre ont avait avaient aura auront sera seront fut serait " +
    "seraient avoir fait font faisait dit environ pres quelque quelques plusieurs tous toutes tout toute meme " +
    "autant chacun chacune certains certaines aucun aucune ayant etant dits dites soit voire puis ensuite enfin " +
    "seulement notamment dernier derniere prochain prochaine passe passee ci la-bas ici hier demain aujourd " +
    "rapporte indique affirme annonce declare precise estime lundi mardi mercredi jeudi vendredi samedi dimanche " +
    "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre jour jours semaine " +
    "semaines mois an ans annee annees heure heures minute minutes decennie decennies siecle siecles fois " +
    "pourcent euros euro dollars dollar roubles drams manats million millions milliard milliards mille " +
    // English
    "the an and or but of in on at to for with by from as into onto over under about than that which who whom " +
    "whose this these those its it their his her our your my is are was were be been being have has had having " +
    "do does did will would shall should can could may might must not no yes so also just only even still " +
    "already more most less least some any each every all both either neither other another such there here then " +
    "when where while after before since until during per via up down out off again once said says say " +
    "according reported reportedly died die dies remain remained remains left fled including total altogether " +
    "monday tuesday wednesday thursday friday saturday sunday january february march april june july " +
    "august september october november december day days week weeks month months year years decade decades " +
    "hour hours minutes times percent cent thousand thousands hundred hundreds billion billions trillion " +
    "between across among against within without toward towards upon ago later earlier",
);
