using FineTune.Pipeline.Evaluation.Execution;
using FineTune.Pipeline.Evaluation.Models;
using FineTune.Pipeline.Tests.Evaluation.Fakes;

namespace FineTune.Pipeline.Tests.Evaluation.Execution;

public sealed class ResponseCacheTests
{
    private static readonly ChatMessage[] Messages = [ChatMessage.System("s"), ChatMessage.User("What is 2+2?")];

    [Fact]
    public async Task A_stored_completion_comes_back_marked_as_cached_before_and_after_it_is_written()
    {
        var directory = Directory.CreateTempSubdirectory("ft-cache").FullName;
        using var cache = new ResponseCache(directory);
        var key = CacheKey.Compute("http://x/v1", "m", Messages, new GenerationSettings());

        cache.Put(key, new ChatResult("4", 12, 1));
        var fromMemory = cache.TryGet(key);
        await cache.FlushAsync();
        using var reopened = new ResponseCache(directory);

        var expected = new ChatResult("4", 12, 1) { FromCache = true, Attempts = 0 };
        Assert.Equal(expected, fromMemory);
        Assert.Equal(expected, reopened.TryGet(key));
        Assert.Single(Directory.GetFiles(directory, "*.json", SearchOption.AllDirectories));
        Assert.Empty(Directory.GetFiles(directory, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task A_torn_entry_is_a_miss_not_a_crash()
    {
        using var cache = new ResponseCache(Directory.CreateTempSubdirectory("ft-cache").FullName);
        var key = CacheKey.Compute("http://x/v1", "m", Messages, new GenerationSettings());
        cache.Put(key, new ChatResult("4", 1, 1));
        await cache.FlushAsync();
        var file = Directory.GetFiles(cache.Directory, "*.json", SearchOption.AllDirectories).Single();
        await File.WriteAllTextAsync(file, "{\"text\": \"4");

        Assert.Null(cache.TryGet(key));
    }

    [Fact]
    public void The_key_changes_with_endpoint_model_messages_settings_and_repeat_and_nothing_else()
    {
        var settings = new GenerationSettings { Temperature = 0, MaxTokens = 100, Seed = 1 };
        var key = CacheKey.Compute("http://x/v1", "m", Messages, settings);

        Assert.Equal(key, CacheKey.Compute("http://x/v1", "m", [ChatMessage.System("s"), ChatMessage.User("What is 2+2?")], settings with { }));
        Assert.NotEqual(key, CacheKey.Compute("http://y/v1", "m", Messages, settings));
        Assert.NotEqual(key, CacheKey.Compute("http://x/v1", "m2", Messages, settings));
        Assert.NotEqual(key, CacheKey.Compute("http://x/v1", "m", [ChatMessage.User("What is 2+2?")], settings));
        Assert.NotEqual(key, CacheKey.Compute("http://x/v1", "m", Messages, settings with { Temperature = 0.7 }));
        Assert.NotEqual(key, CacheKey.Compute("http://x/v1", "m", Messages, settings with { MaxTokens = 101 }));
        Assert.NotEqual(key, CacheKey.Compute("http://x/v1", "m", Messages, settings with { Repeat = 1 }));
    }

    [Fact]
    public async Task A_second_identical_request_is_served_from_disk_without_calling_the_model()
    {
        var model = new FlakyChatModel();
        var counters = new ExecutionCounters();
        using var cache = new ResponseCache(Directory.CreateTempSubdirectory("ft-cache").FullName);
        var cached = new CachingChatModel(model, cache, counters);

        var first = await cached.CompleteAsync(Messages, new GenerationSettings(), CancellationToken.None);
        var second = await cached.CompleteAsync(Messages, new GenerationSettings(), CancellationToken.None);

        Assert.Equal(1, model.Calls);
        Assert.False(first.FromCache);
        Assert.True(second.FromCache);
        Assert.Equal(1, counters.CacheHits);
    }

    [Fact]
    public async Task Failures_are_not_cached()
    {
        var model = new FlakyChatModel(new ChatModelException("HTTP 400", 400, false));
        using var cache = new ResponseCache(Directory.CreateTempSubdirectory("ft-cache").FullName);
        var cached = new CachingChatModel(model, cache, new ExecutionCounters());

        await Assert.ThrowsAsync<ChatModelException>(() => cached.CompleteAsync(Messages, new GenerationSettings(), CancellationToken.None));
        var retried = await cached.CompleteAsync(Messages, new GenerationSettings(), CancellationToken.None);

        Assert.Equal("ok", retried.Text);
        Assert.Equal(2, model.Calls);
    }
}
