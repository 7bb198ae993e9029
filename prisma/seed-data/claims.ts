// Every claim the five seed articles make about companies and chips, each with its
// verbatim French quote (the seed locates it and refuses it if it is not in the text),
// an English summary and an English translation of the quote.
// The articles give no publication dates, so no claim carries a date: none is invented.
import type { SeedClaim } from "./types";

const S0 = "investing-huawei-peine-a-gagner-du-terrain";
const S1 = "grandes-entreprises-chinoises-remplacer-silicium-americain";
const S2 = "huawei-acteur-de-poids-marche-chinois-puces-ia";
const S3 = "ca-se-complique-chez-huawei-puces-ia";
const S4 = "gate-alibaba-baidu-puces-internes";

export const claims: SeedClaim[] = [
  // ── Investing.com (The Information's report) ──────────────────────────────────────
  {
    slug: "huawei-most-prominent-nvidia-rival-in-china",
    source: S0,
    kind: "other",
    subject: "huawei",
    companies: [{ slug: "nvidia", role: "other" }],
    summary: "Huawei has become Nvidia's most prominent rival in the race to power AI development in China.",
    quote:
      "Huawei Technologies s’est imposé comme le rival le plus en vue de NVIDIA Corporation (NASDAQ:NVDA) dans la course pour alimenter le développement de l’intelligence artificielle en Chine",
    translation:
      "Huawei Technologies has established itself as the most prominent rival of NVIDIA Corporation (NASDAQ:NVDA) in the race to power the development of artificial intelligence in China",
    confidence: "reported",
    status: "published",
  },
  {
    slug: "huawei-struggles-to-win-major-domestic-customers",
    source: S0,
    kind: "non_adoption",
    subject: "huawei",
    companies: [{ slug: "the-information", role: "other" }],
    chips: ["ascend"],
    summary:
      "According to a report by The Information, Huawei is struggling to gain ground with China's main domestic customers despite growing interest in local solutions.",
    quote:
      "selon un rapport de The Information, le géant technologique chinois peine à gagner du terrain auprès des principaux clients nationaux malgré l’intérêt croissant pour les solutions locales",
    translation:
      "according to a report by The Information, the Chinese tech giant is struggling to gain ground with the main domestic customers despite growing interest in local solutions",
    confidence: "reported",
    status: "published",
  },
  {
    slug: "jensen-huang-warns-of-huawei-capabilities",
    source: S0,
    kind: "other",
    subject: "nvidia",
    companies: [{ slug: "huawei", role: "other" }],
    summary:
      "Nvidia CEO Jensen Huang has publicly warned about Huawei's growing capabilities and the broader acceleration of chip development in China driven by US export restrictions.",
    quote:
      "Le PDG de Nvidia, Jensen Huang, a publiquement mis en garde contre les capacités croissantes de Huawei et l’accélération plus large des efforts de développement de puces en Chine en raison des restrictions américaines à l’exportation.",
    translation:
      "Nvidia CEO Jensen Huang has publicly warned about Huawei's growing capabilities and the broader acceleration of chip development efforts in China because of US export restrictions.",
    confidence: "reported",
    status: "published",
  },
  {
    slug: "bytedance-alibaba-tencent-no-significant-ascend-orders",
    source: S0,
    kind: "non_adoption",
    subject: "bytedance",
    companies: [
      { slug: "alibaba", role: "customer" },
      { slug: "tencent", role: "customer" },
      { slug: "huawei", role: "vendor" },
    ],
    chips: ["ascend"],
    summary:
      "ByteDance, Alibaba and Tencent have not yet placed significant orders for Huawei's Ascend chips, even as the supply of Nvidia products tightens under US trade controls.",
    quote:
      "ByteDance, Alibaba (NYSE:BABA) et Tencent Holdings Ltd (F:NNND) ADR (OTC:TCEHY), trois leaders chinois de l’IA, n’ont pas encore passé de commandes significatives pour les puces Ascend de Huawei, même si l’approvisionnement en produits Nvidia se resserre sous les contrôles commerciaux américains.",
    translation:
      "ByteDance, Alibaba (NYSE:BABA) and Tencent Holdings Ltd (F:NNND) ADR (OTC:TCEHY), three Chinese AI leaders, have not yet placed significant orders for Huawei's Ascend chips, even though the supply of Nvidia products is tightening under US trade controls.",
    confidence: "reported",
    status: "published",
  },
  {
    slug: "huawei-struggles-to-convince-biggest-tech-firms",
    source: S0,
    kind: "non_adoption",
    subject: "huawei",
    chips: ["ascend"],
    summary:
      "Employees of large companies told The Information that Huawei is having trouble convincing some of China's biggest technology companies to use its chips.",
    quote:
      "Plusieurs employés de grandes entreprises ont déclaré à The Information que Huawei \"a du mal à convaincre certaines des plus grandes entreprises technologiques de Chine d’utiliser ses puces\".",
    translation:
      "Several employees of large companies told The Information that Huawei \"is having trouble convincing some of China's biggest technology companies to use its chips\".",
    confidence: "reported",
    status: "published",
  },
  {
    slug: "chinese-firms-concerned-huawei-performance-and-us-law",
    source: S0,
    kind: "performance_issue",
    subject: "huawei",
    summary:
      "Engineers and executives at Chinese companies voiced concerns about performance gaps in Huawei's hardware and fear of violating US trade laws.",
    quote:
      "Les ingénieurs et dirigeants des entreprises chinoises ont exprimé des préoccupations concernant les lacunes de performance du matériel Huawei, ainsi que la crainte de violer les lois commerciales américaines.",
    translation:
      "Engineers and executives at Chinese companies expressed concerns about performance shortcomings of Huawei hardware, as well as fear of violating US trade laws.",
    confidence: "reported",
    status: "published",
  },
  {
    slug: "bytedance-alibaba-tested-ascend-910c",
    source: S0,
    kind: "testing",
    subject: "bytedance",
    companies: [
      { slug: "alibaba", role: "customer" },
      { slug: "huawei", role: "vendor" },
    ],
    chips: ["ascend-910c"],
    summary: "ByteDance and Alibaba have tested Huawei's Ascend 910C.",
    quote:
      "Des tests effectués par des entreprises comme ByteDance et Alibaba ont révélé des problèmes de surchauffe dans la puce Ascend 910C de Huawei",
    translation: "Tests carried out by companies such as ByteDance and Alibaba revealed overheating problems in Huawei's Ascend 910C chip",
    confidence: "reported",
    status: "published",
  },
  {
    slug: "ascend-910c-overheating-and-cann-limits",
    source: S0,
    kind: "performance_issue",
    subject: "huawei",
    companies: [
      { slug: "bytedance", role: "other" },
      { slug: "alibaba", role: "other" },
      { slug: "nvidia", role: "other" },
    ],
    chips: ["ascend-910c"],
    summary:
      "Tests by ByteDance and Alibaba found overheating in the Ascend 910C and limitations in Huawei's CANN software stack compared with Nvidia's CUDA.",
    quote:
      "Des tests effectués par des entreprises comme ByteDance et Alibaba ont révélé des problèmes de surchauffe dans la puce Ascend 910C de Huawei et des limitations dans sa pile logicielle, Cann, par rapport à la plateforme Cuda de Nvidia, référence dans l’industrie.",
    translation:
      "Tests carried out by companies such as ByteDance and Alibaba revealed overheating problems in Huawei's Ascend 910C chip and limitations in its software stack, CANN, compared with Nvidia's CUDA platform, the industry benchmark.",
    confidence: "reported",
    status: "published",
  },
  {
    slug: "switching-from-nvidia-to-huawei-costly",
    source: S0,
    kind: "other",
    subject: "huawei",
    companies: [{ slug: "nvidia", role: "vendor" }],
    summary:
      "Switching from Nvidia to Huawei would carry a high cost, requiring data-centre infrastructure, software and engineering workflows to be rebuilt; executives say Huawei must adapt to its customers' platform.",
    quote:
      "La transition de Nvidia à Huawei impliquerait également un coût de changement élevé, nécessitant une refonte de l’infrastructure des centres de données, des logiciels et des flux de travail d’ingénierie. Si les entreprises doivent passer massivement aux puces Huawei, les dirigeants affirment que l’entreprise doit s’adapter à sa plateforme.",
    translation:
      "The transition from Nvidia to Huawei would also involve a high switching cost, requiring an overhaul of data-centre infrastructure, software and engineering workflows. If companies are to move massively to Huawei chips, executives say the company must adapt to their platform.",
    confidence: "reported",
    status: "published",
  },
  {
    slug: "deepseek-not-yet-adopting-huawei-for-training",
    source: S0,
    kind: "non_adoption",
    subject: "deepseek",
    companies: [
      { slug: "huawei", role: "vendor" },
      { slug: "bernstein", role: "other" },
    ],
    chips: ["ascend"],
    summary:
      "Bernstein analyst Qingyuan Lin says that if DeepSeek widely adopted Huawei's chips and software for AI training, many open-source developers would follow, but that is not the case for now.",
    quote:
      "\"Si DeepSeek est prêt à adopter largement les puces et logiciels de Huawei dans la formation d’IA, cela attirera de nombreux développeurs open-source pour construire leurs modèles sur l’écosystème de Huawei. Mais pour l’instant, ce n’est pas le cas\", a déclaré Qingyuan Lin, analyste en semi-conducteurs chez Bernstein",
    translation:
      "\"If DeepSeek is ready to widely adopt Huawei's chips and software in AI training, it will attract many open-source developers to build their models on Huawei's ecosystem. But for now, that is not the case,\" said Qingyuan Lin, semiconductor analyst at Bernstein",
    confidence: "reported",
    status: "published",
  },
  {
    slug: "cloudmatrix-384-links-384-ascend-chips",
    source: S0,
    kind: "other",
    subject: "huawei",
    chips: ["cloudmatrix-384", "ascend"],
    summary:
      "Huawei's new AI computing system, CloudMatrix 384, tries to make up for individual chip performance by linking up to 384 Ascend processors.",
    quote:
      "Le nouveau système de calcul IA de Huawei, CloudMatrix 384, tente de compenser les performances individuelles des puces en reliant jusqu’à 384 processeurs Ascend.",
    translation:
      "Huawei's new AI computing system, CloudMatrix 384, tries to compensate for individual chip performance by linking up to 384 Ascend processors.",
    confidence: "reported",
    status: "published",
  },
  {
    slug: "cloudmatrix-384-power-and-no-native-fp8",
    source: S0,
    kind: "performance_issue",
    subject: "huawei",
    chips: ["cloudmatrix-384"],
    summary:
      "CloudMatrix 384 faces technical obstacles: high power consumption and no native support for FP8, a low-precision format essential to frontier AI training.",
    quote:
      "Mais le système se heurte à des obstacles techniques, notamment une consommation d’énergie élevée et l’absence de support natif pour FP8, un format numérique à basse précision essentiel à la formation d’IA de pointe.",
    translation:
      "But the system runs into technical obstacles, notably high energy consumption and the lack of native support for FP8, a low-precision number format essential to cutting-edge AI training.",
    confidence: "reported",
    status: "published",
  },
  {
    slug: "commerce-warning-on-huawei-ai-chips",
    source: S0,
    kind: "policy_pressure",
    subject: "huawei",
    companies: [{ slug: "us-commerce-department", role: "other" }],
    chips: ["ascend"],
    summary:
      "A recent US Commerce Department warning exposes companies using Huawei's advanced AI chips to a risk of substantial criminal and administrative penalties.",
    quote:
      "un récent avertissement du Département du Commerce américain met les entreprises utilisant les puces IA avancées de Huawei face à un risque de \"sanctions pénales et administratives substantielles\"",
    translation:
      "a recent warning from the US Department of Commerce puts companies using Huawei's advanced AI chips at risk of \"substantial criminal and administrative penalties\"",
    confidence: "reported",
    status: "published",
  },
  {
    slug: "data-centre-firm-cancels-huawei-order",
    source: S0,
    kind: "non_adoption",
    subject: "huawei",
    companies: [{ slug: "us-commerce-department", role: "other" }],
    summary:
      "The Commerce Department's warning has already led at least one Chinese data-centre company (not named) to cancel a provisional order for Huawei hardware.",
    quote:
      "Cela a déjà conduit au moins une entreprise chinoise de centres de données à annuler une commande provisoire de matériel Huawei.",
    translation: "This has already led at least one Chinese data-centre company to cancel a provisional order for Huawei hardware.",
    confidence: "reported",
    status: "published",
    note: "\"Cela\" refers to the US Commerce Department warning in the previous sentence. The company is not named.",
  },
  {
    slug: "huawei-significant-sales-to-soes-and-local-governments",
    source: S0,
    kind: "adoption",
    subject: "huawei",
    summary: "Despite these obstacles, Huawei has made significant sales to state-owned enterprises and local governments.",
    quote:
      "Malgré ces obstacles, Huawei a réalisé des ventes significatives auprès d’entreprises publiques et de gouvernements locaux.",
    translation: "Despite these obstacles, Huawei has made significant sales to state-owned enterprises and local governments.",
    confidence: "reported",
    status: "published",
  },
  {
    slug: "top-chinese-tech-firms-not-abandoning-nvidia",
    source: S0,
    kind: "adoption",
    subject: "nvidia",
    summary:
      "Leading Chinese technology companies show no sign of abandoning Nvidia, whose products still dominate high-performance AI systems, even as regulatory pressure tightens on both sides of the Pacific.",
    quote:
      "les entreprises technologiques chinoises de premier plan ne montrent aucun signe d’abandon de Nvidia, dont les produits dominent toujours les systèmes d’IA haute performance, même si la pression réglementaire se resserre des deux côtés du Pacifique.",
    translation:
      "leading Chinese technology companies show no sign of abandoning Nvidia, whose products still dominate high-performance AI systems, even as regulatory pressure tightens on both sides of the Pacific.",
    confidence: "reported",
    status: "published",
  },

  // ── The WSJ-based article on replacing American silicon ───────────────────────────
  {
    slug: "alibaba-former-major-nvidia-customer",
    source: S1,
    kind: "adoption",
    subject: "alibaba",
    companies: [{ slug: "nvidia", role: "vendor" }],
    summary: "Alibaba was previously an important Nvidia customer.",
    quote: "Auparavant client important de Nvidia",
    translation: "Previously an important Nvidia customer",
    confidence: "reported",
    status: "published",
    note: "Past tense: describes Alibaba's earlier reliance on Nvidia.",
  },
  {
    slug: "alibaba-testing-new-inference-processor",
    source: S1,
    kind: "testing",
    subject: "alibaba",
    summary:
      "Alibaba is testing a new in-house processor aimed at a broad range of inference tasks, no longer only narrow single-purpose tasks.",
    quote:
      "il teste actuellement un nouveau processeur interne destiné à un large éventail de tâches d'inférence, et non plus seulement à des tâches étroites et à usage unique",
    translation:
      "it is currently testing a new in-house processor intended for a wide range of inference tasks, and no longer only for narrow, single-purpose tasks",
    confidence: "reported",
    status: "published",
    note: "The article does not name the processor.",
  },
  {
    slug: "alibaba-chip-made-in-chinese-foundry-not-tsmc",
    source: S1,
    kind: "supply",
    subject: "alibaba",
    companies: [{ slug: "tsmc", role: "other" }],
    summary: "Alibaba's new chip is made in a Chinese foundry rather than at TSMC, a change forced by US restrictions.",
    quote:
      "La puce est fabriquée dans une fonderie chinoise plutôt que chez TSMC, un changement imposé par les restrictions américaines.",
    translation: "The chip is manufactured in a Chinese foundry rather than at TSMC, a change imposed by US restrictions.",
    confidence: "reported",
    status: "published",
  },
  {
    slug: "alibaba-keeps-nvidia-software-compatibility",
    source: S1,
    kind: "other",
    subject: "alibaba",
    companies: [{ slug: "nvidia", role: "other" }],
    summary: "To ease adoption, Alibaba kept its chip compatible with Nvidia's software ecosystem so teams can reuse existing code.",
    quote:
      "Pour faciliter l'adoption, Alibaba a maintenu la compatibilité avec l'écosystème logiciel de Nvidia, afin que les équipes puissent réutiliser le code existant.",
    translation:
      "To ease adoption, Alibaba has maintained compatibility with Nvidia's software ecosystem, so that teams can reuse existing code.",
    confidence: "reported",
    status: "published",
  },
  {
    slug: "metax-gpu-more-memory-than-h20",
    source: S1,
    kind: "other",
    subject: "metax",
    companies: [{ slug: "nvidia", role: "other" }],
    chips: ["h20"],
    summary:
      "Shanghai start-up MetaX presented a GPU with more memory than Nvidia's H20, at the cost of higher power consumption for some workloads.",
    quote:
      "La startup shanghaïenne MetaX a présenté un GPU doté de plus de mémoire que le H20 de Nvidia, le modèle le plus avancé de Nvidia que Washington a brièvement laissé revenir en Chine avant que Pékin ne demande aux acheteurs de s'abstenir, en échange d'une consommation d'énergie plus élevée pour la capacité de certaines charges de travail.",
    translation:
      "Shanghai start-up MetaX presented a GPU with more memory than Nvidia's H20, Nvidia's most advanced model that Washington briefly allowed back into China before Beijing asked buyers to refrain, in exchange for higher energy consumption for the capacity of certain workloads.",
    confidence: "reported",
    status: "published",
    note: "The article does not name the MetaX GPU.",
  },
  {
    slug: "metax-older-process-multi-die",
    source: S1,
    kind: "supply",
    subject: "metax",
    summary: "MetaX plans to use an older process technology and a multi-die approach to get around the capacity limits of domestic fabs.",
    quote:
      "MetaX prévoit de s'adapter en utilisant une technologie de processus plus ancienne et une approche multi-die pour contourner les limites de capacité des usines nationales.",
    translation:
      "MetaX plans to adapt by using an older process technology and a multi-die approach to get around the capacity limits of domestic fabs.",
    confidence: "reported",
    status: "published",
  },
  {
    slug: "cambricon-quarterly-revenue-siyuan-590-orders",
    source: S1,
    kind: "revenue",
    subject: "cambricon",
    chips: ["siyuan-590"],
    summary: "Cambricon reported quarterly revenue of about $247 million thanks to large orders for its Siyuan 590 chip.",
    quote:
      "Cambricon a enregistré un chiffre d'affaires trimestriel d'environ 247 millions de dollars grâce à des commandes importantes pour sa puce Siyuan 590",
    translation: "Cambricon recorded quarterly revenue of about 247 million dollars thanks to large orders for its Siyuan 590 chip",
    confidence: "reported",
    status: "published",
  },
  {
    slug: "cambricon-warns-investors-after-share-surge",
    source: S1,
    kind: "other",
    subject: "cambricon",
    summary: "Cambricon warned investors after a sharp rise in its shares; its market value remains well above earlier levels.",
    quote:
      "a mis en garde les investisseurs après une forte hausse de ses actions ; sa valeur de marché reste bien supérieure aux niveaux antérieurs",
    translation: "warned investors after a sharp rise in its shares; its market value remains well above earlier levels",
    confidence: "reported",
    status: "published",
  },
  {
    slug: "huawei-presents-384-ascend-chip-system",
    source: S1,
    kind: "other",
    subject: "huawei",
    chips: ["ascend", "cloudmatrix-384"],
    summary: "Huawei presented a system that assembles 384 Ascend chips.",
    quote: "Huawei a présenté un système qui assemble 384 puces Ascend",
    translation: "Huawei presented a system that assembles 384 Ascend chips",
    confidence: "reported",
    status: "published",
    note: "This article does not name the system; the Investing.com article names Huawei's 384-Ascend system CloudMatrix 384.",
  },
  {
    slug: "huawei-384-chip-system-outperforms-but-power-hungry",
    source: S1,
    kind: "performance_issue",
    subject: "huawei",
    chips: ["cloudmatrix-384"],
    summary: "Some evaluations say Huawei's 384-chip system can beat leading US hardware on some measures, but its energy cost is high.",
    quote:
      "Certaines évaluations indiquent qu'il peut surpasser le matériel américain de pointe sur certains paramètres, mais le coût de l'énergie est élevé.",
    translation: "Some evaluations indicate that it can outperform leading-edge American hardware on certain parameters, but the energy cost is high.",
    confidence: "reported",
    status: "published",
  },
  {
    slug: "public-cloud-providers-cautious-on-ascend",
    source: S1,
    kind: "non_adoption",
    subject: "huawei",
    chips: ["ascend"],
    summary:
      "Major public cloud providers have been cautious about buying Ascend in bulk, partly because they see Huawei as a direct cloud competitor.",
    quote:
      "les principaux fournisseurs de clouds publics se sont montrés prudents quant à l'achat en masse d'Ascend, en partie parce qu'ils considèrent Huawei comme un concurrent direct du cloud.",
    translation:
      "the main public cloud providers have been cautious about buying Ascend in bulk, partly because they see Huawei as a direct cloud competitor.",
    confidence: "reported",
    status: "published",
    note: "The article does not name the cloud providers.",
  },
  {
    slug: "engineers-prefer-nvidia-domestic-chips-overheat",
    source: S1,
    kind: "other",
    subject: "nvidia",
    summary:
      "Many engineers still prefer Nvidia's mature software stack; domestic chips can be harder to integrate, and reports of overheating or system failures during long training runs persist.",
    quote:
      "De nombreux ingénieurs préfèrent encore la pile logicielle mature de Nvidia ; les puces nationales peuvent être plus difficiles à intégrer, et les rapports de surchauffe ou de défaillances du système lors de longs entraînements persistent.",
    translation:
      "Many engineers still prefer Nvidia's mature software stack; domestic chips can be harder to integrate, and reports of overheating or system failures during long training runs persist.",
    confidence: "reported",
    status: "published",
  },
  {
    slug: "alibaba-chip-eases-compatibility-not-training",
    source: S1,
    kind: "performance_issue",
    subject: "alibaba",
    summary:
      "Alibaba's new chip eases compatibility but does not solve the training bottleneck; it focuses on running pre-trained models rather than creating them.",
    quote:
      "La nouvelle puce d'Alibaba facilite la compatibilité, mais ne résout pas le problème du goulot d'étranglement de la formation.",
    translation: "Alibaba's new chip makes compatibility easier, but does not solve the training bottleneck problem.",
    confidence: "reported",
    status: "published",
  },
  {
    slug: "alibaba-latest-chip-focuses-on-inference",
    source: S1,
    kind: "other",
    subject: "alibaba",
    summary: "Alibaba's latest part focuses on using pre-trained models rather than creating them, as US controls block the most advanced training processors.",
    quote:
      "Les contrôles américains bloquent les processeurs d'entraînement les plus avancés, et la dernière pièce d'Alibaba se concentre sur l'utilisation de modèles pré-entraînés plutôt que sur leur création.",
    translation:
      "US controls block the most advanced training processors, and Alibaba's latest part focuses on using pre-trained models rather than creating them.",
    confidence: "reported",
    status: "published",
  },
  {
    slug: "deepseek-hints-software-workarounds-advance-training",
    source: S1,
    kind: "other",
    subject: "deepseek",
    summary: "DeepSeek has hinted that software workarounds and improved local silicon could advance training.",
    quote:
      "DeepSeek a laissé entendre que les solutions de contournement logicielles et l'amélioration du silicium local pourraient faire progresser la formation",
    translation: "DeepSeek has hinted that software workarounds and improved local silicon could make training progress",
    confidence: "reported",
    status: "published",
  },
  {
    slug: "made-in-china-ai-stack-pressure-on-nvidia",
    source: S1,
    kind: "other",
    subject: "nvidia",
    summary:
      "Some investors believe a complete \"made in China\" AI stack could reach scale sooner than expected, putting pressure on Nvidia in China and abroad.",
    quote:
      "certains investisseurs estiment qu'une pile d'IA complète \"made in China\" pourrait atteindre l'échelle plus tôt que prévu, ce qui mettrait la pression sur Nvidia à l'intérieur du pays et à l'étranger.",
    translation:
      "some investors believe that a complete \"made in China\" AI stack could reach scale sooner than expected, which would put pressure on Nvidia at home and abroad.",
    confidence: "reported",
    status: "published",
  },

  // ── "Huawei se positionne comme un acteur de poids…" ──────────────────────────────
  {
    slug: "huawei-positions-as-top-choice-for-llm-training",
    source: S2,
    kind: "other",
    subject: "huawei",
    companies: [{ slug: "nvidia", role: "other" }],
    summary:
      "Huawei is positioning itself as a first-rank choice for Chinese companies training large language models, challenging Nvidia's dominance.",
    quote:
      "Huawei se positionne comme un choix de premier ordre pour les entreprises chinoises impliquées dans la formation de grands modèles de langage, posant un défi à la domination de Nvidia.",
    translation:
      "Huawei is positioning itself as a first-rate choice for Chinese companies involved in training large language models, challenging Nvidia's dominance.",
    confidence: "reported",
    status: "published",
  },
  {
    slug: "huawei-focuses-on-inference",
    source: S2,
    kind: "other",
    subject: "huawei",
    summary: "Huawei differentiates itself by focusing on inference, which it says will drive future AI-chip demand and outgrow the need for training.",
    quote:
      "Huawei se différencie en se concentrant sur les tâches d'\u00a0»inférence\u00a0», qui, selon elle, stimuleront la demande future de puces d’IA et surpasseront le besoin de formation.",
    translation:
      "Huawei differentiates itself by focusing on \"inference\" tasks, which it says will drive future demand for AI chips and surpass the need for training.",
    confidence: "reported",
    status: "published",
  },
  {
    slug: "huawei-struggles-interchip-connectivity-and-software-adoption",
    source: S2,
    kind: "non_adoption",
    subject: "huawei",
    chips: ["ascend"],
    summary:
      "Huawei struggles to dominate the market because of inter-chip connectivity problems with its Ascend chips and difficulty convincing Chinese companies to adopt its proprietary software platform.",
    quote:
      "Huawei rencontre des difficultés pour dominer le marché en raison de problèmes de connectivité inter-puces avec ses puces Ascend et pour convaincre les entreprises chinoises d’adopter sa plateforme logicielle propriétaire.",
    translation:
      "Huawei is having difficulty dominating the market because of inter-chip connectivity problems with its Ascend chips and in convincing Chinese companies to adopt its proprietary software platform.",
    confidence: "reported",
    status: "published",
  },
  {
    slug: "nvidia-dominates-despite-us-controls",
    source: S2,
    kind: "other",
    subject: "nvidia",
    companies: [{ slug: "huawei", role: "other" }],
    summary: "Nvidia currently dominates the Chinese AI-chip market despite US export controls restricting its ability to supply advanced AI chips.",
    quote:
      "Cette ambition vient défier directement Nvidia, qui domine actuellement le marché malgré les contrôles américains à l’exportation qui restreignent sa capacité à fournir des puces d’IA avancées.",
    translation:
      "This ambition directly challenges Nvidia, which currently dominates the market despite US export controls that restrict its ability to supply advanced AI chips.",
    confidence: "reported",
    status: "published",
  },
  {
    slug: "chinese-government-encourages-prioritising-huawei-chips",
    source: S2,
    kind: "policy_pressure",
    subject: "chinese-government",
    companies: [
      { slug: "huawei", role: "vendor" },
      { slug: "nvidia", role: "other" },
    ],
    chips: ["ascend"],
    summary: "The Chinese government actively supports Huawei by encouraging local companies to prioritise its AI chips over Nvidia's offerings.",
    quote:
      "Le gouvernement chinois soutient activement les efforts de Huawei en encourageant les entreprises locales à donner la priorité à ses puces d’IA plutôt qu’aux offres de Nvidia.",
    translation:
      "The Chinese government is actively supporting Huawei's efforts by encouraging local companies to prioritise its AI chips over Nvidia's offerings.",
    confidence: "reported",
    status: "published",
  },
  {
    slug: "huawei-offers-tools-to-migrate-from-nvidia",
    source: S2,
    kind: "other",
    subject: "huawei",
    companies: [{ slug: "nvidia", role: "other" }],
    chips: ["ascend"],
    summary: "Huawei offers software tools and support to ease the transition from Nvidia's ecosystem to its own Ascend platform.",
    quote:
      "L’attention de Huawei s’étend au-delà du matériel, en proposant des outils logiciels et une assistance pour faciliter la transition de l’écosystème de Nvidia vers sa propre plateforme Ascend.",
    translation:
      "Huawei's attention extends beyond hardware, offering software tools and support to ease the transition from Nvidia's ecosystem to its own Ascend platform.",
    confidence: "reported",
    status: "published",
  },
  {
    slug: "ascend-interchip-connectivity-problems",
    source: S2,
    kind: "performance_issue",
    subject: "huawei",
    chips: ["ascend"],
    summary:
      "Ascend chips currently struggle with chip-to-chip connectivity, crucial for large-scale LLM training; a failure in one chip can disrupt the whole process.",
    quote:
      "Les puces Ascend ont actuellement du mal à assurer la connectivité entre les puces, qui est cruciale pour traiter les tâches de formation LLM à grande échelle. Une panne dans une puce peut perturber l’ensemble du processus, ce qui nécessite des solutions logicielles complexes pour assurer un fonctionnement sans faille.",
    translation:
      "Ascend chips currently struggle to provide connectivity between chips, which is crucial for handling large-scale LLM training tasks. A failure in one chip can disrupt the whole process, requiring complex software solutions to ensure seamless operation.",
    confidence: "reported",
    status: "published",
  },

  // ── "Ça se complique chez Huawei…" ────────────────────────────────────────────────
  {
    slug: "huawei-china-champion-for-rival-chip",
    source: S3,
    kind: "other",
    subject: "huawei",
    summary:
      "Huawei is emerging as China's champion to build a rival chip; its effort intensified after US restrictions on exports of advanced semiconductors.",
    quote:
      "Huawei émerge comme le champion chinois pour créer une puce rivale à . Sa quête s’est d’ailleurs intensifiée suite aux restrictions américaines sur les exportations de semi-conducteurs avancés.",
    translation:
      "Huawei is emerging as the Chinese champion to create a chip rivalling [word missing in the retrieved text]. Its quest has intensified following US restrictions on exports of advanced semiconductors.",
    confidence: "reported",
    status: "published",
  },
  {
    slug: "most-chinese-ai-chips-including-huawei-buggy",
    source: S3,
    kind: "performance_issue",
    subject: "huawei",
    summary: "Most Chinese AI chips, including Huawei's, suffer from many bugs.",
    quote: "la majorité des puces IA chinoises, dont celles d’Huawei, souffrent de nombreux bugs.",
    translation: "the majority of Chinese AI chips, including Huawei's, suffer from numerous bugs.",
    confidence: "reported",
    status: "published",
  },
  {
    slug: "huawei-ai-chip-users-report-performance-problems",
    source: S3,
    kind: "performance_issue",
    subject: "huawei",
    summary: "Users of Huawei's AI chips have recently reported performance problems.",
    quote: "Dernièrement, les utilisateurs de puces d’intelligence artificielle d’Huawei ont signalé des problèmes de performance",
    translation: "Recently, users of Huawei's artificial-intelligence chips have reported performance problems",
    confidence: "reported",
    status: "published",
  },
  {
    slug: "ascend-popular-for-inference-lags-in-training",
    source: S3,
    kind: "performance_issue",
    subject: "huawei",
    companies: [{ slug: "nvidia", role: "other" }],
    chips: ["ascend"],
    summary: "Huawei's Ascend series is gaining popularity for AI inference in China but lags behind Nvidia for training AI models.",
    quote:
      "Si la série Ascend d’Huawei gagne en popularité pour l’inférence IA en Chine, elle fait tout de même face à un retard par rapport Nvidia pour l’entraînement des modèles IA.",
    translation:
      "While Huawei's Ascend series is gaining popularity for AI inference in China, it still lags behind Nvidia for training AI models.",
    confidence: "reported",
    status: "published",
  },
  {
    slug: "experts-cite-ascend-stability-and-cann-quality",
    source: S3,
    kind: "performance_issue",
    subject: "huawei",
    chips: ["ascend"],
    summary: "Experts point to stability and inter-chip connectivity problems, and Huawei's CANN software has been criticised for its inferior quality.",
    quote:
      "Les experts pointent d’ailleurs des problèmes de stabilité et de connectivité interpuces. Cas du logiciel Cann d’Huawei qui a fait l’objet de critiques en raison de l’infériorité de sa qualité.",
    translation:
      "Experts also point to problems of stability and inter-chip connectivity. Such is the case of Huawei's CANN software, which has been criticised for its inferior quality.",
    confidence: "reported",
    status: "published",
  },
  {
    slug: "huawei-employees-complain-about-cann",
    source: S3,
    kind: "performance_issue",
    subject: "huawei",
    summary: "Huawei's own employees complain about how hard CANN is to use.",
    quote: "Sauf que les employés d’Huawei eux-mêmes se plaignent des difficultés d’utilisation de Cann.",
    translation: "Except that Huawei's own employees complain about the difficulty of using CANN.",
    confidence: "reported",
    status: "published",
  },
  {
    slug: "researcher-cites-ascend-instability-and-poor-documentation",
    source: S3,
    kind: "performance_issue",
    subject: "huawei",
    chips: ["ascend"],
    summary: "An anonymous researcher recently mentioned instability and insufficient documentation for the Ascend product.",
    quote:
      "Il y avait même un chercheur anonyme qui a récemment évoqué l’instabilité et l’insuffisance de documentation pour le produit produit Ascend.",
    translation: "There was even an anonymous researcher who recently mentioned the instability and insufficient documentation for the Ascend product.",
    confidence: "reported",
    status: "published",
  },
  {
    slug: "huawei-engineers-at-baidu-iflytek-tencent",
    source: S3,
    kind: "adoption",
    subject: "baidu",
    companies: [
      { slug: "iflytek", role: "customer" },
      { slug: "tencent", role: "customer" },
      { slug: "huawei", role: "vendor" },
    ],
    chips: ["ascend"],
    summary:
      "Huawei deployed engineers at its major customers, sending a team to Baidu, iFlytek and Tencent, an initiative praised by a former Baidu employee.",
    quote:
      "la firme a déployé des ingénieurs chez ses clients majeurs.\n\nLe géant chinois a alors envoyé une équipe chez Baidu, iFlytek et Tencent. Une initiative qui a été félicitée par un ex-employé de Baidu.",
    translation:
      "the firm deployed engineers at its major customers.\n\nThe Chinese giant then sent a team to Baidu, iFlytek and Tencent. An initiative that was praised by a former Baidu employee.",
    confidence: "reported",
    status: "published",
    note: "The article presents Baidu, iFlytek and Tencent as Huawei's major customers. The Investing.com article says Tencent has not placed significant Ascend orders.",
  },
  {
    slug: "huawei-attributes-failures-to-hardware-unfamiliarity",
    source: S3,
    kind: "performance_issue",
    subject: "huawei",
    summary: "A Huawei researcher attributes the failures to customers' unfamiliarity with the hardware.",
    quote: "Un chercheur d’Huawei attribue les pannes à la méconnaissance du matériel.",
    translation: "A Huawei researcher attributes the breakdowns to a lack of familiarity with the hardware.",
    confidence: "reported",
    status: "published",
  },
  {
    slug: "huawei-rd-workforce-and-developer-portal",
    source: S3,
    kind: "other",
    subject: "huawei",
    summary: "Huawei can rely on a large R&D workforce to speed up the transition and has set up an online portal to collect developer feedback.",
    quote:
      "Parallèlement, Huawei peut compter sur une large main-d’œuvre en R&D pour accélérer la transition.\n\nL’entreprise a ainsi mis en place un portail en ligne pour recueillir les retours des développeurs.",
    translation:
      "At the same time, Huawei can count on a large R&D workforce to speed up the transition.\n\nThe company has thus set up an online portal to collect feedback from developers.",
    confidence: "reported",
    status: "published",
  },
  {
    slug: "huawei-raised-ascend-910b-price",
    source: S3,
    kind: "pricing",
    subject: "huawei",
    chips: ["ascend-910b"],
    summary: "Huawei had to raise the price of the Ascend 910B because of US restrictions.",
    quote: "elle a dû augmenter le prix de la puce Ascend 910B à cause des restrictions américaines.",
    translation: "it had to raise the price of the Ascend 910B chip because of US restrictions.",
    confidence: "reported",
    status: "published",
  },
  {
    slug: "ascend-supply-concerns-strong-demand",
    source: S3,
    kind: "supply",
    subject: "huawei",
    chips: ["ascend"],
    summary: "Concerns persist about the supply of Ascend chips, yet demand remains strong, as Huawei's rising revenue shows.",
    quote:
      "les inquiétudes persistent quant à l’approvisionnement en puces Ascend. Pourtant, la demande pour ces puces reste néanmoins forte, comme en témoigne la hausse du chiffre d’affaires d’Huawei.",
    translation:
      "concerns persist about the supply of Ascend chips. Yet demand for these chips nevertheless remains strong, as shown by the rise in Huawei's revenue.",
    confidence: "reported",
    status: "published",
  },
  {
    slug: "ascend-trained-over-50-foundation-models",
    source: S3,
    kind: "training_on",
    subject: "huawei",
    chips: ["ascend"],
    summary: "According to the article, the Ascend chip has already enabled Zhang Ping'an, whom it calls Huawei's CEO, to train more than 50 foundation models.",
    quote: "La puce Ascend a déjà permis à Zhang Ping’an, PDG d’Huawei, d’entraîner plus de 50 modèles fondamentaux.",
    translation: "The Ascend chip has already enabled Zhang Ping'an, CEO of Huawei, to train more than 50 foundation models.",
    confidence: "reported",
    status: "published",
    note: "The title \"PDG d’Huawei\" is the article's; no other seed article names Zhang Ping'an, so it is not corroborated here.",
  },
  {
    slug: "iflytek-trained-llm-exclusively-on-huawei-chips",
    source: S3,
    kind: "training_on",
    subject: "iflytek",
    companies: [{ slug: "huawei", role: "vendor" }],
    chips: ["ascend"],
    summary: "iFlytek trained its language model exclusively on Huawei chips after help from a group of Huawei engineers.",
    quote:
      "iFlytek qui a formé son modèle de langage exclusivement sur des puces Huawei après avoir bénéficié de l’intervention du groupe d’ingénieurs d’Huawei.",
    translation: "iFlytek, which trained its language model exclusively on Huawei chips after benefiting from the intervention of Huawei's group of engineers.",
    confidence: "reported",
    status: "published",
    note: "The article says \"puces Huawei\"; Huawei's AI chips are its Ascend line, to which this claim is linked.",
  },

  // ── Gate: "Alibaba et Baidu dumpent Nvidia…" ───────────────────────────────────────
  {
    slug: "alibaba-baidu-train-models-on-own-chips",
    source: S4,
    kind: "training_on",
    subject: "alibaba",
    companies: [
      { slug: "baidu", role: "customer" },
      { slug: "nvidia", role: "other" },
    ],
    summary: "Alibaba and Baidu have started using their own chips to train AI models, challenging Nvidia's dominance in China.",
    quote:
      "Les géants technologiques chinois Alibaba et Baidu ont commencé à utiliser leurs propres puces pour entraîner des modèles d'IA, signalant l'essor agressif de Pékin vers l'autosuffisance technologique tout en défiant la domination du marché de Nvidia en Chine.",
    translation:
      "Chinese tech giants Alibaba and Baidu have begun using their own chips to train AI models, signalling Beijing's aggressive push towards technological self-sufficiency while challenging Nvidia's market dominance in China.",
    confidence: "reported",
    status: "published",
  },
  {
    slug: "alibaba-trains-smaller-models-on-in-house-processors",
    source: S4,
    kind: "training_on",
    subject: "alibaba",
    summary: "Alibaba now trains smaller AI models with its in-house processors.",
    quote: "Alibaba forme maintenant des modèles d'IA plus petits avec ses processeurs internes",
    translation: "Alibaba now trains smaller AI models with its in-house processors",
    confidence: "reported",
    status: "published",
  },
  {
    slug: "baidu-testing-kunlun-p800-on-ernie",
    source: S4,
    kind: "testing",
    subject: "baidu",
    chips: ["kunlun-p800"],
    summary: "Baidu is testing its Kunlun P800 chip on advanced versions of its Ernie model.",
    quote: "Baidu teste sa puce Kunlun P800 sur des versions avancées de son modèle Ernie",
    translation: "Baidu is testing its Kunlun P800 chip on advanced versions of its Ernie model",
    confidence: "reported",
    status: "published",
  },
  {
    slug: "alibaba-baidu-relied-on-nvidia-h100",
    source: S4,
    kind: "adoption",
    subject: "alibaba",
    companies: [
      { slug: "baidu", role: "customer" },
      { slug: "nvidia", role: "vendor" },
    ],
    chips: ["h100"],
    summary: "For years Alibaba and Baidu relied heavily on Nvidia hardware, in particular H100 GPUs.",
    quote:
      "Pendant des années, ces entreprises ont fortement dépendu du matériel d'Nvidia, en particulier des GPU H100 qui alimentent la plupart des systèmes d'IA à grande échelle dans le monde.",
    translation:
      "For years, these companies relied heavily on Nvidia hardware, in particular the H100 GPUs that power most large-scale AI systems in the world.",
    confidence: "reported",
    status: "published",
  },
  {
    slug: "nvidia-diluted-blackwell-for-china",
    source: S4,
    kind: "policy_pressure",
    subject: "nvidia",
    companies: [{ slug: "us-government", role: "other" }],
    chips: ["blackwell"],
    summary: "Despite Jensen Huang's diplomatic efforts to sell diluted Blackwell chips to China, the most powerful models remain banned.",
    quote:
      "Malgré les efforts diplomatiques de Jensen Huang pour vendre des puces Blackwell diluées à la Chine, les modèles les plus puissants restent interdits.",
    translation: "Despite Jensen Huang's diplomatic efforts to sell watered-down Blackwell chips to China, the most powerful models remain banned.",
    confidence: "reported",
    status: "published",
  },
  {
    slug: "alibaba-created-zhenwu-for-cloud-ai",
    source: S4,
    kind: "other",
    subject: "alibaba",
    chips: ["zhenwu"],
    summary: "Alibaba's semiconductor division created the Zhenwu processing unit specifically for cloud-based AI workloads.",
    quote:
      "La division des semi-conducteurs d'Alibaba a créé l'unité de traitement Zhenwu spécifiquement pour les charges de travail AI basées sur le cloud",
    translation: "Alibaba's semiconductor division created the Zhenwu processing unit specifically for cloud-based AI workloads",
    confidence: "reported",
    status: "published",
  },
  {
    slug: "baidu-kunlun-line-savings-and-sanctions-hedge",
    source: S4,
    kind: "adoption",
    subject: "baidu",
    chips: ["kunlun"],
    summary: "Baidu's Kunlun line serves both as a cost-saving tool and as protection against sanctions.",
    quote: "la ligne Kunlun de Baidu sert à la fois d'outil d'économies et de protection contre les sanctions",
    translation: "Baidu's Kunlun line serves both as a cost-saving tool and as protection against sanctions",
    confidence: "reported",
    status: "published",
  },
  {
    slug: "alibaba-baidu-still-need-nvidia",
    source: S4,
    kind: "adoption",
    subject: "alibaba",
    companies: [
      { slug: "baidu", role: "customer" },
      { slug: "nvidia", role: "vendor" },
    ],
    summary: "The transition is not complete: Alibaba and Baidu still need Nvidia chips for their most advanced systems.",
    quote:
      "La transition n'est pas complète - les deux entreprises ont encore besoin de puces Nvidia pour leurs systèmes les plus avancés - mais la direction est claire.",
    translation: "The transition is not complete - both companies still need Nvidia chips for their most advanced systems - but the direction is clear.",
    confidence: "reported",
    status: "published",
  },
  {
    slug: "china-nvidia-largest-foreign-market",
    source: S4,
    kind: "revenue",
    subject: "nvidia",
    summary: "China is Nvidia's largest foreign market, and losing that position could seriously hurt its results.",
    quote:
      "Pour Nvidia, la Chine représente leur plus grand marché à l'étranger, et perdre cette position pourrait gravement affecter leurs résultats, même si les restrictions finissent par s'assouplir.",
    translation:
      "For Nvidia, China is their largest foreign market, and losing that position could seriously affect their results, even if the restrictions eventually ease.",
    confidence: "reported",
    status: "published",
  },
  {
    slug: "nvidia-cuda-hard-to-match-gap-narrowing",
    source: S4,
    kind: "other",
    subject: "nvidia",
    summary: "Matching Nvidia's performance and ecosystem, especially CUDA, remains hard, but the gap is narrowing faster than many Western observers expected.",
    quote:
      "Il reste difficile d'égaler la performance et l'écosystème de Nvidia - en particulier de reproduire le cadre complexe de CUDA - mais l'écart se réduit plus rapidement que beaucoup d'observateurs occidentaux ne l'avaient anticipé.",
    translation:
      "It remains difficult to match Nvidia's performance and ecosystem - in particular to reproduce the complex CUDA framework - but the gap is narrowing faster than many Western observers had anticipated.",
    confidence: "reported",
    status: "published",
  },
  {
    slug: "beijing-invests-billions-local-semiconductor-ecosystem",
    source: S4,
    kind: "policy_pressure",
    subject: "chinese-government",
    summary:
      "Beijing responded by investing billions to build a local semiconductor ecosystem, essentially forcing national champions to reduce their dependence on Americans.",
    quote:
      "Pékin a réagi en investissant des milliards pour construire un écosystème de semi-conducteurs local, forçant essentiellement les champions nationaux à réduire leur dépendance vis-à-vis des Américains.",
    translation:
      "Beijing responded by investing billions to build a local semiconductor ecosystem, essentially forcing national champions to reduce their dependence on the Americans.",
    confidence: "reported",
    status: "published",
  },
];
