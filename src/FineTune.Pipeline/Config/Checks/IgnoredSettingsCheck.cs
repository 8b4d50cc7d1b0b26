namespace FineTune.Pipeline.Config.Checks;

/// <summary>Settings that are written but cannot take effect with the rest of the file, and the one that is then missing.</summary>
internal sealed class IgnoredSettingsCheck : IConfigCheck
{
    public void Check(ConfigCheckContext context)
    {
        var config = context.Config;
        var lora = config.Train.Provider == Catalog.Providers.Lora;
        Ignored(context, "data.eval_split", config.Data.Eval is not null, "because `data.eval` is set; the eval set is that file, not a split of train");
        Ignored(context, "train.learning_rate_multiplier", lora && config.Train.LearningRateMultiplier is not null, "with `provider: lora`; set `train.lora.learning_rate` instead");
        Ignored(context, "train.lora", !lora, "with `provider: openai`; it configures self-hosted training (`provider: lora`)");
        Ignored(context, "evaluate.judge_model", config.Evaluate.Metric != EvaluationMetric.Judge && config.Evaluate.JudgeModel is not null, "unless `evaluate.metric: judge`");
        if (config.Evaluate.Metric == EvaluationMetric.Judge && config.Evaluate.JudgeModel is null && !context.Locations.Failed("evaluate.metric"))
        {
            context.Error(ConfigCodes.OutOfRange, "evaluate.metric", "`evaluate.metric: judge` needs a grader: set `evaluate.judge_model` (for example `gpt-4o-mini`).");
        }
    }

    private static void Ignored(ConfigCheckContext context, string key, bool ignored, string why)
    {
        if (ignored && context.Locations.IsSet(key) && !context.Locations.Failed(key))
        {
            context.Diagnostics.Warning(ConfigCodes.IgnoredSetting, context.Locations.KeyOf(key), $"`{key}` has no effect {why}.");
        }
    }
}
