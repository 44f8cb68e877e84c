#!/usr/bin/python3
"""Reference values for paybands' percentile engine, computed independently with SciPy/NumPy.

How to run (Debian's SciPy; PyPI is not needed):

    apt-get install -y python3-scipy python3-numpy
    /usr/bin/python3 tests/reference/percentiles.py > tests/core/percentile/scipy-reference.ts
    npx biome format --write tests/core/percentile/scipy-reference.ts

The output is a TypeScript module of pinned constants that tests/core/percentile/*.test.ts
compare against. Nothing here imports or runs paybands' code: every number comes from
scipy.stats.norm (ppf, cdf, sf), scipy.interpolate.PchipInterpolator, numpy.interp,
scipy.optimize.brentq and exact rational arithmetic (fractions.Fraction), following the
method and tail rules written down in docs/methodology.md:

- log-probit: piecewise linear in (norm.ppf(p/100), ln amount); `extend` continues the end
  segments. Ranks: norm.cdf (norm.sf above the median) of the inverse line.
- pchip: PchipInterpolator(p, amount) between the anchors; `extend` is the straight line
  through the end anchor with slope PchipInterpolator.derivative() at that anchor (or the
  end segment's slope if that derivative is 0). Ranks: brentq on the cubic.
- linear: straight lines on (p, amount), exact with Fraction; `extend` continues the end
  lines.
- pareto (above the top anchor): S(x) = S_top (x / x_top)^(-alpha), S = 1 - p/100, alpha
  from the top two anchors: alpha = ln(S_prev / S_top) / ln(x_top / x_prev).
- clamp: the end anchor.
- censored bands: at or below the top uncensored anchor, the uncensored anchors alone;
  above it, the uncensored anchors plus the first censored anchor at its top-code.

Amounts are printed raw (repr, 17 significant digits) and rounded half-even to the dollar.
Ranks are kept strictly inside (0, 100): a tail that would overshoot gives the nearest double
inside (5e-324, or 100 - 2^-46).
"""

import json
import math
import sys
from decimal import ROUND_HALF_EVEN, Decimal
from fractions import Fraction

import numpy as np
import scipy
from scipy.interpolate import PchipInterpolator
from scipy.optimize import brentq
from scipy.stats import norm

LEVELS = {
    "junior": [(25, 82000), (50, 105000), (75, 128000), (90, 152000)],
    "mid": [(25, 120000), (50, 148000), (75, 180000), (90, 215000)],
    "senior": [(25, 162000), (50, 205000), (75, 255000), (90, 305000)],
    "staff": [(25, 240000), (50, 310000), (75, 400000), (90, 490000)],
}
PERCENTILES = [10, 25, 33.3, 50, 60, 80, 90, 95, 99]
DEEP_PERCENTILES = [0.001, 1, 5, 99.5, 99.99]
RANK_AMOUNTS = [50000, 90000, 120000, 150000, 175000, 200000, 231000, 260000, 300000, 350000,
                450000, 600000]
METHODS = ["log-probit", "pchip", "linear"]

# An OEWS-style band whose top two anchors are top-coded ("at least $239,200").
CENSORED = [(10, 98000, False), (25, 125000, False), (50, 168000, False), (75, 212000, False),
            (90, 239200, True)]
CENSORED_TWO = [(10, 60000, False), (25, 80000, False), (50, 150000, False),
                (75, 239200, True), (90, 239200, True)]


def inside(p):
    """Ranks are kept strictly inside (0, 100): the nearest double inside when a tail overshoots."""
    return min(max(p, 5e-324), 100 - 2.0**-46)


def probit(p):
    """Phi^-1(p/100) from SciPy, using the upper tail above the median for accuracy."""
    return float(norm.ppf(p / 100)) if p <= 50 else float(-norm.ppf((100 - p) / 100))


def percentile_of(z):
    return float(100 * norm.cdf(z)) if z <= 0 else float(100 - 100 * norm.sf(z))


