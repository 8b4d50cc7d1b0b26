using FineTune.Pipeline.Catalog;
using FineTune.Pipeline.Config;
using FineTune.Pipeline.Diagnostics;
using FineTune.Pipeline.Evaluation.Models;
using FineTune.Pipeline.Tokens;

namespace FineTune.Pipeline.Generation;

/// <summary>
/// Checks the <c>generate:</c> section once, before anything is read or sent, and resolves it into
/// <see cref="GenerateOptions"/>. Every problem is reported together, at the line and column of its key.
/// </summary>
public static class GenerateSetup
{
    private static readonly ITokenCounter Counter = TokenCounterFactory.Get(TokenCounterFactory.O200kBase);

    public static (GenerateOptions? Options, IReadOnlyList<Diagnostic> Diagnostics) Resolve(PipelineSettings settings, IReadOnlyDictionary<string, string> environment)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(environment);
        var config = settings.Config;
        var file = config.SourcePath ?? "finetune.yaml";
        var diagnostics = new List<Diagnostic>();
        var deferred = new List<Diagnostic>();
        Diagnostic At(Severity severity, string code, string key, string message)
        {
            var (line, column) = config.Positions.Of(key);
            return new Diagnostic(severity, code, file, line, column, message);
        }

        void Report(Severity severity, string code, string key, string message) => diagnostics.Add(At(severity, code, key, message));
        void Defer(Severity severity, string code, string key, string message) => deferred.Add(At(severity, code, key, message));

        if (config.Generate is not { } generate)
        {
            Report(Severity.Error, GenerateCodes.NoSection, "generate", "finetune.yaml has no `generate:` section, so there is nothing to generate. Add `generate: { teacher: gpt-4.1, prompts: prompts.jsonl }` (see docs/distillation.md).");
            return (null, diagnostics);
        }

        var output = generate.Output ?? settings.TrainPath;
        var prompts = CheckPrompts(generate, output, Report);
        if (string.IsNullOrWhiteSpace(generate.Teacher))
        {
            Report(Severity.Error, GenerateCodes.NoTeacher, "generate", "`generate.teacher` is not set: name the model that writes the answers, such as `teacher: gpt-4.1`.");
        }

        if (!string.Equals(output, settings.TrainPath, StringComparison.Ordinal) && !string.Equals(output, settings.EvalPath, StringComparison.Ordinal))
        {
            Report(Severity.Warning, GenerateCodes.OutputNotUsed, "generate.output", $"`generate.output` ({Path.GetFileName(output)}) is neither `data.train` nor `data.eval`, so validate and train will not read what generate writes. Point `data.train` at it, or leave `generate.output` out.");
        }

        if (generate.N > 1 && generate.Temperature == 0)
        {
            Report(Severity.Warning, GenerateCodes.IdenticalCandidates, "generate.n", $"`generate.n` is {generate.N} at temperature 0: the candidates will mostly be identical. Raise `generate.temperature` (e.g. 0.8) to get different answers.");
        }

        var judgeModel = generate.Filter is null ? null : generate.Filter.Model ?? config.Evaluate.Judge.Model ?? config.Evaluate.JudgeModel;
        if (generate.Select == "best" && generate.Filter is null)
        {
            Report(Severity.Error, GenerateCodes.InvalidSetting, "generate.select", "`select: best` keeps the candidate the judge grades highest, so it needs `generate.filter`; add one, or use `select: all`.");
        }

        if (generate.Filter is not null && judgeModel is null)
        {
            Report(Severity.Error, GenerateCodes.InvalidSetting, "generate.filter", "`generate.filter` needs a judge: set `generate.filter.model` (or `evaluate.judge.model`), preferably from another model family than the teacher.");
        }

