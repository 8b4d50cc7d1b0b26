using System.Text.Json;
using FineTune.Pipeline.Lora.Chat;
using FineTune.Pipeline.Lora.Runner;
using FineTune.Pipeline.Runner;

namespace FineTune.Pipeline.Lora.Tests.Runner;

/// <summary>
/// The README's main command: the repository's own finetune.yaml runs <c>all</c> (validate → cost → train → evaluate)
/// offline on the committed tiny model and passes the gate; a re-run trains nothing and asks nothing. The committed
/// checkpoint is what <c>finetune make-tiny-model --seed 7</c> writes, byte for byte.
/// </summary>
public sealed class RepositoryPipelineTests
{
    [Fact]
    public async Task All_on_the_repository_trains_the_tiny_model_and_passes_the_gate_and_a_rerun_pays_nothing()
    {
        var folder = CopyRepositoryPipeline();

        var (code, output) = await Run(folder);

        Assert.True(code == ExitCodes.Success, output);
        using (var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "artifacts", "finetune", "report.json"))))
        {
            var root = report.RootElement;
            Assert.Equal("pass", root.GetProperty("verdict").GetString());
            Assert.Equal(["validate", "cost", "train", "evaluate", "all"], root.GetProperty("tasks").EnumerateArray().Select(t => t.GetProperty("name").GetString()));
            Assert.All(root.GetProperty("tasks").EnumerateArray(), t => Assert.Equal("succeeded", t.GetProperty("status").GetString()));
            Assert.Equal((50, 15), (root.GetProperty("datasets").GetProperty("train").GetProperty("examples").GetInt32(), root.GetProperty("datasets").GetProperty("eval").GetProperty("examples").GetInt32()));
            var evaluation = root.GetProperty("evaluation");
            Assert.Equal("pass", evaluation.GetProperty("verdict").GetString());
            Assert.Equal(0.0, evaluation.GetProperty("baseline").GetProperty("mean").GetDouble());
            Assert.True(evaluation.GetProperty("candidate").GetProperty("mean").GetDouble() >= 0.8, evaluation.ToString());
            Assert.Equal(30, evaluation.GetProperty("requests").GetProperty("sent").GetInt32());
            Assert.Empty(root.GetProperty("diagnostics").EnumerateArray());
        }

        var (again, secondOutput) = await Run(folder);

        Assert.True(again == ExitCodes.Success, secondOutput);
        using var second = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "artifacts", "finetune", "report.json")));
        Assert.True(second.RootElement.GetProperty("training").GetProperty("reused").GetBoolean());
        var requests = second.RootElement.GetProperty("evaluation").GetProperty("requests");
        Assert.Equal((0, 30), (requests.GetProperty("sent").GetInt32(), requests.GetProperty("cache_hits").GetInt32()));
    }

    [Fact]
    public async Task Cost_on_the_repository_counts_with_the_tiny_llama_tokenizer_and_chat_template()
    {
        var folder = CopyRepositoryPipeline();

        var (code, output) = await Run(folder, "cost");

        Assert.True(code == ExitCodes.Success, output);
        const string Tokenizer = "tokenizer.json of models/tiny-llama (llama3 template)";
        Assert.Matches(@"Tokenizer\s+" + System.Text.RegularExpressions.Regex.Escape(Tokenizer), output);
        Assert.DoesNotContain("o200k_base", output, StringComparison.Ordinal);
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "artifacts", "finetune", "report.json")));
        var root = report.RootElement;
        Assert.Equal(Tokenizer, root.GetProperty("cost").GetProperty("tokenizer").GetString());
        var train = root.GetProperty("datasets").GetProperty("train");
        Assert.Equal(Tokenizer, train.GetProperty("tokenizer").GetString());
        using var tokenizer = new HfTokenizer(Path.Combine(folder, "models", "tiny-llama"));
        var encoded = File.ReadLines(Path.Combine(folder, "data", "train.jsonl")).Select(line => new ChatEncoder(tokenizer).Encode(Messages(line))).ToList();
        Assert.Equal(encoded.Sum(e => (long)e.Length), train.GetProperty("tokens").GetProperty("total").GetInt64());
        Assert.Equal(encoded.Sum(e => (long)e.TrainedCount), train.GetProperty("tokens").GetProperty("assistant").GetInt64());
        Assert.Equal(encoded.Sum(e => (long)e.Length) * 20, root.GetProperty("cost").GetProperty("charged_tokens").GetInt64());
        Assert.Empty(root.GetProperty("diagnostics").EnumerateArray());
    }

    [Fact]
    public void The_committed_tiny_model_is_what_make_tiny_model_writes_for_seed_7()
    {
        var committed = Path.Combine(LocalExampleTests.RepositoryRoot(), "models", "tiny-llama");
        var generated = TinyModels.NewTempFolder();

        new LoraBackend().WriteTinyModel(generated, "llama", seed: 7);

        var files = Directory.GetFiles(committed).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(Directory.GetFiles(generated).Select(Path.GetFileName).Order(StringComparer.Ordinal), files);
        Assert.All(files, file => Assert.True(
            File.ReadAllBytes(Path.Combine(committed, file!)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(generated, file!))),
            $"models/tiny-llama/{file} differs from what make-tiny-model --family llama --seed 7 writes"));
    }

    private static string CopyRepositoryPipeline()
    {
        var root = LocalExampleTests.RepositoryRoot();
        var model = Directory.GetFiles(Path.Combine(root, "models", "tiny-llama")).Select(f => Path.GetRelativePath(root, f));
        return InProcessPipeline.Copy(".", [.. model, "finetune.yaml", "finetune.schema.json", "data/train.jsonl", "data/eval.jsonl"]);
    }

    private static List<ChatMessage> Messages(string line)
    {
        using var document = JsonDocument.Parse(line);
        return [.. document.RootElement.GetProperty("messages").EnumerateArray()
            .Select(m => new ChatMessage(m.GetProperty("role").GetString()!, m.GetProperty("content").GetString()!))];
    }

    private static Task<(int Code, string Output)> Run(string folder, string target = "all") => InProcessPipeline.RunAsync(folder, [target]);
}
