import RealModule

/// Student's t distribution: cumulative distribution and quantile.
///
/// The CDF uses the regularized incomplete beta function, evaluated by its continued fraction
/// (modified Lentz's method); the quantile inverts the CDF by bisection to full double precision,
/// which is slow next to Hill's algorithm 396 but cannot fail to converge.
public enum StudentT {
    /// `P(T ≤ t)` for `degreesOfFreedom > 0`.
    public static func cdf(_ t: Double, degreesOfFreedom: Double) -> Double {
        precondition(degreesOfFreedom > 0, "degrees of freedom must be positive")
        if t == 0 { return 0.5 }
        let x = degreesOfFreedom / (degreesOfFreedom + t * t)
        let tail = 0.5 * IncompleteBeta.regularized(x: x, a: degreesOfFreedom / 2, b: 0.5)
        return t > 0 ? 1 - tail : tail
    }

    /// The `p`-quantile (inverse CDF) for `0 < p < 1`, for example `quantile(0.975, degreesOfFreedom: 8)`
    /// = 2.306004.
    public static func quantile(_ p: Double, degreesOfFreedom: Double) -> Double {
        precondition(p > 0 && p < 1, "p must be in (0, 1)")
        precondition(degreesOfFreedom > 0, "degrees of freedom must be positive")
        if p == 0.5 { return 0 }
        if p < 0.5 { return -quantile(1 - p, degreesOfFreedom: degreesOfFreedom) }
        // Upper tail probability, solved on the tail so that p near 1 keeps its precision.
        let tail = 1 - p
        var low = 0.0, high = 1.0
        while upperTail(high, degreesOfFreedom) > tail { high *= 2; if high > 1e300 { return .infinity } }
        for _ in 0..<200 {
            let middle = (low + high) / 2
            if middle == low || middle == high { break }
            if upperTail(middle, degreesOfFreedom) > tail { low = middle } else { high = middle }
        }
        return (low + high) / 2
    }

    private static func upperTail(_ t: Double, _ degreesOfFreedom: Double) -> Double {
        0.5 * IncompleteBeta.regularized(x: degreesOfFreedom / (degreesOfFreedom + t * t), a: degreesOfFreedom / 2, b: 0.5)
    }
}

/// The regularized incomplete beta function `I_x(a, b)`.
enum IncompleteBeta {
    /// `I_x(a, b)` for `0 ≤ x ≤ 1`, `a, b > 0`, by the continued fraction (Numerical Recipes `betacf`,
    /// modified Lentz), using the symmetry `I_x(a, b) = 1 − I_{1−x}(b, a)` where it converges faster.
    static func regularized(x: Double, a: Double, b: Double) -> Double {
        if x <= 0 { return 0 }
        if x >= 1 { return 1 }
        let logFront = Double.logGamma(a + b) - Double.logGamma(a) - Double.logGamma(b)
            + a * Double.log(x) + b * Double.log(onePlus: -x)
        let front = Double.exp(logFront)
        if x < (a + 1) / (a + b + 2) {
            return front * continuedFraction(x: x, a: a, b: b) / a
        }
        return 1 - front * continuedFraction(x: 1 - x, a: b, b: a) / b
    }

    private static func continuedFraction(x: Double, a: Double, b: Double) -> Double {
        let tiny = 1e-300, epsilon = 1e-16
        let qab = a + b, qap = a + 1, qam = a - 1
        var c = 1.0
        var d = 1 - qab * x / qap
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var h = d
        for m in 1...10_000 {
            let m = Double(m), m2 = 2 * m
            var aa = m * (b - m) * x / ((qam + m2) * (a + m2))
            d = 1 + aa * d; if abs(d) < tiny { d = tiny }
            c = 1 + aa / c; if abs(c) < tiny { c = tiny }
            d = 1 / d
            h *= d * c
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
            d = 1 + aa * d; if abs(d) < tiny { d = tiny }
            c = 1 + aa / c; if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) < epsilon { break }
        }
        return h
    }
}
