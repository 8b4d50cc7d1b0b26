using FineTune.Pipeline.MSBuild.Results;

namespace FineTune.Pipeline.MSBuild.Tests.Results;

internal static class SampleResults
{
    public static ValidationResults Create(decimal? budgetUsd = 5m, DatasetResults? eval = null) => new()
    {
        ConfigFile = "/repo/finetune.yaml",
        Train = new DatasetResults
        {
            Path = "data/train.jsonl",
            Sha256 = "ab12",
            Examples = 120,
            TotalTokens = 46_000,
            BillingTokens = 45_210,
            AssistantTokens = 9_000,
        },
        Eval = eval,
        Cost = new CostResults
        {
            Model = "gpt-4o-mini-2024-07-18",
            Encoding = "o200k_base",
            Epochs = 3,
            EpochsAuto = true,
            BillingTokens = 45_210,
            ChargedTokens = 135_630,
            PricePerMillionTokens = 3m,
            EstimatedUsd = 0.40689m,
            BudgetUsd = budgetUsd,
        },
        Warnings = 2,
    };
}
