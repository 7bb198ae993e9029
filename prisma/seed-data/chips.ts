// Chips of the knowledge base. Every spec value is taken from one of the two reference datasets
// copied under ./reference (see its README) or, for CloudMatrix 384, from a seed article; a value
// that no source gives is absent, never zero. Conversions: Epoch AI gives base units (FLOP/s, OP/s,
// bytes, byte/s), divided here by 1e12 or 1e9; EvoKernel Spec gives TFLOPS, TOPS, GB and GB/s
// (÷ 1000 for TB/s). Where both datasets give a metric, Epoch AI's value is kept and EvoKernel
// Spec's goes in the note; EvoKernel Spec fills the metrics Epoch AI lacks.
// tests/unit/seed-chips.test.ts recomputes these values from the CSV files.
import type { SpecMetric } from "../../lib/constants";
import type { SeedChip, SeedSpec } from "./types";

type SpecValues = Partial<Record<SpecMetric, number | string | boolean>>;
type SpecNotes = Partial<Record<SpecMetric, string>>;

export const EPOCH_SOURCE_NAME = "Epoch AI, Machine Learning Hardware dataset";
export const EVOKERNEL_SOURCE_NAME = "EvoKernel Spec";

function specs(values: SpecValues, source: Omit<SeedSpec, "metric" | "value">, notes: SpecNotes = {}): SeedSpec[] {
  return (Object.entries(values) as [SpecMetric, SeedSpec["value"]][]).map(([metric, value]) => ({
    metric,
    value,
    ...source,
    ...(notes[metric] ? { note: notes[metric] } : {}),
  }));
}

/** Values from one Epoch AI row; `sourceUrl` is the first link of its "Link to datasheet" column. */
function epoch(sourceUrl: string, values: SpecValues, notes: SpecNotes = {}): SeedSpec[] {
  return specs(values, { sourceName: EPOCH_SOURCE_NAME, sourceUrl, licence: "CC BY 4.0" }, notes);
}

/** Values from one EvoKernel Spec row, labelled vendor-reported with the row's evidence. */
function evokernel(evidence: { url: string; citation: string; accessed: string }, values: SpecValues): SeedSpec[] {
  return specs(values, {
    sourceName: EVOKERNEL_SOURCE_NAME,
    sourceUrl: evidence.url,
    licence: "CC BY-SA 4.0",
    note: `Vendor-reported (EvoKernel evidence: ${evidence.citation}, accessed ${evidence.accessed})`,
  });
}

/** A value stated in the Investing.com seed article; the seed checks the quote is verbatim. */
function fromArticle(metric: SpecMetric, value: SeedSpec["value"], quote: string): SeedSpec {
  return {
    metric,
    value,
    sourceName: "Investing.com (seed article)",
    quote: { source: "investing-huawei-peine-a-gagner-du-terrain", quote },
  };
}

/** Release date from Epoch AI's "Release date" column (to the day). */
function epochDate(releasedOn: string): Pick<SeedChip, "releasedOn" | "datePrecision" | "dateSourceName"> {
  return { releasedOn, datePrecision: "day", dateSourceName: EPOCH_SOURCE_NAME };
}

/** Release year from EvoKernel Spec's release_year column (to the year). */
function evokernelYear(year: number): Pick<SeedChip, "releasedOn" | "datePrecision" | "dateSourceName"> {
  return { releasedOn: `${year}-01-01`, datePrecision: "year", dateSourceName: EVOKERNEL_SOURCE_NAME };
}

