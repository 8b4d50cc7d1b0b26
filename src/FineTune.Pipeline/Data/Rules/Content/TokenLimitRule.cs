using FineTune.Pipeline.Data.Model;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Data.Rules.Content;

/// <summary>Examples over the model's per-example token limit are truncated by the provider.</summary>
internal sealed class TokenLimitRule : IExampleRule
{
    public static RuleDescriptor Rule { get; } = new(
        "FT3009", "example_over_token_limit", Severity.Warning,
        "The example has more tokens than the model's per-example limit; training truncates it (and bills the limit).",
        "shorten or split the conversation so the final assistant reply fits within the limit.");

    public RuleDescriptor Descriptor => Rule;

    public void Check(ChatExample example, ExampleContext context)
    {
        var limit = context.Limits.MaxTokensPerExample;
        if (example.Tokens > limit)
        {
            context.Report(Rule, 0,
                $"the example has {example.Tokens} tokens, over the limit of {limit}: {example.Tokens - limit} tokens will be truncated");
        }
    }
}
