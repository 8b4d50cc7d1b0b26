namespace FineTune.Pipeline.Evaluation.Statistics;

/// <summary>Student's t distribution: CDF through the regularized incomplete beta function, quantile by inversion.</summary>
public static class StudentT
{
    /// <summary>P(T ≤ t) for T ~ t(df).</summary>
    public static double Cdf(double t, double degreesOfFreedom)
    {
        CheckDegreesOfFreedom(degreesOfFreedom);
        if (double.IsNaN(t))
        {
            return double.NaN;
        }

        if (double.IsInfinity(t))
        {
            return t > 0 ? 1 : 0;
        }

        // P(|T| > |t|) = I_{df/(df+t²)}(df/2, 1/2).
        var x = degreesOfFreedom / (degreesOfFreedom + (t * t));
        var tail = 0.5 * SpecialFunctions.RegularizedIncompleteBeta(x, degreesOfFreedom / 2, 0.5);
        return t > 0 ? 1 - tail : tail;
    }

    /// <summary>Two-sided p-value of an observed t statistic: P(|T| ≥ |t|).</summary>
    public static double TwoSidedPValue(double t, double degreesOfFreedom)
    {
        CheckDegreesOfFreedom(degreesOfFreedom);
        if (double.IsNaN(t))
        {
            return double.NaN;
        }

        if (double.IsInfinity(t))
        {
            return 0;
        }

        var x = degreesOfFreedom / (degreesOfFreedom + (t * t));
        return Math.Min(1, SpecialFunctions.RegularizedIncompleteBeta(x, degreesOfFreedom / 2, 0.5));
    }

    /// <summary>The t such that P(T ≤ t) = p.</summary>
    public static double Quantile(double p, double degreesOfFreedom)
    {
        CheckDegreesOfFreedom(degreesOfFreedom);
        if (p is <= 0 or >= 1 || double.IsNaN(p))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "p must lie strictly between 0 and 1.");
        }

        if (p == 0.5)
        {
            return 0;
        }

        // Work with the smaller tail probability so that extreme quantiles keep their digits.
        var tail = Math.Min(p, 1 - p);
        var sign = p < 0.5 ? -1 : 1;
        if (degreesOfFreedom == 1)
        {
            return sign / Math.Tan(Math.PI * tail);
        }

        // Bracket, then bisect on the upper tail P(T > t), which is monotone decreasing in t.
        var low = 0.0;
        var high = Math.Max(1, -SpecialFunctions.NormalQuantile(tail));
        while (UpperTail(high, degreesOfFreedom) > tail)
        {
            low = high;
            high *= 2;
        }

        for (var i = 0; i < 2000 && high - low > 4 * double.Epsilon * high && high - low > 1e-16 * high; i++)
        {
            var mid = 0.5 * (low + high);
            if (UpperTail(mid, degreesOfFreedom) > tail)
            {
                low = mid;
            }
            else
            {
                high = mid;
            }
        }

        return sign * 0.5 * (low + high);
    }

    private static double UpperTail(double t, double degreesOfFreedom)
        => 0.5 * SpecialFunctions.RegularizedIncompleteBeta(degreesOfFreedom / (degreesOfFreedom + (t * t)), degreesOfFreedom / 2, 0.5);

    private static void CheckDegreesOfFreedom(double degreesOfFreedom)
    {
        if (!(degreesOfFreedom > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(degreesOfFreedom), degreesOfFreedom, "Degrees of freedom must be positive.");
        }
    }
}
