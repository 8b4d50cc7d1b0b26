using FineTune.Pipeline.Lora.Chat;

namespace FineTune.Pipeline.Lora.Tests.Training;

/// <summary>A fixed reply format the tiny model can learn in a few steps.</summary>
internal static class ToyTask
{
    public static List<EncodedExample> Examples(HfTokenizer tokenizer, int count, int offset = 0)
    {
        var encoder = new ChatEncoder(tokenizer);
        return Enumerable.Range(offset, count)
            .Select(i => encoder.Encode([new("user", $"Question {i}: is {i % 7} small?"), new("assistant", "The answer is yes.")], $"train.jsonl:{i + 1}"))
            .ToList();
    }
}
