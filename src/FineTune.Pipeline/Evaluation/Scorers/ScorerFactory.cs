using System.Text.RegularExpressions;
using FineTune.Pipeline.Config;
using FineTune.Pipeline.Diagnostics;
using FineTune.Pipeline.Evaluation.Models;
using NJsonSchema;

namespace FineTune.Pipeline.Evaluation.Scorers;

/// <summary>
/// Builds scorers from <c>evaluate.scorers</c>, reporting every configuration problem (FT7003) at once
/// instead of failing on the first.
/// </summary>
public static class ScorerFactory
{
    public const string InvalidScorerCode = EvaluationCodes.InvalidScorer;

    public static readonly IReadOnlyList<string> Types =
        ["exact_match", "contains", "not_contains", "regex", "json_valid", "json_equal", "json_schema", "rouge_l", "token_f1", "edit_similarity", "judge", "pairwise_judge"];

    /// <param name="configs">The scorer entries.</param>
    /// <param name="baseDirectory">Folder that schema paths resolve against.</param>
    /// <param name="judge">The judge model (already cached and retried), or null when none is configured.</param>
    /// <param name="judgeSettings">Sampling settings for judge requests.</param>
    /// <param name="configFile">The yaml file, for diagnostics.</param>
    public static async Task<(ScorerSet? Scorers, IReadOnlyList<Diagnostic> Diagnostics)> CreateAsync(
        IReadOnlyList<ScorerConfig> configs,
        string baseDirectory,
        IChatModel? judge,
        GenerationSettings judgeSettings,
        string? configFile = null)
    {
        ArgumentNullException.ThrowIfNull(configs);
        var pointwise = new List<IScorer>();
        var pairwise = new List<IPairwiseScorer>();
        var diagnostics = new List<Diagnostic>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < configs.Count; i++)
        {
            var c = configs[i];
            var name = c.Name ?? c.Type;
            void Problem(string message) => diagnostics.Add(new Diagnostic(Severity.Error, InvalidScorerCode, configFile ?? "finetune.yaml", 0, 0, $"evaluate.scorers[{i}] ({name}): {message}"));

            if (!names.Add(name))
            {
                Problem($"the name '{name}' is used twice; give each scorer a distinct 'name'.");
            }

            if (name == ScorerSet.CombinedMetric)
            {
                Problem("'score' is reserved for the weighted mean of all scorers; choose another name.");
            }

            if (c.Weight < 0 || double.IsNaN(c.Weight))
            {
                Problem($"weight {c.Weight} must be 0 or more.");
                continue;
            }

            var normalizer = new TextNormalizer(c.IgnoreCase, c.IgnoreWhitespace, c.IgnorePunctuation);
            switch (c.Type)
            {
                case "exact_match": pointwise.Add(new ExactMatchScorer(name, c.Weight, normalizer)); break;
                case "contains": pointwise.Add(new ContainsScorer(name, c.Weight, c.Values, false, normalizer)); break;
                case "not_contains" when c.Values.Count == 0: Problem("not_contains needs 'values': the texts the answer must not contain."); break;
                case "not_contains": pointwise.Add(new ContainsScorer(name, c.Weight, c.Values, true, normalizer)); break;
                case "regex": AddRegex(c, name, pointwise, Problem); break;
                case "json_valid": pointwise.Add(new JsonValidScorer(name, c.Weight)); break;
                case "json_equal": pointwise.Add(new JsonEqualScorer(name, c.Weight)); break;
                case "json_schema": await AddSchemaAsync(c, name, baseDirectory, pointwise, Problem).ConfigureAwait(false); break;
                case "rouge_l": pointwise.Add(new RougeLScorer(name, c.Weight)); break;
                case "token_f1": pointwise.Add(new TokenF1Scorer(name, c.Weight)); break;
                case "edit_similarity": pointwise.Add(new EditSimilarityScorer(name, c.Weight, normalizer)); break;
                case "judge" or "pairwise_judge" when judge is null: Problem("an LLM judge needs 'evaluate.judge.model'."); break;
                case "judge": pointwise.Add(new JudgeScorer(name, c.Weight, judge, judgeSettings, c.Rubric)); break;
                case "pairwise_judge": pairwise.Add(new PairwiseJudgeScorer(name, c.Weight, judge, judgeSettings, c.Rubric)); break;
                default: Problem($"unknown type '{c.Type}'; use one of {string.Join(", ", Types)}."); break;
            }
        }

        if (configs.Count == 0)
        {
            diagnostics.Add(new Diagnostic(Severity.Error, InvalidScorerCode, configFile ?? "finetune.yaml", 0, 0, "evaluate.scorers is empty; add at least one scorer (for example '- type: token_f1')."));
        }

        return diagnostics.Count > 0 ? (null, diagnostics) : (new ScorerSet(pointwise, pairwise), diagnostics);
    }

    private static void AddRegex(ScorerConfig c, string name, List<IScorer> scorers, Action<string> problem)
    {
        if (string.IsNullOrEmpty(c.Pattern))
        {
            problem("regex needs 'pattern'.");
            return;
        }

        try
        {
            var options = RegexOptions.CultureInvariant | (c.IgnoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);
            scorers.Add(new RegexScorer(name, c.Weight, new Regex(c.Pattern, options, TimeSpan.FromSeconds(1))));
        }
        catch (ArgumentException e)
        {
            problem($"pattern /{c.Pattern}/ is not a valid .NET regular expression: {e.Message}");
        }
    }

    private static async Task AddSchemaAsync(ScorerConfig c, string name, string baseDirectory, List<IScorer> scorers, Action<string> problem)
    {
        if (string.IsNullOrEmpty(c.Schema))
        {
            problem("json_schema needs 'schema': the path of a JSON Schema file.");
            return;
        }

        var path = Path.GetFullPath(c.Schema, baseDirectory);
        if (!File.Exists(path))
        {
            problem($"schema file '{c.Schema}' does not exist (looked in {path}).");
            return;
        }

        try
        {
            scorers.Add(new JsonSchemaScorer(name, c.Weight, await JsonSchema.FromFileAsync(path).ConfigureAwait(false)));
        }
        catch (Exception e) when (e is Newtonsoft.Json.JsonException or InvalidOperationException or NotSupportedException)
        {
            problem($"schema file '{c.Schema}' could not be read as a JSON Schema: {e.Message}");
        }
    }
}
