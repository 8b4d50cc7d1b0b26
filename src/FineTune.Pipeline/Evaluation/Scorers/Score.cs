namespace FineTune.Pipeline.Evaluation.Scorers;

/// <summary>
/// The outcome of scoring one answer: a value in [0, 1], or an error. An error is never a zero: it is
/// counted against the error budget and the item is left out of the comparison.
/// </summary>
public sealed record Score
{
    private Score(double? value, string? error, string? detail)
    {
        Value = value;
        Error = error;
        Detail = detail;
    }

    public double? Value { get; }

    public string? Error { get; }

    /// <summary>Why the scorer gave this value (judge reasoning, first schema violation …), for reports.</summary>
    public string? Detail { get; }

    public bool IsError => Error is not null;

    public static Score Of(double value, string? detail = null)
    {
        if (double.IsNaN(value) || value < 0 || value > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Scores lie in [0, 1].");
        }

        return new Score(value, null, detail);
    }

    public static Score Pass(string? detail = null) => Of(1, detail);

    public static Score Fail(string? detail = null) => Of(0, detail);

    public static Score Failed(string error) => new(null, error, null);
}