class LogProbit:
    def __init__(self, knots):
        self.p = [k[0] for k in knots]
        self.z = np.array([probit(p) for p in self.p])
        self.l = np.log(np.array([k[1] for k in knots], dtype=float))

    def _seg(self, z):
        j = int(np.searchsorted(self.z, z, side="right")) - 1
        return min(max(j, 0), len(self.z) - 2)

    def value(self, p):
        z = probit(p)
        if self.z[0] <= z <= self.z[-1]:
            return float(np.exp(np.interp(z, self.z, self.l)))
        j = self._seg(z)  # an end segment, continued
        t = (z - self.z[j]) / (self.z[j + 1] - self.z[j])
        return float(np.exp(self.l[j] + t * (self.l[j + 1] - self.l[j])))

    def rank(self, x):
        lx = math.log(x)
        if self.l[0] <= lx <= self.l[-1]:
            return percentile_of(float(np.interp(lx, self.l, self.z)))
        j = 0 if lx < self.l[0] else len(self.l) - 2
        t = (lx - self.l[j]) / (self.l[j + 1] - self.l[j])
        return percentile_of(float(self.z[j] + t * (self.z[j + 1] - self.z[j])))


class Pchip:
    def __init__(self, knots):
        self.p = np.array([k[0] for k in knots], dtype=float)
        self.y = np.array([k[1] for k in knots], dtype=float)
        self.f = PchipInterpolator(self.p, self.y, extrapolate=False)
        deriv = self.f.derivative()
        d0 = float(deriv(self.p[0]))
        d1 = float(deriv(self.p[-1]))
        s0 = (self.y[1] - self.y[0]) / (self.p[1] - self.p[0])
        s1 = (self.y[-1] - self.y[-2]) / (self.p[-1] - self.p[-2])
        self.slope_below = d0 if d0 > 0 else float(s0)
        self.slope_above = d1 if d1 > 0 else float(s1)

    def value(self, p):
        if p < self.p[0]:
            return float(self.y[0] + self.slope_below * (p - self.p[0]))
        if p > self.p[-1]:
            return float(self.y[-1] + self.slope_above * (p - self.p[-1]))
        return float(self.f(p))

    def rank(self, x):
        if x < self.y[0]:
            return float(self.p[0] + (x - self.y[0]) / self.slope_below)
        if x > self.y[-1]:
            return float(self.p[-1] + (x - self.y[-1]) / self.slope_above)
        i = int(np.searchsorted(self.y, x))
        if self.y[i] == x:
            return float(self.p[i])
        return float(brentq(lambda q: float(self.f(q)) - x, self.p[i - 1], self.p[i],
                            xtol=1e-15, rtol=8.9e-16, maxiter=500))


class Linear:
    def __init__(self, knots):
        self.p = [Fraction(str(k[0])) for k in knots]
        self.y = [Fraction(k[1]) for k in knots]
        self.pf = np.array([k[0] for k in knots], dtype=float)
        self.yf = np.array([k[1] for k in knots], dtype=float)

    def _seg(self, v, xs):
        j = 0
        while j + 2 < len(xs) and v >= xs[j + 1]:
            j += 1
        return j

    def exact(self, p):
        q = Fraction(str(p))
        j = self._seg(q, self.p)
        return self.y[j] + (self.y[j + 1] - self.y[j]) * (q - self.p[j]) / (self.p[j + 1] - self.p[j])

    def value(self, p):
        v = float(self.exact(p))
        if self.pf[0] <= p <= self.pf[-1]:  # cross-check the exact value with numpy.interp
            assert abs(v - float(np.interp(p, self.pf, self.yf))) <= 1e-9 * v
        return v

    def rank(self, x):
        q = Fraction(x)
        j = self._seg(q, self.y)
        return float(self.p[j] + (self.p[j + 1] - self.p[j]) * (q - self.y[j]) / (self.y[j + 1] - self.y[j]))


def pareto_alpha(knots):
    (p0, x0), (p1, x1) = knots[-2][:2], knots[-1][:2]
    return math.log((100 - p0) / (100 - p1)) / math.log(x1 / x0)


def pareto_value(knots, p):
    p1, x1 = knots[-1][:2]
    return x1 * ((100 - p1) / (100 - p)) ** (1 / pareto_alpha(knots))


def pareto_rank(knots, x):
    p1, x1 = knots[-1][:2]
    return 100 - (100 - p1) * (x / x1) ** (-pareto_alpha(knots))


def curve(method, knots):
    return {"log-probit": LogProbit, "pchip": Pchip, "linear": Linear}[method](knots)


