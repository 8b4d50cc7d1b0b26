using FineTune.Pipeline.Data.Model;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Data.Rules.Content;

/// <summary>
/// Self-hosted training (<c>provider: lora</c>) cuts every example at <c>train.lora.max_seq_length</c> tokens of its
/// chat template: what lies past it, assistant replies included, is never learned.
/// </summary>
internal sealed class SequenceLengthRule : IExampleRule
{
    public static RuleDescriptor Rule { get; } = new(
        "FT3018", "example_over_max_seq_length", Severity.Warning,
        "The example is longer than train.lora.max_seq_length tokens of the model's chat template; LoRA training truncates it and never learns what is cut.",
        "shorten or split the conversation, or raise train.lora.max_seq_length (memory grows with it).");

    public RuleDescriptor Descriptor => Rule;

    public void Check(ChatExample example, ExampleContext context)
    {
        if (context.Limits.MaxSequenceLength is not { } limit || example.Tokens <= limit)
        {
            return;
        }

        var over = example.Tokens - limit;
        if (!context.Limits.ExactSequenceCounts)
        {
            context.Report(Rule, 0,
                $"the example is about {example.Tokens} tokens (o200k_base estimate), over train.lora.max_seq_length ({limit}): training truncates about {over} tokens");
            return;
        }

        var trained = example.TruncatedTrainedTokens switch
        {
            0 => "none of them assistant tokens",
            var cut when cut == example.AssistantTokens => $"all {cut} assistant tokens among them, so the example teaches nothing",
            var cut => $"{cut} of its {example.AssistantTokens} assistant tokens among them",
        };
        context.Report(Rule, 0,
            $"the example is {example.Tokens} tokens with the model's chat template, over train.lora.max_seq_length ({limit}): training cuts the last {over} tokens, {trained}");
    }
}
