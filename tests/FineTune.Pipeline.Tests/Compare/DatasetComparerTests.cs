using FineTune.Pipeline.Compare;
using FineTune.Pipeline.Config;
using FineTune.Pipeline.Runner;
using FineTune.Pipeline.Tests.TestSupport;

namespace FineTune.Pipeline.Tests.Compare;

public sealed class DatasetComparerTests : IDisposable
{
    private readonly TempGitRepository _repo = new();

    public void Dispose() => _repo.Dispose();

    private static string Line(string question, string answer)
        => $$"""{"messages":[{"role":"user","content":"{{question}}"},{"role":"assistant","content":"{{answer}}"}]}""";

    private static string Lines(params string[] lines) => string.Join('\n', lines) + "\n";

    private PipelineSettings Settings(string? eval = "ml/data/eval.jsonl")
        => PipelineSettings.Resolve(Samples.Config(Path.Combine(_repo.Root, "ml"), eval: eval is null ? null : "data/eval.jsonl"));

    private static DatasetComparer Comparer() => new(new GitClient(), LineCountingValidator.Validate);

    private Task<CompareResult> CompareAsync(string reference, string? eval = "ml/data/eval.jsonl")
    {
        var settings = Settings(eval);
        return Comparer().CompareAsync(settings, LineCountingValidator.Validate(settings, default), reference, default);
    }

    [Fact]
    public async Task Added_removed_and_changed_examples_and_the_token_and_cost_deltas_are_reported()
    {
        _repo.Write("ml/data/train.jsonl", Lines(Line("a", "1"), Line("b", "2"), Line("c", "3")));
        _repo.Write("ml/data/eval.jsonl", Lines(Line("e", "5")));
        _repo.Commit("first");
        _repo.Write("ml/data/train.jsonl", Lines(Line("a", "1"), Line("b", "two"), Line("d", "4"), Line("f", "6")));

        var result = await CompareAsync("HEAD");

        Assert.Equal("HEAD", result.Ref);
        Assert.Equal(_repo.Git("rev-parse", "HEAD").Trim(), result.Commit);
        Assert.Equal((2, 1, 1, 1), (result.Train.Added, result.Train.Removed, result.Train.Changed, result.Train.Unchanged));
        Assert.Equal((1, 100L, 100L), (result.Train.ExamplesDelta, result.Train.TokensDelta, result.Train.BillingTokensDelta));
        Assert.Equal("data/train.jsonl", result.Train.Path);
        Assert.Equal((0, 0, 0, 1), (result.Eval!.Added, result.Eval.Removed, result.Eval.Changed, result.Eval.Unchanged));

        // 3 examples: 25 epochs (auto) × 300 tokens; 4 examples: 25 epochs × 400 tokens; at $3 per 1M.
        Assert.Equal(0.0225m, result.PreviousEstimatedUsd);
        Assert.Equal(0.03m, result.EstimatedUsd);
        Assert.Equal(0.0075m, result.CostDeltaUsd);
    }

    [Fact]
    public async Task A_file_that_did_not_exist_at_the_ref_counts_every_example_as_added()
    {
        _repo.Write("README.md", "x");
        _repo.Commit("before the data");
        _repo.Write("ml/data/train.jsonl", Lines(Line("a", "1"), Line("b", "2")));

        var result = await CompareAsync("HEAD", eval: null);

        Assert.False(result.Train.ExistedAtRef);
        Assert.Equal((2, 0), (result.Train.Added, result.Train.Removed));
        Assert.Equal(0m, result.PreviousEstimatedUsd);
        Assert.Null(result.Eval);
    }

    private const string LfsPointer = "version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 321\n";

    [Fact]
    public async Task A_dataset_stored_in_git_lfs_is_compared_through_the_lfs_filter()
    {
        // Stands in for git-lfs: a smudge filter that turns the pointer into the data it points to.
        var objectStore = Path.Combine(_repo.Root, "..", $"lfs-object-{Guid.NewGuid():N}.jsonl");
        File.WriteAllText(objectStore, Lines(Line("a", "1"), Line("b", "2")));
        _repo.Git("config", "filter.lfs.smudge", $"cat '{objectStore}'");
        _repo.Write(".gitattributes", "*.jsonl filter=lfs\n");
        _repo.Write("ml/data/train.jsonl", LfsPointer);
        _repo.Commit("data in lfs");
        _repo.Write("ml/data/train.jsonl", Lines(Line("a", "1"), Line("b", "2"), Line("c", "3")));

        try
        {
            var result = await CompareAsync("HEAD", eval: null);

            Assert.Equal((1, 0, 0, 2), (result.Train.Added, result.Train.Removed, result.Train.Changed, result.Train.Unchanged));
        }
        finally
        {
            File.Delete(objectStore);
        }
    }

    [Fact]
    public async Task A_dataset_in_git_lfs_without_its_object_is_an_error_that_says_how_to_fetch_it()
    {
        _repo.Write("ml/data/train.jsonl", LfsPointer);
        _repo.Commit("data in lfs, object never fetched");
        _repo.Write("ml/data/train.jsonl", Lines(Line("a", "1")));

        var error = await Assert.ThrowsAsync<PipelineException>(() => CompareAsync("HEAD", eval: null));

        Assert.Equal((RunnerCodes.GitFailed, ExitCodes.External), (error.Diagnostic.Code, error.ExitCode));
        Assert.Contains("train.jsonl is stored in Git LFS", error.Diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("lfs: true", error.Diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_ref_is_a_usage_error_that_explains_shallow_clones()
    {
        _repo.Write("ml/data/train.jsonl", Lines(Line("a", "1")));
        _repo.Commit("first");

        var error = await Assert.ThrowsAsync<PipelineException>(() => CompareAsync("no-such-branch", eval: null));

        Assert.Equal((RunnerCodes.UnknownGitRef, ExitCodes.Usage), (error.Diagnostic.Code, error.ExitCode));
        Assert.Contains("git ref 'no-such-branch' does not exist", error.Diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("fetch-depth: 0", error.Diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_ref_that_looks_like_an_option_is_refused()
    {
        _repo.Write("ml/data/train.jsonl", Lines(Line("a", "1")));
        _repo.Commit("first");

        var error = await Assert.ThrowsAsync<PipelineException>(() => CompareAsync("--output=/tmp/x", eval: null));

        Assert.Equal(RunnerCodes.UnknownGitRef, error.Diagnostic.Code);
    }

    [Fact]
    public async Task Outside_a_git_repository_the_error_says_so()
    {
        var folder = Directory.CreateTempSubdirectory("finetune-nogit-");
        try
        {
            var settings = PipelineSettings.Resolve(Samples.Config(folder.FullName, eval: null));
            File.WriteAllText(Path.Combine(folder.FullName, "train.jsonl"), Line("a", "1"));
            var outcome = Samples.Outcome();

            var error = await Assert.ThrowsAsync<PipelineException>(() => Comparer().CompareAsync(settings, outcome, "HEAD", default));

            Assert.Equal((RunnerCodes.NotAGitRepository, ExitCodes.Usage), (error.Diagnostic.Code, error.ExitCode));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
