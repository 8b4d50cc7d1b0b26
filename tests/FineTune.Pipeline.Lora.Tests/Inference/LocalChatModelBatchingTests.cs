using FineTune.Pipeline.Lora.Chat;
using FineTune.Pipeline.Lora.Inference;

namespace FineTune.Pipeline.Lora.Tests.Inference;

[Collection(TrainedToyModelGroup.Name)]
public sealed class LocalChatModelBatchingTests(TrainedToyModel trained)
{
    private static readonly SamplingOptions Options = SamplingOptions.Greedy with { MaxNewTokens = 12 };

    private static readonly ChatMessage[][] Conversations =
    [
        [new("user", "Question 501: is 2 small?")],
        [new("user", "Hello there, how are you doing today?")],
        [new("user", "Question 502: is 6 small?")],
        [new("user", "x")],
    ];

    [Fact]
    public void Concurrent_callers_share_one_batch_and_get_the_replies_they_get_alone()
    {
        var (_, alone) = LocalChatModel.Pair(trained.Model, trained.Tokenizer, "base", "tuned", BatchingOptions.Sequential);
        var expected = Conversations.Select(c => alone.Complete(c, Options)).ToList();

        // A window far longer than the test: the batch starts because four requests are waiting, not because time passed.
        var (_, tuned) = LocalChatModel.Pair(trained.Model, trained.Tokenizer, "base", "tuned", new BatchingOptions { MaxBatch = 4, Window = TimeSpan.FromMinutes(2) });
        var actual = RunConcurrently(Conversations.Select(c => (Func<LocalReply>)(() => tuned.Complete(c, Options))).ToList());

        Assert.Equal(expected, actual);
        Assert.Equal([4], tuned.BatchSizes);
        Assert.Equal([1, 1, 1, 1], alone.BatchSizes);
        Assert.Contains(actual, r => r.Text == "The answer is yes." && r.FinishReason == GenerationResult.Stop);
    }

    [Fact]
    public void Base_and_tuned_requests_never_share_a_batch()
    {
        var (soloBase, soloTuned) = LocalChatModel.Pair(trained.Model, trained.Tokenizer, "base", "tuned", BatchingOptions.Sequential);
        var (baseModel, tuned) = LocalChatModel.Pair(trained.Model, trained.Tokenizer, "base", "tuned", new BatchingOptions { MaxBatch = 4, Window = TimeSpan.FromMilliseconds(200) });
        var views = new[] { (baseModel, soloBase), (tuned, soloTuned), (baseModel, soloBase), (tuned, soloTuned) };
        var expected = views.Select((v, i) => v.Item2.Complete(Conversations[i], Options)).ToList();

        var actual = RunConcurrently(views.Select((v, i) => (Func<LocalReply>)(() => v.Item1.Complete(Conversations[i], Options))).ToList());

        Assert.Equal(expected, actual);
        Assert.Equal(4, baseModel.BatchSizes.Sum());
        Assert.All(baseModel.BatchSizes, size => Assert.InRange(size, 1, 2)); // two of each view: a batch holds at most the two of one view
    }

    [Fact]
    public void A_cancelled_caller_gets_an_OperationCanceledException()
    {
        var (_, tuned) = LocalChatModel.Pair(trained.Model, trained.Tokenizer, "base", "tuned");
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => tuned.Complete(Conversations[0], Options, cancelled.Token));
    }

    private static List<T> RunConcurrently<T>(IReadOnlyList<Func<T>> calls)
    {
        var results = new T[calls.Count];
        var errors = new Exception?[calls.Count];
        var threads = calls.Select((call, i) => new Thread(() =>
        {
            try
            {
                results[i] = call();
            }
            catch (Exception e)
            {
                errors[i] = e;
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        Assert.All(errors, e => Assert.Null(e));
        return [.. results];
    }
}
