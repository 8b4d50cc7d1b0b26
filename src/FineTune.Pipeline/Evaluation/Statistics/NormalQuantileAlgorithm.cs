namespace FineTune.Pipeline.Evaluation.Statistics;

/// <summary>Wichura (1988), Algorithm AS 241 PPND16: the normal quantile to about 16 digits.</summary>
internal static class NormalQuantileAlgorithm
{
    public static double Compute(double p)
    {
        if (p is <= 0 or >= 1 || double.IsNaN(p))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "p must lie strictly between 0 and 1.");
        }

        var q = p - 0.5;
        if (Math.Abs(q) <= 0.425)
        {
            var r = 0.180625 - (q * q);
            return q * Poly(r, 3.387132872796366608, 133.14166789178437745, 1971.5909503065514427, 13731.693765509461125, 45921.953931549871457, 67265.770927008700853, 33430.575583588128105, 2509.0809287301226727)
                / Poly(r, 1.0, 42.313330701600911252, 687.1870074920579083, 5394.1960214247511077, 21213.794301586595867, 39307.89580009271061, 28729.085735721942674, 5226.495278852545925);
        }

        var rr = q < 0 ? p : 1 - p;
        rr = Math.Sqrt(-Math.Log(rr));
        double value;
        if (rr <= 5)
        {
            rr -= 1.6;
            value = Poly(rr, 1.42343711074968357734, 4.63033784615654529590, 5.76949722146069140550, 3.64784832476320460504, 1.27045825245236838258, 0.241780725177450611770, 0.0227238449892691845833, 7.74545014278341407640e-4)
                / Poly(rr, 1.0, 2.05319162663775882187, 1.67638483018380384940, 0.689767334985100004550, 0.148103976427480074590, 0.0151986665636164571966, 5.47593808499534494600e-4, 1.05075007164441684324e-9);
        }
        else
        {
            rr -= 5;
            value = Poly(rr, 6.65790464350110377720, 5.46378491116411436990, 1.78482653991729133580, 0.296560571828504891230, 0.0265321895265761230930, 0.00124266094738807843860, 2.71155556874348757815e-5, 2.01033439929228813265e-7)
                / Poly(rr, 1.0, 0.599832206555887937690, 0.136929880922735805310, 0.0148753612908506148525, 7.86869131145613259100e-4, 1.84631831751005468180e-5, 1.42151175831644588870e-7, 2.04426310338993978564e-15);
        }

        return q < 0 ? -value : value;
    }

    // Coefficients are in increasing powers of x: c[0] + c[1] x + ... (Horner's rule).
    private static double Poly(double x, params ReadOnlySpan<double> c)
    {
        var result = 0.0;
        for (var i = c.Length - 1; i >= 0; i--)
        {
            result = (result * x) + c[i];
        }

        return result;
    }
}
