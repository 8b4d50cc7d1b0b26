namespace FineTune.Pipeline.Data.Rules.Dataset;

/// <summary>The cross-example rules; fresh instances for every dataset, since they keep state.</summary>
internal static class DatasetRules
{
    public static IReadOnlyList<RuleDescriptor> Descriptors { get; } = [.. Create().Select(rule => rule.Descriptor)];

    public static IReadOnlyList<IDatasetRule> Create() =>
    [
        new DuplicateExampleRule(),
        new NearDuplicateExampleRule(),
        new ExampleLeakageRule(),
        new PromptLeakageRule(),
        new SystemPromptDriftRule(),
        new MinExamplesRule(),
        new EmptyEvalRule(),
    ];
}
