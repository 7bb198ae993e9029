// Export-control and policy events the seed articles report, each with the quotes behind
// it. The articles give no dates: a date is set only where a public page cited by URL
// states it (dateSourceName/dateSourceUrl); the others stay undated rather than guessed.
import type { SeedEvent } from "./types";

const S0 = "investing-huawei-peine-a-gagner-du-terrain";
const S1 = "grandes-entreprises-chinoises-remplacer-silicium-americain";
const S2 = "huawei-acteur-de-poids-marche-chinois-puces-ia";
const S3 = "ca-se-complique-chez-huawei-puces-ia";
const S4 = "gate-alibaba-baidu-puces-internes";

export const events: SeedEvent[] = [
  {
    slug: "us-commerce-warning-on-huawei-ascend-chips",
    date: "2025-05-13",
    datePrecision: "day",
    dateSourceName: "Business Standard, \"US declares global use of Huawei AI chips a violation of its export laws\"",
    dateSourceUrl:
      "https://www.business-standard.com/companies/news/us-declares-global-use-of-huawei-ai-chips-a-violation-of-its-export-laws-125051401298_1.html",
    jurisdiction: "US",
    authority: "US Department of Commerce, Bureau of Industry and Security (BIS)",
    action: "guidance_warning",
    title: "Commerce Department warns that using Huawei's advanced AI chips risks US penalties",
    description:
      "BIS guidance warning that companies using Huawei's advanced AI chips face a risk of \"substantial criminal and administrative penalties\". The Investing.com article says it has already led at least one Chinese data-centre company to cancel a provisional order for Huawei hardware.",
    companies: ["us-commerce-department", "huawei"],
    chips: ["ascend"],
    quotes: [
      {
        source: S0,
        quote:
          "un récent avertissement du Département du Commerce américain met les entreprises utilisant les puces IA avancées de Huawei face à un risque de \"sanctions pénales et administratives substantielles\"",
      },
    ],
  },
  {
    slug: "us-lets-nvidia-resume-h20-sales-to-china",
    date: "2025-07-15",
    datePrecision: "day",
    dateSourceName: "The Peninsula (AFP), \"Nvidia says it will resume sales of H20 AI chips to China\"",
    dateSourceUrl: "http://s.thepeninsula.qa/article/15/07/2025/nvidia-says-it-will-resume-sales-of-h20-ai-chips-to-china",
    jurisdiction: "US",
    authority: "US government",
    action: "licence_decision",
    title: "Washington briefly lets Nvidia's H20 back into China",
    description:
      "Nvidia announced it would resume H20 sales to China after Washington pledged to remove licensing restrictions. The article calls the H20 Nvidia's most advanced model allowed in China, and says the reopening was brief.",
    companies: ["us-government", "nvidia"],
    chips: ["h20"],
    quotes: [{ source: S1, quote: "le H20 de Nvidia, le modèle le plus avancé de Nvidia que Washington a brièvement laissé revenir en Chine" }],
  },
  {
    slug: "beijing-asks-buyers-to-avoid-h20",
    date: "2025-08-12",
    datePrecision: "day",
    dateSourceName: "Catenaa, \"China asks local companies to avoid Nvidia H20 chips\"",
    dateSourceUrl: "https://investors.catenaa.com/news/china-asks-local-companies-to-avoid-nvidia-h20-chips",
    jurisdiction: "CN",
    authority: "Chinese government (Beijing)",
    action: "purchase_guidance",
    title: "Beijing asks Chinese buyers to refrain from buying Nvidia's H20",
    description: "After Washington let the H20 back into China, Beijing asked buyers to abstain from it.",
    companies: ["chinese-government", "nvidia"],
    chips: ["h20"],
    quotes: [{ source: S1, quote: "avant que Pékin ne demande aux acheteurs de s'abstenir" }],
  },
  {
    slug: "beijing-launches-8-4-billion-dollar-fund",
    date: "2025-01-01",
    datePrecision: "month",
    dateSourceName: "DigiTimes, 21 January 2025 (report of the fund's launch)",
    dateSourceUrl: "https://digitimes.com/newsshow/article.asp?datePublish=2025%2F01%2F21&pages=pd&seq=230",
    jurisdiction: "CN",
    authority: "Chinese government (Beijing)",
    action: "subsidy_fund",
    title: "Beijing launches an $8.4 billion fund to reduce dependence on foreign technology",
    description:
      "A state fund of about $8.4 billion to reduce China's dependence on foreign technology. Dated to January 2025 from reports of the launch of China's AI industry investment fund; the article itself gives no date.",
    companies: ["chinese-government"],
    chips: [],
    quotes: [{ source: S1, quote: "Pékin a lancé un fonds de 8,4 milliards de dollars pour réduire la dépendance à l'égard de l'étranger" }],
  },
  {
    slug: "beijing-encourages-firms-to-prioritise-huawei-chips",
    jurisdiction: "CN",
    authority: "Chinese government",
    action: "purchase_guidance",
    title: "Chinese government encourages local companies to prioritise Huawei's AI chips over Nvidia's",
    description:
      "The article reports government encouragement for local companies to favour Huawei's AI chips, to reduce dependence on foreign technology. It gives no date or instrument.",
    companies: ["chinese-government", "huawei", "nvidia"],
    chips: ["ascend"],
    quotes: [
      {
        source: S2,
        quote:
          "Le gouvernement chinois soutient activement les efforts de Huawei en encourageant les entreprises locales à donner la priorité à ses puces d’IA plutôt qu’aux offres de Nvidia.",
      },
    ],
  },
  {
    slug: "us-tightened-controls-in-october",
    jurisdiction: "US",
    authority: "US government",
    action: "rule",
    title: "Washington tightens its chip export controls \"in October of last year\"",
    description:
      "The article says Washington tightened its controls in October of the year before publication, which pushed China to accelerate its efforts. The article's publication date is unknown, so the year is not recorded.",
    companies: ["us-government", "huawei"],
    chips: [],
    quotes: [{ source: S3, quote: "En octobre de l’année dernière, Washington a aussi durci ses contrôles. Ce qui a poussé la Chine à accélérer ses efforts." }],
  },
  {
    slug: "us-export-restrictions-on-advanced-nvidia-chips",
    jurisdiction: "US",
    authority: "US government",
    action: "rule",
    title: "US export restrictions on Nvidia's most advanced AI chips",
    description:
      "The standing US restrictions that all five articles describe: they block Nvidia's most advanced (training) chips from China, are justified by national security, pushed Alibaba's chip production from TSMC to a Chinese foundry, and pushed Chinese designers to build \"good enough\" chips.",
    companies: ["us-government", "nvidia", "huawei", "alibaba", "tsmc"],
    chips: [],
    quotes: [
      {
        source: S1,
        quote:
          "Les restrictions à l'exportation des pièces de pointe de Nvidia ont poussé les concepteurs locaux à fabriquer des puces \"suffisantes\"",
      },
      { source: S1, quote: "un changement imposé par les restrictions américaines" },
      { source: S1, quote: "Les contrôles américains bloquent les processeurs d'entraînement les plus avancés" },
      {
        source: S2,
        quote: "les contrôles américains à l’exportation qui restreignent sa capacité à fournir des puces d’IA avancées",
      },
      {
        source: S3,
        quote: "Sa quête s’est d’ailleurs intensifiée suite aux restrictions américaines sur les exportations de semi-conducteurs avancés.",
      },
      {
        source: S4,
        quote:
          "avec le gouvernement américain qui renforce les restrictions à l'exportation en raison de préoccupations relatives à la “sécurité nationale”",
      },
    ],
  },
  {
    slug: "most-powerful-blackwell-chips-remain-banned",
    jurisdiction: "US",
    authority: "US government",
    action: "licence_decision",
    title: "Nvidia seeks to sell reduced Blackwell chips to China; the most powerful models remain banned",
    description: "Despite Jensen Huang's diplomatic efforts to sell diluted Blackwell chips to China, the most powerful models remain banned.",
    companies: ["us-government", "nvidia"],
    chips: ["blackwell"],
    quotes: [
      {
        source: S4,
        quote:
          "Malgré les efforts diplomatiques de Jensen Huang pour vendre des puces Blackwell diluées à la Chine, les modèles les plus puissants restent interdits.",
      },
    ],
  },
  {
    slug: "beijing-invests-billions-in-local-chip-ecosystem",
    jurisdiction: "CN",
    authority: "Chinese government (Beijing)",
    action: "subsidy_fund",
    title: "Beijing invests billions to build a local semiconductor ecosystem",
    description:
      "Beijing's response to US restrictions: billions invested in a local semiconductor ecosystem, pushing national champions to reduce their dependence on American suppliers.",
    companies: ["chinese-government", "alibaba", "baidu"],
    chips: [],
    quotes: [
      {
        source: S4,
        quote: "Pékin a réagi en investissant des milliards pour construire un écosystème de semi-conducteurs local",
      },
    ],
  },
];
