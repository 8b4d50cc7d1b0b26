namespace FineTune.Pipeline.Evaluation.Statistics;

/// <summary>A closed interval [Low, High].</summary>
public readonly record struct Interval(double Low, double High)
{
    public bool Contains(double value) => value >= Low && value <= High;
}