def round_dollar(method, c, p, raw):
    """Half-even to the dollar: exactly for linear, from the float otherwise."""
    if method == "linear" and not isinstance(raw, tuple):
        exact = c.exact(p) if isinstance(c, Linear) else None
        if exact is not None:
            n, r = divmod(exact, 1)
            if r > Fraction(1, 2) or (r == Fraction(1, 2) and n % 2 == 1):
                n += 1
            return int(n)
    d = Decimal(repr(raw))
    frac = d - d.to_integral_value(rounding="ROUND_FLOOR")
    if abs(frac - Decimal("0.5")) < Decimal("1e-6"):
        print(f"warning: {method} p{p} {raw!r} is within 1e-6 of a rounding tie", file=sys.stderr)
    return int(d.quantize(Decimal(1), rounding=ROUND_HALF_EVEN))


def values_for(knots, method, percentiles):
    c = curve(method, knots)
    out = []
    for p in percentiles:
        raw = c.value(p)
        out.append({"p": p, "raw": raw, "rounded": round_dollar(method, c, p, raw)})
    return out


def censored_value(anchors, method, p):
    uncensored = [(a[0], a[1]) for a in anchors if not a[2]]
    first_censored = next((a[0], a[1]) for a in anchors if a[2])
    if p <= uncensored[-1][0]:
        c = curve(method, uncensored)
        return c.value(p), c
    c = curve(method, uncensored + [first_censored])
    return c.value(p), c


def censored_rank(anchors, method, x):
    uncensored = [(a[0], a[1]) for a in anchors if not a[2]]
    first_censored = next((a[0], a[1]) for a in anchors if a[2])
    if x <= uncensored[-1][1]:
        return curve(method, uncensored).rank(x)
    return curve(method, uncensored + [first_censored]).rank(x)


def main():
    out = {"versions": {"python": sys.version.split()[0], "numpy": np.__version__,
                        "scipy": scipy.__version__}}
    levels = {}
    for name, knots in LEVELS.items():
        entry = {"anchors": knots, "values": {}, "deep": {}, "ranks": {}}
        for method in METHODS:
            entry["values"][method] = values_for(knots, method, PERCENTILES)
            entry["deep"][method] = values_for(knots, method, DEEP_PERCENTILES)
            c = curve(method, knots)
            entry["ranks"][method] = [{"amount": x, "rank": inside(c.rank(x))} for x in RANK_AMOUNTS]
        entry["pareto"] = {
            "alpha": pareto_alpha(knots),
            "values": [{"p": p, "raw": pareto_value(knots, p),
                        "rounded": round_dollar("pareto", None, p, pareto_value(knots, p))}
                       for p in [90.5, 95, 99, 99.9]],
            "ranks": [{"amount": x, "rank": inside(pareto_rank(knots, x))}
                      for x in RANK_AMOUNTS if x > knots[-1][1]],
        }
        levels[name] = entry
    out["levels"] = levels

    censored = {}
    for label, anchors in [("oews", CENSORED), ("oewsTwoCensored", CENSORED_TWO)]:
        entry = {"anchors": anchors, "values": {}, "ranks": {}}
        for method in METHODS:
            rows = []
            for p in [5, 25, 50, 60, 75, 80, 85, 89, 90, 95]:
                raw, c = censored_value(anchors, method, p)
                rows.append({"p": p, "raw": raw, "rounded": round_dollar(method, c, p, raw)})
            entry["values"][method] = rows
            entry["ranks"][method] = [
                {"amount": x, "rank": inside(censored_rank(anchors, method, x))}
                for x in [90000, 150000, 200000, 230000, 239200, 260000]
            ]
        censored[label] = entry
    out["censored"] = censored

    out["normal"] = {
        "ppf": [{"p": p, "z": float(norm.ppf(p))}
                for p in [1e-300, 1e-100, 1e-20, 1e-10, 1e-5, 0.001, 0.02425, 0.1, 0.25, 0.3,
                          0.5, 0.6, 0.75, 0.9, 0.975, 0.999, 0.99999]],
        "cdf": [{"z": z, "lower": float(norm.cdf(z)), "upper": float(norm.sf(z))}
                for z in [-37, -20, -8, -5.657, -3, -1, -0.6744, -0.1, 0, 0.3, 0.6745, 1.5,
                          4, 5.66, 8, 20]],
    }

    body = json.dumps(out, indent=2)
    print("// Generated by tests/reference/percentiles.py with SciPy/NumPy: do not edit by hand.")
    print("// Regenerate: /usr/bin/python3 tests/reference/percentiles.py > "
          "tests/core/percentile/scipy-reference.ts && npx biome format --write "
          "tests/core/percentile/scipy-reference.ts")
    print(f"export const SCIPY_REFERENCE = {body} as const;")


if __name__ == "__main__":
    main()
