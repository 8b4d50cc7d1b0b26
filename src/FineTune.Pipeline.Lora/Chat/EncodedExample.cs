namespace FineTune.Pipeline.Lora.Chat;

/// <summary>Token ids of a formatted conversation and, per position, whether the loss counts it.</summary>
public sealed record EncodedExample(int[] Ids, bool[] Trained, string Name)
{
    public int Length => Ids.Length;

    public int TrainedCount => Trained.Count(t => t);
}
