using System.Globalization;

namespace FineTune.Pipeline.MSBuild.Tests.EndToEnd;

/// <summary>
/// finetune.yaml for the sample projects. The model is declared in the file (no shutdown date) and the
/// endpoint is not OpenAI's, so that no date-dependent warning of the catalog shows up in these builds.
/// </summary>
internal static class SampleConfig
{
    public static string Yaml(decimal budgetUsd = 5m, decimal? warnUsd = null, string train = "data/train.jsonl")
    {
        var warn = warnUsd is null ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"\n  warn_usd: {warnUsd}");
        return string.Create(CultureInfo.InvariantCulture, $"""
            version: 1
            data:
              train: {train}
              eval: data/eval.jsonl
            train:
              provider: openai
              base_model: sample-model
            models:
              sample-model:
                provider: openai
                encoding: o200k_base
                max_tokens_per_example: 65536
            openai:
              base_url: http://127.0.0.1:9/v1
            cost:
              price_per_million_tokens: 10
              budget_usd: {budgetUsd}{warn}

            """);
    }

    /// <summary>A classic project from the docs' PackageReference snippet, printing the results as the docs' results snippet does.</summary>
    public static SampleProject WithPackageReference(this PackageFeed feed, string name, string yaml, string data, string extraProjectXml = "")
    {
        var project = feed.NewProject(name);
        project.Write("App.csproj", DocSnippets.ProjectWith("package-reference", extraProjectXml + DocSnippets.Get("results-target")));
        project.Write("Library.cs", "namespace Sample;\n\npublic static class Library\n{\n}\n");
        project.Write("finetune.yaml", yaml);
        project.Write("data/train.jsonl", data);
        project.Write("data/eval.jsonl", SampleData.Eval());
        return project;
    }
}
