/**
 * The special functions the queueing formulas need, from stdlib (ports of Boost's implementations:
 * accurate across the whole parameter range, where textbook series and continued fractions lose
 * precision or stall for the large parameters of big centres).
 */
import betainc from '@stdlib/math-base-special-betainc';
import digammaFn from '@stdlib/math-base-special-digamma';
import gammaln from '@stdlib/math-base-special-gammaln';

/** Regularized incomplete beta I_x(a, b) = P(Beta(a, b) <= x). */
export const regularizedBeta = (x: number, a: number, b: number): number => betainc(x, a, b, true, false);

/** ln Γ(x) for x > 0. */
export const logGamma = (x: number): number => gammaln(x);

/** ψ(x), the derivative of ln Γ. */
export const digamma = (x: number): number => digammaFn(x);
