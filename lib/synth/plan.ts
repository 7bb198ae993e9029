// How big each part of the synthetic landscape is for N claims (scripts/synth.ts documents why).

export type SynthPlan = {
  claims: number;
  sources: number;
  companies: number;
  vendors: number;
  regulators: number;
  foundries: number;
  publishers: number;
  labs: number;
  customers: number;
  chips: number;
  events: number;
  users: number;
};

export const CLAIMS_PER_SOURCE = 10;
export const CLAIMS_PER_COMPANY = 200;
export const CLAIMS_PER_CHIP = 300;
export const CLAIMS_PER_EVENT = 500;
export const MAX_COMPANIES = 5000;
export const MAX_CHIPS = 5000;
export const MIN_EVENTS = 20;
export const USERS = 5;

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(max, value));

export function planFor(claims: number): SynthPlan {
  const companies = clamp(Math.ceil(claims / CLAIMS_PER_COMPANY), 40, MAX_COMPANIES);
  const vendors = Math.max(6, Math.round(companies * 0.15));
  const regulators = clamp(Math.round(companies * 0.01), 4, 24);
  const foundries = Math.max(2, Math.round(companies * 0.03));
  const publishers = Math.max(6, Math.round(companies * 0.12));
  const labs = Math.max(4, Math.round(companies * 0.18));
  const customers = companies - vendors - regulators - foundries - publishers - labs;
  return {
    claims,
    sources: Math.ceil(claims / CLAIMS_PER_SOURCE),
    companies,
    vendors,
    regulators,
    foundries,
    publishers,
    labs,
    customers,
    chips: clamp(Math.ceil(claims / CLAIMS_PER_CHIP), vendors * 2, MAX_CHIPS),
    events: Math.max(MIN_EVENTS, Math.round(claims / CLAIMS_PER_EVENT)),
    users: USERS,
  };
}