        var endpoints = new EndpointKeys(environment, Report, (key, message) => Defer(Severity.Error, GenerateCodes.MissingApiKey, key, message));
        var teacherUrl = generate.BaseUrl ?? config.OpenAI.BaseUrl;
        var teacherKeyVariable = generate.ApiKeyEnv ?? config.OpenAI.ApiKeyEnv;
        var teacher = endpoints.Resolve(generate.Teacher?.Trim() ?? "the teacher", teacherUrl, teacherKeyVariable, generate.BaseUrl is null ? "openai.base_url" : "generate.base_url");
        teacher = string.IsNullOrWhiteSpace(generate.Teacher) ? null : teacher;
        var judge = judgeModel is null ? null
            : endpoints.Resolve(judgeModel, generate.Filter!.BaseUrl ?? teacherUrl, generate.Filter.ApiKeyEnv ?? teacherKeyVariable, generate.Filter.BaseUrl is null ? "generate.filter" : "generate.filter.base_url");

        var teacherPrice = teacher is null ? null : Price(teacher.Model, generate, config, Report, Defer, "generate.teacher");
        var judgePrice = judge is null ? null : Price(judge.Model, generate, config, Report, Defer, "generate.filter");
        diagnostics = [.. diagnostics.OrderBy(d => d.Line).ThenBy(d => d.Column)];
        if (diagnostics.Any(d => d.Severity == Severity.Error) || teacher is null || prompts is null)
        {
            return (null, diagnostics);
        }

        return (new GenerateOptions
        {
            Config = generate,
            PromptsPath = prompts,
            PromptsDisplay = Path.GetRelativePath(config.BaseDirectory, prompts).Replace('\\', '/'),
            OutputPath = output,
            CacheDirectory = Path.GetFullPath(generate.CacheDir, config.BaseDirectory),
            Teacher = teacher,
            Judge = judge,
            TeacherSettings = new GenerationSettings { Temperature = generate.Temperature, MaxTokens = generate.MaxTokens, TopP = generate.TopP, Seed = generate.Seed },
            JudgeSettings = generate.Filter is { } f ? new GenerationSettings { Temperature = f.Temperature, MaxTokens = f.MaxTokens, Seed = f.Seed } : new GenerationSettings(),
            Deferred = deferred,
            TeacherPrice = teacherPrice,
            JudgePrice = judgePrice,
            CountTokens = text => Counter.CountTokens(text),
        }, diagnostics);
    }

    private static string? CheckPrompts(GenerateConfig generate, string output, Action<Severity, string, string, string> report)
    {
        if (generate.Prompts is not { } prompts)
        {
            report(Severity.Error, GenerateCodes.PromptsFile, "generate", "`generate.prompts` is not set: give the JSONL file of prompts, one {\"id\": ..., \"prompt\": ...} or {\"messages\": [...]} per line.");
            return null;
        }

        if (!File.Exists(prompts))
        {
            report(Severity.Error, GenerateCodes.PromptsFile, "generate.prompts", Directory.Exists(prompts)
                ? $"`generate.prompts` points at a folder ({prompts}); give the path of the JSONL file in it."
                : $"prompts file not found: `generate.prompts` resolves to {prompts}, which does not exist. Relative paths start at the folder of finetune.yaml.");
            return null;
        }

        if (string.Equals(prompts, output, StringComparison.Ordinal))
        {
            report(Severity.Error, GenerateCodes.InvalidSetting, "generate.output", "`generate.output` is the prompts file itself; answers must go to another file (by default `data.train`).");
            return null;
        }

        return prompts;
    }

    /// <summary>The model's price; without one: an info, or (with a budget) an error that counts only when a request must be sent.</summary>
    private static ModelPriceConfig? Price(string model, GenerateConfig generate, FineTuneConfig config, Action<Severity, string, string, string> report, Action<Severity, string, string, string> defer, string key)
    {
        var price = InferencePrices.Find(model, generate.Prices, config.Evaluate.Prices);
        if (price is null)
        {
            var consequence = generate.BudgetUsd is null ? "the cost is not estimated" : "`generate.budget_usd` cannot be checked, so nothing is sent";
            (generate.BudgetUsd is null ? report : defer)(generate.BudgetUsd is null ? Severity.Info : Severity.Error, GenerateCodes.Unpriced, key,
                $"no price is known for `{model}`, so {consequence}. Add it: `generate.prices: {{ {model}: {{ input: 2.00, output: 8.00 }} }}` (USD per 1M tokens; 0 for a self-hosted model).");
        }

        return price;
    }
}
