using FineTune.Pipeline.Data;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Tests.Data;

/// <summary>Assertions on the findings of a validation.</summary>
internal static class OutcomeExtensions
{
    public static IReadOnlyList<Diagnostic> WithCode(this ValidationOutcome outcome, string code)
        => [.. outcome.Diagnostics.Where(d => d.Code == code)];

    public static Diagnostic Single(this ValidationOutcome outcome, string code)
    {
        var found = outcome.WithCode(code);
        Assert.True(found.Count == 1, $"expected one {code}, got {found.Count}:\n{string.Join("\n", outcome.Diagnostics)}");
        return found[0];
    }

    public static void Lacks(this ValidationOutcome outcome, string code)
        => Assert.True(outcome.WithCode(code).Count == 0, $"unexpected {code}:\n{string.Join("\n", outcome.Diagnostics)}");
}