export const chips: SeedChip[] = [
  {
    slug: "ascend",
    vendor: "huawei",
    name: "Ascend",
    nameZh: "昇腾",
    aliases: ["Huawei Ascend"],
    family: "Ascend",
    kind: "series",
    description:
      "Huawei's Ascend line of AI chips, which the seed articles say is gaining popularity for AI inference in China while trailing Nvidia for model training.",
    specs: [],
  },
  {
    slug: "ascend-910",
    vendor: "huawei",
    name: "Ascend 910",
    aliases: ["Huawei Ascend 910"],
    family: "Ascend",
    kind: "accelerator",
    status: "shipping",
    ...epochDate("2019-08-23"),
    description: "Huawei Ascend AI processor that Epoch AI lists as released on 23 August 2019 and available in China.",
    specs: [
      ...epoch(
        "https://e.huawei.com/hu/products/cloud-computing-dc/atlas/ascend-910",
        { bf16_tflops: 320, int8_tops: 640, tdp_w: 310 },
      ),
    ],
  },
  {
    slug: "ascend-910b",
    vendor: "huawei",
    name: "Ascend 910B",
    nameZh: "昇腾910B",
    aliases: ["910B", "Ascend910B", "昇腾 910B", "Huawei Ascend 910B"],
    family: "Ascend",
    kind: "accelerator",
    status: "shipping",
    ...epochDate("2022-03-17"),
    processNode: "7 nm",
    foundry: "SMIC",
    description:
      "Huawei Ascend accelerator made at 7 nm by SMIC according to Epoch AI, whose sources disagree on its performance (376, 220 or 320 TFLOPS).",
    specs: [
      ...epoch(
        "https://archive.ph/cF945",
        { bf16_tflops: 376, memory_gb: 32, memory_bandwidth_tbs: 1.228 },
        {
          bf16_tflops: "Epoch AI notes that different sources report different performance (376 TFLOPS vs 220 TFLOPS vs 320 TFLOPS); EvoKernel Spec gives 320 TFLOPS",
          memory_gb: "EvoKernel Spec gives 64 GB",
          memory_bandwidth_tbs: "EvoKernel Spec gives 1.6 TB/s",
        },
      ),
      ...evokernel(
        {
          url: "https://e.huawei.com/en/products/computing/ascend",
          citation: "Huawei Ascend 910B product overview",
          accessed: "2026-04-28",
        },
        { int8_tops: 640, memory_type: "HBM2e", tdp_w: 400, interconnect: "HCCS 392 GB/s x8" },
      ),
    ],
  },
  {
    slug: "ascend-910b1-v1",
    vendor: "huawei",
    name: "Ascend 910B1 (v1)",
    aliases: ["Huawei Ascend 910B1 (v1)"],
    family: "Ascend",
    kind: "accelerator",
    status: "shipping",
    processNode: "7 nm",
    foundry: "SMIC",
    description: "Variant of the Ascend 910B that Epoch AI lists, citing CSET, as a 7 nm SMIC part available in China.",
    specs: [
      ...epoch(
        "https://cset.georgetown.edu/publication/pushing-the-limits-huaweis-ai-chip-tests-u-s-export-controls/#:~:text=Ascend%20910%20models%20range%20from,specially%20designed%20for%20AI%20operations",
        { bf16_tflops: 400, memory_gb: 64, memory_bandwidth_tbs: 1.6 },
      ),
    ],
  },
  {
    slug: "ascend-910b1-v2",
    vendor: "huawei",
    name: "Ascend 910B1 (v2)",
    aliases: ["Huawei Ascend 910B1 (v2)"],
    family: "Ascend",
    kind: "accelerator",
    processNode: "7 nm",
    foundry: "SMIC",
    description:
      "Second version of the Ascend 910B1 that Epoch AI lists, citing CSET, as a 7 nm SMIC part, with memory figures only.",
    specs: [
      ...epoch(
        "https://cset.georgetown.edu/publication/pushing-the-limits-huaweis-ai-chip-tests-u-s-export-controls/#:~:text=Ascend%20910%20models%20range%20from,specially%20designed%20for%20AI%20operations",
        { memory_gb: 64, memory_bandwidth_tbs: 1.6 },
      ),
    ],
  },
  {
    slug: "ascend-910b2",
    vendor: "huawei",
    name: "Ascend 910B2",
    aliases: ["Huawei Ascend 910B2"],
    family: "Ascend",
    kind: "accelerator",
    status: "shipping",
    processNode: "7 nm",
    foundry: "SMIC",
    description: "Variant of the Ascend 910B that Epoch AI lists, citing CSET, as a 7 nm SMIC part available in China.",
    specs: [
      ...epoch(
        "https://cset.georgetown.edu/publication/pushing-the-limits-huaweis-ai-chip-tests-u-s-export-controls/#:~:text=Ascend%20910%20models%20range%20from,specially%20designed%20for%20AI%20operations",
        { bf16_tflops: 376, memory_gb: 64, memory_bandwidth_tbs: 1.6 },
      ),
    ],
  },
  {
    slug: "ascend-910b3",
    vendor: "huawei",
    name: "Ascend 910B3",
    aliases: ["Huawei Ascend 910B3"],
    family: "Ascend",
    kind: "accelerator",
    status: "shipping",
    processNode: "7 nm",
    foundry: "SMIC",
    description: "Variant of the Ascend 910B that Epoch AI lists, citing CSET, as a 7 nm SMIC part available in China.",
    specs: [
      ...epoch(
        "https://cset.georgetown.edu/publication/pushing-the-limits-huaweis-ai-chip-tests-u-s-export-controls/#:~:text=Ascend%20910%20models%20range%20from,specially%20designed%20for%20AI%20operations",
        { bf16_tflops: 313, memory_gb: 64, memory_bandwidth_tbs: 1.6 },
      ),
    ],
  },
  {
    slug: "ascend-910b4",
    vendor: "huawei",
    name: "Ascend 910B4",
    aliases: ["Huawei Ascend 910B4"],
    family: "Ascend",
    kind: "accelerator",
    status: "shipping",
    processNode: "7 nm",
    foundry: "SMIC",
    description: "Variant of the Ascend 910B that Epoch AI lists, citing CSET, as a 7 nm SMIC part available in China.",
    specs: [
      ...epoch(
        "https://cset.georgetown.edu/publication/pushing-the-limits-huaweis-ai-chip-tests-u-s-export-controls/#:~:text=Ascend%20910%20models%20range%20from,specially%20designed%20for%20AI%20operations",
        { bf16_tflops: 280, memory_gb: 32, memory_bandwidth_tbs: 0.8 },
      ),
    ],
  },
  {
    slug: "ascend-910b-pro",
    vendor: "huawei",
    name: "Ascend 910B Pro",
    aliases: ["Huawei Ascend 910B Pro"],
    family: "Ascend",
    kind: "accelerator",
    status: "shipping",
    processNode: "7 nm",
    foundry: "SMIC",
    description: "Variant of the Ascend 910B that Epoch AI lists, citing CSET, as a 7 nm SMIC part available in China.",
    specs: [
      ...epoch(
        "https://cset.georgetown.edu/publication/pushing-the-limits-huaweis-ai-chip-tests-u-s-export-controls/#:~:text=Ascend%20910%20models%20range%20from,specially%20designed%20for%20AI%20operations",
        { bf16_tflops: 280, memory_gb: 32, memory_bandwidth_tbs: 1.228 },
      ),
    ],
  },
  {
    slug: "ascend-910c",
    vendor: "huawei",
    name: "Ascend 910C",
    nameZh: "昇腾910C",
    aliases: ["910C", "Ascend910C", "昇腾 910C"],
    family: "Ascend",
    kind: "accelerator",
    status: "shipping",
    ...evokernelYear(2024),
    description:
      "Huawei Ascend accelerator in OAM form that EvoKernel Spec lists as in production since 2024, with vendor-claimed and only partly public specs.",
    specs: [
      ...evokernel(
        {
          url: "https://e.huawei.com/en/products/computing/ascend",
          citation: "Huawei Ascend 910C announcement (vendor-claimed; specs partially public)",
          accessed: "2026-04-28",
        },
        {
          bf16_tflops: 800,
          int8_tops: 1600,
          memory_gb: 128,
          memory_type: "HBM3",
          memory_bandwidth_tbs: 3.2,
          tdp_w: 700,
          interconnect: "HCCS-v2 784 GB/s x8",
        },
      ),
    ],
  },
  {
    slug: "ascend-910d",
    vendor: "huawei",
    name: "Ascend 910D",
    nameZh: "华为昇腾 910D",
    aliases: ["昇腾 910D", "昇腾 910D 旗舰", "Huawei Ascend 910D"],
    family: "Ascend",
    kind: "accelerator",
    // EvoKernel's row says "in-production", but the reference README says the 910D row describes an announced part.
    status: "announced",
    ...evokernelYear(2025),
    description:
      "Huawei Ascend accelerator that EvoKernel Spec positions as the next-generation flagship after the 910C, with native FP8; the reference notes describe it as an announced part.",
    specs: [
      ...evokernel(
        {
          url: "https://e.huawei.com/cn/products/computing/ascend",
          citation: "Huawei Ascend 910D product positioning (next-gen flagship after 910C; 192 GB HBM3 @ 3.2 TB/s, 700W TDP, FP8 native, designed for DeepSeek V3 / Qwen 3.6 671B+ inference at scale).",
          accessed: "2026-05-03",
        },
        {
          bf16_tflops: 640,
          fp8_support: true,
          fp8_tflops: 1280,
          int8_tops: 1280,
          memory_gb: 192,
          memory_type: "HBM3",
          memory_bandwidth_tbs: 3.2,
          tdp_w: 700,
          interconnect: "HCCS-2 800 GB/s x64",
        },
      ),
    ],
  },
  {
    slug: "ascend-950",
    vendor: "huawei",
    name: "Ascend 950",
    nameZh: "昇腾 950",
    aliases: ["昇腾950", "华为昇腾950"],
    family: "Ascend",
    kind: "accelerator",
    status: "announced",
    ...evokernelYear(2026),
    description:
      "Huawei Ascend accelerator from a roadmap Huawei announced in the third quarter of 2025, which EvoKernel Spec lists as announced for 2026.",
    specs: [
      ...evokernel(
        {
          url: "https://e.huawei.com/cn/products/computing/ascend-950",
          citation: "华为 2025 Q3 公告昇腾 950 路线图：FP4 原生 4.5 PFLOPS，HBM3e 256 GB，HCCS-v3 1.6 TB/s scale-up，MindIE 2.0 + CANN 9.0 软件栈支持",
          accessed: "2026-04-29",
        },
        {
          bf16_tflops: 1500,
          fp8_support: true,
          fp8_tflops: 2250,
          int8_tops: 3000,
          memory_gb: 256,
          memory_type: "HBM3e",
          memory_bandwidth_tbs: 6.4,
          tdp_w: 1200,
          interconnect: "HCCS-v3 1600 GB/s x16",
        },
      ),
    ],
  },
  {
    slug: "cloudmatrix-384",
    vendor: "huawei",
    name: "CloudMatrix 384",
    aliases: ["CloudMatrix"],
    kind: "system",
    description:
      "Huawei AI computing system that, according to a seed article, links up to 384 Ascend processors but draws much power and lacks native FP8 support.",
    specs: [
      fromArticle("chip_count", 384, "en reliant jusqu’à 384 processeurs Ascend"),
      fromArticle("fp8_support", false, "l’absence de support natif pour FP8"),
    ],
  },
  {
    slug: "h20",
    vendor: "nvidia",
    name: "H20",
    aliases: ["NVIDIA HGX H20", "HGX H20"],
    kind: "accelerator",
    status: "shipping",
    ...epochDate("2023-11-09"),
    description:
      "Nvidia GPU that Epoch AI lists as released on 9 November 2023 and, unlike the H100, available in China.",
    specs: [
      ...epoch(
        "https://viperatech.com/shop/nvidia-hgx-h20/",
        { bf16_tflops: 148, int8_tops: 296, memory_gb: 96, memory_bandwidth_tbs: 4, tdp_w: 400 },
      ),
    ],
  },
  {
    slug: "h100",
    vendor: "nvidia",
    name: "H100 SXM5 80GB",
    aliases: ["H100 SXM", "H100-80GB", "NVIDIA H100 SXM5 80GB", "H100"],
    kind: "accelerator",
    status: "shipping",
    ...epochDate("2022-09-20"),
    processNode: "5 nm",
    foundry: "TSMC",
    description:
      "Nvidia GPU made at 5 nm by TSMC and released on 20 September 2022, which Epoch AI lists as not available in China.",
    specs: [
      ...epoch(
        "https://resources.nvidia.com/en-us-tensor-core/nvidia-tensor-core-gpu-datasheet",
        { bf16_tflops: 989.5, int8_tops: 1979, memory_gb: 80, memory_bandwidth_tbs: 3.35, tdp_w: 700 },
        { bf16_tflops: "EvoKernel Spec gives 989 TFLOPS" },
      ),
      ...evokernel(
        {
          url: "https://resources.nvidia.com/en-us-tensor-core",
          citation: "NVIDIA H100 Tensor Core GPU Datasheet ; NVIDIA H100 product page memory specifications",
          accessed: "2026-04-28",
        },
        { fp8_support: true, fp8_tflops: 1979, memory_type: "HBM3", interconnect: "NVLink-4.0 900 GB/s x8" },
      ),
    ],
  },
  {
    slug: "h800",
    vendor: "nvidia",
    name: "H800",
    aliases: ["NVIDIA H800"],
    kind: "accelerator",
    status: "shipping",
    ...epochDate("2023-03-21"),
    processNode: "5 nm",
    foundry: "TSMC",
    description:
      "Nvidia GPU made at 5 nm by TSMC and released on 21 March 2023; Epoch AI gives no performance or memory figures for it and lists it as not available in China.",
    specs: [],
  },
  {
    slug: "a100",
    vendor: "nvidia",
    name: "A100 SXM4 80GB",
    aliases: ["A100 SXM", "A100-80GB", "A100", "NVIDIA A100 SXM4 80GB", "NVIDIA A100 SXM4 80 GB"],
    kind: "accelerator",
    status: "shipping",
    ...epochDate("2020-11-16"),
    processNode: "7 nm",
    foundry: "TSMC",
    description:
      "Nvidia GPU made at 7 nm by TSMC and released on 16 November 2020, which Epoch AI lists as not available in China.",
    specs: [
      ...epoch(
        "https://www.techpowerup.com/gpu-specs/a100-sxm4-80-gb.c3746",
        { bf16_tflops: 312, int8_tops: 624, memory_gb: 80, memory_bandwidth_tbs: 2.039, tdp_w: 400 },
      ),
      ...evokernel(
        {
          url: "https://www.nvidia.com/en-us/data-center/a100/",
          citation: "NVIDIA A100 Tensor Core GPU Datasheet (80GB SXM variant)",
          accessed: "2026-04-28",
        },
        { memory_type: "HBM2e", interconnect: "NVLink-3.0 600 GB/s x8" },
      ),
    ],
  },
  {
    slug: "h200",
    vendor: "nvidia",
    name: "H200 SXM 141GB",
    aliases: ["H200", "H200 141GB", "NVIDIA H200 SXM 141GB"],
    kind: "accelerator",
    status: "shipping",
    ...evokernelYear(2024),
    description: "Nvidia GPU in SXM form with 141 GB of HBM3e that EvoKernel Spec lists as in production since 2024.",
    specs: [
      ...evokernel(
        {
          url: "https://www.nvidia.com/en-us/data-center/h200/",
          citation: "NVIDIA H200 Tensor Core GPU product page",
          accessed: "2026-04-28",
        },
        {
          bf16_tflops: 989,
          fp8_support: true,
          fp8_tflops: 1979,
          int8_tops: 1979,
          memory_gb: 141,
          memory_type: "HBM3e",
          memory_bandwidth_tbs: 4.8,
          tdp_w: 700,
          interconnect: "NVLink-4.0 900 GB/s x8",
        },
      ),
    ],
  },
  {
    slug: "b200",
    vendor: "nvidia",
    name: "B200 SXM 180GB",
    aliases: ["B200", "NVIDIA B200 SXM 180GB"],
    family: "Blackwell",
    kind: "accelerator",
    status: "shipping",
    ...evokernelYear(2024),
    description:
      "Nvidia Blackwell GPU in SXM form with 180 GB of HBM3e that EvoKernel Spec lists as in production since 2024.",
    specs: [
      ...evokernel(
        {
          url: "https://www.nvidia.com/en-us/data-center/dgx-b200/",
          citation: "NVIDIA Blackwell B200 product specifications",
          accessed: "2026-04-28",
        },
        {
          bf16_tflops: 2250,
          fp8_support: true,
          fp8_tflops: 4500,
          int8_tops: 4500,
          memory_gb: 180,
          memory_type: "HBM3e",
          memory_bandwidth_tbs: 8,
          tdp_w: 1000,
          interconnect: "NVLink-5.0 1800 GB/s x8",
        },
      ),
    ],
  },
  {
    slug: "gb200-nvl72",
    vendor: "nvidia",
    name: "GB200 NVL72",
    aliases: ["GB200", "NVIDIA GB200 NVL72"],
    family: "Blackwell",
    kind: "system",
    status: "shipping",
    ...evokernelYear(2024),
    description:
      "Nvidia system whose figures EvoKernel Spec gives per GPU, each GB200 containing two B200s, linked by NVLink across 72 GPUs.",
    specs: [
      ...evokernel(
        {
          url: "https://www.nvidia.com/en-us/data-center/gb200-nvl72/",
          citation: "NVIDIA GB200 NVL72 product page; per-GPU specs (each GB200 contains 2 B200s)",
          accessed: "2026-04-28",
        },
        {
          bf16_tflops: 2250,
          fp8_support: true,
          fp8_tflops: 4500,
          int8_tops: 4500,
          memory_gb: 192,
          memory_type: "HBM3e",
          memory_bandwidth_tbs: 8,
          tdp_w: 1200,
          interconnect: "NVLink-5.0 1800 GB/s x72",
        },
      ),
    ],
  },
  {
    slug: "blackwell",
    vendor: "nvidia",
    name: "Blackwell",
    aliases: [],
    family: "Blackwell",
    kind: "series",
    description:
      "Nvidia's Blackwell line of GPUs; a seed article reports that Jensen Huang sought to sell cut-down Blackwell chips to China.",
    specs: [],
  },
  {
    slug: "kunlun",
    vendor: "baidu",
    name: "Kunlun",
    aliases: [],
    family: "Kunlun",
    kind: "series",
    description:
      "Baidu's Kunlun line of AI chips, which a seed article says serves Baidu both to save costs and as protection against sanctions.",
    specs: [],
  },
  {
    slug: "kunlun-p800",
    vendor: "baidu",
    name: "Kunlun P800",
    aliases: ["P800"],
    family: "Kunlun",
    kind: "accelerator",
    description:
      "Baidu chip that, according to a seed article, Baidu is testing on advanced versions of its Ernie model.",
    specs: [],
  },
  {
    slug: "zhenwu",
    vendor: "alibaba",
    name: "Zhenwu",
    aliases: ["Zhenwu processing unit"],
    kind: "accelerator",
    description:
      "Processing unit that, according to a seed article, Alibaba's semiconductor division created for cloud-based AI workloads.",
    specs: [],
  },
  {
    slug: "hanguang-800",
    vendor: "alibaba",
    name: "Hanguang 800",
    nameZh: "含光800",
    aliases: ["平头哥 含光 800"],
    family: "Hanguang",
    kind: "accelerator",
    status: "shipping",
    ...evokernelYear(2019),
    description:
      "T-Head (Pingtouge) accelerator card launched at Alibaba Cloud's Apsara conference in 2019, according to EvoKernel Spec.",
    specs: [
      ...evokernel(
        {
          url: "https://www.t-head.cn/",
          citation: "T-Head HanGuang 800 launch coverage (Alibaba Cloud Apsara 2019)",
          accessed: "2026-04-28",
        },
        {
          bf16_tflops: 25,
          int8_tops: 825,
          memory_gb: 16,
          memory_type: "LPDDR5",
          memory_bandwidth_tbs: 0.256,
          tdp_w: 280,
          interconnect: "PCIe-Gen4 64 GB/s x4",
        },
      ),
    ],
  },
  {
    slug: "siyuan-590",
    vendor: "cambricon",
    name: "Siyuan 590",
    nameZh: "思元590",
    aliases: ["MLU590", "寒武纪 思元 590"],
    family: "Siyuan",
    kind: "accelerator",
    status: "shipping",
    ...evokernelYear(2023),
    description:
      "Cambricon accelerator in OAM form that EvoKernel Spec lists as in production since 2023, noting limited public detail.",
    specs: [
      ...evokernel(
        {
          url: "https://www.cambricon.com/",
          citation: "Cambricon MLU590 product overview (limited public detail)",
          accessed: "2026-04-28",
        },
        {
          bf16_tflops: 256,
          int8_tops: 512,
          memory_gb: 64,
          memory_type: "HBM2e",
          memory_bandwidth_tbs: 1.228,
          tdp_w: 350,
          interconnect: "MLU-Link-v2 400 GB/s x8",
        },
      ),
    ],
  },
  {
    slug: "mlu220",
    vendor: "cambricon",
    name: "MLU220",
    nameZh: "寒武纪思元 220",
    aliases: ["Cambricon MLU220", "思元 220", "MLU220 边缘计算", "寒武纪边缘 NPU", "Cambricon MLU220 (思元 220 边缘计算芯片)"],
    family: "Siyuan",
    kind: "accelerator",
    status: "shipping",
    ...evokernelYear(2020),
    description:
      "Cambricon edge-computing chip in M.2 and Mini-PCIe form that EvoKernel Spec lists as in production since 2020.",
    specs: [
      ...evokernel(
        {
          url: "https://www.cambricon.com/index.php?m=content&c=index&a=lists&catid=68",
          citation: "Cambricon MLU220 product line: 16 INT8 TOPS / 8 BF16 TFLOPS in 8W TDP; 8 GB LPDDR5 (option for 16 GB); 8 MB L2 cache; PCIe Gen4 x4; M.2 + Mini-PCIe form factors; ¥800-2000 RMB chip cost.",
          accessed: "2026-05-03",
        },
        {
          bf16_tflops: 8,
          int8_tops: 16,
          memory_gb: 8,
          memory_type: "LPDDR5",
          memory_bandwidth_tbs: 0.026,
          tdp_w: 8,
          interconnect: "PCIe-Gen4 16 GB/s x4",
        },
      ),
    ],
  },
  {
    slug: "mlu290",
    vendor: "cambricon",
    name: "MLU290",
    nameZh: "寒武纪思元 290",
    aliases: ["MLU290-M5", "Cambricon MLU290", "思元 290 训练加速卡", "MLU290 数据中心卡", "寒武纪 MLU290 (思元 290 训练加速卡)"],
    family: "Siyuan",
    kind: "accelerator",
    status: "shipping",
    ...evokernelYear(2021),
    description:
      "Cambricon OAM training card aimed at LLM training and recommendation inference, which EvoKernel Spec lists as in production since 2021.",
    specs: [
      ...evokernel(
        {
          url: "https://www.cambricon.com/index.php?m=content&c=index&a=lists&catid=68",
          citation: "Cambricon MLU290-M5 product page: 64 BF16 TFLOPS / 256 INT8 TOPS at 350W TDP; 32 GB HBM2 @ 1.23 TB/s; OAM v1.0 form factor; MLU-Link gen1 8-card scale-up; targeted at LLM training + recommendation system inference.",
          accessed: "2026-05-03",
        },
        {
          bf16_tflops: 64,
          int8_tops: 256,
          memory_gb: 32,
          memory_type: "HBM2",
          memory_bandwidth_tbs: 1.23,
          tdp_w: 350,
          interconnect: "MLU-Link 192 GB/s x8",
        },
      ),
    ],
  },
  {
    slug: "mlu370-x8",
    vendor: "cambricon",
    name: "MLU370-X8",
    nameZh: "思元370-X8",
    aliases: ["寒武纪 MLU370-X8"],
    family: "Siyuan",
    kind: "accelerator",
    status: "shipping",
    ...evokernelYear(2022),
    description:
      "Cambricon PCIe accelerator card of the MLU370 series that EvoKernel Spec lists as in production since 2022.",
    specs: [
      ...evokernel(
        {
          url: "https://www.cambricon.com/",
          citation: "Cambricon MLU370 series product overview",
          accessed: "2026-04-28",
        },
        {
          bf16_tflops: 96,
          int8_tops: 256,
          memory_gb: 48,
          memory_type: "HBM2e",
          memory_bandwidth_tbs: 0.614,
          tdp_w: 250,
          interconnect: "MLU-Link 200 GB/s x8",
        },
      ),
    ],
  },
  {
    slug: "br100",
    vendor: "biren",
    name: "BR100",
    nameZh: "壁仞BR100",
    aliases: ["壁仞 BR100"],
    kind: "accelerator",
    status: "discontinued",
    ...evokernelYear(2022),
    description:
      "Biren OAM accelerator launched in 2022 and affected by export controls, which EvoKernel Spec lists as discontinued.",
    specs: [
      ...evokernel(
        {
          url: "https://www.birentech.com/",
          citation: "Biren BR100 launch announcement (export-control affected)",
          accessed: "2026-04-28",
        },
        {
          bf16_tflops: 256,
          int8_tops: 1024,
          memory_gb: 64,
          memory_type: "HBM2e",
          memory_bandwidth_tbs: 2.3,
          tdp_w: 550,
          interconnect: "BLink 512 GB/s x8",
        },
      ),
    ],
  },
  {
    slug: "br104",
    vendor: "biren",
    name: "BR104",
    nameZh: "壁仞BR104",
    aliases: ["壁仞 BR104"],
    kind: "accelerator",
    status: "shipping",
    ...evokernelYear(2023),
    description:
      "Biren PCIe accelerator that EvoKernel Spec describes as the export-control compliant variant of the BR100.",
    specs: [
      ...evokernel(
        {
          url: "https://www.birentech.com/",
          citation: "Biren BR104 announcement (export-control compliant variant of BR100)",
          accessed: "2026-04-28",
        },
        {
          bf16_tflops: 128,
          int8_tops: 512,
          memory_gb: 32,
          memory_type: "HBM2e",
          memory_bandwidth_tbs: 1.15,
          tdp_w: 300,
          interconnect: "BLink 256 GB/s x8",
        },
      ),
    ],
  },
  {
    slug: "yunsui-t21",
    vendor: "enflame",
    name: "Yunsui T21",
    nameZh: "云燧T21",
    aliases: ["T21", "燧原 云燧 T21"],
    family: "Yunsui",
    kind: "accelerator",
    status: "shipping",
    ...evokernelYear(2023),
    description:
      "Enflame PCIe accelerator that EvoKernel Spec lists as in production since 2023, noting limited public specs.",
    specs: [
      ...evokernel(
        {
          url: "https://www.enflame-tech.com/",
          citation: "Enflame Yunsui T21 product page (limited public spec)",
          accessed: "2026-04-28",
        },
        {
          bf16_tflops: 192,
          int8_tops: 384,
          memory_gb: 64,
          memory_type: "HBM2e",
          memory_bandwidth_tbs: 1.6,
          tdp_w: 400,
          interconnect: "Enflame-Link 300 GB/s x8",
        },
      ),
    ],
  },
  {
    slug: "dcu-k100",
    vendor: "hygon",
    name: "DCU K100",
    nameZh: "深算二号",
    aliases: ["K100", "海光K100", "海光 DCU K100"],
    family: "DCU",
    kind: "accelerator",
    status: "shipping",
    ...evokernelYear(2024),
    description:
      "Hygon DCU accelerator in OAM form that EvoKernel Spec lists as in production since 2024, its details vendor-claimed and still emerging.",
    specs: [
      ...evokernel(
        {
          url: "https://www.hygon.cn/",
          citation: "Hygon K100 announcement (vendor-claimed; details still emerging)",
          accessed: "2026-04-28",
        },
        {
          bf16_tflops: 192,
          int8_tops: 384,
          memory_gb: 96,
          memory_type: "HBM3",
          memory_bandwidth_tbs: 2.4,
          tdp_w: 600,
          interconnect: "Hygon-Link 400 GB/s x8",
        },
      ),
    ],
  },
  {
    slug: "dcu-z100",
    vendor: "hygon",
    name: "DCU Z100",
    nameZh: "深算一号",
    aliases: ["Z100", "海光Z100", "海光 DCU Z100"],
    family: "DCU",
    kind: "accelerator",
    status: "shipping",
    ...evokernelYear(2022),
    description:
      "Hygon DCU accelerator card in PCIe form that EvoKernel Spec lists as in production since 2022, noting limited public detail.",
    specs: [
      ...evokernel(
        {
          url: "https://www.hygon.cn/",
          citation: "Hygon DCU product overview (limited detail public)",
          accessed: "2026-04-28",
        },
        {
          bf16_tflops: 96,
          int8_tops: 192,
          memory_gb: 64,
          memory_type: "HBM2e",
          memory_bandwidth_tbs: 1.024,
          tdp_w: 350,
          interconnect: "PCIe-Gen4 64 GB/s x8",
        },
      ),
    ],
  },
  {
    slug: "bi-v150",
    vendor: "iluvatar-corex",
    name: "BI-V150",
    nameZh: "天垓150",
    aliases: ["Tianhe 150", "BI-150", "天数智芯 BI-V150", "天垓 150 训练加速卡", "天数智芯 天垓 150 (Iluvatar BI-V150)"],
    family: "Tianhe",
    kind: "accelerator",
    status: "shipping",
    ...evokernelYear(2024),
    description:
      "Iluvatar CoreX PCIe training card aimed at thousand-card domestic LLM training, which EvoKernel Spec lists as in production since 2024.",
    specs: [
      ...evokernel(
        {
          url: "https://www.iluvatar.com/productDetail?fullCode=cpjs-yj-tlxl-Tlxl",
          citation: "Iluvatar BI-V150 product page: 240 BF16 TFLOPS / 480 FP8 TFLOPS / 480 INT8 TOPS at 600W TDP; 64 GB HBM3 @ 2.4 TB/s; PCIe Gen5 ×16; CoreX-Link 600 GB/s 8-card scale-up fabric; targeted at 千卡级 国产 LLM training.",
          accessed: "2026-05-03",
        },
        {
          bf16_tflops: 240,
          fp8_support: true,
          fp8_tflops: 480,
          int8_tops: 480,
          memory_gb: 64,
          memory_type: "HBM3",
          memory_bandwidth_tbs: 2.4,
          tdp_w: 600,
          interconnect: "CoreX-Link 600 GB/s x8",
        },
      ),
    ],
  },
  {
    slug: "tianhe-100",
    vendor: "iluvatar-corex",
    name: "Tianhe 100",
    nameZh: "天垓100",
    aliases: ["天数智芯 天垓 100"],
    family: "Tianhe",
    kind: "accelerator",
    status: "shipping",
    ...evokernelYear(2023),
    description: "Iluvatar CoreX PCIe accelerator that EvoKernel Spec lists as in production since 2023.",
    specs: [
      ...evokernel(
        {
          url: "https://www.iluvatar.com/",
          citation: "Iluvatar CoreX 天垓 100 product overview",
          accessed: "2026-04-28",
        },
        {
          bf16_tflops: 95,
          int8_tops: 190,
          memory_gb: 32,
          memory_type: "HBM2e",
          memory_bandwidth_tbs: 1.2,
          tdp_w: 300,
          interconnect: "PCIe-Gen4 64 GB/s x8",
        },
      ),
    ],
  },
  {
    slug: "c500",
    vendor: "metax",
    name: "C500",
    nameZh: "曦云C500",
    aliases: ["沐曦 曦云 C500"],
    kind: "accelerator",
    status: "shipping",
    ...evokernelYear(2024),
    description:
      "MetaX PCIe accelerator that EvoKernel Spec lists as in production since 2024, noting limited public detail.",
    specs: [
      ...evokernel(
        {
          url: "https://www.metax-tech.com/",
          citation: "MetaX 曦云 C500 launch announcement (limited public detail)",
          accessed: "2026-04-28",
        },
        {
          bf16_tflops: 128,
          int8_tops: 256,
          memory_gb: 64,
          memory_type: "HBM2e",
          memory_bandwidth_tbs: 1.8,
          tdp_w: 350,
          interconnect: "MetaXLink 200 GB/s x8",
        },
      ),
    ],
  },
  {
    slug: "mtt-s4000",
    vendor: "moore-threads",
    name: "MTT S4000",
    nameZh: "摩尔线程 MTT S4000",
    aliases: ["KUAE S4000"],
    family: "MTT",
    kind: "accelerator",
    status: "shipping",
    ...evokernelYear(2024),
    description:
      "Moore Threads PCIe accelerator with GDDR6 memory that EvoKernel Spec lists as in production since 2024.",
    specs: [
      ...evokernel(
        {
          url: "https://www.mthreads.com/product/S4000",
          citation: "Moore Threads MTT S4000 product page",
          accessed: "2026-04-28",
        },
        {
          bf16_tflops: 100,
          int8_tops: 200,
          memory_gb: 48,
          memory_type: "GDDR6",
          memory_bandwidth_tbs: 0.768,
          tdp_w: 450,
          interconnect: "MTLink 240 GB/s x8",
        },
      ),
    ],
  },
  {
    slug: "mtt-s5000",
    vendor: "moore-threads",
    name: "MTT S5000",
    nameZh: "摩尔线程 MTT S5000",
    aliases: ["Moore Threads S5000", "摩尔线程 S5000", "MTT S5000 数据中心卡", "Moore Threads MTT S5000"],
    family: "MTT",
    kind: "accelerator",
    status: "shipping",
    ...evokernelYear(2025),
    description:
      "Moore Threads data-centre PCIe card on the MUSA 3 architecture, launched in the first quarter of 2025 according to EvoKernel Spec.",
    specs: [
      ...evokernel(
        {
          url: "https://www.mthreads.com/product/mtt-s5000",
          citation: "Moore Threads MTT S5000 product page: MUSA 3 architecture, 64 GB HBM3 @ 1.6 TB/s, 200 TFLOPS FP8, 450W TDP, 2025 Q1 launch.",
          accessed: "2026-05-03",
        },
        {
          bf16_tflops: 100,
          fp8_support: true,
          fp8_tflops: 200,
          int8_tops: 200,
          memory_gb: 64,
          memory_type: "HBM3",
          memory_bandwidth_tbs: 1.6,
          tdp_w: 450,
          interconnect: "MTLink-3 240 GB/s x8",
        },
      ),
    ],
  },
  {
    slug: "bm1684x",
    vendor: "sophgo",
    name: "BM1684X",
    nameZh: "算能 BM1684X",
    aliases: ["Sophgo BM1684X", "Sophon BM1684X", "比特大陆边缘 AI 芯片", "Sophgo BM1684X (算能 BM1684X 边缘 AI 芯片)"],
    family: "Sophon",
    kind: "accelerator",
    status: "shipping",
    ...evokernelYear(2023),
    description:
      "Sophgo edge AI chip in M.2, Mini-PCIe and EVB carrier forms that EvoKernel Spec lists as in production since 2023.",
    specs: [
      ...evokernel(
        {
          url: "https://www.sophgo.com/sophon-u/product/introduce/bm1684x.html",
          citation: "Sophgo BM1684X product page: 16 BF16 TFLOPS / 32 INT8 TOPS in 30W TDP; 16 GB LPDDR5 (option for 32 GB); 32 MB on-chip SRAM; PCIe Gen4 x4; M.2 + Mini-PCIe + EVB carrier form factors; ¥1500-3000 RMB chip cost.",
          accessed: "2026-05-03",
        },
        {
          bf16_tflops: 16,
          int8_tops: 32,
          memory_gb: 16,
          memory_type: "LPDDR5",
          memory_bandwidth_tbs: 0.051,
          tdp_w: 30,
          interconnect: "PCIe-Gen4 16 GB/s x8",
        },
      ),
    ],
  },
];
