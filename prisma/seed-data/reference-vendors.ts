// Chip vendors that appear only in the reference datasets (not in the articles). Names in Chinese,
// websites and descriptions come from EvoKernel Spec's rows (see ./reference); the website is the
// vendor site its evidence links point to.
import type { SeedCompany } from "./types";

export const referenceVendors: SeedCompany[] = [
  {
    slug: "biren",
    name: "Biren",
    nameZh: "壁仞",
    aliases: [],
    country: "CN",
    roles: ["chip_vendor"],
    website: "https://www.birentech.com/",
    description:
      "Chinese chip vendor whose BR100 (export-control affected, discontinued) and BR104 accelerators EvoKernel Spec lists.",
  },
  {
    slug: "enflame",
    name: "Enflame",
    nameZh: "燧原",
    aliases: [],
    country: "CN",
    roles: ["chip_vendor"],
    website: "https://www.enflame-tech.com/",
    description: "Chinese chip vendor whose Yunsui T21 accelerator EvoKernel Spec lists.",
  },
  {
    slug: "hygon",
    name: "Hygon",
    nameZh: "海光",
    aliases: [],
    country: "CN",
    roles: ["chip_vendor"],
    website: "https://www.hygon.cn/",
    description: "Chinese chip vendor whose DCU Z100 and DCU K100 accelerators EvoKernel Spec lists.",
  },
  {
    slug: "iluvatar-corex",
    name: "Iluvatar CoreX",
    nameZh: "天数智芯",
    aliases: ["Iluvatar"],
    country: "CN",
    roles: ["chip_vendor"],
    website: "https://www.iluvatar.com/",
    description: "Chinese chip vendor whose 天垓 100 and BI-V150 accelerators EvoKernel Spec lists.",
  },
  {
    slug: "moore-threads",
    name: "Moore Threads",
    nameZh: "摩尔线程",
    aliases: [],
    country: "CN",
    roles: ["chip_vendor"],
    website: "https://www.mthreads.com/",
    description: "Chinese chip vendor whose MTT S4000 and MTT S5000 accelerators EvoKernel Spec lists.",
  },
  {
    slug: "sophgo",
    name: "Sophgo",
    nameZh: "算能",
    aliases: [],
    country: "CN",
    roles: ["chip_vendor"],
    website: "https://www.sophgo.com/",
    description: "Chinese chip vendor whose BM1684X edge AI chip EvoKernel Spec lists.",
  },
];
