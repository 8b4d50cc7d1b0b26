#!/usr/bin/python3
"""Reference values for the evaluation statistics, computed with SciPy/numpy (Debian python3-scipy).

Run: /usr/bin/python3 make_fixtures.py > reference.json
The C# tests compare the pipeline's own implementations against these numbers.
"""
import json
import numpy as np
from scipy import stats, special

rng = np.random.default_rng(7)


def tq(p, df):
    """Student t quantile through the inverse incomplete beta function.

    scipy.stats.t.ppf (cephes stdtrit) is only good to about 1e-9 relative (t.sf(t.ppf(0.975, 5), 5)
    is 0.02499999997), so the reference quantiles are computed this way and checked by round trip.
    """
    if p == 0.5:
        return 0.0
    tail = min(p, 1 - p)
    x = special.betaincinv(df / 2, 0.5, 2 * tail)
    t = float(np.sqrt(df * (1 - x) / x))
    assert abs(stats.t.sf(t, df) - tail) <= 1e-11 * tail, (p, df)
    return t if p > 0.5 else -t


t_cdf = [{"t": t, "df": df, "cdf": float(stats.t.cdf(t, df))}
         for df in [1, 2, 3, 5, 10, 29, 99, 499, 1e4] for t in [-40.0, -3.5, -1.96, -0.3, 0.0, 0.7, 2.1, 6.0]]
t_quantile = [{"p": p, "df": df, "q": tq(p, df)}
              for df in [1, 2, 3, 4, 7, 19, 30, 199, 999] for p in [0.0005, 0.025, 0.1, 0.5, 0.8, 0.975, 0.995, 0.9995]]
normal_quantile = [{"p": p, "z": float(stats.norm.ppf(p))}
                   for p in [1e-12, 1e-6, 0.001, 0.02425, 0.05, 0.2, 0.5, 0.8, 0.9, 0.975, 0.99, 0.999999, 1 - 1e-12]]
incomplete_beta = [{"x": x, "a": a, "b": b, "value": float(special.betainc(a, b, x))}
                   for a, b in [(0.5, 0.5), (1, 3), (2.5, 0.5), (10, 20), (50, 0.5), (0.1, 7)] for x in [0.001, 0.2, 0.5, 0.73, 0.999]]
log_gamma = [{"x": x, "value": float(special.gammaln(x))} for x in [0.01, 0.5, 1, 1.5, 2, 7.3, 30, 171.5, 1000]]


def paired_case(name, base, cand, confidence=0.95, groups=None):
    base = np.asarray(base, float)
    cand = np.asarray(cand, float)
    d = cand - base
    n = len(d)
    case = {"name": name, "baseline": base.tolist(), "candidate": cand.tolist(), "confidence": confidence}
    se = lambda x: float(stats.sem(x))

    def tci(x, s, dof):
        c = tq(0.5 + confidence / 2, dof)
        return [float(x.mean() - c * s), float(x.mean() + c * s)]

    case["baseline_mean"] = float(base.mean())
    case["baseline_se"] = se(base)
    case["baseline_ci"] = tci(base, se(base), n - 1)
    case["candidate_mean"] = float(cand.mean())
    case["candidate_se"] = se(cand)
    case["candidate_ci"] = tci(cand, se(cand), n - 1)
    case["diff_mean"] = float(d.mean())
    case["diff_se"] = se(d)
    case["diff_ci"] = tci(d, se(d), n - 1)
    tt = stats.ttest_rel(cand, base)
    case["t"] = float(tt.statistic)
    case["p_value"] = float(tt.pvalue)
    case["correlation"] = float(np.corrcoef(base, cand)[0, 1])
    if groups is not None:
        case["groups"] = groups
        # Cluster-robust SE of the mean difference, written out independently of the C# code:
        # V = G/(G-1) * sum_g (sum_{i in g} e_i)^2 / n^2, groups None = own cluster.
        labels = [g if g is not None else f"__single_{i}" for i, g in enumerate(groups)]
        uniq = sorted(set(labels))
        e = d - d.mean()
        sums = np.array([e[[j for j, l in enumerate(labels) if l == u]].sum() for u in uniq])
        G = len(uniq)
        v = G / (G - 1) * (sums ** 2).sum() / n ** 2
        case["clustered_se"] = float(np.sqrt(v))
        case["clusters"] = G
        case["clustered_ci"] = tci(d, float(np.sqrt(v)), G - 1)
        case["clustered_p_value"] = float(2 * stats.t.sf(abs(d.mean() / np.sqrt(v)), G - 1))
    return case


binary_base = rng.binomial(1, 0.55, 200)
flip = rng.binomial(1, 0.25, 200)
binary_cand = np.where(flip == 1, 1, binary_base)
cases = [
    paired_case("hand", [0.2, 0.5, 0.5, 0.9, 0.4], [0.4, 0.6, 0.5, 1.0, 0.8]),
    paired_case("binary_200", binary_base, binary_cand),
    paired_case("continuous_90", rng.uniform(0, 1, 30).tolist() * 3, (rng.uniform(0, 1, 90) ** 0.8).tolist(), confidence=0.9),
    paired_case("grouped_12", [0.1, 0.4, 0.3, 0.9, 0.5, 0.5, 0.2, 0.8, 0.6, 0.7, 0.1, 0.3],
                [0.3, 0.5, 0.2, 1.0, 0.9, 0.6, 0.4, 0.7, 0.9, 0.9, 0.5, 0.3],
                groups=["a", "a", "a", "b", "b", None, "c", "c", "c", "c", None, "d"]),
]

percentile = {"values": sorted(rng.normal(0, 1, 37).tolist()), "q": [0.0, 0.025, 0.1, 0.5, 0.975, 1.0]}
percentile["expected"] = [float(np.percentile(percentile["values"], 100 * q)) for q in percentile["q"]]

mdd = []
for n in [200, 1000]:
    z = stats.norm.ppf(0.975) + stats.norm.ppf(0.8)
    mdd.append({"n": n, "unpaired": float(z * np.sqrt(2 * 0.25 / n)), "paired_rho_0_5": float(z * 0.5 / np.sqrt(n))})

print(json.dumps({
    "t_cdf": t_cdf, "t_quantile": t_quantile, "normal_quantile": normal_quantile,
    "incomplete_beta": incomplete_beta, "log_gamma": log_gamma, "paired": cases,
    "percentile": percentile, "mdd": mdd,
}, indent=1))
