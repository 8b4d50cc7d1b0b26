using FineTune.Pipeline.Evaluation.Execution;
using FineTune.Pipeline.Evaluation.Models;
using FineTune.Pipeline.Tests.Evaluation.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace FineTune.Pipeline.Tests.Evaluation.Execution;

public sealed class RetryingChatModelTests
{
    private static readonly ChatMessage[] Messages = [ChatMessage.User("hi")];
    private readonly FakeTimeProvider _time = new();
    private readonly ExecutionCounters _counters = new();

    [Fact]
    public async Task A_429_waits_for_the_retry_after_before_trying_again()
    {
        var model = new FlakyChatModel(RateLimited(TimeSpan.FromSeconds(3)));
        var task = Retrying(model).CompleteAsync(Messages, new GenerationSettings(), CancellationToken.None);

        await Advance(TimeSpan.FromSeconds(2.9));
        Assert.False(task.IsCompleted);
        Assert.Equal(1, model.Calls);
        await Advance(TimeSpan.FromSeconds(0.2));

        var result = await task;
        Assert.Equal(2, result.Attempts);
        Assert.Equal(1, _counters.Throttled);
        Assert.Equal(2, _counters.Requests);
    }

    [Fact]
    public async Task A_huge_retry_after_is_capped()
    {
        var model = new FlakyChatModel(RateLimited(TimeSpan.FromHours(1)));
        var task = Retrying(model, new RetryOptions { MaxRetryAfter = TimeSpan.FromSeconds(10) }).CompleteAsync(Messages, new GenerationSettings(), CancellationToken.None);

        await Advance(TimeSpan.FromSeconds(10.2));

        Assert.Equal("ok", (await task).Text);
    }

    [Fact]
    public async Task Server_errors_and_timeouts_are_retried_with_backoff()
    {
        var model = new FlakyChatModel(new ChatModelException("HTTP 503", 503, true), new ChatModelException("timed out", null, true));
        var task = Retrying(model).CompleteAsync(Messages, new GenerationSettings(), CancellationToken.None);

        await Advance(TimeSpan.FromSeconds(5));

        Assert.Equal(3, (await task).Attempts);
        Assert.Equal(2, _counters.Retries);
    }

    [Fact]
    public async Task A_client_error_is_not_retried()
    {
        var model = new FlakyChatModel(new ChatModelException("HTTP 400 bad request", 400, false));

        var error = await Assert.ThrowsAsync<ChatModelException>(() => Retrying(model).CompleteAsync(Messages, new GenerationSettings(), CancellationToken.None));

        Assert.Equal(400, error.StatusCode);
        Assert.Equal(1, model.Calls);
        Assert.Equal(1, _counters.FailedRequests);
    }

    [Fact]
    public async Task It_gives_up_after_the_configured_retries_and_says_so()
    {
        var failures = Enumerable.Range(0, 10).Select(_ => (Exception)new ChatModelException("HTTP 500", 500, true)).ToArray();
        var model = new FlakyChatModel(failures);
        var task = Retrying(model, new RetryOptions { MaxRetries = 2 }).CompleteAsync(Messages, new GenerationSettings(), CancellationToken.None);

        await Advance(TimeSpan.FromSeconds(10));

        var error = await Assert.ThrowsAsync<ChatModelException>(() => task);
        Assert.Equal(3, model.Calls);
        Assert.EndsWith("(gave up after 3 attempts)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_that_hangs_past_the_timeout_is_retried()
    {
        var model = new HangingOnceChatModel();
        var task = Retrying(model, new RetryOptions { RequestTimeout = TimeSpan.FromSeconds(30) }).CompleteAsync(Messages, new GenerationSettings(), CancellationToken.None);

        await Advance(TimeSpan.FromSeconds(40));

        Assert.Equal(2, (await task).Attempts);
    }

    private static ChatModelException RateLimited(TimeSpan retryAfter) => new("HTTP 429", 429, true, retryAfter);

    private RetryingChatModel Retrying(IChatModel model, RetryOptions? options = null)
        => new(model, new AdaptiveConcurrencyLimiter(4), options ?? new RetryOptions(), _counters, _time);

    private async Task Advance(TimeSpan total)
    {
        var step = TimeSpan.FromMilliseconds(100);
        for (var elapsed = TimeSpan.Zero; elapsed < total; elapsed += step)
        {
            await Task.Delay(1);
            _time.Advance(step);
        }

        await Task.Delay(10);
    }

    private sealed class HangingOnceChatModel : IChatModel
    {
        private int _calls;

        public string Name => "hang";

        public string Endpoint => "memory://hang";

        public async Task<ChatResult> CompleteAsync(IReadOnlyList<ChatMessage> messages, GenerationSettings settings, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref _calls) == 1)
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }

            return new ChatResult("ok", 1, 1);
        }
    }
}
