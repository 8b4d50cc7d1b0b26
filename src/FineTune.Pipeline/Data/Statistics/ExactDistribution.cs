namespace FineTune.Pipeline.Data.Statistics;

/// <summary>
/// Keeps one int per example so that percentiles are exact (nearest-rank: the smallest value with at least
/// p% of the examples at or below it). 4 bytes per example: 1 MB per quarter million examples.
/// </summary>
internal sealed class ExactDistribution
{
    private readonly List<int> _values = [];
    private long _sum;

    public int Count => _values.Count;

    public long Sum => _sum;

    public void Add(int value)
    {
        _values.Add(value);
        _sum += value;
    }

    public Distribution ToDistribution()
    {
        if (_values.Count == 0)
        {
            return new Distribution();
        }

        _values.Sort();
        return new Distribution
        {
            Min = _values[0],
            Mean = Math.Round((double)_sum / _values.Count, 2),
            P50 = Percentile(50),
            P90 = Percentile(90),
            Max = _values[^1],
        };
    }

    /// <summary>The sorted values (call after <see cref="ToDistribution"/>).</summary>
    public IReadOnlyList<int> Sorted => _values;

    private int Percentile(int percent)
    {
        var rank = (int)Math.Ceiling(percent / 100.0 * _values.Count);
        return _values[Math.Clamp(rank - 1, 0, _values.Count - 1)];
    }
}
