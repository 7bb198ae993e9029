// The five French articles the knowledge base starts from (files under ./articles, copied
// from the project's shared seeds). The stored text is each file with the page's
// boilerplate (unrelated headlines, menus, comment boxes, footers) trimmed from the ends.
import type { SeedSource } from "./types";

const RETRIEVED = "2026-11-22";

export const sources: SeedSource[] = [
  {
    slug: "investing-huawei-peine-a-gagner-du-terrain",
    file: "000_d0ba32ed4e93ff6e.txt",
    title: "Huawei peine à gagner du terrain auprès des principaux clients nationaux",
    publisher: "Investing.com",
    language: "fr",
    retrievedAt: RETRIEVED,
    startsWith: "Investing.com - Récemment, Huawei Technologies",
    endsWith: "revu par un rédacteur.",
    notes:
      "The page's first line was another article's headline (\"Renault dévisse après un sévère avertissement sur ses bénéfices : que faire ?\"), trimmed as boilerplate; the title here is taken from the article's own words. The article reports a story by The Information and says it was generated and translated with the help of AI and reviewed by an editor.",
  },
  {
    slug: "grandes-entreprises-chinoises-remplacer-silicium-americain",
    file: "001_ecf7bcada51f5bbd.txt",
    title:
      "Les plus grandes entreprises technologiques chinoises travaillent rapidement pour remplacer le silicium américain, mais les avantages immédiats concernent l'exécution de l'IA et non sa formation",
    language: "fr",
    retrievedAt: RETRIEVED,
    startsWith: "Les plus grandes entreprises technologiques chinoises s'emploient",
    endsWith: "WSJ (en anglais)",
    notes:
      "The text does not name its publisher (a laptop-review site's news page, judging by its \"Top 10\" footer, trimmed here). It cites the WSJ as its source.",
  },
  {
    slug: "huawei-acteur-de-poids-marche-chinois-puces-ia",
    file: "002_33eed60b9dd3d2d5.txt",
    title: "Huawei se positionne comme un acteur de poids sur le marché chinois des puces d’IA",
    language: "fr",
    retrievedAt: RETRIEVED,
    startsWith: "Principaux renseignements",
    endsWith: "pour assurer un fonctionnement sans faille.",
    notes: "The text does not name its publisher. A subscription prompt at the end of the page was trimmed.",
  },
  {
    slug: "ca-se-complique-chez-huawei-puces-ia",
    file: "003_7f361feab3bf3797.txt",
    title: "Ça se complique chez Huawei, ses problèmes de puces IA menacent ses ambitions",
    language: "fr",
    retrievedAt: RETRIEVED,
    startsWith: "Huawei émerge comme le champion chinois",
    endsWith: "devenir fournisseur numéro 1 de puce IA.",
    notes:
      "The text does not name its publisher. As retrieved, a word is missing after \"une puce rivale à\" in the first sentence. \"En octobre de l'année dernière\" is relative to a publication date the text does not give.",
  },
  {
    slug: "gate-alibaba-baidu-puces-internes",
    file: "004_2ff4d958bd897b2f.txt",
    title: "Les entreprises chinoises Alibaba et Baidu dumpent Nvidia au profit de puces conçues en interne.",
    publisher: "Gate",
    language: "fr",
    retrievedAt: RETRIEVED,
    startsWith: "Les géants technologiques chinois Alibaba et Baidu",
    endsWith: "essentielles au pouvoir national.",
    notes:
      "Published on Gate's news feed, whose disclaimer says the page may include third-party content. The feed's widgets, comment box and language menu were trimmed.",
  },
];
