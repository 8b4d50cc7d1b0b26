using FineTune.Pipeline.Catalog;
using FineTune.Pipeline.Config;
using FineTune.Pipeline.Data.Pipeline;
using FineTune.Pipeline.Data.Rules;
using FineTune.Pipeline.Diagnostics;
using FineTune.Pipeline.Tokens;
using FineTune.Pipeline.Training;

namespace FineTune.Pipeline.Data.Counting;

/// <summary>
/// For a self-hosted base model (<c>provider: lora</c>, chat format), opens the checkpoint's own tokenizer and chat
/// template through the LoRA backend, so that counts are those of training. A build without the backend (the plain
/// CLI, the MSBuild tasks), or a checkpoint without a usable tokenizer, keeps the o200k estimate and says so once.
/// </summary>
internal static class ModelTokenizer
{
    public static RuleDescriptor EstimatedCounts { get; } = new(
        "FT3019", "token_counts_estimated", Severity.Info,
        "The base model is self-hosted (provider: lora), but its tokenizer could not be used: token counts are o200k_base estimates with OpenAI's chat formula, not the counts of the checkpoint's tokenizer.json and chat template.",
        "for exact counts run the CLI built with the LoRA backend (dotnet run --project src/FineTune.Pipeline.Cli -p:FineTuneLora=true -- validate) and point models: <id>: path: at a checkpoint with tokenizer.json; the MSBuild tasks always estimate.");

    /// <summary>The counter, or null (then reported) when counts stay o200k estimates; null without a report for other models.</summary>
    public static IChatTemplateCounter? Open(PipelineSettings settings, Func<ILoraBackend?> loader, DiagnosticCollector collector, RuleSeverities severities)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Model.Provider != Providers.Lora || settings.Model.Path is not { } checkpoint || settings.Config.Data.Format != DataFormat.Chat)
        {
            return null;
        }

        var display = Display(settings, checkpoint);
        var backend = loader();
        if (backend is null)
        {
            Report(collector, severities, $"this build of finetune does not carry the LoRA backend, so the tokens of {display} are estimated with o200k_base");
            return null;
        }

        try
        {
            return backend.OpenTokenCounter(checkpoint, settings.Config.Train.Lora.ChatFormat, display);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            Report(collector, severities, $"the tokenizer of {display} could not be loaded ({e.Message.TrimEnd('.')}), so its tokens are estimated with o200k_base");
            return null;
        }
    }

    private static void Report(DiagnosticCollector collector, RuleSeverities severities, string what)
    {
        var severity = severities.For(EstimatedCounts);
        if (severity != Severity.Off)
        {
            collector.Add(new Diagnostic(severity, EstimatedCounts.Code, null, 0, 0, ExampleContext.Compose(what, EstimatedCounts.HowToFix)));
        }
    }

    private static string Display(PipelineSettings settings, string folder)
    {
        var relative = Path.GetRelativePath(settings.Config.BaseDirectory, folder);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? folder : relative).Replace('\\', '/');
    }
}
