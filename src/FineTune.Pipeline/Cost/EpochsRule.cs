namespace FineTune.Pipeline.Cost;

/// <summary>
/// OpenAI's default number of epochs when <c>n_epochs</c> is "auto" (cookbook
/// <c>Chat_finetuning_data_prep</c>): aim for 3 passes, but at least 100 and at most 25,000
/// example visits in total, with 1 to 25 epochs.
/// </summary>
public static class EpochsRule
{
    public const int TargetEpochs = 3;
    public const int MinTargetExamples = 100;
    public const int MaxTargetExamples = 25_000;
    public const int MinDefaultEpochs = 1;
    public const int MaxDefaultEpochs = 25;

    /// <summary>Default epochs for <paramref name="trainingExamples"/> examples.</summary>
    /// <remarks>The cookbook divides by zero for an empty set; here an empty set gets the cap (it costs nothing anyway).</remarks>
    public static int DefaultEpochs(long trainingExamples)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(trainingExamples);
        if (trainingExamples == 0)
        {
            return MaxDefaultEpochs;
        }

        var visits = trainingExamples * TargetEpochs;
        if (visits < MinTargetExamples)
        {
            return (int)Math.Min(MaxDefaultEpochs, MinTargetExamples / trainingExamples);
        }

        if (visits > MaxTargetExamples)
        {
            return (int)Math.Max(MinDefaultEpochs, MaxTargetExamples / trainingExamples);
        }

        return TargetEpochs;
    }
}
