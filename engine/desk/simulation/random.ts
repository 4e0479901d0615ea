/**
 * A seeded pseudo-random source (sfc32, seeded through splitmix32): the same seed gives the same day.
 * Math.random cannot be seeded, and a simulation that cannot be replayed cannot be checked.
 */
export interface Random {
  /** Uniform in (0, 1): never 0, so logarithms stay finite. */
  next(): number;
  /** Exponential with this mean. */
  exponential(mean: number): number;
  /** Lognormal with this mean and coefficient of variation (standard deviation ÷ mean). */
  lognormal(mean: number, cv: number): number;
}

function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** Makes the source for a seed (any integer). */
export function makeRandom(seed: number): Random {
  const init = splitmix32(seed);
  let [a, b, c, d] = [init(), init(), init(), init()];
  const u32 = () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t;
  };
  for (let i = 0; i < 12; i += 1) u32();
  const next = () => (u32() + 0.5) / 4_294_967_296;
  const normal = () => Math.sqrt(-2 * Math.log(next())) * Math.cos(2 * Math.PI * next());
  return {
    next,
    exponential: (mean) => -mean * Math.log(next()),
    lognormal(mean, cv) {
      const sigma2 = Math.log(1 + cv * cv);
      return Math.exp(Math.log(mean) - sigma2 / 2 + Math.sqrt(sigma2) * normal());
    },
  };
}
